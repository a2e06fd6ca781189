// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a household receives its allowance. The database and the API keep the Dutch words
 * ({@link #woord()}); Java code speaks in the constants.
 */
public enum Betaalmethode {
    BANK("bank"), CONTANT("contant"), PREPAID("prepaid");

    private final String woord;

    Betaalmethode(String woord) {
        this.woord = woord;
    }

    /** The word in the database column {@code methode}, in JSON and in message keys ({@code betaalwijze.bank}). */
    @JsonValue
    public String woord() {
        return woord;
    }

    /** The method for a word as written by a user or read from the database; empty when it is none of them. */
    public static Optional<Betaalmethode> van(String woord) {
        return Arrays.stream(values()).filter(m -> m.woord.equals(woord)).findFirst();
    }

    /** For a database column that the schema restricts to the three words. */
    public static Betaalmethode uitDatabase(String woord) {
        return van(woord).orElseThrow(() -> new IllegalStateException("onbekende betaalmethode in de database: " + woord));
    }
}
