// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import nl.onderdak.werkvoorraad.internal.Abonnementen;
import nl.onderdak.werkvoorraad.internal.WerkMelder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The werkvoorraad over HTTP and by mail: the API lists the caller's work oldest first with Dutch time,
 * never another organisation's; a failing source leaves the rest; the mail of new work goes once, to
 * subscribers only, through a real SMTP server, and holds no description, name or BSN.
 */
@Import(ProefWerkbronnen.class)
@TestPropertySource(properties = {ProefWerkbronnen.MAIL_AAN, ProefWerkbronnen.NOOIT_VANZELF, ProefWerkbronnen.ADRES})
class WerkvoorraadTest extends IntegratieTest {

    private static final Instant NU = Instant.now();

    @Autowired
    ProefWerkbronnen.ProefWerkbron proef;
    @Autowired
    ProefWerkbronnen.StoringsWerkbron storing;
    @Autowired
    GreenMail greenMail;
    @Autowired
    WerkMelder melder;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void schoon() throws Exception {
        proef.leeg();
        storing.kapot = false;
        jdbc.sql("delete from werkvoorraad.abonnement").update();
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void ruimOp() {
        proef.leeg();
        storing.kapot = false;
    }

    private static Werk werk(String soort, String omschrijving, Duration geleden, String link, LocalDate uiterlijk) {
        return new Werk(soort, omschrijving, NU.minus(geleden), link, uiterlijk);
    }

    private static java.util.Map<String, String> formulier(String mail, String adres) {
        return java.util.Map.of("mail", mail, "emailadres", adres);
    }

    @Test
    void api_geeft_het_werk_van_de_gebruiker_oudste_eerst_met_nederlandse_tijd() {
        var oud = NU.minus(Duration.ofDays(3));
        proef.zet("GM0344",
                werk("termijn", "Verblijfsdocument ophalen", Duration.ofHours(2), "/termijnen", LocalDate.now().plusDays(2)),
                new Werk("plaatsingsverzoek", "Verzoek voor huishouden van 3", oud, "/plaatsingsverzoeken"),
                werk("declaratie", "Declaratie inrichting", Duration.ofDays(1), "/declaraties", null));
        proef.zet("GM0307", werk("plaatsingsverzoek", "Verzoek van Amersfoort", Duration.ofDays(9), "/plaatsingsverzoeken", null));

        // The largest page: other tests' older items in the shared database come first (sorted by "since").
        var antwoord = get("/api/v1/werkvoorraad?aantal=500", "utrecht");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        var json = antwoord.json();
        // The demo data gives Utrecht real work as well: look at this test's three items, in the order listed.
        var eigen = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
        for (var item : json.get("items")) {
            if (java.util.Set.of("Verzoek voor huishouden van 3", "Declaratie inrichting", "Verblijfsdocument ophalen")
                    .contains(item.get("omschrijving").asString())) {
                eigen.add(item);
            }
        }
        assertThat(json.get("totaal").asInt()).isEqualTo(json.get("items").size()).isGreaterThanOrEqualTo(3);
        var items = eigen;
        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("soort").asString()).isEqualTo("plaatsingsverzoek");
        assertThat(items.get(1).get("soort").asString()).isEqualTo("declaratie");
        assertThat(items.get(2).get("soort").asString()).isEqualTo("termijn");
        assertThat(items.get(0).get("omschrijving").asString()).isEqualTo("Verzoek voor huishouden van 3");
        assertThat(items.get(0).get("link").asString()).isEqualTo("/plaatsingsverzoeken");
        var sinds = java.time.OffsetDateTime.parse(items.get(0).get("sinds").asString());
        assertThat(sinds.toInstant()).isEqualTo(oud);
        assertThat(sinds.getOffset()).isEqualTo(java.time.ZoneId.of("Europe/Amsterdam").getRules().getOffset(oud));
        assertThat(items.get(0).get("uiterlijk").isNull()).isTrue();
        assertThat(items.get(2).get("uiterlijk").asString()).isEqualTo(LocalDate.now().plusDays(2).toString());
        assertThat(items.get(2).get("binnenkort").asBoolean()).isTrue();
        assertThat(antwoord.body()).doesNotContain("Amersfoort");
    }

