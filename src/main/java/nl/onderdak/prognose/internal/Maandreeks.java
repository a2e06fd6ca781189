// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Irregular figures to one value per month-end (docs/regels.md, "Prognose: onregelmatige data").
 * Figures were published on scattered days; the model needs a regular monthly series. Rules:
 * <ol>
 *   <li>Only figures dated on or before the reference date (peildatum) count.</li>
 *   <li>Figures on the same day are averaged.</li>
 *   <li>A month-end between two figures gets the straight line between them, by days.</li>
 *   <li>A month-end at most {@value #NABIJ} days after the last figure (or before the first) takes that
 *       figure; further out there is no value: the series is never extended by guessing.</li>
 *   <li>A month-end within {@value #NABIJ} days of a figure counts as measured ({@code gemeten}); the
 *       scoring compares forecasts with measured months apart from interpolated ones.</li>
 * </ol>
 */
public final class Maandreeks {

    /** Days a figure may lie from a month-end and still stand for it. */
    public static final int NABIJ = 7;

    private Maandreeks() {
    }

    public static List<Maandpunt> bouw(List<Waarneming> waarnemingen, LocalDate peildatum) {
        var perDag = new TreeMap<LocalDate, double[]>();
        for (var w : waarnemingen) {
            if (w.datum().isAfter(peildatum)) {
                continue;
            }
            perDag.merge(w.datum(), new double[] {w.waarde(), w.halfbreedte(), 1},
                    (a, b) -> new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
        }
        var reeks = new ArrayList<Maandpunt>();
        if (perDag.isEmpty()) {
            return reeks;
        }
        var eerste = perDag.firstKey();
        var laatste = perDag.lastKey();
        for (var maand = YearMonth.from(eerste.minusMonths(1)); !maand.isAfter(YearMonth.from(laatste)); maand = maand.plusMonths(1)) {
            var einde = maand.atEndOfMonth();
            var voor = perDag.floorEntry(einde);
            var na = perDag.ceilingEntry(einde);
            double waarde;
            double halfbreedte;
            if (voor != null && na != null) {
                long totaal = ChronoUnit.DAYS.between(voor.getKey(), na.getKey());
                double f = totaal == 0 ? 0 : (double) ChronoUnit.DAYS.between(voor.getKey(), einde) / totaal;
                waarde = gemiddelde(voor.getValue(), 0) * (1 - f) + gemiddelde(na.getValue(), 0) * f;
                halfbreedte = gemiddelde(voor.getValue(), 1) * (1 - f) + gemiddelde(na.getValue(), 1) * f;
            } else if (voor != null && ChronoUnit.DAYS.between(voor.getKey(), einde) <= NABIJ) {
                waarde = gemiddelde(voor.getValue(), 0);
                halfbreedte = gemiddelde(voor.getValue(), 1);
            } else if (na != null && ChronoUnit.DAYS.between(einde, na.getKey()) <= NABIJ) {
                waarde = gemiddelde(na.getValue(), 0);
                halfbreedte = gemiddelde(na.getValue(), 1);
            } else {
                continue;
            }
            boolean gemeten = (voor != null && ChronoUnit.DAYS.between(voor.getKey(), einde) <= NABIJ)
                    || (na != null && ChronoUnit.DAYS.between(einde, na.getKey()) <= NABIJ);
            reeks.add(new Maandpunt(maand, waarde, halfbreedte, gemeten));
        }
        return reeks;
    }

    private static double gemiddelde(double[] som, int i) {
        return som[i] / som[2];
    }
}
