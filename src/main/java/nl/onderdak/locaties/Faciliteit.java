// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import java.util.Arrays;
import java.util.Optional;

/** Facilities that matter when matching a household to a location. */
public enum Faciliteit {
    ROLSTOELTOEGANKELIJK("rolstoeltoegankelijk", "rolstoeltoegankelijk"),
    GEZINSKAMERS("gezinskamers", "gezinskamers"),
    CATERING("catering", "catering"),
    EIGEN_KEUKEN("eigenKeuken", "eigen_keuken"),
    HUISDIEREN_TOEGESTAAN("huisdierenToegestaan", "huisdieren_toegestaan");

    private final String code;
    private final String kolom;

    Faciliteit(String code, String kolom) {
        this.code = code;
        this.kolom = kolom;
    }

    /** The name in the API and the import template. */
    public String code() {
        return code;
    }

    String kolom() {
        return kolom;
    }

    /** The codes, for a message that says what may be chosen. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Faciliteit::code).toList());
    }

    public static Optional<Faciliteit> van(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
