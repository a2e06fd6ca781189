// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.gebieden.Kerncijfers;

/**
 * The distribution key of annex 1 of the letter of 16 December 2022 (seed 004):
 * {@code Ov = 2000 + ((Iv/In + Gv/Gn) / 2) * (On - 50000)}.
 *
 * <p>The exact value is a fraction; places are whole. Whole places must add up to {@code On}
 * exactly, and raising {@code On} must never lower a region's places. Plain largest remainder
 * (Hamilton) meets the first but not the second: with the CBS figures of 2022 it lowers some
 * region's places at 12,323 of the totals between 50,000 and 450,000 (the first at 50,067), the
 * "Alabama paradox". So the whole places follow the quota method of Balinski and Young, the
 * house-monotone form of largest remainder: the {@code On - 50000} places above the base of 2,000
 * are handed out one at a time, each to the region with the largest share per place it already
 * holds ({@code share / (places + 1)}) among the regions that would not get more than their exact
 * value rounded up. Like largest remainder, every region gets its exact value rounded down or up;
 * unlike it, a higher total never takes a place away. A tie goes to the lowest region code. See
 * {@code docs/adr/0003-verdeelsleutel-quotamethode.md}.
 *
 * <p>All arithmetic is on whole numbers (shares are the fractions {@code (Iv*Gn + Gv*In) / (2*In*Gn)}),
 * so the result never depends on floating-point rounding.
 */
public final class Verdeelsleutel {

    public static final int BASIS_PER_REGIO = 2_000;
    public static final int BASIS_LANDELIJK = 50_000;
    /** Above this a total is no plausible target (5 % of the population) and would only cost time. */
    public static final int MAXIMUM_LANDELIJK = 1_000_000;

    private Verdeelsleutel() {
    }

    public static Verdeling bereken(int landelijkTotaal, Kerncijfers cijfers) {
        return berekenAlle(List.of(landelijkTotaal), cijfers).getFirst();
    }

    /**
     * Splits several national totals at once, each exactly as {@link #bereken(int, Kerncijfers)} would. The
     * quota method hands out places one at a time and a higher total only adds steps to a lower one's, so one
     * run up to the highest total, read off at each lower total on the way, gives every split for the cost of
     * the highest (a forecast splits its expected value and both bounds for six months: 18 totals, issue 16).
     * The result is in the order of {@code totalen}.
     */
    public static List<Verdeling> berekenAlle(List<Integer> totalen, Kerncijfers cijfers) {
        for (int t : totalen) {
            if (t < BASIS_LANDELIJK || t > MAXIMUM_LANDELIJK) {
                throw new IllegalArgumentException("landelijk totaal buiten " + BASIS_LANDELIJK + ".." + MAXIMUM_LANDELIJK);
            }
        }
        // Sorted by code, so that a tie goes to the lowest region code whatever order the figures came in.
        var regios = cijfers.regios().stream().sorted(java.util.Comparator.comparing(r -> r.code())).toList();
        int n = regios.size();
        if (n * BASIS_PER_REGIO != BASIS_LANDELIJK) {
            throw new IllegalStateException("de sleutel gaat uit van 25 veiligheidsregio's, niet " + n);
        }
        long inwonersNl = cijfers.inwonersNederland();
        long landNl = cijfers.landoppervlakteNederlandHa();
        long noemer = Math.multiplyExact(2, Math.multiplyExact(inwonersNl, landNl));
        var tellers = new long[n];
        for (int i = 0; i < n; i++) {
            var r = regios.get(i);
            tellers[i] = Math.addExact(Math.multiplyExact(r.inwoners(), landNl), Math.multiplyExact(r.landoppervlakteHa(), inwonersNl));
        }
        var extras = totalen.stream().mapToInt(t -> t - BASIS_LANDELIJK).distinct().sorted().toArray();
        var perExtra = quotamethode(tellers, noemer, extras);
        var uit = new ArrayList<Verdeling>(totalen.size());
        for (int landelijkTotaal : totalen) {
            int extra = landelijkTotaal - BASIS_LANDELIJK;
            var plaatsen = perExtra[java.util.Arrays.binarySearch(extras, extra)];
            var uitkomst = new ArrayList<RegioOpgave>(n);
            for (int i = 0; i < n; i++) {
                var r = regios.get(i);
                var exact = new BigDecimal(BigInteger.valueOf(tellers[i]).multiply(BigInteger.valueOf(extra)))
                        .divide(BigDecimal.valueOf(noemer), 4, RoundingMode.HALF_EVEN)
                        .add(BigDecimal.valueOf(BASIS_PER_REGIO));
                uitkomst.add(new RegioOpgave(r.code(), r.naam(), r.inwoners(), r.landoppervlakteHa(),
                        aandeel(r.inwoners(), inwonersNl), aandeel(r.landoppervlakteHa(), landNl), exact,
                        BASIS_PER_REGIO + plaatsen[i]));
            }
            uit.add(new Verdeling(landelijkTotaal, cijfers.peiljaar(), cijfers.indeling(), inwonersNl, landNl, uitkomst));
        }
        return uit;
    }

