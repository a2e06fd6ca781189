// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import java.time.DayOfWeek;
import java.time.LocalDate;
import nl.onderdak.platform.OngeldigeInvoer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RapportagedatumTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);

    private static void weigert(String datum, String week, String veld) {
        assertThatThrownBy(() -> Rapportagedatum.lees(datum, week, VANDAAG))
                .isInstanceOf(OngeldigeInvoer.class)
                .extracting(e -> ((OngeldigeInvoer) e).velden(), list(OngeldigeInvoer.Veld.class))
                .extracting(OngeldigeInvoer.Veld::name).containsExactly(veld);
    }

    @ParameterizedTest(name = "{0} eindigt op {1}")
    @CsvSource({
        "2026-W47, 2026-11-22",
        "2026-W01, 2026-01-04",
        "2026-W53, 2027-01-03",
        "2020-W53, 2021-01-03",
        "2025-W01, 2025-01-05",
        "2024-W52, 2024-12-29",
        "2023-W26, 2023-07-02"
    })
    void eenWeekBeschrijftDeStandOpZondag(String week, LocalDate zondag) {
        var dag = Rapportagedatum.lees(null, week, VANDAAG);

        assertThat(dag).isEqualTo(zondag);
        assertThat(dag.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(Rapportagedatum.week(dag)).isEqualTo(week);
    }

    @Test
    void eenWeekMetSpatiesEromheenWordtGelezen() {
        assertThat(Rapportagedatum.lees("", " 2026-W47 ", VANDAAG)).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"2026-W60", "2026-W00", "2025-W53", "2021-W53", "2026-W5", "2026-w47", "2026W47", "2026-47",
        "week 47", "26-W47", "2026-W47-1"})
    void weigertWatGeenWeekIs(String week) {
        weigert(null, week, "week");
    }

    @Test
    void eenDatumWordtGelezen() {
        assertThat(Rapportagedatum.lees("2024-02-29", null, VANDAAG)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Rapportagedatum.lees(" 2024-02-29 ", "  ", VANDAAG)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"2025-02-29", "2026-13-01", "22-11-2026", "morgen", "2026-11-22T00:00"})
    void weigertWatGeenDatumIs(String datum) {
        weigert(datum, null, "peildatum");
    }

    @Test
    void weigertDatumEnWeekTegelijk() {
        weigert("2026-11-22", "2026-W47", "week");
    }

    @Test
    void zonderDatumOfWeekIsHetVandaag() {
        assertThat(Rapportagedatum.lees(null, null, VANDAAG)).isEqualTo(VANDAAG);
        assertThat(Rapportagedatum.lees(" ", "", VANDAAG)).isEqualTo(VANDAAG);
    }

    @ParameterizedTest(name = "{0} ligt in {1}")
    @CsvSource({
        "2026-11-22, 2026-W47",
        "2026-11-23, 2026-W48",
        "2024-12-30, 2025-W01",
        "2021-01-03, 2020-W53",
        "2027-01-01, 2026-W53",
        "2026-03-02, 2026-W10"
    })
    void deWeekVanEenDagIsDeIsoWeekMetTweeCijfers(LocalDate dag, String week) {
        assertThat(Rapportagedatum.week(dag)).isEqualTo(week);
    }
}
