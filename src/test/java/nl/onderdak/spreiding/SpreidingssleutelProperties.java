// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.onderdak.spreiding.internal.Spreidingssleutel;
import nl.onderdak.spreiding.internal.Spreidingssleutel.Invoer;

/**
 * The promises of the key for any country made of 1 to 12 provinces of 1 to 25 gemeenten with any
 * inhabitants and scores: the sums are exact at both levels (places and minors), a higher total never
 * lowers a province or a gemeente, and everyone gets its exact value within its level rounded down or up.
 */
class SpreidingssleutelProperties {

    @Provide
    Arbitrary<List<Invoer>> landen() {
        var gemeente = Combinators.combine(Arbitraries.integers().between(500, 1_000_000),
                Arbitraries.integers().between(-700, 700)).as((inwoners, score) -> new long[] {inwoners, score});
        var provincie = gemeente.list().ofMinSize(1).ofMaxSize(25);
        return provincie.list().ofMinSize(1).ofMaxSize(12).map(provincies -> {
            var uit = new ArrayList<Invoer>();
            for (int p = 0; p < provincies.size(); p++) {
                for (var g : provincies.get(p)) {
                    uit.add(new Invoer("GM%04d".formatted(uit.size()), "G" + uit.size(), "PV%02d".formatted(20 + p), "P" + p,
                            g[0], BigDecimal.valueOf(g[1], 3)));
                }
            }
            return uit;
        });
    }

    @Property(tries = 150)
    void sommen_kloppen_precies_op_beide_niveaus(@ForAll("landen") List<Invoer> land,
            @ForAll @IntRange(min = 0, max = 120_000) int totaal, @ForAll @IntRange(min = 0, max = 100) int amvProcent) {
        int amv = totaal * amvProcent / 100;
        var v = Spreidingssleutel.bereken(totaal, amv, land);

        assertThat(v.provincies().stream().mapToInt(p -> p.plaatsen()).sum()).isEqualTo(totaal);
        assertThat(v.provincies().stream().mapToInt(p -> p.amv()).sum()).isEqualTo(amv);
        for (var p : v.provincies()) {
            assertThat(p.gemeenten().stream().mapToInt(g -> g.plaatsen()).sum()).as(p.code()).isEqualTo(p.plaatsen());
            assertThat(p.gemeenten().stream().mapToInt(g -> g.amv()).sum()).as(p.code()).isEqualTo(p.amv());
        }
    }

    @Property(tries = 150)
    void een_hoger_totaal_verlaagt_nooit_een_provincie_of_gemeente(@ForAll("landen") List<Invoer> land,
            @ForAll @IntRange(min = 0, max = 60_000) int totaal, @ForAll @IntRange(min = 1, max = 3_000) int extra) {
        var laag = Spreidingssleutel.bereken(totaal, 0, land);
        var hoog = Spreidingssleutel.bereken(totaal + extra, 0, land);

        for (int p = 0; p < laag.provincies().size(); p++) {
            assertThat(hoog.provincies().get(p).plaatsen()).isGreaterThanOrEqualTo(laag.provincies().get(p).plaatsen());
        }
        var gl = laag.gemeenten();
        var gh = hoog.gemeenten();
        for (int i = 0; i < gl.size(); i++) {
            assertThat(gh.get(i).plaatsen()).as("%s bij %d -> %d", gl.get(i).code(), totaal, totaal + extra)
                    .isGreaterThanOrEqualTo(gl.get(i).plaatsen());
        }
    }

    @Property(tries = 150)
    void elke_provincie_krijgt_haar_exacte_waarde_naar_beneden_of_boven_afgerond(@ForAll("landen") List<Invoer> land,
            @ForAll @IntRange(min = 0, max = 120_000) int totaal) {
        var v = Spreidingssleutel.bereken(totaal, 0, land);

        for (var p : v.provincies()) {
            var exact = p.exactePlaatsen();
            assertThat(BigDecimal.valueOf(p.plaatsen()).subtract(exact).abs()).as(p.code()).isLessThan(BigDecimal.ONE);
            // Within the province, the gemeente's exact value of the province's whole places.
            var som = p.gemeenten().stream().map(g -> g.aandeel()).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (var g : p.gemeenten()) {
                var binnen = g.aandeel().multiply(BigDecimal.valueOf(p.plaatsen())).divide(som, 6, java.math.RoundingMode.HALF_EVEN);
                assertThat(BigDecimal.valueOf(g.plaatsen()).subtract(binnen).abs()).as(g.code())
                        .isLessThan(new BigDecimal("1.00001"));
            }
        }
    }
}
