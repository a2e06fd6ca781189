// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.time.LocalDate;
import java.time.Period;

/**
 * The one definition of age and adulthood (18) for every module. SQL uses the function
 * {@code bewoners.meerderjarig_op(geboortedatum, dag)} with the same rule (V24).
 */
public final class Leeftijd {

    public static final int MEERDERJARIG = 18;

    private Leeftijd() {
    }

    /** Whole years on {@code dag}; someone born on 29 February turns a year older on 1 March in other years. */
    public static int op(LocalDate geboortedatum, LocalDate dag) {
        return Period.between(geboortedatum, dag).getYears();
    }

    public static boolean isMeerderjarigOp(LocalDate geboortedatum, LocalDate dag) {
        return !geboortedatum.isAfter(dag.minusYears(MEERDERJARIG));
    }
}