    /** {@link #quotamethode(long[], long, int)} read off after each of {@code oplopend} places (ascending). */
    static int[][] quotamethode(long[] tellers, long noemer, int[] oplopend) {
        int n = tellers.length;
        var uit = new int[oplopend.length][];
        var toegewezen = new int[n];
        int k = 0;
        for (int h = 0; k < oplopend.length; h++) {
            if (h > 0) {
                stap(tellers, noemer, toegewezen, h);
            }
            while (k < oplopend.length && oplopend[k] == h) {
                uit[k++] = toegewezen.clone();
            }
        }
        return uit;
    }

    /**
     * Hands out {@code plaatsen} places over regions with shares {@code tellers[i] / noemer} (the
     * shares add up to 1) by the quota method; ties go to the lowest index. Published: the one
     * implementation of the quota method, also used by the distribution law's key (spreiding, ADR 0024).
     */
    public static int[] quotamethode(long[] tellers, long noemer, int plaatsen) {
        return quotamethode(tellers, noemer, new int[] {plaatsen})[0];
    }

    /** Gives the {@code h}-th place: to the eligible region with the largest share per place it would hold. */
    private static void stap(long[] tellers, long noemer, int[] toegewezen, int h) {
        int n = tellers.length;
        int beste = -1;
        for (int i = 0; i < n; i++) {
            // Eligible when one more place keeps it within its upper quota: a_i < share_i * h.
            if (vergelijkProducten(toegewezen[i], noemer, tellers[i], h) >= 0) {
                continue;
            }
            if (beste < 0 || vergelijkProducten(tellers[i], toegewezen[beste] + 1L, tellers[beste], toegewezen[i] + 1L) > 0) {
                beste = i;
            }
        }
        toegewezen[beste]++;
    }

    /** Compares {@code a*b} with {@code c*d} for non-negative longs without overflow. */
    static int vergelijkProducten(long a, long b, long c, long d) {
        long hoog1 = Math.multiplyHigh(a, b);
        long hoog2 = Math.multiplyHigh(c, d);
        if (hoog1 != hoog2) {
            return Long.compare(hoog1, hoog2);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    private static BigDecimal aandeel(long deel, long geheel) {
        return BigDecimal.valueOf(deel).divide(BigDecimal.valueOf(geheel), 6, RoundingMode.HALF_EVEN);
    }

    /** One region's share of a national total. */
    public record RegioOpgave(String code, String naam, long inwoners, long landoppervlakteHa,
            BigDecimal aandeelInwoners, BigDecimal aandeelLandoppervlakte, BigDecimal exacteWaarde, int opgave) {
    }

    /** The national total split over the regions, with the figures it was computed from. */
    public record Verdeling(int landelijkTotaal, int peiljaar, java.time.LocalDate indeling, long inwonersNederland,
            long landoppervlakteNederlandHa, List<RegioOpgave> regios) {

        public int som() {
            return regios.stream().mapToInt(RegioOpgave::opgave).sum();
        }

        public java.util.Optional<RegioOpgave> regio(String code) {
            return regios.stream().filter(r -> r.code().equals(code)).findFirst();
        }
    }
}
