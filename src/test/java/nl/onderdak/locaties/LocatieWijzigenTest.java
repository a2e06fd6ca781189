// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import static nl.onderdak.locaties.Locatieverzoeken.PAD;
import static nl.onderdak.locaties.Locatieverzoeken.locatie;
import static nl.onderdak.locaties.Locatieverzoeken.ongeldigeVelden;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Editing the description of a location (name, street address, operator, facilities) with a JSON
 * merge patch: every change is kept with before and after, a wrong edit names every wrong field, and
 * only the location's own gemeente edits it (another gemeente gets 404, its region 403).
 */
class LocatieWijzigenTest extends IntegratieTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Autowired
    JdbcClient jdbc;

    private String id;

    @BeforeEach
    void registreerLocatieVanUtrecht() {
        var antwoord = post(PAD, "utrecht", locatie("Wijzigtest " + UUID.randomUUID(), "2024-01-01", 20));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        id = antwoord.json().get("id").asString();
    }

    private Antwoord patch(String gebruiker, String json, String ifMatch) {
        var token = Base64.getEncoder().encodeToString((gebruiker + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8));
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + PAD + "/" + id))
                .header("Authorization", "Basic " + token)
                .header("Content-Type", "application/merge-patch+json")
                .header("Accept", "application/json, application/problem+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            verzoek.header("If-Match", ifMatch);
        }
        try {
            var r = HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Antwoord(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int aantalWijzigingen() {
        return jdbc.sql("select count(*) from locaties.locatiewijziging where opvanglocatie_id = ?")
                .param(UUID.fromString(id)).query(Integer.class).single();
    }

    @Test
    void adres_en_exploitant_wijzigen_bewaart_elk_veld_met_voor_en_na() {
        var antwoord = patch("utrecht", """
                {"adres": {"straat": "Jaarbeursplein", "huisnummer": 6, "postcode": "3521 al"},
                 "exploitant": "Jaarbeurs B.V.", "faciliteiten": ["catering", "rolstoeltoegankelijk"]}""", null);

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        var adres = antwoord.json().get("adres");
        assertThat(adres.get("straat").asString()).isEqualTo("Jaarbeursplein");
        assertThat(adres.get("huisnummer").asInt()).isEqualTo(6);
        assertThat(adres.get("postcode").asString()).isEqualTo("3521 AL");
        assertThat(adres.get("plaats").asString()).as("niet genoemd, dus ongewijzigd").isEqualTo("Utrecht");
        assertThat(antwoord.json().get("exploitant").asString()).isEqualTo("Jaarbeurs B.V.");
        assertThat(antwoord.header("ETag")).isEqualTo("\"1\"");

        var historie = get(PAD + "/" + id + "/wijzigingen", "utrecht");
        assertThat(historie.status()).as(historie.toString()).isEqualTo(200);
        var rijen = Locatieverzoeken.lijst(historie.json().get("wijzigingen"));
        assertThat(rijen).extracting(r -> r.get("veld").asString()).containsExactlyInAnyOrder("adres.straat", "adres.huisnummer",
                "adres.postcode", "exploitant", "faciliteiten");
        var straat = rijen.stream().filter(r -> r.get("veld").asString().equals("adres.straat")).findFirst().orElseThrow();
        assertThat(straat.get("voor").isNull()).isTrue();
        assertThat(straat.get("na").asString()).isEqualTo("Jaarbeursplein");
        var exploitant = rijen.stream().filter(r -> r.get("veld").asString().equals("exploitant")).findFirst().orElseThrow();
        assertThat(exploitant.get("voor").asString()).isEqualTo("Testexploitant");
        assertThat(exploitant.get("na").asString()).isEqualTo("Jaarbeurs B.V.");
        assertThat(exploitant.get("gewijzigdDoor").asString()).isEqualTo("utrecht");
        assertThat(rijen).extracting(r -> r.get("wijziging").asString()).as("één wijziging").containsOnly(
                straat.get("wijziging").asString());
        var nummer = rijen.stream().filter(r -> r.get("veld").asString().equals("adres.huisnummer")).findFirst().orElseThrow();
        assertThat(nummer.get("voor").asString()).isEqualTo("12");
        assertThat(nummer.get("na").asString()).isEqualTo("6");

        var view = jdbc.sql("select straat, huisnummer, postcode, exploitant from locaties.locatie where id = ?")
                .param(UUID.fromString(id)).query((rs, i) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " "
                        + rs.getString(4)).single();
        assertThat(view).as("de gepubliceerde view draagt het straatadres").isEqualTo("Jaarbeursplein 6 3521AL Jaarbeurs B.V.");
    }

    @Test
    void dezelfde_waarden_opnieuw_sturen_schrijft_geen_historie() {
        assertThat(patch("utrecht", "{\"naam\": \"Hal 5 " + id + "\"}", null).status()).isEqualTo(200);
        var na = aantalWijzigingen();

        var nogmaals = patch("utrecht", "{\"naam\": \"Hal 5 " + id + "\"}", null);

        assertThat(nogmaals.status()).isEqualTo(200);
        assertThat(aantalWijzigingen()).isEqualTo(na).isEqualTo(1);
    }

    @Test
    void null_maakt_een_niet_verplicht_veld_leeg() {
        var antwoord = patch("utrecht", "{\"exploitant\": null}", null);

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        assertThat(antwoord.json().get("exploitant").isNull()).isTrue();
    }

    @Test
    void een_foute_wijziging_noemt_elk_fout_veld_en_bewaart_niets() {
        var antwoord = patch("utrecht", """
                {"naam": "  ", "adres": {"postcode": "12345", "huisnummer": "twaalf", "plaats": null, "land": "NL"},
                 "faciliteiten": ["zwembad"], "bedden": 50}""", null);

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(ongeldigeVelden(antwoord)).containsExactlyInAnyOrder("naam", "adres.postcode", "adres.huisnummer",
                "adres.plaats", "adres.land", "faciliteiten", "bedden");
        assertThat(antwoord.body()).doesNotContain("Exception").doesNotContain("java.");
        assertThat(aantalWijzigingen()).isZero();
        assertThat(get(PAD + "/" + id, "utrecht").json().get("adres").get("postcode").asString()).isEqualTo("3511 AB");
    }

    @Test
    void een_andere_gemeente_krijgt_404_en_de_regio_403_en_er_verandert_niets() {
        var amersfoort = patch("amersfoort", "{\"naam\": \"Overgenomen\"}", null);
        var rotterdam = patch("rotterdam", "{\"naam\": \"Overgenomen\"}", null);
        var regio = patch("regio-utrecht", "{\"naam\": \"Overgenomen\"}", null);

        assertThat(amersfoort.status()).as(amersfoort.toString()).isEqualTo(404);
        assertThat(rotterdam.status()).as(rotterdam.toString()).isEqualTo(404);
        assertThat(regio.status()).as(regio.toString()).isEqualTo(403);
        assertThat(aantalWijzigingen()).isZero();
        assertThat(get(PAD + "/" + id + "/wijzigingen", "amersfoort").status()).isEqualTo(404);
    }

    @Test
    void een_andere_gemeente_hoort_niet_welke_velden_fout_zijn() {
        var antwoord = patch("amersfoort", "{\"naam\": \"\", \"adres\": {\"postcode\": \"x\"}}", null);

        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(antwoord.body()).doesNotContain("postcode");
    }

    @Test
    void een_wijziging_op_een_oude_versie_geeft_409_en_overschrijft_niets() {
        assertThat(patch("utrecht", "{\"exploitant\": \"Eerste\"}", "\"0\"").status()).isEqualTo(200);

        var laat = patch("utrecht", "{\"exploitant\": \"Tweede\"}", "\"0\"");

        assertThat(laat.status()).as(laat.toString()).isEqualTo(409);
        assertThat(get(PAD + "/" + id, "utrecht").json().get("exploitant").asString()).isEqualTo("Eerste");
        assertThat(patch("utrecht", "{\"exploitant\": \"Tweede\"}", "\"1\"").status()).isEqualTo(200);
    }
}