    @Test
    void api_toont_niets_van_een_andere_organisatie() {
        proef.zet("GM0344", werk("plaatsingsverzoek", "Alleen voor Utrecht", Duration.ofDays(1), "/plaatsingsverzoeken", null));

        var amersfoort = get("/api/v1/werkvoorraad?aantal=500", "amersfoort");
        var regio = get("/api/v1/werkvoorraad?aantal=500", "regio-utrecht");

        assertThat(amersfoort.status()).isEqualTo(200);
        assertThat(amersfoort.body()).doesNotContain("Alleen voor Utrecht");
        assertThat(regio.status()).isEqualTo(200);
        assertThat(regio.body()).doesNotContain("Alleen voor Utrecht");
    }

    @Test
    void api_zonder_inloggen_geeft_401() {
        assertThat(get("/api/v1/werkvoorraad").status()).isEqualTo(401);
    }

    @Test
    void een_falende_werkbron_laat_de_rest_staan_en_meldt_onvolledig() {
        proef.zet("GM0344", werk("termijn", "Blijft zichtbaar", Duration.ofDays(1), "/termijnen", null));
        storing.kapot = true;

        var antwoord = get("/api/v1/werkvoorraad?aantal=500", "utrecht");

        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.json().get("onvolledig").asBoolean()).isTrue();
        assertThat(antwoord.body()).contains("Blijft zichtbaar");
    }

    @Test
    void nieuw_werk_geeft_precies_een_mail_en_geen_herhaling_en_niet_aan_wie_niet_koos() throws Exception {
        // Already waiting when utrecht subscribes: not mailed.
        proef.zet("GM0344", werk("termijn", "Al bekend", Duration.ofDays(2), "/termijnen", null));
        proef.zet("GM0307", werk("plaatsingsverzoek", "Amersfoort koos geen mail", Duration.ofDays(1), "/plaatsingsverzoeken", null));
        var abonneer = new Websessie(poort);
        abonneer.inloggen("utrecht");
        assertThat(abonneer.formulier("/instellingen", formulier("ja", "medewerker@utrecht.example.nl")).statusCode()).isIn(302, 303);

        assertThat(melder.meld()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        // New work arrives: two requests with a resident's name and a BSN in their description.
        proef.zet("GM0344",
                werk("plaatsingsverzoek", "Verzoek voor Olena Kovalenko (BSN 123456782)", Duration.ofMinutes(5), "/plaatsingsverzoeken/1", null),
                werk("plaatsingsverzoek", "Verzoek voor Petro Bondarenko", Duration.ofMinutes(3), "/plaatsingsverzoeken/2", null));
        assertThat(melder.meld()).isEqualTo(1);

        MimeMessage[] mails = greenMail.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(Arrays.stream(mails[0].getAllRecipients()).map(Object::toString))
                .containsExactly("medewerker@utrecht.example.nl");
        var tekst = GreenMailUtil.getBody(mails[0]);
        assertThat(mails[0].getSubject()).contains("2");
        assertThat(tekst).contains("Plaatsingsverzoeken: 2 nieuw", "https://onderdak.example.nl/")
                .doesNotContain("Olena", "Kovalenko", "Petro", "Bondarenko", "123456782", "Al bekend", "Termijnen",
                        "/plaatsingsverzoeken/1");

        // The same items again: no second mail.
        assertThat(melder.meld()).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        // Amersfoort had work all along but did not subscribe.
        assertThat(greenMail.getReceivedMessages()[0].getAllRecipients()[0].toString()).doesNotContain("amersfoort");
    }

    @Test
    void afmelden_stopt_de_mail() throws Exception {
        var sessie = new Websessie(poort);
        sessie.inloggen("utrecht");
        sessie.formulier("/instellingen", formulier("ja", "medewerker@utrecht.example.nl"));
        sessie.formulier("/instellingen", formulier("nee", ""));
        proef.zet("GM0344", werk("termijn", "Nieuw", Duration.ofMinutes(1), "/termijnen", null));

        assertThat(melder.meld()).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void ongeldig_emailadres_wordt_bij_het_veld_gemeld_en_niet_opgeslagen() {
        var sessie = new Websessie(poort);
        sessie.inloggen("utrecht");

        var antwoord = sessie.formulier("/instellingen", formulier("ja", "geen-adres"));

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(sessie.tekst(antwoord)).contains("emailadres-fout", "Dit is geen geldig e-mailadres");
        assertThat(jdbc.sql("select count(*) from werkvoorraad.abonnement").query(Integer.class).single()).isZero();
    }

    @Test
    void mail_gaat_in_de_taal_van_de_abonnee_en_met_de_snapshot_van_zijn_organisatie() throws Exception {
        var sessie = new Websessie(poort);
        sessie.inloggen("amersfoort");
        sessie.formulier("/instellingen?lang=en", formulier("ja", "staff@amersfoort.example.nl"));
        proef.zet("GM0307", werk("declaratie", "Declaration", Duration.ofMinutes(1), "/declaraties", null));
        proef.zet("GM0344", werk("declaratie", "Utrecht only", Duration.ofMinutes(1), "/declaraties", null));

        assertThat(melder.meld()).isEqualTo(1);
        var tekst = GreenMailUtil.getBody(greenMail.getReceivedMessages()[0]);
        assertThat(tekst).contains("Declarations: 1 new");
    }

    @Test
    void abonnementen_kennen_hun_sleutel_zonder_omschrijving() {
        var w = new Werk("termijn", "Olena", Instant.ofEpochMilli(1000), "/termijnen");
        assertThat(Abonnementen.sleutel(w)).isEqualTo("termijn|/termijnen|1000").doesNotContain("Olena");
    }

    /**
     * Registers {@code aantal} adults who still need a residence document through the intake API, in
     * households of 26: each is a deadline ("14 jaar of ouder zonder verblijfsdocument") of the gemeente.
     * Birth dates one day apart, so their deadlines have an order of their own.
     */
    private java.util.List<String> registreerZonderDocument(String gebruiker, int aantal) {
        var ids = new java.util.ArrayList<String>();
        var naam = "Termijn" + System.nanoTime();
        for (int begin = 0; begin < aantal; begin += 26) {
            var leden = new java.util.StringJoiner(",");
            for (int i = begin; i < Math.min(aantal, begin + 26); i++) {
                leden.add("""
                        {"voornaam":"Lid%d","achternaam":"%s","geboortedatum":"%s","nationaliteitCategorie":"oekraiens","indStatus":"uitgenodigd_nodig"}"""
                        .formatted(i, naam, LocalDate.of(1951, 1, 1).plusDays(i * 3L)));
            }
            var antwoord = post("/api/v1/huishoudens", gebruiker, "{\"leden\":[" + leden + "]}");
            assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
            antwoord.json().get("leden").forEach(l -> ids.add(l.get("id").asString()));
        }
        return ids;
    }

    private static long soortTotaal(tools.jackson.databind.JsonNode json, String soort) {
        for (var s : json.get("soorten")) {
            if (s.get("soort").asString().equals(soort)) {
                return s.get("totaal").asLong();
            }
        }
        return 0;
    }

    @Test
    void meer_dan_honderd_termijnen_tellen_volledig_de_startpagina_toont_de_oudste_honderd_en_de_api_bladert_zonder_gaten() {
        long termijnenVoor = soortTotaal(get("/api/v1/werkvoorraad?aantal=1", "amersfoort").json(), "termijn");
        var bewoners = registreerZonderDocument("amersfoort", 130);
        assertThat(bewoners).hasSize(130);

        // The API: the true total, per kind and in all, and every item exactly once over the pages, oldest first.
        var eerste = get("/api/v1/werkvoorraad?aantal=50", "amersfoort");
        assertThat(eerste.status()).as(eerste.toString()).isEqualTo(200);
        long termijnen = soortTotaal(eerste.json(), "termijn");
        assertThat(termijnen).isEqualTo(termijnenVoor + 130).isGreaterThan(100);
        long totaal = eerste.json().get("totaal").asLong();
        var gezien = new java.util.LinkedHashSet<String>();
        var termijnlinks = new java.util.ArrayList<String>();
        java.time.OffsetDateTime vorige = null;
        int pagina = 1;
        while (true) {
            var json = get("/api/v1/werkvoorraad?aantal=50&pagina=" + pagina, "amersfoort").json();
            assertThat(json.get("pagina").asInt()).isEqualTo(pagina);
            assertThat(json.get("aantal").asInt()).isEqualTo(50);
            assertThat(json.get("totaal").asLong()).isEqualTo(totaal);
            if (json.get("items").isEmpty()) {
                break;
            }
            assertThat(json.get("items").size()).isLessThanOrEqualTo(50);
            for (var item : json.get("items")) {
                var sinds = java.time.OffsetDateTime.parse(item.get("sinds").asString());
                if (vorige != null) {
                    assertThat(sinds.toInstant()).as("oudste eerst, ook over de pagina's").isAfterOrEqualTo(vorige.toInstant());
                }
                vorige = sinds;
                var sleutel = item.get("soort").asString() + "|" + item.get("link").asString() + "|" + item.get("omschrijving").asString();
                assertThat(gezien.add(sleutel)).as("dubbel: " + sleutel).isTrue();
                if (item.get("soort").asString().equals("termijn")) {
                    termijnlinks.add(item.get("link").asString());
                }
            }
            pagina++;
        }
        assertThat(gezien).as("zonder gaten: alle pagina's samen zijn het totaal").hasSize((int) totaal);
        assertThat(termijnlinks).hasSize((int) termijnen);
        assertThat(termijnlinks).containsAll(bewoners.stream().map(id -> "/bewoners/" + id + "/wijzigen").toList());

        // The start page: the true count in the heading, the oldest 100 listed (the API's first 100), and the whole list one click away.
        var sessie = new Websessie(poort);
        sessie.inloggen("amersfoort");
        var html = sessie.pagina("/").body();
        var sectie = html.substring(html.indexOf("data-soort=\"termijn\""));
        sectie = sectie.substring(0, sectie.indexOf("</section>"));
        var getal = nl.onderdak.platform.Weergave.nederlands().getal(termijnen);
        assertThat(sectie).contains("data-totaal=\"" + termijnen + "\"", "Termijnen: " + getal,
                "100 van " + getal + " getoond, de oudste eerst.", "href=\"/termijnen\"");
        var getoond = java.util.regex.Pattern.compile("href=\"(/bewoners/[^\"]+/wijzigen)\"").matcher(sectie).results()
                .map(m -> m.group(1)).toList();
        assertThat(getoond).isEqualTo(termijnlinks.subList(0, 100));
    }

    @Test
    void api_weigert_een_ongeldige_pagina_of_een_ongeldig_aantal_met_het_veld_in_nederlands_en_engels() {
        for (var vraag : java.util.List.of("pagina=0", "pagina=twee", "aantal=0", "aantal=501", "aantal=veel", "pagina=-1&aantal=1000")) {
            var antwoord = get("/api/v1/werkvoorraad?" + vraag, "utrecht");
            assertThat(antwoord.status()).as(vraag).isEqualTo(400);
            assertThat(antwoord.contentType()).startsWith("application/problem+json");
            var velden = new java.util.HashSet<String>();
            antwoord.json().get("invalidParams").forEach(v -> velden.add(v.get("name").asString()));
            var verwacht = new java.util.HashSet<String>();
            for (var deel : vraag.split("&")) {
                verwacht.add(deel.substring(0, deel.indexOf('=')));
            }
            assertThat(velden).as(vraag).isEqualTo(verwacht);
        }
        assertThat(get("/api/v1/werkvoorraad?aantal=501", "utrecht").body()).contains("500");
        assertThat(get("/api/v1/werkvoorraad?aantal=500&pagina=1", "utrecht").status()).isEqualTo(200);

        var engels = java.net.http.HttpClient.newHttpClient();
        var token = java.util.Base64.getEncoder().encodeToString(("utrecht:" + WACHTWOORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            var antwoord = engels.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + poort
                            + "/api/v1/werkvoorraad?aantal=501")).header("Authorization", "Basic " + token)
                    .header("Accept", "application/json").header("Accept-Language", "en").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).isEqualTo(400);
            var nl = get("/api/v1/werkvoorraad?aantal=501", "utrecht").json().get("invalidParams").get(0).get("reason").asString();
            var en = JSON.readTree(antwoord.body()).get("invalidParams").get(0).get("reason").asString();
            assertThat(en).isNotBlank().isNotEqualTo(nl);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void de_api_geeft_per_soort_het_totaal_en_pagina_standaard_honderd() {
        proef.zet("GM0344", java.util.stream.IntStream.range(0, 3).mapToObj(i -> werk("import-fouten", "Proefimport " + i,
                Duration.ofDays(400 + i), "/opvanglocaties/import/" + i, null)).toArray(Werk[]::new));

        var json = get("/api/v1/werkvoorraad", "utrecht").json();

        assertThat(json.get("pagina").asInt()).isEqualTo(1);
        assertThat(json.get("aantal").asInt()).isEqualTo(100);
        assertThat(soortTotaal(json, "import-fouten")).isGreaterThanOrEqualTo(3);
        long som = 0;
        for (var s : json.get("soorten")) {
            som += s.get("totaal").asLong();
            assertThat(s.get("lijst").asString()).startsWith("/");
            assertThat(s.get("naam").asString()).isNotBlank();
        }
        assertThat(json.get("totaal").asLong()).isEqualTo(som);
    }
}
