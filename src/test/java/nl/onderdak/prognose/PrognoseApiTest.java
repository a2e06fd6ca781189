// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The forecast API on the shared context: the shipped published figures, the import (all or nothing, every
 * error by line), a forecast with its interval on data up to the reference date, places needed per region,
 * the review with its draft target decision, and who may do what. Each test uses its own figures and
 * half-year, as the database is shared.
 */
class PrognoseApiTest extends IntegratieTest {

    private static final String PAD = "/api/v1/prognoses";

    @Autowired
    JdbcClient jdbc;

    private static List<String> velden(Antwoord a) {
        var uit = new ArrayList<String>();
        a.json().get("invalidParams").forEach(p -> uit.add(p.get("name").asString()));
        return uit;
    }

    private long gepubliceerd() {
        return jdbc.sql("select count(*) from prognose.gepubliceerd_cijfer").query(Long.class).single();
    }

    @Test
    void de_gedeelde_gepubliceerde_cijfers_zijn_bij_het_starten_geladen_met_hun_bron() {
        var a = get(PAD + "/reeksen?indicator=opgevangen_gemeentelijke_opvang", "kcio");
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        var cijfers = a.json().get("gepubliceerd");
        assertThat(cijfers.size()).isGreaterThanOrEqualTo(9);
        var juli = new ArrayList<JsonNode>();
        cijfers.forEach(c -> {
            if (c.get("peildatum").asString().equals("2023-07-07")) {
                juli.add(c);
            }
        });
        // Published in both shared files with the same source: stored once.
        assertThat(juli).singleElement().satisfies(c -> {
            assertThat(c.get("precisie").asString()).isEqualTo("ruim");
            assertThat(c.get("bronUrl").asString()).startsWith("https://www.rijksoverheid.nl/");
            assertThat(c.get("herkomst").asString()).isEqualTo("referentie");
        });
    }

