// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.time.YearMonth;

/**
 * One forecast month: {@code stap} months after the month of the reference date, the expected value
 * (for the model: the median), the 80 % interval, and the two naive baselines on the same input.
 */
public record Voorspelling(YearMonth maand, int stap, double verwacht, double ondergrens, double bovengrens,
        double laatsteWaarde, double lineaireTrend) {
}
