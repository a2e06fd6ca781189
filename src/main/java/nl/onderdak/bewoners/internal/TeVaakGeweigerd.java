// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.internal;

/** A user reached today's limit of registrations refused because the person exists elsewhere (answered 429). */
public class TeVaakGeweigerd extends RuntimeException {

    public TeVaakGeweigerd(String detail) {
        super(detail);
    }
}
