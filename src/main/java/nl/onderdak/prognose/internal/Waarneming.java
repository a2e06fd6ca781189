// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.time.LocalDate;

/** One figure on one day: the value the model uses (the middle of its range) and half the range's width. */
public record Waarneming(LocalDate datum, double waarde, double halfbreedte) {

    public static Waarneming exact(LocalDate datum, double waarde) {
        return new Waarneming(datum, waarde, 0);
    }
}
