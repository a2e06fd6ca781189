// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores forecasts against what happened (docs/regels.md, "Prognose: toetsing"). The actual value of a
 * month is the month-end value of the series built from ALL figures known now (same rules as the
 * input, {@link Maandreeks}). Per horizon (steps ahead): the number of months with an actual value, the
 * mean absolute error and mean absolute percentage error of the forecast, the share of actual values
 * inside the 80 % interval (coverage; should be near 80 %), and the mean absolute error of the two naive
 * baselines on the same months. {@code alleenGemeten}: only months with a figure within seven days of
 * the month-end, leaving out months whose "actual" value is itself interpolated.
 */
public final class Toetsing {

    /** One forecast month next to what happened. */
    public record Vergelijking(YearMonth maand, int stap, double verwacht, double ondergrens, double bovengrens, double laatsteWaarde,
            double lineaireTrend, double werkelijk, boolean gemeten) {

        public boolean binnenInterval() {
            return werkelijk >= ondergrens && werkelijk <= bovengrens;
        }
    }

    /** One row of the scoring table. */
    public record Regel(int stap, int aantal, double fout, double procentfout, double dekking, double foutLaatsteWaarde,
            double foutLineaireTrend) {
    }

    private Toetsing() {
    }

    public static List<Vergelijking> vergelijk(List<Voorspelling> maanden, List<Maandpunt> werkelijk) {
        Map<YearMonth, Maandpunt> perMaand = werkelijk.stream().collect(Collectors.toMap(Maandpunt::maand, Function.identity()));
        var uit = new ArrayList<Vergelijking>();
        for (var m : maanden) {
            var w = perMaand.get(m.maand());
            if (w != null) {
                uit.add(new Vergelijking(m.maand(), m.stap(), m.verwacht(), m.ondergrens(), m.bovengrens(), m.laatsteWaarde(),
                        m.lineaireTrend(), w.waarde(), w.gemeten()));
            }
        }
        return uit;
    }

    public static List<Regel> tabel(List<Vergelijking> vergelijkingen, boolean alleenGemeten) {
        var perStap = new TreeMap<Integer, List<Vergelijking>>();
        for (var v : vergelijkingen) {
            if (!alleenGemeten || v.gemeten()) {
                perStap.computeIfAbsent(v.stap(), k -> new ArrayList<>()).add(v);
            }
        }
        var regels = new ArrayList<Regel>();
        perStap.forEach((stap, lijst) -> {
            int n = lijst.size();
            double fout = 0, procent = 0, binnen = 0, laatste = 0, trend = 0;
            for (var v : lijst) {
                fout += Math.abs(v.verwacht() - v.werkelijk());
                procent += v.werkelijk() == 0 ? 0 : Math.abs(v.verwacht() - v.werkelijk()) / v.werkelijk();
                binnen += v.binnenInterval() ? 1 : 0;
                laatste += Math.abs(v.laatsteWaarde() - v.werkelijk());
                trend += Math.abs(v.lineaireTrend() - v.werkelijk());
            }
            regels.add(new Regel(stap, n, fout / n, procent / n, binnen / n, laatste / n, trend / n));
        });
        return regels;
    }
}
