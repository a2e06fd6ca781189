// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.betaalrun;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Where a payment run is in its life: a preview (concept) that a second employee approves, then
 * executed once; a run not executed may lapse. The transitions live on {@link Betaalrun}; the database
 * keeps the Dutch words ({@link #woord()}) and checks them as the second line.
 */
public enum Betaalrunstatus {
    CONCEPT("concept"), GOEDGEKEURD("goedgekeurd"), UITGEVOERD("uitgevoerd"), VERVALLEN("vervallen");

    private final String woord;

    Betaalrunstatus(String woord) {
        this.woord = woord;
    }

    /** The word in the column {@code betaalrun.status}, in the API and in message keys ({@code betaalrun.status.concept}). */
    @JsonValue
    public String woord() {
        return woord;
    }

    static Betaalrunstatus uitDatabase(String woord) {
        return Arrays.stream(values()).filter(s -> s.woord.equals(woord)).findFirst()
                .orElseThrow(() -> new IllegalStateException("onbekende status van een betaalrun: " + woord));
    }
}
