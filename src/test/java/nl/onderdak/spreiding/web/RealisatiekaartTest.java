// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The map's colour of a province: realised over task, in the capacity map's five classes; unknown stays grey. */
class RealisatiekaartTest {

    @Test
    void realisatie_als_deel_van_de_taak_valt_in_de_klassen_van_de_capaciteitskaart() {
        assertThat(Realisatiekaart.procent(40, 100)).isEqualByComparingTo("40.0");
        assertThat(Realisatiekaart.procent(1, 3)).isEqualByComparingTo("33.3");
        assertThat(Realisatiekaart.klasse(new BigDecimal("24.9"))).isZero();
        assertThat(Realisatiekaart.klasse(new BigDecimal("25.0"))).isEqualTo(1);
        assertThat(Realisatiekaart.klasse(new BigDecimal("99.9"))).isEqualTo(3);
        assertThat(Realisatiekaart.klasse(new BigDecimal("100.0"))).isEqualTo(4);
    }

    @Test
    void zonder_taak_of_realisatie_is_er_geen_percentage() {
        assertThat(Realisatiekaart.procent(null, 100)).isNull();
        assertThat(Realisatiekaart.procent(10, null)).isNull();
        assertThat(Realisatiekaart.procent(10, 0)).isNull();
    }
}
