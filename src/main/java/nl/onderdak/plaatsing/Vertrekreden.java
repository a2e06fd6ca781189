// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why a placement ended, by the code the database ({@code plaatsing.vertrekreden}) and the API use. The
 * words are in the messages ({@code reden.<code>} in messages/plaatsing*.properties), in the user's
 * language. {@link #VERHUIZING} is what a move to another location writes and {@link #GESPLITST} what
 * splitting a household writes; the others are chosen by the user.
 */
public enum Vertrekreden {
    EIGEN_WONING("eigen_woning"), TERUG_NAAR_OEKRAINE("terug_naar_oekraine"), ANDERE_GEMEENTE("andere_gemeente"), COA("coa"),
    ONBEKENDE_BESTEMMING("onbekende_bestemming"), OVERLEDEN("overleden"), VERHUIZING("verhuizing"),
    /** The household was split: each part continues in a placement of its own from that day, on the same beds. */
    GESPLITST("gesplitst");

    private final String code;

    Vertrekreden(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The key of the reason's words in the messages. */
    public String berichtsleutel() {
        return "reden." + code;
    }

    /** Whether a user chooses this reason at check-out (a move and a split write their own). */
    public boolean kiesbaar() {
        return this != VERHUIZING && this != GESPLITST;
    }

    public static Optional<Vertrekreden> van(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** The reasons a user chooses from, by code. */
    public static List<String> keuzes() {
        return kiesbare().stream().map(Vertrekreden::code).sorted().toList();
    }

    /** The reasons a user chooses from, in the order of the form. */
    public static List<Vertrekreden> kiesbare() {
        return Arrays.stream(values()).filter(Vertrekreden::kiesbaar).toList();
    }
}
