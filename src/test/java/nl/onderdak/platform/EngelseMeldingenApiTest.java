// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;

/**
 * English mode is a complete switch for wrong input too: an API client that sends
 * {@code Accept-Language: en} reads every field message of a problem+json in English, in every module;
 * without the header (or with Dutch) the same request answers in Dutch. One refused request per
 * module, none of which changes anything.
 */
class EngelseMeldingenApiTest extends IntegratieTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void gebieden_noemtEenOnbekendeRegiocodeInHetEngels() {
        assertThat(velden("GET", "/api/v1/gemeenten?veiligheidsregio=XX", "utrecht", null, "en"))
                .containsEntry("veiligheidsregio", "Use a region code VR01 to VR25.");
        assertThat(velden("GET", "/api/v1/gemeenten?veiligheidsregio=XX", "utrecht", null, null))
                .containsEntry("veiligheidsregio", "Gebruik een regiocode VR01 tot en met VR25.");
    }

    @Test
    void monitoring_noemtEenOnbekendNiveauEnEenFouteDatumInHetEngels() {
        assertThat(velden("GET", "/api/v1/capaciteit?niveau=wereld&peildatum=gisteren", "regio-utrecht", null, "en-GB,en;q=0.9"))
                .containsEntry("niveau", "Choose gemeente (municipality), regio (region) or land (nation).")
                .containsEntry("peildatum", "'gisteren' is not a date; use YYYY-MM-DD.");
    }

    @Test
    void opgave_noemtElkFoutVeldVanEenOpgavebesluitInHetEngels() {
        assertThat(velden("POST", "/api/v1/opgavebesluiten", "jenv",
                "{\"halfjaar\":\"2026\",\"landelijkTotaal\":\"veel\",\"aankondigingsdatum\":\"morgen\"}", "en"))
                .containsEntry("halfjaar", "Give the half-year as YYYY-H1 or YYYY-H2, for example 2023-H2.")
                .containsEntry("landelijkTotaal", "'veel' is not a whole number.")
                .containsEntry("aankondigingsdatum", "Give the date of announcement as YYYY-MM-DD.");
    }

    @Test
    void locaties_noemtElkFoutVeldVanEenNieuweLocatieInHetEngels() {
        var velden = velden("POST", "/api/v1/opvanglocaties", "utrecht",
                "{\"soort\":\"kasteel\",\"adres\":{\"postcode\":\"12\"},\"faciliteiten\":[\"zwembad\"]}", "en");
        assertThat(velden).containsEntry("naam", "Enter the name of the location.")
                .containsEntry("adres.postcode", "Enter a Dutch postcode, for example 3511 AB.")
                .containsEntry("adres.plaats", "Enter the town.")
                .containsEntry("faciliteiten", "Unknown facility 'zwembad'.");
        assertThat(velden.get("soort")).startsWith("Choose a kind: ");
    }

    @Test
    void eenVeldVanHetVerkeerdeTypeWordtGenoemdMetElkAnderVerkeerdVeld() {
        // Spring stops at the first field that does not bind; the answer names all three, in both languages.
        var lichaam = "{\"leden\":[{\"voornaam\":\"Olena\",\"medischeZorg\":\"ja\",\"alleenreizendMinderjarig\":\"nee\","
                + "\"identiteitsdocumenten\":\"paspoort\"}]}";
        assertThat(velden("POST", "/api/v1/huishoudens", "utrecht", lichaam, null))
                .containsEntry("leden[0].medischeZorg", "Vul ja of nee in als true of false, zonder aanhalingstekens.")
                .containsEntry("leden[0].alleenreizendMinderjarig", "Vul ja of nee in als true of false, zonder aanhalingstekens.")
                .containsEntry("leden[0].identiteitsdocumenten", "Geef een lijst tussen vierkante haken, ook bij één waarde.");
        assertThat(velden("POST", "/api/v1/opvanglocaties", "utrecht", "{\"naam\":\"Hal\",\"adres\":\"Utrecht\",\"faciliteiten\":\"catering\"}", "en"))
                .containsEntry("adres", "Give an object with fields, between curly brackets.")
                .containsEntry("faciliteiten", "Give a list between square brackets, also for one value.");
    }

    @Test
    void eenVerzoekZonderInhoudNoemtElkVerplichtVeld() {
        assertThat(velden("POST", "/api/v1/opvanglocaties", "utrecht", null, "en"))
                .containsEntry("naam", "Enter the name of the location.")
                .containsEntry("adres.plaats", "Enter the town.")
                .containsKeys("soort", "adres.postcode", "adres.huisnummer", "bedden");
    }

    @Test
    void bewoners_noemtEenOnbekendeSorteringInHetEngels() {
        assertThat(velden("GET", "/api/v1/huishoudens?sorteer=grootte&zoek=" + "x".repeat(300), "utrecht", null, "en"))
                .containsEntry("sorteer", "Sort by newest (nieuwste), oldest (oudste) or name (naam).")
                .containsEntry("zoek", "At most 100 characters.");
    }

    @Test
    void plaatsing_noemtElkFoutVeldVanEenPlaatsingInHetEngels() {
        assertThat(velden("POST", "/api/v1/plaatsingen", "utrecht", "{\"verblijfsduur\":\"eeuwig\"}", "en"))
                .containsEntry("huishouden", "Give the id of the household.")
                .containsEntry("opvanglocatie", "Choose a reception location.")
                .containsEntry("verblijfsduur", "Choose long (lang) or short (kort).");
    }

    @Test
    void bekostiging_noemtEenFouteGemeentecodeEnPeriodeInHetEngels() {
        assertThat(velden("GET", "/api/v1/bekostiging/claims?gemeente=Utrecht&van=2021-01-01&tot=2020-01-01", "noo", null, "en"))
                .containsEntry("gemeente", "Give a municipality code such as GM0344.")
                .containsEntry("tot", "The end date is before the start date.");
    }

    @Test
    void leefgeld_noemtElkFoutVeldVanEenTariefInHetEngelsEnLeestEenBedragInEngelseNotatie() {
        var tarief = "{\"component\":\"snoep\",\"leeftijdsgroep\":\"kind\",\"huishoudenMin\":\"1\",\"bedrag\":\"1,250.00\"}";
        var engels = velden("POST", "/api/v1/leefgeldtarieven", "beheer", tarief, "en");
        assertThat(engels).containsEntry("component",
                "Choose voedsel (food), kleding_en_persoonlijk (clothing and personal) or wooncomponent_poo (housing, private reception).")
                .containsEntry("leeftijdsgroep", "Choose alle (all), volwassene (adult) or minderjarige (minor).")
                .containsEntry("bron", "Name the source of the amount (decision, regulation or notice).")
                .containsEntry("geldigVanaf", "Enter a date, for example 24-2-2022 (day-month-year).");
        assertThat(engels).as("1,250.00 is een bedrag voor wie Engels koos").doesNotContainKey("bedrag");

        var nederlands = velden("POST", "/api/v1/leefgeldtarieven", "beheer", tarief, "nl-NL");
        assertThat(nederlands).containsEntry("component", "Kies voedsel, kleding_en_persoonlijk of wooncomponent_poo.")
                .containsEntry("bedrag", "'1,250.00' is geen bedrag; schrijf het bijvoorbeeld als 1.250,00 of 1250,00.");
    }

    @Test
    void deSamenvattingVanHetProbleemIsOokEngels() {
        var antwoord = stuur("POST", "/api/v1/plaatsingen", "utrecht", "{}", "en");
        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(antwoord.body()).path("detail").asString()).endsWith(" fields are not filled in correctly.");
    }

    @Test
    void deTitelVanEenProbleemIsEngelsAlsDeClientEngelsVraagt() {
        var onbekend = stuur("GET", "/api/v1/huishoudens/" + java.util.UUID.randomUUID(), "utrecht", null, "en");
        assertThat(onbekend.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(onbekend.body()).path("title").asString()).isEqualTo("Not found");
        var geenBron = JSON.readTree(stuur("GET", "/api/v1/bestaat-niet", "utrecht", null, "en").body());
        assertThat(geenBron.path("title").asString()).isEqualTo("Not found");
        assertThat(geenBron.path("detail").asString()).isEqualTo("There is no resource at this address.");
        var verboden = stuur("POST", "/api/v1/leefgeldtarieven", "utrecht", "{}", "en");
        assertThat(verboden.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(verboden.body()).path("title").asString()).isEqualTo("No access");
        var nietIngelogd = JSON.readTree(stuur("GET", "/api/v1/huishoudens", "utrecht-bestaat-niet", null, "en").body());
        assertThat(nietIngelogd.path("title").asString()).isEqualTo("Not logged in");

        assertThat(JSON.readTree(stuur("GET", "/api/v1/bestaat-niet", "utrecht", null, null).body()).path("title").asString())
                .as("zonder taalkeuze Nederlands").isEqualTo("Niet gevonden");
        assertThat(JSON.readTree(stuur("POST", "/api/v1/leefgeldtarieven", "utrecht", "{}", "nl").body()).path("title").asString())
                .isEqualTo("Geen toegang");
    }

    /** A status inside an English sentence is an English word too ("already withdrawn", not "already vervallen"). */
    @Test
    void eenStatusInEenEngelseZinIsEngels() {
        var run = stuur("POST", "/api/v1/betaalruns", "amersfoort", "{\"maand\":\"2023-05\"}", "en");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
        var id = JSON.readTree(run.body()).path("id").asString();
        assertThat(stuur("POST", "/api/v1/betaalruns/" + id + "/_intrekken", "amersfoort", "{}", "en").statusCode()).isEqualTo(200);

        var engels = stuur("POST", "/api/v1/betaalruns/" + id + "/_goedkeuren", "amersfoort-financien", "{}", "en");
        assertThat(engels.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(engels.body()).path("title").asString()).isEqualTo("Conflict");
        assertThat(JSON.readTree(engels.body()).path("detail").asString()).isEqualTo("This payment run is already withdrawn.");
        var nederlands = stuur("POST", "/api/v1/betaalruns/" + id + "/_goedkeuren", "amersfoort-financien", "{}", null);
        assertThat(JSON.readTree(nederlands.body()).path("detail").asString()).isEqualTo("Deze betaalrun is al vervallen.");
    }

    /** Dates in messages are written as 2-10-2026, in English as in Dutch, never 2026-10-02. */
    @Test
    void eenDatumInEenMeldingIsGeenIsoDatum() {
        var velden = velden("POST", "/api/v1/opgavebesluiten", "jenv",
                "{\"halfjaar\":\"2027-H1\",\"landelijkTotaal\":90000,\"peiljaar\":2024,\"aankondigingsdatum\":\"2026-11-01\"}", "en");
        assertThat(velden.get("aankondigingsdatum")).startsWith("Announcement on 1-11-2026 ").contains("at the latest 2-10-2026")
                .doesNotContain("2026-10-02");
    }

    /**
     * The problems of an uploaded bank result file, in English for an English request. Read without a
     * run (a run must be executed before its bank file is read; the reading is the same).
     */
    @Test
    void deFoutenInEenBankbestandZijnEngels() {
        var csv = "end_to_end_id,status,reden\nLG-1,onbekend,\nLG-2,mislukt,\n".getBytes(StandardCharsets.UTF_8);
        var vorige = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        try {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
            assertThat(nl.onderdak.leefgeld.internal.bestanden.Bankresultaat.lees(csv).fouten()).containsExactly(
                    "line 2: unknown status 'onbekend' (betaald (paid) or mislukt (failed))",
                    "line 3: reason missing with status mislukt (failed)");
            org.springframework.context.i18n.LocaleContextHolder.setLocale(Weergave.NEDERLANDS);
            assertThat(nl.onderdak.leefgeld.internal.bestanden.Bankresultaat.lees(csv).fouten()).containsExactly(
                    "regel 2: onbekende status 'onbekend' (betaald of mislukt)", "regel 3: reden ontbreekt bij status mislukt");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(vorige);
        }
    }

    /** The field messages of a refused request: field name to reason. */
    private Map<String, String> velden(String methode, String pad, String gebruiker, String json, String taal) {
        var antwoord = stuur(methode, pad, gebruiker, json, taal);
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var velden = new LinkedHashMap<String, String>();
        JSON.readTree(antwoord.body()).path("invalidParams")
                .forEach(v -> velden.merge(v.path("name").asString(), v.path("reason").asString(), (a, b) -> a + " " + b));
        return velden;
    }

    private HttpResponse<String> stuur(String methode, String pad, String gebruiker, String json, String taal) {
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((gebruiker + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8)))
                .method(methode, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            verzoek.header("Content-Type", "application/json");
        }
        if (taal != null) {
            verzoek.header("Accept-Language", taal);
        }
        try {
            return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
