// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;

/** Moving a household to another location is check-out and check-in in one go: both or neither. */
class VerhuizenApiTest extends IntegratieTest {

    private String locatie(int bedden) {
        var antwoord = post("/api/v1/opvanglocaties", "utrecht", """
                {"naam":"Verhuistest %d","soort":"hotel","adres":{"postcode":"3511 AB","huisnummer":3,"plaats":"Utrecht"},
                 "beschikbaarVanaf":"2026-01-01","bedden":%d}""".formatted(System.nanoTime(), bedden));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("id").asString();
    }

    private String geplaatstHuishouden(String locatie, int personen) {
        var leden = new StringBuilder();
        for (int i = 0; i < personen; i++) {
            leden.append(i == 0 ? "" : ",").append("""
                    {"voornaam":"Verhuis%d","achternaam":"Test%d","geboortedatum":"1985-06-1%d","nationaliteitCategorie":"oekraiens"}"""
                    .formatted(i, System.nanoTime() % 1000, i));
        }
        var h = post("/api/v1/huishoudens", "utrecht", "{\"leden\":[" + leden + "]}");
        var p = post("/api/v1/plaatsingen", "utrecht", """
                {"huishouden":"%s","opvanglocatie":"%s","vanaf":"2026-02-01"}""".formatted(h.json().get("id").asString(), locatie));
        assertThat(p.status()).as(p.toString()).isEqualTo(201);
        return p.json().get("id").asString();
    }

    @Test
    void verhuizenChecktUitMetRedenVerhuizingEnInOpDeNieuweLocatie() {
        var van = locatie(5);
        var naar = locatie(5);
        var plaatsing = geplaatstHuishouden(van, 3);

        var nieuw = post("/api/v1/plaatsingen/" + plaatsing + "/_verhuizen", "utrecht", """
                {"opvanglocatie":"%s","datum":"2026-03-01"}""".formatted(naar));

        assertThat(nieuw.status()).as(nieuw.toString()).isEqualTo(201);
        assertThat(nieuw.json().get("opvanglocatie").asString()).isEqualTo(naar);
        assertThat(nieuw.json().get("bedden").size()).isEqualTo(3);
        var oud = get("/api/v1/plaatsingen/" + plaatsing, "utrecht").json();
        assertThat(oud.get("tot").asString()).isEqualTo("2026-03-01");
        assertThat(oud.get("vertrekreden").asString()).isEqualTo("verhuizing");
    }

    @Test
    void verhuizenNaarEenVolleLocatieLaatDeOudePlaatsingOngemoeid() {
        var van = locatie(5);
        var naar = locatie(2);
        var plaatsing = geplaatstHuishouden(van, 3);

        var antwoord = post("/api/v1/plaatsingen/" + plaatsing + "/_verhuizen", "utrecht", """
                {"opvanglocatie":"%s","datum":"2026-03-01"}""".formatted(naar));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(409);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(get("/api/v1/plaatsingen/" + plaatsing, "utrecht").json().get("tot").isNull()).isTrue();
        var anderen = post("/api/v1/plaatsingen/" + plaatsing + "/_verhuizen", "rotterdam", """
                {"opvanglocatie":"%s","datum":"2026-03-01"}""".formatted(naar));
        assertThat(anderen.status()).isEqualTo(404);
    }
}
