// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.onderdak.spreiding.internal.Spreidingssleutel;
import nl.onderdak.spreiding.internal.Spreidingssleutel.Invoer;
import org.junit.jupiter.api.Test;

/** The key on a small province, computed by hand (docs/regels.md shows the same steps). */
class SpreidingssleutelTest {

    // Weights inhabitants x (1 + score): A 10,000 x 1.1 = 11,000; B 20,000 x 0.8 = 16,000; C 5,000 x 1.0 = 5,000.
    private static final List<Invoer> KLEINE_PROVINCIE = List.of(
            new Invoer("GM9001", "Aadorp", "PV99", "Proefland", 10_000, new BigDecimal("0.1")),
            new Invoer("GM9002", "Beestad", "PV99", "Proefland", 20_000, new BigDecimal("-0.2")),
            new Invoer("GM9003", "Cewoude", "PV99", "Proefland", 5_000, BigDecimal.ZERO));

    @Test
    void tien_plaatsen_over_een_kleine_provincie_zoals_met_de_hand_berekend() {
        var v = Spreidingssleutel.bereken(10, 3, KLEINE_PROVINCIE);

        assertThat(v.volledig()).isTrue();
        var g = v.gemeenten();
        // Exact: 10 x 11/32 = 3.4375, 10 x 16/32 = 5.0, 10 x 5/32 = 1.5625.
        assertThat(g).extracting(Spreidingssleutel.GemeenteUitkomst::exactePlaatsen)
                .containsExactly(new BigDecimal("3.4375"), new BigDecimal("5.0000"), new BigDecimal("1.5625"));
        // Quota method, place by place (h = 1..10): B, A, B, A, B, C, B, A, B, A. Largest remainder would
        // give A 3, B 5, C 2; both stay within the exact value rounded down or up.
        assertThat(g).extracting(Spreidingssleutel.GemeenteUitkomst::plaatsen).containsExactly(4, 5, 1);
        // Minors, 3 places: exact 1.03, 1.5, 0.47; places B, A, B.
        assertThat(g).extracting(Spreidingssleutel.GemeenteUitkomst::amv).containsExactly(1, 2, 0);
        assertThat(v.provincies().getFirst().plaatsen()).isEqualTo(10);
        assertThat(v.provincies().getFirst().amv()).isEqualTo(3);
    }

    @Test
    void twee_niveaus_eerst_de_provincies_dan_hun_gemeenten() {
        var invoer = new java.util.ArrayList<>(KLEINE_PROVINCIE);
        invoer.add(new Invoer("GM9004", "Dedam", "PV98", "Tweede", 8_000, BigDecimal.ZERO));

        var v = Spreidingssleutel.bereken(10, 0, invoer);

        // Province weights 8,000 (PV98) and 32,000 (PV99): exactly 2 and 8 places.
        assertThat(v.provincies()).extracting(Spreidingssleutel.ProvincieUitkomst::code, Spreidingssleutel.ProvincieUitkomst::plaatsen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PV98", 2), org.assertj.core.groups.Tuple.tuple("PV99", 8));
        // PV99's 8 over 11,000 / 16,000 / 5,000 (exact 2.75, 4, 1.25): B, A, B, A, B, C, B, A.
        assertThat(v.provincies().get(1).gemeenten()).extracting(Spreidingssleutel.GemeenteUitkomst::plaatsen)
                .containsExactly(3, 4, 1);
    }

    @Test
    void een_ontbrekende_score_wordt_niet_geraden_en_geen_aandeel_berekend() {
        var invoer = List.of(KLEINE_PROVINCIE.get(0), KLEINE_PROVINCIE.get(1),
                new Invoer("GM9003", "Cewoude", "PV99", "Proefland", 5_000, null));

        var v = Spreidingssleutel.bereken(10, 3, invoer);

        assertThat(v.volledig()).isFalse();
        assertThat(v.zonderScore()).containsExactly("GM9003");
        assertThat(v.gemeenten()).allSatisfy(g -> {
            assertThat(g.aandeel()).isNull();
            assertThat(g.plaatsen()).isNull();
            assertThat(g.amv()).isNull();
        });
        assertThat(v.provincies().getFirst().plaatsen()).isNull();
        assertThat(v.provincies().getFirst().inwoners()).isEqualTo(35_000);
    }
}
