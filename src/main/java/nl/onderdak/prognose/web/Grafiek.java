// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.web;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.onderdak.prognose.internal.Maandpunt;
import nl.onderdak.prognose.internal.Voorspelling;

/**
 * Inline SVG of a forecast against the actual values: the band as an area, the forecast and the actuals
 * as lines. Drawn on the server, so the page needs no script; the table next to it carries the same
 * numbers for screen readers and keyboard users (the SVG is an image with a title and description).
 */
record Grafiek(int breedte, int hoogte, String band, String verwacht, String werkelijk, List<As> yAs, List<As> xAs) {

    record As(double positie, String label) {
    }

    static final int B = 720;
    static final int H = 300;
    static final int LINKS = 70;
    static final int ONDER = 30;
    static final int BOVEN = 10;
    /** Room right of the last month, so that the line's end is not cut off at the image's edge. */
    static final int RECHTS = 10;

    static Grafiek van(List<Maandpunt> feiten, List<Voorspelling> maanden, YearMonth peilmaand, Locale taal) {
        var van = peilmaand.minusMonths(12);
        var tot = maanden.isEmpty() ? peilmaand : maanden.getLast().maand();
        var zichtbaar = feiten.stream().filter(f -> !f.maand().isBefore(van) && !f.maand().isAfter(tot)).toList();
        double max = 1;
        for (var m : maanden) {
            max = Math.max(max, m.bovengrens());
        }
        for (var f : zichtbaar) {
            max = Math.max(max, f.waarde());
        }
        // Bands of a damped model can still be wide: the axis stops at three times the highest expected or actual value.
        double plafond = 1;
        for (var m : maanden) {
            plafond = Math.max(plafond, m.verwacht());
        }
        for (var f : zichtbaar) {
            plafond = Math.max(plafond, f.waarde());
        }
        max = Math.min(max, plafond * 3) * 1.05;
        long n = Math.max(1, van.until(tot, ChronoUnit.MONTHS));
        final double ymax = max;
        java.util.function.ToDoubleFunction<YearMonth> xVanMaand = m -> LINKS + (B - LINKS - RECHTS) * (double) van.until(m, ChronoUnit.MONTHS) / n;
        java.util.function.DoubleUnaryOperator y = v -> BOVEN + (H - BOVEN - ONDER) * (1 - Math.min(v, ymax) / ymax);
        var band = new StringBuilder();
        for (var m : maanden) {
            band.append(band.isEmpty() ? "M" : " L").append(punt(xVanMaand.applyAsDouble(m.maand()), y.applyAsDouble(m.bovengrens())));
        }
        for (var m : maanden.reversed()) {
            band.append(" L").append(punt(xVanMaand.applyAsDouble(m.maand()), y.applyAsDouble(m.ondergrens())));
        }
        if (!band.isEmpty()) {
            band.append(" Z");
        }
        var lijn = new StringBuilder();
        for (var m : maanden) {
            lijn.append(lijn.isEmpty() ? "M" : " L").append(punt(xVanMaand.applyAsDouble(m.maand()), y.applyAsDouble(m.verwacht())));
        }
        var feit = new StringBuilder();
        for (var f : zichtbaar) {
            feit.append(feit.isEmpty() ? "M" : " L").append(punt(xVanMaand.applyAsDouble(f.maand()), y.applyAsDouble(f.waarde())));
        }
        var weergave = nl.onderdak.platform.Weergave.in(taal);
        var yAs = new ArrayList<As>();
        for (int i = 0; i <= 4; i++) {
            double v = ymax * i / 4;
            yAs.add(new As(y.applyAsDouble(v), weergave.getal(Math.round(v))));
        }
        var xAs = new ArrayList<As>();
        for (var m = van; !m.isAfter(tot); m = m.plusMonths(6)) {
            xAs.add(new As(xVanMaand.applyAsDouble(m), weergave.maand(m)));
        }
        return new Grafiek(B, H, band.toString(), lijn.toString(), feit.toString(), yAs, xAs);
    }

    /** Where the plot area starts and ends horizontally, for the template's grid lines. */
    public int links() {
        return LINKS;
    }

    public int rechts() {
        return B - RECHTS;
    }

    private static String punt(double x, double y) {
        return String.format(Locale.ROOT, "%.1f %.1f", x, y);
    }
}
