// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import nl.onderdak.opgave.Verdeelsleutel;
import org.jspecify.annotations.Nullable;

/**
 * The key of the 2024 distribution law. Each gemeente weighs {@code inhabitants x (1 + SES-WOA score)};
 * its exact share of the national total is its weight over the sum of all weights. This is the form
 * the published examples fit; the text of the Besluit (Stb. 2024, 13) itself could not be read here,
 * so the form is labelled {@link #METHODE} wherever it is shown (docs/regels.md, ADR 0024).
 *
 * <p>Whole places in two levels: the national total over the 12 provinces (each weighing the sum of
 * its gemeenten), then each province's places over its gemeenten, both by the quota method (the one published implementation,
 * {@link Verdeelsleutel#quotamethode}, of opgave's regional key, ADR 0003);
 * the same for the places for unaccompanied minors (amv). So gemeenten add up exactly to their
 * province and provinces to the total, every entity gets its exact value rounded down or up within its
 * level, and a higher total never lowers a province or a gemeente. Ties go to the lowest code.
 *
 * <p>A score that is missing is never guessed: as every share depends on every weight, the whole
 * computation is then refused, naming the gemeenten without a score.
 */
public final class Spreidingssleutel {

    /**
     * The method's label in the API (Dutch, as the API's texts). The English page writes it in English
     * (spreiding.sleutel.methodeIs in spreiding_en.properties repeats the name before the brackets: change both).
     */
    public static final String METHODE = "inwoners-x-1-plus-ses-woa (vorm waar de gepubliceerde voorbeelden bij passen; "
            + "tekst van het Besluit niet gevonden)";
    public static final String AFRONDING = "twee niveaus, quotamethode (Balinski-Young): eerst landelijk over de "
            + "provincies, dan per provincie over haar gemeenten; elke provincie en gemeente krijgt haar exacte waarde "
            + "naar beneden of naar boven afgerond, de som klopt precies en een hoger totaal verlaagt nooit een aantal; "
            + "bij gelijke stand de laagste code";
    /** Scores are kept with at most six decimals, so a weight is a whole number of millionths. */
    static final long SCHAAL = 1_000_000L;
    public static final int MAXIMUM_TOTAAL = 500_000;

    private Spreidingssleutel() {
    }

    /** One gemeente as the key needs it. */
    public record Invoer(String gemeenteCode, String gemeenteNaam, String provincieCode, String provincieNaam,
            long inwoners, @Nullable BigDecimal sesWoa) {
    }

    public record GemeenteUitkomst(String code, String naam, long inwoners, @Nullable BigDecimal sesWoa,
            @Nullable BigDecimal aandeel, @Nullable BigDecimal exactePlaatsen, @Nullable Integer plaatsen,
            @Nullable Integer amv) {
    }

    public record ProvincieUitkomst(String code, String naam, long inwoners, @Nullable BigDecimal aandeel,
            @Nullable BigDecimal exactePlaatsen, @Nullable Integer plaatsen, @Nullable Integer amv,
            List<GemeenteUitkomst> gemeenten) {
    }

    /** The outcome; {@code volledig} false when scores are missing ({@code zonderScore} names them). */
    public record Verdeling(int totaal, int amv, boolean volledig, List<String> zonderScore,
            List<ProvincieUitkomst> provincies) {

        public List<GemeenteUitkomst> gemeenten() {
            return provincies.stream().flatMap(p -> p.gemeenten().stream()).toList();
        }
    }

