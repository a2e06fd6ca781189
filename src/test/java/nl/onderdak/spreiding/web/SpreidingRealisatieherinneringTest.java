// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import nl.onderdak.IntegratieTest;
import nl.onderdak.VerstelbareKlok;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.platform.Weergave;
import nl.onderdak.spreiding.internal.Spreidingsdienst;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import nl.onderdak.werkvoorraad.Werkstapel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A gemeente with decided places is reminded on its start page as the realisation deadline nears, and
 * a swap in a draft plan can be taken back by the province only. Runs in the common API context: the
 * reminder is asked of a {@link SpreidingWerk} built on a movable clock, so no second context starts.
 */
class SpreidingRealisatieherinneringTest extends IntegratieTest {

    private static final Gebruiker AMERSFOORT = new Gebruiker("amersfoort", "Amersfoort",
            new Organisatie("GM0307", "Amersfoort", Organisatie.Soort.GEMEENTE, "GM0307", null), Set.of(Rol.GEMEENTE_MEDEWERKER));
    private static final Gebruiker UTRECHT = new Gebruiker("utrecht", "Utrecht",
            new Organisatie("GM0344", "Utrecht", Organisatie.Soort.GEMEENTE, "GM0344", null), Set.of(Rol.GEMEENTE_MEDEWERKER));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Gebieden gebieden;
    @Autowired
    MessageSource teksten;

    /** A cycle with an official table for two gemeenten of the province of Utrecht. */
    private String cyclus(int eersteJaar) {
        var c = post("/api/v1/spreiding/cycli", "jenv",
                "{\"eersteJaar\":%d,\"totaal\":96000,\"amv\":8140,\"peiljaar\":2024}".formatted(eersteJaar));
        assertThat(c.status()).as(c.toString()).isEqualTo(201);
        var code = eersteJaar + "-" + (eersteJaar + 1);
        var tabel = "gm_code,plaatsen,amv\nGM0307,100,8\nGM0344,300,25\n".getBytes(StandardCharsets.UTF_8);
        var t = postBestand("/api/v1/spreiding/cycli/" + code + "/officiele-tabel?bron=Test", "jenv", "text/csv", tabel);
        assertThat(t.status()).as(t.toString()).isEqualTo(201);
        return code;
    }

    private static java.util.List<String> soorten(java.util.List<Werkstapel> stapels) {
        return stapels.stream().map(Werkstapel::soort).toList();
    }

    @Test
    void een_gemeente_met_besloten_plaatsen_wordt_herinnerd_vanaf_90_dagen_voor_de_realisatiedatum_tot_de_overname() {
        var code = cyclus(2096);
        var besluit = post("/api/v1/spreiding/cycli/" + code + "/provincies/PV26/besluit", "jenv",
                "{\"regels\":[{\"gemeente\":\"GM0307\",\"plaatsen\":100,\"amv\":8,\"aangewezen\":true},"
                        + "{\"gemeente\":\"GM0344\",\"plaatsen\":300,\"amv\":25}]}");
        assertThat(besluit.status()).as(besluit.toString()).isEqualTo(200);
        assertThat(put("/api/v1/spreiding/cycli/" + code + "/realisatie/GM0307", "jenv", "{\"gerealiseerd\":40,\"duurzaam\":30}").status())
                .isEqualTo(204);
        assertThat(put("/api/v1/spreiding/cycli/" + code + "/realisatie/GM0344", "jenv", "{\"gerealiseerd\":300,\"duurzaam\":300}").status())
                .isEqualTo(204);
        // Realisation deadline of the cycle 2096-2097: 30 June 2097; the minister may take over from 1 July.
        var klok = new VerstelbareKlok(Instant.parse("2097-03-31T10:00:00Z"), Weergave.TIJDZONE);
        var werk = new SpreidingWerk(new Spreidingsdienst(jdbc, gebieden, klok), teksten);

        assertThat(soorten(werk.werkVoor(AMERSFOORT, Locale.of("nl"), 5))).as("91 days before").doesNotContain("spreiding-realisatie");
        klok.verzet(Duration.ofDays(1));
        var stapels = werk.werkVoor(AMERSFOORT, Locale.of("nl"), 5);
        assertThat(soorten(stapels)).containsExactly("spreiding-realisatie");
        var item = stapels.getFirst().oudste().getFirst();
        assertThat(item.omschrijving()).contains("60 van de 100", "30-6-2097", "90 dagen");
        assertThat(item.link()).isEqualTo("/spreiding/cycli/" + code + "/realisatie");
        assertThat(soorten(werk.werkVoor(UTRECHT, Locale.of("nl"), 5))).as("Utrecht realised all").isEmpty();
        klok.verzet(Duration.ofDays(90));
        assertThat(soorten(werk.werkVoor(AMERSFOORT, Locale.of("nl"), 5))).as("30 June: overdue tomorrow")
                .containsExactly("spreiding-realisatie");
        klok.verzet(Duration.ofDays(1));
        assertThat(soorten(werk.werkVoor(AMERSFOORT, Locale.of("nl"), 5))).as("from the take-over").isEmpty();
    }

    @Test
    void alleen_de_provincie_zelf_verwijdert_een_ruil_uit_haar_plan_in_concept() throws Exception {
        var code = cyclus(2098);
        var pad = "/api/v1/spreiding/cycli/" + code + "/provincies/PV26";
        var ruil = post(pad + "/ruilen", "provincie-utrecht",
                "{\"gemeenteAsiel\":\"GM0307\",\"gemeenteTegen\":\"GM0344\",\"tegenprestatie\":\"oekraine\",\"aantal\":7}");
        assertThat(ruil.status()).as(ruil.toString()).isEqualTo(201);
        var id = ruil.json().get("id").asString();

        assertThat(delete(pad + "/ruilen/" + id, "jenv")).isEqualTo(403);
        assertThat(delete(pad + "/ruilen/" + id, "utrecht")).isEqualTo(403);
        assertThat(get(pad, "utrecht").json().get("ruilen").size()).isEqualTo(1);
        assertThat(delete(pad + "/ruilen/" + id, "provincie-utrecht")).isEqualTo(204);
        assertThat(get(pad, "utrecht").json().get("ruilen").size()).isZero();
        assertThat(delete(pad + "/ruilen/" + id, "provincie-utrecht")).as("gone").isEqualTo(404);
        assertThat(delete(pad + "/ruilen/geen-id", "provincie-utrecht")).isEqualTo(404);
    }

    private int delete(String pad, String gebruiker) throws Exception {
        var token = Base64.getEncoder().encodeToString((gebruiker + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8));
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).DELETE()
                .header("Authorization", "Basic " + token).header("Accept", "application/json, application/problem+json").build();
        try (var http = HttpClient.newHttpClient()) {
            return http.send(verzoek, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
