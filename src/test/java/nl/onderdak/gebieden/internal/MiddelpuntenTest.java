// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Centres of gemeenten from their boundaries, and distances between them. */
class MiddelpuntenTest {

    private static Middelpunten.Punt centrum(String geometrie) {
        var geojson = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"gm_code":"GM9999"},"geometry":%s}]}"""
                .formatted(geometrie);
        return Middelpunten.lees(new ByteArrayInputStream(geojson.getBytes(StandardCharsets.UTF_8))).get("GM9999");
    }

    @Test
    void hetMiddelpuntVanEenVierkantIsZijnCentrumInBeideLooprichtingen() {
        var tegen = centrum("{\"type\":\"Polygon\",\"coordinates\":[[[5,52],[6,52],[6,53],[5,53],[5,52]]]}");
        var met = centrum("{\"type\":\"Polygon\",\"coordinates\":[[[5,52],[5,53],[6,53],[6,52],[5,52]]]}");
        assertThat(tegen.breedtegraad()).isCloseTo(52.5, within(1e-9));
        assertThat(tegen.lengtegraad()).isCloseTo(5.5, within(1e-9));
        assertThat(met.breedtegraad()).isCloseTo(tegen.breedtegraad(), within(1e-9));
        assertThat(met.lengtegraad()).isCloseTo(tegen.lengtegraad(), within(1e-9));
    }

    @Test
    void eenGatTrektHetMiddelpuntWegVanHetGat() {
        // A 2x1 block with a hole in its left half: the centre moves right of 6.0.
        var blok = centrum("""
                {"type":"Polygon","coordinates":[[[5,52],[7,52],[7,53],[5,53],[5,52]],
                                                 [[5.2,52.2],[5.2,52.8],[5.8,52.8],[5.8,52.2],[5.2,52.2]]]}""");
        assertThat(blok.lengtegraad()).isGreaterThan(6.0);
        assertThat(blok.breedtegraad()).isCloseTo(52.5, within(1e-9));
    }

    @Test
    void eenEilandTeltMeeNaarVerhoudingVanZijnOppervlak() {
        var twee = centrum("""
                {"type":"MultiPolygon","coordinates":[[[[5,52],[6,52],[6,53],[5,53],[5,52]]],
                                                      [[[7,52],[8,52],[8,53],[7,53],[7,52]]]]}""");
        assertThat(twee.lengtegraad()).isCloseTo(6.5, within(1e-9));
    }

    @Test
    void deMeegeleverdeGrenzenGevenHerkenbareAfstanden() {
        var punten = Middelpunten.leesBron("referentiedata/geo/gemeenten_2023-01-01.geojson");
        assertThat(punten).hasSize(342);
        var utrecht = punten.get("GM0344");
        var amsterdam = punten.get("GM0363");
        var groningen = punten.get("GM0014");
        var maastricht = punten.get("GM0935");
        // Centre to centre, checked against a map: Utrecht–Amsterdam about 35 km, Groningen–Maastricht about 270 km.
        assertThat(utrecht.afstandKm(amsterdam)).isBetween(30.0, 42.0);
        assertThat(groningen.afstandKm(maastricht)).isBetween(250.0, 290.0);
        assertThat(utrecht.afstandKm(utrecht)).isZero();
        assertThat(utrecht.breedtegraad()).isBetween(52.0, 52.2);
        assertThat(utrecht.lengtegraad()).isBetween(5.0, 5.2);
    }
}
