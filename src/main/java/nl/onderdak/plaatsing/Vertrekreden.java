// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why a placement ended, with the words the letters and the database ({@code plaatsing.vertrekreden})
 * use. {@link #VERHUIZING} is what a move to another location writes; the others are chosen by the user.
 */
public enum Vertrekreden {
    EIGEN_WONING("eigen_woning"), TERUG_NAAR_OEKRAINE("terug_naar_oekraine"), ANDERE_GEMEENTE("andere_gemeente"), COA("coa"),
    ONBEKENDE_BESTEMMING("onbekende_bestemming"), OVERLEDEN("overleden"), VERHUIZING("verhuizing");

    private final String code;

    Vertrekreden(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Vertrekreden> van(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** The reasons a user chooses from (a move writes its own), by code. */
    public static List<String> keuzes() {
        return Arrays.stream(values()).filter(r -> r != VERHUIZING).map(Vertrekreden::code).sorted().toList();
    }
}
