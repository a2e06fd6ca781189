// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.internal;

/**
 * Whole places for shares given as whole-number weights, by the quota method of Balinski and Young
 * (1975). The places are handed out one at a time; each goes to the entity with the largest
 * {@code weight / (places + 1)} among those that would not get more than their exact value rounded
 * up. Guarantees, for every total: the places add up to the total exactly; each entity gets its exact
 * value rounded down or up (like largest remainder); raising the total never lowers an entity (unlike
 * largest remainder, which suffers the Alabama paradox). A tie goes to the lowest index, so callers
 * sort by code. Only whole numbers are compared (products of longs in 128 bits): no floating point
 * decides a place. Same method as opgave's regional key (ADR 0003), see ADR 0024.
 */
public final class Quotamethode {

    private Quotamethode() {
    }

    /** Hands out {@code plaatsen} places over entities with weights {@code gewichten} (all positive). */
    public static int[] verdeel(long[] gewichten, int plaatsen) {
        int n = gewichten.length;
        long som = 0;
        for (long g : gewichten) {
            if (g <= 0) {
                throw new IllegalArgumentException("elk gewicht moet positief zijn");
            }
            som = Math.addExact(som, g);
        }
        var toegewezen = new int[n];
        for (int h = 1; h <= plaatsen; h++) {
            int beste = -1;
            for (int i = 0; i < n; i++) {
                // Eligible while one more place keeps it within its upper quota: a_i < w_i * h / W.
                if (vergelijk(toegewezen[i], som, gewichten[i], h) >= 0) {
                    continue;
                }
                if (beste < 0 || vergelijk(gewichten[i], toegewezen[beste] + 1L, gewichten[beste], toegewezen[i] + 1L) > 0) {
                    beste = i;
                }
            }
            toegewezen[beste]++;
        }
        return toegewezen;
    }

    /** Compares {@code a*b} with {@code c*d} for non-negative longs without overflow. */
    static int vergelijk(long a, long b, long c, long d) {
        long hoog1 = Math.multiplyHigh(a, b);
        long hoog2 = Math.multiplyHigh(c, d);
        if (hoog1 != hoog2) {
            return Long.compare(hoog1, hoog2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }
}
