// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.onderdak.spreiding.Planstatus;
import nl.onderdak.spreiding.internal.Spreidingsdienst.Cyclus;
import org.junit.jupiter.api.Test;

/** Who is reminded of what on which day of the cycle 2024-2025 (the rule without the database). */
class SpreidingWerkTest {

    private static final Cyclus CYCLUS = new Cyclus("2024-2025", 96000, 8140, 2024, LocalDate.of(2024, 2, 1),
            LocalDate.of(2025, 1, 1), LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 30),
            LocalDate.of(2025, 7, 1), LocalDate.of(2026, 2, 1));

    @Test
    void provincie_wordt_herinnerd_van_de_raming_tot_het_besluit_zolang_het_plan_concept_is() {
        assertThat(SpreidingWerk.herinnering(LocalDate.of(2024, 1, 31), CYCLUS, Planstatus.CONCEPT, false)).isNull();
        assertThat(SpreidingWerk.herinnering(LocalDate.of(2024, 2, 1), CYCLUS, Planstatus.CONCEPT, false)).isEqualTo("spreiding-plan");
        assertThat(SpreidingWerk.herinnering(LocalDate.of(2024, 11, 20), CYCLUS, Planstatus.CONCEPT, false)).isEqualTo("spreiding-plan");
        assertThat(SpreidingWerk.herinnering(LocalDate.of(2024, 10, 1), CYCLUS, Planstatus.INGEDIEND, false)).isNull();
        assertThat(SpreidingWerk.herinnering(LocalDate.of(2025, 1, 1), CYCLUS, Planstatus.CONCEPT, false)).isNull();
    }

    @Test
    void jenv_wordt_herinnerd_aan_ingediende_plannen_en_na_1_november_aan_provincies_zonder_plan() {
        assertThat(SpreidingWerk.herinnering(LocalDate.of(2024, 10, 1), CYCLUS, Planstatus.INGEDIEND, true)).isEqualTo("spreiding-besluit");
        assertThat(SpreidingWerk.herinnering(LocalDate.of(2024, 10, 1), CYCLUS, Planstatus.CONCEPT, true)).isNull();
        assertThat(SpreidingWerk.herinnering(LocalDate.of(2024, 11, 2), CYCLUS, Planstatus.CONCEPT, true)).isEqualTo("spreiding-aanwijzing");
        assertThat(SpreidingWerk.herinnering(LocalDate.of(2024, 12, 31), CYCLUS, Planstatus.BESLOTEN, true)).isNull();
        assertThat(SpreidingWerk.herinnering(LocalDate.of(2025, 1, 2), CYCLUS, Planstatus.INGEDIEND, true)).isNull();
    }

    @Test
    void de_cyclus_2024_2025_telt_de_dagen_tot_elke_datum() {
        var mijlpalen = CYCLUS.mijlpalen(LocalDate.of(2024, 10, 2));
        assertThat(mijlpalen).filteredOn(m -> m.soort().equals("provinciaalPlan")).singleElement()
                .satisfies(m -> assertThat(m.dagenTeGaan()).isEqualTo(30));
        assertThat(mijlpalen).filteredOn(m -> m.soort().equals("raming")).singleElement()
                .satisfies(m -> assertThat(m.dagenTeGaan()).isNegative());
    }
}
