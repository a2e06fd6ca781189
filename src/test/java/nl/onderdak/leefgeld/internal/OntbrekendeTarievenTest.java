// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which rates the shipped table lacks today and since when: the gaps the administrator must fill. */
class OntbrekendeTarievenTest {

    @Test
    void de_meegeleverde_tabel_mist_alle_tarieven_sinds_2025_en_voedsel_voor_minderjarigen_in_grote_huishoudens_sinds_oktober_2023() {
        var gaten = OntbrekendeTarieven.gaten(Tarieven.standaard(), LocalDate.of(2026, 12, 5));
        assertThat(gaten).contains(new OntbrekendeTarieven.Gat(LocalDate.of(2023, 10, 1), Component.VOEDSEL, true, 3),
                new OntbrekendeTarieven.Gat(LocalDate.of(2023, 10, 1), Component.VOEDSEL, true, 4),
                new OntbrekendeTarieven.Gat(LocalDate.of(2025, 1, 1), Component.VOEDSEL, false, 1),
                new OntbrekendeTarieven.Gat(LocalDate.of(2025, 1, 1), Component.KLEDING_EN_PERSOONLIJK, true, 2),
                new OntbrekendeTarieven.Gat(LocalDate.of(2025, 1, 1), Component.WOONCOMPONENT_POO, false, 4));
        assertThat(gaten).as("elk soort persoon één keer").hasSize(3 * 2 * 4);
    }

    @Test
    void op_een_dag_met_alle_tarieven_ontbreekt_alleen_het_bekende_gat() {
        var gaten = OntbrekendeTarieven.gaten(Tarieven.standaard(), LocalDate.of(2024, 6, 1));
        assertThat(gaten).containsExactlyInAnyOrder(new OntbrekendeTarieven.Gat(LocalDate.of(2023, 10, 1), Component.VOEDSEL, true, 3),
                new OntbrekendeTarieven.Gat(LocalDate.of(2023, 10, 1), Component.VOEDSEL, true, 4));
    }
}