    public static Verdeling bereken(int totaal, int amv, List<Invoer> invoer) {
        if (totaal < 0 || totaal > MAXIMUM_TOTAAL || amv < 0 || amv > totaal) {
            throw new IllegalArgumentException("totaal of amv buiten bereik");
        }
        var gesorteerd = invoer.stream().sorted(Comparator.comparing(Invoer::gemeenteCode)).toList();
        var perProvincie = new LinkedHashMap<String, List<Invoer>>();
        gesorteerd.stream().sorted(Comparator.comparing(Invoer::provincieCode).thenComparing(Invoer::gemeenteCode))
                .forEach(g -> perProvincie.computeIfAbsent(g.provincieCode(), k -> new ArrayList<>()).add(g));
        var zonderScore = gesorteerd.stream().filter(g -> g.sesWoa() == null).map(Invoer::gemeenteCode).toList();
        if (!zonderScore.isEmpty() || gesorteerd.isEmpty()) {
            var provincies = new ArrayList<ProvincieUitkomst>();
            perProvincie.forEach((code, gemeenten) -> provincies.add(new ProvincieUitkomst(code,
                    gemeenten.getFirst().provincieNaam(), gemeenten.stream().mapToLong(Invoer::inwoners).sum(),
                    null, null, null, null, gemeenten.stream().map(g -> new GemeenteUitkomst(g.gemeenteCode(),
                            g.gemeenteNaam(), g.inwoners(), g.sesWoa(), null, null, null, null)).toList())));
            return new Verdeling(totaal, amv, false, zonderScore, provincies);
        }
        var provincieCodes = List.copyOf(perProvincie.keySet());
        var provincieGewichten = new long[provincieCodes.size()];
        long landelijk = 0;
        for (int p = 0; p < provincieCodes.size(); p++) {
            for (var g : perProvincie.get(provincieCodes.get(p))) {
                provincieGewichten[p] = Math.addExact(provincieGewichten[p], gewicht(g));
            }
            landelijk = Math.addExact(landelijk, provincieGewichten[p]);
        }
        var plaatsenPv = verdeel(provincieGewichten, totaal);
        var amvPv = verdeel(provincieGewichten, amv);
        var provincies = new ArrayList<ProvincieUitkomst>();
        for (int p = 0; p < provincieCodes.size(); p++) {
            var gemeenten = perProvincie.get(provincieCodes.get(p));
            var gewichten = gemeenten.stream().mapToLong(Spreidingssleutel::gewicht).toArray();
            var plaatsenGm = verdeel(gewichten, plaatsenPv[p]);
            var amvGm = verdeel(gewichten, amvPv[p]);
            var uitkomsten = new ArrayList<GemeenteUitkomst>();
            for (int i = 0; i < gemeenten.size(); i++) {
                var g = gemeenten.get(i);
                uitkomsten.add(new GemeenteUitkomst(g.gemeenteCode(), g.gemeenteNaam(), g.inwoners(), g.sesWoa(),
                        aandeel(gewichten[i], landelijk), exact(gewichten[i], landelijk, totaal), plaatsenGm[i], amvGm[i]));
            }
            provincies.add(new ProvincieUitkomst(provincieCodes.get(p), gemeenten.getFirst().provincieNaam(),
                    gemeenten.stream().mapToLong(Invoer::inwoners).sum(), aandeel(provincieGewichten[p], landelijk),
                    exact(provincieGewichten[p], landelijk, totaal), plaatsenPv[p], amvPv[p], List.copyOf(uitkomsten)));
        }
        return new Verdeling(totaal, amv, true, List.of(), List.copyOf(provincies));
    }

    /**
     * Whole places for positive weights by the quota method: the shares are {@code weight / sum of
     * weights}, so opgave's published implementation with the sum as denominator gives exactly what
     * the former copy here gave (same eligibility test, same choice, same tie to the lowest index).
     */
    static int[] verdeel(long[] gewichten, int plaatsen) {
        long som = 0;
        for (long g : gewichten) {
            if (g <= 0) {
                throw new IllegalArgumentException("elk gewicht moet positief zijn");
            }
            som = Math.addExact(som, g);
        }
        return Verdeelsleutel.quotamethode(gewichten, som, plaatsen);
    }

    /** inhabitants x (1 + score), in millionths: exact, because a score has at most six decimals. */
    static long gewicht(Invoer g) {
        var score = g.sesWoa().movePointRight(6).longValueExact();
        return Math.multiplyExact(g.inwoners(), SCHAAL + score);
    }

    private static BigDecimal aandeel(long gewicht, long som) {
        return new BigDecimal(gewicht).divide(new BigDecimal(som), 10, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal exact(long gewicht, long som, int totaal) {
        return new BigDecimal(BigInteger.valueOf(gewicht).multiply(BigInteger.valueOf(totaal)))
                .divide(new BigDecimal(som), 4, RoundingMode.HALF_EVEN);
    }
}
