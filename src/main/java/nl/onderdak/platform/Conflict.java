// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

/** The request is valid but clashes with the current state (answered 409). */
public class Conflict extends RuntimeException {
    private final String type;

    public Conflict(String type, String detail) {
        super(detail);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
