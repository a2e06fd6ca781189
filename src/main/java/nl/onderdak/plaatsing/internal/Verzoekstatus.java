// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a placement request stands, with the words of {@code plaatsingsverzoek.status} (whose check
 * constraint stays the second line), and the steps allowed from each state ({@link #naar}).
 * {@link #REGIO} and {@link #LCVS} also name who proposed a place ({@code voorgesteld_door}), because a
 * declined proposal goes back to them.
 *
 * <pre>
 * regio ──doorsturen──▶ lcvs
 * regio, lcvs, afgewezen ──voorstellen──▶ voorgesteld ──accepteren──▶ geplaatst
 *                                          voorgesteld ──afwijzen──▶ afgewezen (back with the proposer)
 * afgewezen (proposed by the region) ──doorsturen──▶ lcvs
 * regio, lcvs, voorgesteld, afgewezen ──intrekken──▶ ingetrokken
 * </pre>
 */
public enum Verzoekstatus {
    /** With the region coordinator of the requesting gemeente's safety region. */
    REGIO("regio"),
    /** Passed on to the national placement desk. */
    LCVS("lcvs"),
    /** A place was proposed; the receiving gemeente accepts or declines. */
    VOORGESTELD("voorgesteld"),
    /** The receiving gemeente declined the place, with a reason: back with whoever proposed it. */
    AFGEWEZEN("afgewezen"),
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

    /** The states a request may move to from this one; none from a finished request. */
    public Set<Verzoekstatus> naar() {
        return switch (this) {
            case REGIO -> EnumSet.of(LCVS, VOORGESTELD, INGETROKKEN);
            case LCVS -> EnumSet.of(VOORGESTELD, INGETROKKEN);
            case VOORGESTELD -> EnumSet.of(GEPLAATST, AFGEWEZEN, INGETROKKEN);
            case AFGEWEZEN -> EnumSet.of(LCVS, VOORGESTELD, INGETROKKEN);
            case GEPLAATST, INGETROKKEN -> EnumSet.noneOf(Verzoekstatus.class);
        };
    }

    /** Whether a step from this state to {@code doel} exists at all (who may take it is {@link Verzoek}'s rule). */
    public boolean magNaar(Verzoekstatus doel) {
        return naar().contains(doel);
    }

    /** Still looking for a place. */
    public boolean open() {
        return !naar().isEmpty();
    }

    /** Whether someone (region or LCVS) is looking for a place now, so a proposal may be made. */
    public boolean zoekt() {
        return magNaar(VOORGESTELD);
    }

    /** The open states, for SQL guards: a step only changes a row still in one of them. */
    public static String[] openCodes() {
        return Arrays.stream(values()).filter(Verzoekstatus::open).map(Verzoekstatus::code).toArray(String[]::new);
    }

    public static Optional<Verzoekstatus> van(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    static Verzoekstatus lees(String code) {
        return van(code).orElseThrow(() -> new IllegalStateException("onbekende verzoekstatus " + code));
    }
}
