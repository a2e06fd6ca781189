// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring.internal;

import java.util.Arrays;
import java.util.Optional;

/** Level of aggregation of the capacity overview. */
public enum Niveau {
    GEMEENTE("gemeente"), REGIO("regio"), LAND("land");

    private final String code;

    Niveau(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Niveau> van(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
    }
}
