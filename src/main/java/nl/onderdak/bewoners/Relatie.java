// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relation of a gemeente to a household ({@code huishouden_gemeente.relatie}, ADR 0014).
 *
 * <ul>
 *   <li>{@link #REGISTREREND}: the gemeente registered the household. Full access.</li>
 *   <li>{@link #VOORGESTELD}: the region or the LCVS proposed a place in this gemeente for one request.
 *       No access to the household itself: the gemeente sees only the request with the composition
 *       and needs placement needs, and changes nothing.</li>
 *   <li>{@link #OPVANGEND}: the gemeente accepted the proposal or checked the household in itself: what
 *       the rules give the gemeente where the household lives (full read, check-in and check-out,
 *       deadlines). Payment details and allowance decisions are the paying gemeente's (leefgeld).</li>
 * </ul>
 *
 * <p>Transitions: none → {@code REGISTREREND} (registration), none → {@code VOORGESTELD} (proposal),
 * {@code VOORGESTELD} → {@code OPVANGEND} (acceptance), {@code VOORGESTELD} → none (declined or
 * withdrawn), none → {@code OPVANGEND} (own check-in). A relation that gives access is never lowered.
 */
public enum Relatie {
    REGISTREREND("registrerend"), VOORGESTELD("voorgesteld"), OPVANGEND("opvangend");

    private static final Map<Relatie, Set<Relatie>> OVERGANGEN = Map.of(
            REGISTREREND, Set.of(),
            VOORGESTELD, Set.of(OPVANGEND),
            OPVANGEND, Set.of());

    private final String code;

    Relatie(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether users of the gemeente may read the household (names, BSN) and act on it. */
    public boolean geeftInzage() {
        return this != VOORGESTELD;
    }

    /** Whether this relation may become {@code volgende}. */
    public boolean magWorden(Relatie volgende) {
        return OVERGANGEN.get(this).contains(volgende);
    }

    /** Whether the relation may be removed (only a proposal, when declined or withdrawn). */
    public boolean magVervallen() {
        return this == VOORGESTELD;
    }

    public static Optional<Relatie> van(String code) {
        for (var r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
