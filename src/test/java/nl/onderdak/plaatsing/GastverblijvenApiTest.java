// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;

/**
 * Host stays over the API after their move from leefgeld to plaatsing: the same paths, bodies,
 * statuses and problem texts as before, and the paying gemeente's rule still applies.
 */
class GastverblijvenApiTest extends IntegratieTest {

    private String huishouden(String gemeente) {
        var h = post("/api/v1/huishoudens", gemeente, """
                {"leden":[{"voornaam":"Gast","achternaam":"Verblijf%d","geboortedatum":"1988-02-03","nationaliteitCategorie":"oekraiens"}]}"""
                .formatted(System.nanoTime()));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        return h.json().get("id").asString();
    }

    @Test
    void eenVerblijfWordtVastgelegdEnGelezenMetDezelfdeVelden() {
        var id = huishouden("utrecht");
        var pad = "/api/v1/huishoudens/" + id + "/gastverblijven";

        var gast = post(pad, "utrecht", "{\"van\":\"2024-03-10\",\"tot\":\"2024-06-01\",\"gastgezin\":\"Familie Jansen\"}");

        assertThat(gast.status()).as(gast.toString()).isEqualTo(201);
        var json = gast.json();
        assertThat(json.get("gemeenteCode").asString()).isEqualTo("GM0344");
        assertThat(json.get("van").asString()).isEqualTo("2024-03-10");
        assertThat(json.get("tot").asString()).isEqualTo("2024-06-01");
        assertThat(json.get("gastgezin").asString()).isEqualTo("Familie Jansen");
        assertThat(json.get("id").asString()).isNotBlank();
        var lijst = get(pad, "utrecht");
        assertThat(lijst.status()).isEqualTo(200);
        assertThat(lijst.json().get("gastverblijven")).hasSize(1);
        assertThat(lijst.json().get("gastverblijven").get(0).get("gastgezin").asString()).isEqualTo("Familie Jansen");
    }

    @Test
    void overlapEnOntbrekendeVeldenWordenGeweigerdMetDeBekendeTeksten() {
        var id = huishouden("utrecht");
        var pad = "/api/v1/huishoudens/" + id + "/gastverblijven";
        assertThat(post(pad, "utrecht", "{\"van\":\"2024-01-01\",\"gastgezin\":\"Eerste\"}").status()).isEqualTo(201);

        var overlap = post(pad, "utrecht", "{\"van\":\"2024-02-01\",\"gastgezin\":\"Tweede\"}");
        assertThat(overlap.status()).isEqualTo(400);
        assertThat(overlap.contentType()).contains("application/problem+json");
        assertThat(overlap.body()).contains("Het huishouden verblijft in deze periode al bij een gastgezin.");

        var leeg = post(pad, "utrecht", "");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.body()).contains("van", "gastgezin", "Vul het gastgezin in (naam of adres).");

        var omgekeerd = post(pad, "utrecht", "{\"van\":\"2025-03-10\",\"tot\":\"2025-03-10\",\"gastgezin\":\"x\"}");
        assertThat(omgekeerd.status()).isEqualTo(400);
        assertThat(omgekeerd.body()).contains("De vertrekdag ligt na de eerste nacht.");
    }

    @Test
    void eenGemeenteBuitenBeeldZietNietsEnLegtNietsVast() {
        var id = huishouden("utrecht");
        var pad = "/api/v1/huishoudens/" + id + "/gastverblijven";
        assertThat(get(pad, "rotterdam").status()).isEqualTo(404);
        assertThat(post(pad, "rotterdam", "{\"van\":\"2024-04-16\",\"gastgezin\":\"x\"}").status()).isEqualTo(404);
        assertThat(get("/api/v1/huishoudens/geen-id/gastverblijven", "utrecht").status()).isEqualTo(404);
    }
}
