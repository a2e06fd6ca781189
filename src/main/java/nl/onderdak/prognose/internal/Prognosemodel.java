// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The forecast model (ADR 0022, docs/regels.md "Prognose: methode"): a random walk with damped drift on
 * the logarithm of the monthly series. The month-on-month log-differences {@code d} of the last
 * {@value #VENSTER} months give the drift {@code mu} (their mean) and the spread {@code s} (their sample
 * standard deviation). The drift fades by the factor {@code phi} ({@value #DEMPING}) each month ahead, as
 * in Gardner and McKenzie's damped trend: a growth spurt is not extrapolated for two years.
 * {@code h} months after the last month-end value {@code y_T}, with {@code D_h = phi + phi^2 + ... + phi^h}:
 * <pre>
 *   verwacht   = y_T * exp(D_h * mu)
 *   se_h       = sqrt(s^2 * h + s^2 * D_h^2 / m + r^2)      m = number of differences
 *   grenzen    = verwacht * exp(-/+ t_{0.90; m-1} * se_h)
 * </pre>
 * {@code s^2 * h} is the random walk's own spread, {@code s^2 * D_h^2 / m} the uncertainty of the estimated
 * drift (with {@code phi = 1} the two give the drift method's {@code s^2 * h * (1 + h / m)}), {@code r} the measurement uncertainty of the
 * last value (half the range of its precision word divided by sqrt 3, relative), {@code t} the 90 %
 * quantile of Student's t with {@code m - 1} degrees of freedom, so the interval holds 80 % and widens
 * with the horizon. Growth compounds, so working on logarithms keeps forecasts positive and makes the
 * band proportional. The baselines the scoring compares with are computed here on the same input:
 * the last value, and the least-squares line through the last {@value #TRENDPUNTEN} month-end values.
 */
public final class Prognosemodel {

    public static final String METHODE = "gedempte-log-drift-t80";
    public static final double NIVEAU = 0.80;
    public static final int VENSTER = 12;
    public static final int MINIMUM_PUNTEN = 3;
    public static final int TRENDPUNTEN = 6;
    /** Monthly damping of the drift; chosen before the backtest, not fitted to it (ADR 0022). */
    public static final double DEMPING = 0.8;

    /** The forecast, with the value at the month of the reference date ({@code nu}, step 0) the scenario starts from. */
    public record Uitkomst(YearMonth laatsteInvoer, int punten, double drift, double spreiding, Voorspelling nu,
            List<Voorspelling> maanden) {
    }

    private Prognosemodel() {
    }

    public static Uitkomst voorspel(List<Maandpunt> reeks, YearMonth peilmaand, int horizon) {
        return voorspel(reeks, peilmaand, horizon, DEMPING);
    }

    /** With a damping factor of one: the plain drift method (used by the hand-computed tests). */
    public static Uitkomst voorspel(List<Maandpunt> reeks, YearMonth peilmaand, int horizon, double demping) {
        if (reeks.size() < MINIMUM_PUNTEN) {
            throw new TeWeinigCijfers(reeks.size());
        }
        var venster = reeks.subList(Math.max(0, reeks.size() - (VENSTER + 1)), reeks.size());
        var d = new double[venster.size() - 1];
        for (int i = 1; i < venster.size(); i++) {
            d[i - 1] = Math.log(Math.max(1, venster.get(i).waarde())) - Math.log(Math.max(1, venster.get(i - 1).waarde()));
        }
        int m = d.length;
        double mu = StatUtils.mean(d);
        double s = Math.sqrt(StatUtils.variance(d));
        double q = new TDistribution(m - 1).inverseCumulativeProbability(0.5 + NIVEAU / 2);
        var laatste = reeks.getLast();
        double yT = Math.max(1, laatste.waarde());
        double r = laatste.halfbreedte() / yT / Math.sqrt(3);

        var trend = new SimpleRegression();
        var trendpunten = reeks.subList(Math.max(0, reeks.size() - TRENDPUNTEN), reeks.size());
        for (var p : trendpunten) {
            trend.addData(laatste.maand().until(p.maand(), ChronoUnit.MONTHS), p.waarde());
        }

        var maanden = new ArrayList<Voorspelling>();
        Voorspelling nu = null;
        for (int k = 0; k <= horizon; k++) {
            var maand = peilmaand.plusMonths(k);
            long h = Math.max(0, laatste.maand().until(maand, ChronoUnit.MONTHS));
            double dh = 0;
            for (int i = 1; i <= h; i++) {
                dh += Math.pow(demping, i);
            }
            double log = Math.log(yT) + dh * mu;
            double se = Math.sqrt(s * s * h + s * s * dh * dh / m + r * r);
            double lijn = trendpunten.size() >= 2 ? trend.predict(h) : laatste.waarde();
            var v = new Voorspelling(maand, k, Math.exp(log), Math.exp(log - q * se), Math.exp(log + q * se),
                    laatste.waarde(), Math.max(0, lijn));
            if (k == 0) {
                nu = v;
            } else {
                maanden.add(v);
            }
        }
        return new Uitkomst(laatste.maand(), reeks.size(), mu, s, nu, List.copyOf(maanden));
    }
}
