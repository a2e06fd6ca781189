// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.onderdak.gebieden.Kaarten;
import nl.onderdak.monitoring.internal.CapaciteitRegel;
import nl.onderdak.monitoring.internal.Capaciteitsoverzicht;
import nl.onderdak.platform.Weergave;
import org.junit.jupiter.api.Test;

/** The capacity page shows its percentages and chart axis the Dutch way (decimal comma, thousands point), English for English. */
class CapaciteitWeergaveTest {

    private static CapaciteitRegel utrecht() {
        // 2.000 of a target of 3.000 realised: 66,7 %.
        return new CapaciteitRegel("VR09", "Utrecht", "VR09", 2, 2_005, 5, 2_000, 0, 1_000, 3_000);
    }

    @Test
    void hetPercentageOpDeKaartHeeftEenKommaInHetNederlands() {
        var kaart = CapaciteitPagina.RealisatieKaart.van(List.of(utrecht()), List.of(new Kaarten.Regiovorm("VR09", "M0 0", 0, 0)),
                Weergave.nederlands());

        assertThat(kaart.vlakken().getFirst().tekst()).isEqualTo("66,7 %");
    }

    @Test
    void hetPercentageOpDeKaartHeeftEenPuntInHetEngels() {
        var kaart = CapaciteitPagina.RealisatieKaart.van(List.of(utrecht()), List.of(new Kaarten.Regiovorm("VR09", "M0 0", 0, 0)),
                Weergave.in(Locale.ENGLISH));

        assertThat(kaart.vlakken().getFirst().tekst()).isEqualTo("66.7%");
    }

    @Test
    void deGetallenOpDeAsVanDeGrafiekHebbenEenDuizendtalpunt() {
        var dagen = List.of(new Capaciteitsoverzicht.Dag(LocalDate.of(2026, 12, 1), 12_000, 9_000),
                new Capaciteitsoverzicht.Dag(LocalDate.of(2026, 12, 2), 12_500, 9_500));

        var grafiek = CapaciteitPagina.Trendgrafiek.van(dagen, Weergave.nederlands());

        assertThat(grafiek.yAs()).extracting(CapaciteitPagina.Trendgrafiek.As::label).contains("0").anyMatch(l -> l.matches("\\d{1,2}\\.\\d{3}"));
    }
}
