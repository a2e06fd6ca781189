// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a placement request stands, with the words of {@code plaatsingsverzoek.status} (whose check
 * constraint stays the second line). {@link #REGIO} and {@link #LCVS} also name who proposed a place
 * ({@code voorgesteld_door}), because a declined proposal goes back to them.
 */
public enum Verzoekstatus {
    /** With the region coordinator of the requesting gemeente's safety region. */
    REGIO("regio"),
    /** Passed on to the national placement desk. */
    LCVS("lcvs"),
    /** A place was proposed; the receiving gemeente accepts or declines. */
    VOORGESTELD("voorgesteld"),
    /** Accepted and checked in: done. */
    GEPLAATST("geplaatst"),
    /** Withdrawn by the requesting gemeente: done. */
    INGETROKKEN("ingetrokken");

    private final String code;

    Verzoekstatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Still looking for a place. */
    public boolean open() {
        return this == REGIO || this == LCVS || this == VOORGESTELD;
    }

    /** Whether someone (region or LCVS) is looking for a place now, so a proposal may be made. */
    public boolean zoekt() {
        return this == REGIO || this == LCVS;
    }

    public static Optional<Verzoekstatus> van(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    static Verzoekstatus lees(String code) {
        return van(code).orElseThrow(() -> new IllegalStateException("onbekende verzoekstatus " + code));
    }
}
