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
    EIGEN_WONING("eigen_woning", "eigen woning"), TERUG_NAAR_OEKRAINE("terug_naar_oekraine", "terug naar Oekraïne"),
    ANDERE_GEMEENTE("andere_gemeente", "andere gemeente"), COA("coa", "COA"),
    ONBEKENDE_BESTEMMING("onbekende_bestemming", "onbekende bestemming"), OVERLEDEN("overleden", "overleden"),
    VERHUIZING("verhuizing", "verhuizing");

    private final String code;
    /** The reason in words, for a message that lists the choices (the pages take theirs from messages). */
    private final String woorden;

    Vertrekreden(String code, String woorden) {
        this.code = code;
        this.woorden = woorden;
    }

    public String woorden() {
        return woorden;
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

    /** The reasons a user chooses from, in words, in the order of the form. */
    public static List<String> keuzesInWoorden() {
        return Arrays.stream(values()).filter(r -> r != VERHUIZING).map(Vertrekreden::woorden).toList();
    }
}
