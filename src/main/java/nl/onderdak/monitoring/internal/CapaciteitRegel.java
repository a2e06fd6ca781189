// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of the capacity overview: a gemeente, a region or the nation on one day. {@code opgave}
 * is the target of the decision in force that day (regions and nation only), null when there is none.
 */
public record CapaciteitRegel(String code, String naam, String regioCode, int locaties, int opgegeven,
        int buitenGebruik, int bruikbaarLang, int bruikbaarKort, int bezet, Integer opgave) {

    public int bruikbaar() {
        return bruikbaarLang + bruikbaarKort;
    }

    /** Free usable beds; never below zero (more people than usable beds shows as full, and as occupancy over 100 %). */
    public int vrij() {
        return Math.max(0, bruikbaar() - bezet);
    }

    /** Occupied as a percentage of usable beds, one decimal; null without usable beds. */
    public BigDecimal bezettingsgraad() {
        return procent(bezet, bruikbaar());
    }

    /** Usable beds as a percentage of the target, one decimal; null without a target. */
    public BigDecimal percentageGerealiseerd() {
        return opgave == null ? null : procent(bruikbaar(), opgave);
    }

    static BigDecimal procent(int deel, int geheel) {
        if (geheel == 0) {
            return null;
        }
        return BigDecimal.valueOf(deel * 100L).divide(BigDecimal.valueOf(geheel), 1, RoundingMode.HALF_UP);
    }
}