    @Test
    void import_is_alles_of_niets_en_noemt_elke_fout_met_regel() {
        var voor = gepubliceerd();
        var fout = postBestand(PAD + "/reeksen", "jenv", "text/csv", """
                peildatum,indicator,waarde,precisie,bron_url
                2021-01-10,instroom,10,exact,https://example.org/import-test
                2021-01-11,instroom,tien,exact,https://example.org/import-test
                2021-01-12,instroomm,10,exact,https://example.org/import-test
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(fout.status()).as(fout.toString()).isEqualTo(400);
        assertThat(fout.contentType()).startsWith("application/problem+json");
        assertThat(velden(fout)).containsExactly("regels[3].waarde", "regels[4].indicator");
        assertThat(gepubliceerd()).isEqualTo(voor);

        var goed = """
                peildatum,indicator,waarde,precisie,bron_url,niveau,regio
                2021-01-10,instroom,10,exact,https://example.org/import-test,,
                2021-01-11,opgevangen,120,circa,https://example.org/import-test,regio,VR09 Utrecht
                """.getBytes(StandardCharsets.UTF_8);
        var a = postBestand(PAD + "/reeksen", "beheer", "text/csv", goed);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        assertThat(a.json().get("nieuw").asInt()).isEqualTo(2);
        assertThat(gepubliceerd()).isEqualTo(voor + 2);
        var nogEens = postBestand(PAD + "/reeksen", "jenv", "text/csv", goed);
        assertThat(nogEens.json().get("alBekend").asInt()).isEqualTo(2);
        assertThat(gepubliceerd()).isEqualTo(voor + 2);
    }

    @Test
    void alleen_landelijk_beheer_en_jenv_importeren() {
        var csv = "peildatum,indicator,waarde,precisie,bron_url\n2021-02-01,instroom,1,exact,https://example.org/x\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(postBestand(PAD + "/reeksen", "kcio", "text/csv", csv).status()).isEqualTo(403);
        assertThat(postBestand(PAD + "/reeksen", "regio-utrecht", "text/csv", csv).status()).isEqualTo(403);
        assertThat(postBestand(PAD + "/reeksen", null, "text/csv", csv).status()).isEqualTo(401);
    }

    @Test
    void prognose_gebruikt_alleen_cijfers_tot_en_met_de_peildatum_en_geeft_een_interval() {
        var a = post(PAD, "jenv", "{\"peildatum\":\"2022-09-30\",\"horizonMaanden\":6}");
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        var p = a.json();
        assertThat(a.header("Location")).endsWith(PAD + "/" + p.get("id").asString());
        assertThat(p.get("methode").asString()).isEqualTo("gedempte-log-drift-t80");
        assertThat(p.get("indicator").asString()).isEqualTo("opgevangen_gemeentelijke_opvang");
        // The figure of 7 July 2023 did not exist on 30 September 2022: the input ends in May 2022.
        assertThat(p.get("laatsteInvoermaand").asString()).isEqualTo("2022-05");
        var maanden = p.get("maanden");
        assertThat(maanden.size()).isEqualTo(6);
        assertThat(maanden.get(0).get("maand").asString()).isEqualTo("2022-10");
        assertThat(maanden.get(5).get("maand").asString()).isEqualTo("2023-03");
        long breedteEerste = maanden.get(0).get("bovengrens").asLong() - maanden.get(0).get("ondergrens").asLong();
        long breedteLaatste = maanden.get(5).get("bovengrens").asLong() - maanden.get(5).get("ondergrens").asLong();
        maanden.forEach(m -> {
            assertThat(m.get("ondergrens").asLong()).isLessThanOrEqualTo(m.get("verwacht").asLong());
            assertThat(m.get("verwacht").asLong()).isLessThanOrEqualTo(m.get("bovengrens").asLong());
        });
        assertThat(breedteLaatste).isGreaterThan(breedteEerste);

        var terug = get(PAD + "/" + p.get("id").asString(), "utrecht");
        assertThat(terug.status()).isEqualTo(200);
        assertThat(terug.json().get("maanden")).isEqualTo(maanden);
    }

    @Test
    void scenario_volgt_de_aannames_over_aankomsten_en_vertrek() {
        var a = post(PAD, "noo", """
                {"peildatum":"2023-07-31","horizonMaanden":2,
                 "scenario":{"naam":"325 per week","aankomstenPerWeek":325,"vertrekPercentagePerMaand":0}}""");
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        var m = a.json().get("maanden");
        assertThat(a.json().get("methode").asString()).isEqualTo("voorraadstroom-scenario");
        // No one leaves: September (30 days) adds 325 * 30 / 7 = 1,392.9 to August.
        assertThat(m.get(1).get("verwacht").asDouble() - m.get(0).get("verwacht").asDouble()).isBetween(1392.0, 1394.0);
        assertThat(m.get(1).get("nettoPerWeek").asLong()).isEqualTo(325);
    }

    @Test
    void ongeldige_prognosevraag_noemt_elk_veld_in_nederlands_en_engels() throws Exception {
        var body = """
                {"peildatum":"2099-01-01","horizonMaanden":25,"indicator":"iets","bron":"ander",
                 "scenario":{"aankomstenPerWeek":"veel","vertrekPercentagePerMaand":150}}""";
        var a = post(PAD, "jenv", body);
        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertThat(velden(a)).containsExactlyInAnyOrder("peildatum", "horizonMaanden", "indicator", "bron",
                "scenario.aankomstenPerWeek", "scenario.vertrekPercentagePerMaand");
        var engels = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + PAD))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("jenv:" + WACHTWOORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(engels.statusCode()).isEqualTo(400);
        assertThat(engels.body()).contains("The reference date may not be after today.");
        var leeg = post(PAD, "jenv", "{}");
        assertThat(velden(leeg)).containsExactlyInAnyOrder("peildatum", "horizonMaanden");
        var teVroeg = post(PAD, "jenv", "{\"peildatum\":\"2022-04-01\",\"horizonMaanden\":3}");
        assertThat(velden(teVroeg)).containsExactly("peildatum");
    }

    @Test
    void wie_prognoses_maakt_en_ziet() {
        var vraag = "{\"peildatum\":\"2023-07-31\",\"horizonMaanden\":1}";
        assertThat(post(PAD, "utrecht", vraag).status()).isEqualTo(403);
        assertThat(post(PAD, "regio-utrecht", vraag).status()).isEqualTo(403);
        assertThat(post(PAD, "kcio", vraag).status()).isEqualTo(201);
        assertThat(post(PAD, "lcvs", vraag).status()).isEqualTo(201);
        assertThat(get(PAD, "matcher").status()).isEqualTo(403);
        assertThat(get(PAD, "provincie-utrecht").status()).isEqualTo(403);
        assertThat(get(PAD, null).status()).isEqualTo(401);
        var lijst = get(PAD + "?aantal=1", "regio-utrecht");
        assertThat(lijst.status()).isEqualTo(200);
        assertThat(lijst.json().get("totaal").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(lijst.json().get("prognoses").size()).isEqualTo(1);
        assertThat(get(PAD + "/geen-id", "jenv").status()).isEqualTo(404);
    }

    @Test
    void de_lijst_zoekt_op_scenario_en_maker_en_sorteert_met_totaal() {
        var naam = "zoekproef-" + java.util.UUID.randomUUID();
        for (var peildatum : List.of("2023-03-31", "2023-07-31", "2023-05-31")) {
            var a = post(PAD, "kcio", "{\"peildatum\":\"" + peildatum + "\",\"horizonMaanden\":1,"
                    + "\"scenario\":{\"naam\":\"" + naam + "\",\"aankomstenPerWeek\":100,\"vertrekPercentagePerMaand\":1}}");
            assertThat(a.status()).as(a.toString()).isEqualTo(201);
        }
        var zoek = PAD + "?zoek=" + naam.toUpperCase(java.util.Locale.ROOT);
        var nieuwste = get(zoek, "noo").json();
        assertThat(nieuwste.get("totaal").asLong()).isEqualTo(3);
        assertThat(peildata(nieuwste)).containsExactly("2023-05-31", "2023-07-31", "2023-03-31");
        assertThat(peildata(get(zoek + "&sorteer=peildatum", "noo").json())).containsExactly("2023-07-31", "2023-05-31", "2023-03-31");
        assertThat(peildata(get(zoek + "&sorteer=peildatum-oudste", "noo").json())).containsExactly("2023-03-31", "2023-05-31", "2023-07-31");
        var pagina = get(zoek + "&sorteer=oudste&vanaf=1&aantal=1", "noo").json();
        assertThat(pagina.get("totaal").asLong()).isEqualTo(3);
        assertThat(peildata(pagina)).containsExactly("2023-07-31");
        // By reference date as shown, and nothing for a text no forecast holds.
        assertThat(get(PAD + "?zoek=31-3-2023&aantal=100", "noo").json().get("totaal").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(get(PAD + "?zoek=" + naam + "x", "noo").json().get("totaal").asLong()).isZero();

        var fout = get(PAD + "?sorteer=grootste&aantal=0", "noo");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(velden(fout)).containsExactlyInAnyOrder("sorteer", "aantal");
    }

    private static List<String> peildata(JsonNode lijst) {
        var uit = new ArrayList<String>();
        lijst.get("prognoses").forEach(p -> uit.add(p.get("peildatum").asString()));
        return uit;
    }

    @Test
    void plaatsbehoefte_per_regio_en_een_regio_ziet_alleen_zichzelf() {
        var p = post(PAD, "jenv", "{\"peildatum\":\"2023-07-31\",\"horizonMaanden\":6}").json();
        var id = p.get("id").asString();
        var landelijk = get(PAD + "/" + id + "/plaatsbehoefte", "lcvs");
        assertThat(landelijk.status()).as(landelijk.toString()).isEqualTo(200);
        var regios = landelijk.json().get("regios");
        assertThat(regios.size()).isEqualTo(25);
        // The key splits the national expectation exactly: the regions add up to it in every month.
        long som = 0;
        for (var r : regios) {
            som += r.get("maanden").get(0).get("nodig").asLong();
        }
        assertThat(som).isEqualTo(p.get("maanden").get(0).get("verwacht").asLong());
        // The region's band is the national 80 % interval split by the same key: its bounds add up to the
        // national bounds in every month, and each region's lower bound <= its need <= its upper bound.
        for (int maand = 0; maand < 6; maand++) {
            long onder = 0;
            long boven = 0;
            for (var r : regios) {
                var m = r.get("maanden").get(maand);
                onder += m.get("nodigOndergrens").asLong();
                boven += m.get("nodigBovengrens").asLong();
                assertThat(m.get("nodigOndergrens").asLong()).isLessThanOrEqualTo(m.get("nodig").asLong());
                assertThat(m.get("nodig").asLong()).isLessThanOrEqualTo(m.get("nodigBovengrens").asLong());
            }
            assertThat(onder).as("maand " + maand).isEqualTo(p.get("maanden").get(maand).get("ondergrens").asLong());
            assertThat(boven).as("maand " + maand).isEqualTo(p.get("maanden").get(maand).get("bovengrens").asLong());
        }
        var regio = get(PAD + "/" + id + "/plaatsbehoefte", "regio-utrecht").json().get("regios");
        assertThat(regio.size()).isEqualTo(1);
        assertThat(regio.get(0).get("code").asString()).isEqualTo("VR09");
        var gemeente = get(PAD + "/" + id + "/plaatsbehoefte", "amersfoort").json().get("regios");
        assertThat(gemeente.size()).isEqualTo(1);
        assertThat(gemeente.get(0).get("code").asString()).isEqualTo("VR09");
    }

    @Test
    void opschalen_maakt_een_concept_dat_pas_na_vaststellen_een_opgavebesluit_wordt() {
        var p = post(PAD, "jenv", "{\"peildatum\":\"2023-07-31\",\"horizonMaanden\":6}").json();
        long besluitenVoor = jdbc.sql("select count(*) from opgave.opgavebesluit where halfjaar = '2033-H1'").query(Long.class).single();
        var b = post(PAD + "/beoordelingen", "jenv", """
                {"prognoseId":"%s","scenario":"Basis: model zonder aannames","besluit":"opschalen","halfjaar":"2033-H1",
                 "landelijkTotaal":120000}""".formatted(p.get("id").asString()));
        assertThat(b.status()).as(b.toString()).isEqualTo(201);
        assertThat(b.json().get("conceptStatus").asString()).isEqualTo("concept");
        // Nothing changed in the target yet.
        assertThat(jdbc.sql("select count(*) from opgave.opgavebesluit where halfjaar = '2033-H1'").query(Long.class).single())
                .isEqualTo(besluitenVoor);
        var id = b.json().get("id").asString();
        assertThat(post(PAD + "/beoordelingen/" + id + "/vaststellen", "noo", "{}").status()).isEqualTo(403);
        var vast = post(PAD + "/beoordelingen/" + id + "/vaststellen", "jenv", "{}");
        assertThat(vast.status()).as(vast.toString()).isEqualTo(200);
        assertThat(vast.json().get("conceptStatus").asString()).isEqualTo("vastgesteld");
        var besluit = get("/api/v1/opgavebesluiten/" + vast.json().get("opgavebesluitId").asString());
        assertThat(besluit.json().get("landelijkTotaal").asInt()).isEqualTo(120000);
        assertThat(post(PAD + "/beoordelingen/" + id + "/vaststellen", "jenv", "{}").status()).isEqualTo(409);

        var fout = post(PAD + "/beoordelingen", "jenv", """
                {"prognoseId":"%s","besluit":"afschalen","halfjaar":"2020-H1","landelijkTotaal":10}""".formatted(p.get("id").asString()));
        assertThat(velden(fout)).containsExactlyInAnyOrder("scenario", "halfjaar", "landelijkTotaal");
        var handhaven = post(PAD + "/beoordelingen", "jenv", """
                {"prognoseId":"%s","scenario":"Basis","besluit":"handhaven"}""".formatted(p.get("id").asString()));
        assertThat(handhaven.status()).isEqualTo(201);
        assertThat(handhaven.json().get("conceptStatus").isNull()).isTrue();
    }

    @Test
    void toetsing_per_horizon_naast_de_basislijnen() {
        var p = post(PAD, "jenv", "{\"peildatum\":\"2022-12-31\",\"horizonMaanden\":6}").json();
        var t = get(PAD + "/" + p.get("id").asString() + "/toetsing", "kcio");
        assertThat(t.status()).as(t.toString()).isEqualTo(200);
        // Forecast months January to June 2023 all have a value now (interpolated up to the figure of 7 July 2023).
        assertThat(t.json().get("perHorizon").size()).isEqualTo(6);
        assertThat(t.json().get("perHorizonAlleenGemeten").get(0).get("stap").asInt()).isEqualTo(6);
        var alle = get(PAD + "/toetsing", "regio-utrecht");
        assertThat(alle.status()).isEqualTo(200);
        assertThat(alle.json().get("perHorizon").size()).isGreaterThan(0);
    }
}
