// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model, its interval and its baselines, computed by hand on three-month series. */
class PrognosemodelTest {

    private static List<Maandpunt> reeks(double... waarden) {
        var start = YearMonth.of(2023, 1);
        var uit = new java.util.ArrayList<Maandpunt>();
        for (int i = 0; i < waarden.length; i++) {
            uit.add(new Maandpunt(start.plusMonths(i), waarden[i], 0, true));
        }
        return uit;
    }

    @Test
    void gelijke_groei_zet_zich_voort_zonder_onzekerheid() {
        // 100, 110, 121: every month +10 %, no spread, so 133.1 and 146.41 with a band of width zero.
        var u = Prognosemodel.voorspel(reeks(100, 110, 121), YearMonth.of(2023, 3), 2, 1.0);
        assertThat(u.maanden()).hasSize(2);
        assertThat(u.maanden().get(0).maand()).isEqualTo(YearMonth.of(2023, 4));
        assertThat(u.maanden().get(0).verwacht()).isCloseTo(133.1, within(1e-9));
        assertThat(u.maanden().get(1).verwacht()).isCloseTo(146.41, within(1e-9));
        assertThat(u.maanden().get(1).ondergrens()).isCloseTo(146.41, within(1e-9));
        assertThat(u.maanden().get(1).bovengrens()).isCloseTo(146.41, within(1e-9));
    }

    @Test
    void interval_volgt_uit_de_spreiding_van_de_logverschillen_en_student_t() {
        // 100, 120, 132: log-differences ln 1.2 and ln 1.1. Drift = ln(1.32)/2, so one month ahead
        // 132 * sqrt(1.32) = 151.656. Spread s = ln(12/11)/sqrt 2 = 0.061526; se_1 = s * sqrt(1 * (1 + 1/2));
        // t(0.90; 1 df) = 3.0777. Bounds 151.656 * exp(-/+ 3.0777 * 0.075354) = 120.266 and 191.241.
        var u = Prognosemodel.voorspel(reeks(100, 120, 132), YearMonth.of(2023, 3), 2, 1.0);
        var een = u.maanden().get(0);
        assertThat(een.verwacht()).isCloseTo(151.656, within(0.001));
        assertThat(een.ondergrens()).isCloseTo(120.266, within(0.001));
        assertThat(een.bovengrens()).isCloseTo(191.241, within(0.001));
        // Two months ahead: 174.24, se_2 = s * sqrt(2 * (1 + 2/2)) = 2s: 119.309 to 254.462, wider than one month.
        var twee = u.maanden().get(1);
        assertThat(twee.verwacht()).isCloseTo(174.24, within(0.001));
        assertThat(twee.ondergrens()).isCloseTo(119.309, within(0.001));
        assertThat(twee.bovengrens()).isCloseTo(254.462, within(0.001));
        assertThat(twee.bovengrens() - twee.ondergrens()).isGreaterThan(een.bovengrens() - een.ondergrens());
    }

    @Test
    void basislijnen_laatste_waarde_en_kleinste_kwadratenlijn() {
        // Line through (-2, 100), (-1, 120), (0, 132): slope 16, value 133.33 at 0, so 149.33 one month ahead.
        var u = Prognosemodel.voorspel(reeks(100, 120, 132), YearMonth.of(2023, 3), 1, 1.0);
        assertThat(u.maanden().getFirst().laatsteWaarde()).isEqualTo(132);
        assertThat(u.maanden().getFirst().lineaireTrend()).isCloseTo(149.333, within(0.001));
    }

    @Test
    void maanden_tussen_laatste_cijfer_en_peildatum_tellen_mee_in_de_stap() {
        // Last value March, reference date May: June is three months after the last value: 121 * 1.1^3.
        var u = Prognosemodel.voorspel(reeks(100, 110, 121), YearMonth.of(2023, 5), 1, 1.0);
        assertThat(u.nu().verwacht()).isCloseTo(146.41, within(1e-9));
        assertThat(u.maanden().getFirst().maand()).isEqualTo(YearMonth.of(2023, 6));
        assertThat(u.maanden().getFirst().verwacht()).isCloseTo(161.051, within(1e-9));
    }

    @Test
    void meetonzekerheid_van_het_laatste_cijfer_verbreedt_de_band() {
        // Last value "ruim 121" read as 121 with half-width 3: relative 3/121/sqrt 3 on the log scale.
        var punten = new java.util.ArrayList<>(reeks(100, 110));
        punten.add(new Maandpunt(YearMonth.of(2023, 3), 121, 3, true));
        var u = Prognosemodel.voorspel(punten, YearMonth.of(2023, 3), 1, 1.0);
        double r = 3.0 / 121 / Math.sqrt(3);
        double q = 3.0776835;
        assertThat(u.maanden().getFirst().bovengrens()).isCloseTo(133.1 * Math.exp(q * r), within(0.001));
    }

    @Test
    void gedempte_drift_groeit_steeds_minder() {
        // 100, 110, 121 with damping 0.8: one month 121 * 1.1^0.8 = 130.587, two months 121 * 1.1^(0.8 + 0.64) = 138.800.
        var u = Prognosemodel.voorspel(reeks(100, 110, 121), YearMonth.of(2023, 3), 2);
        assertThat(u.maanden().get(0).verwacht()).isCloseTo(121 * Math.pow(1.1, 0.8), within(1e-9));
        assertThat(u.maanden().get(0).verwacht()).isCloseTo(130.587, within(0.001));
        assertThat(u.maanden().get(1).verwacht()).isCloseTo(138.800, within(0.001));
    }

    @Test
    void minder_dan_drie_maandwaarden_is_te_weinig() {
        assertThatThrownBy(() -> Prognosemodel.voorspel(reeks(100, 110), YearMonth.of(2023, 2), 3, 1.0))
                .isInstanceOf(TeWeinigCijfers.class);
    }

    @Test
    void scenario_volgt_voorraad_plus_instroom_min_uitstroom() {
        // Start 1,000 (900 to 1,100); 70 net arrivals a week; 10 % leaves each month.
        // February 2023 (28 days): 1000 + 70*4 - 100 = 1180; 900 + 280 - 90 = 1090; 1100 + 280 - 110 = 1270.
        // March (31 days): 1180 + 310 - 118 = 1372.
        var start = new Voorspelling(YearMonth.of(2023, 1), 0, 1000, 900, 1100, 1000, 1000);
        var model = List.of(new Voorspelling(YearMonth.of(2023, 2), 1, 0, 0, 0, 1000, 1000),
                new Voorspelling(YearMonth.of(2023, 3), 2, 0, 0, 0, 1000, 1000));
        var s = Voorraadstroom.scenario(start, model, 70, 0.10);
        assertThat(s.get(0).verwacht()).isCloseTo(1180, within(1e-9));
        assertThat(s.get(0).ondergrens()).isCloseTo(1090, within(1e-9));
        assertThat(s.get(0).bovengrens()).isCloseTo(1270, within(1e-9));
        assertThat(s.get(1).verwacht()).isCloseTo(1372, within(1e-9));
    }
}
