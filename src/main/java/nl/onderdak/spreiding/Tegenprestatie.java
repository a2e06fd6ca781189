// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding;

/**
 * What gemeente B does in return when gemeente A takes more asylum places in a swap: housing status
 * holders or receiving displaced persons from Ukraine (seed 002: the provincial table may weigh these
 * tasks together, as long as the province's total is met).
 */
public enum Tegenprestatie {
    STATUSHOUDERS, OEKRAINE;

    public String woord() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<Tegenprestatie> lees(String woord) {
        for (var t : values()) {
            if (t.woord().equalsIgnoreCase(woord.strip())) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
