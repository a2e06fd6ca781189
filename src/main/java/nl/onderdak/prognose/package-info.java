// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * Forecast (issue 16): national and regional series from published figures and from Onderdak's own
 * records (kept apart), a forecast with an 80 % interval and a stock-flow scenario, places needed per
 * region six months ahead, the review every two months and the scoring of every stored forecast.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prognose")
@org.jspecify.annotations.NullMarked
package nl.onderdak.prognose;
