// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Irregular, rounded figures to month-end values, by hand. */
class MaandreeksTest {

    @Test
    void afgeronde_woorden_worden_een_bereik_rond_het_getal() {
        assertThat(Precisie.RUIM.midden(76_000)).isEqualTo(76_950);
        assertThat(Precisie.RUIM.halfbreedte(76_000)).isEqualTo(950);
        assertThat(Precisie.BIJNA.midden(95_000)).isEqualTo(93_812.5);
        assertThat(Precisie.CIRCA.midden(18_000)).isEqualTo(18_000);
        assertThat(Precisie.CIRCA.halfbreedte(18_000)).isEqualTo(450);
        assertThat(Precisie.lees("iets meer dan")).contains(Precisie.IETS_MEER_DAN);
        assertThat(Precisie.lees("ongeveer")).isEmpty();
    }

    @Test
    void maandeinde_tussen_twee_cijfers_is_de_rechte_lijn_naar_dagen() {
        // "ruim 8000" on 16 March (read 8,100) and 24,708 on 7 April: 31 March lies 15 of 22 days on.
        // 8100 * 7/22 + 24708 * 15/22 = 19,423.64; 7 April is within seven days, so it counts as measured.
        var reeks = Maandreeks.bouw(List.of(new Waarneming(LocalDate.of(2022, 3, 16), 8100, 100),
                Waarneming.exact(LocalDate.of(2022, 4, 7), 24708)), LocalDate.of(2022, 4, 30));
        assertThat(reeks).hasSize(1);
        assertThat(reeks.getFirst().maand()).isEqualTo(YearMonth.of(2022, 3));
        assertThat(reeks.getFirst().waarde()).isCloseTo(19423.636, within(0.001));
        assertThat(reeks.getFirst().halfbreedte()).isCloseTo(100 * 7.0 / 22, within(1e-9));
        assertThat(reeks.getFirst().gemeten()).isTrue();
    }

    @Test
    void geen_cijfers_na_de_peildatum_en_geen_verlenging_voorbij_zeven_dagen() {
        var cijfers = List.of(Waarneming.exact(LocalDate.of(2022, 5, 28), 35684), Waarneming.exact(LocalDate.of(2023, 7, 7), 76000));
        // On 30 September 2022 the figure of July 2023 does not exist yet: the series ends at May (28 May is 3 days before its end).
        var toen = Maandreeks.bouw(cijfers, LocalDate.of(2022, 9, 30));
        assertThat(toen).extracting(Maandpunt::maand).containsExactly(YearMonth.of(2022, 5));
        // Later, the months in between are interpolated and marked as not measured.
        var nu = Maandreeks.bouw(cijfers, LocalDate.of(2023, 12, 31));
        assertThat(nu).hasSize(14);
        assertThat(nu.get(1).maand()).isEqualTo(YearMonth.of(2022, 6));
        assertThat(nu.get(1).gemeten()).isFalse();
        assertThat(nu.getLast().maand()).isEqualTo(YearMonth.of(2023, 6));
        assertThat(nu.getLast().gemeten()).isTrue();
    }

    @Test
    void cijfers_op_dezelfde_dag_worden_gemiddeld() {
        var reeks = Maandreeks.bouw(List.of(Waarneming.exact(LocalDate.of(2022, 4, 30), 100), Waarneming.exact(LocalDate.of(2022, 4, 30), 200)),
                LocalDate.of(2022, 4, 30));
        assertThat(reeks.getFirst().waarde()).isEqualTo(150);
    }
}
