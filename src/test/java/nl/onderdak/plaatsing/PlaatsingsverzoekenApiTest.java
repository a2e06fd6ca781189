// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Placement requests over the API: the escalation path, and who may see or act on a request. */
class PlaatsingsverzoekenApiTest extends IntegratieTest {

    private static final String PAD = "/api/v1/plaatsingsverzoeken";

    @Autowired
    JdbcClient jdbc;

    private String verzoek() {
        return verzoek("utrecht");
    }

    private String verzoek(String gemeente) {
        var h = post("/api/v1/huishoudens", gemeente, """
                {"leden":[{"voornaam":"Verzoek","achternaam":"Api%d","geboortedatum":"1990-07-07","nationaliteitCategorie":"oekraiens"},
                          {"voornaam":"Kind","achternaam":"Api%d","geboortedatum":"2018-07-07","nationaliteitCategorie":"oekraiens"}]}"""
                .formatted(System.nanoTime(), System.nanoTime()));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        var v = post(PAD, gemeente, """
                {"huishouden":"%s","verwachteAankomst":"2026-12-01"}""".formatted(h.json().get("id").asString()));
        assertThat(v.status()).as(v.toString()).isEqualTo(201);
        return v.json().get("id").asString();
    }

    @Test
    void verzoekGaatViaRegioEnLcvsNaarDeOntvangendeGemeenteMetTijdstippenEnDoorlooptijd() {
        var id = verzoek();
        var regio = get(PAD + "/" + id, "regio-utrecht");
        assertThat(regio.status()).isEqualTo(200);
        assertThat(regio.json().get("status").asString()).isEqualTo("regio");
        assertThat(regio.json().get("behoefte").get("personen").asInt()).isEqualTo(2);
        assertThat(regio.json().get("behoefte").get("minderjarigen").asInt()).isEqualTo(1);
        assertThat(regio.body()).doesNotContain("Verzoek");

        assertThat(post(PAD + "/" + id + "/_doorsturen", "regio-utrecht", "{}").json().get("status").asString()).isEqualTo("lcvs");
        var suggesties = get(PAD + "/" + id + "/suggesties", "lcvs").json().get("suggesties");
        assertThat(suggesties.size()).isPositive();
        String amersfoort = null;
        for (var s : suggesties) {
            assertThat(s.get("vrijeBedden").asInt()).isGreaterThanOrEqualTo(2);
            if (amersfoort == null && s.get("gemeenteCode").asString().equals("GM0307")) {
                amersfoort = s.get("opvanglocatie").asString();
            }
        }
        assertThat(amersfoort).as("een plek in Amersfoort bij de suggesties").isNotNull();
        var voorstel = post(PAD + "/" + id + "/_voorstellen", "lcvs", "{\"opvanglocatie\":\"" + amersfoort + "\"}");
        assertThat(voorstel.json().get("status").asString()).isEqualTo("voorgesteld");
        assertThat(voorstel.json().get("ontvangendeGemeente").asString()).isEqualTo("GM0307");

        var geplaatst = post(PAD + "/" + id + "/_accepteren", "amersfoort", "{\"vanaf\":\"2026-11-23\"}");
        assertThat(geplaatst.status()).as(geplaatst.toString()).isEqualTo(200);
        var json = geplaatst.json();
        assertThat(json.get("status").asString()).isEqualTo("geplaatst");
        assertThat(json.get("ingediendOp").isNull()).isFalse();
        assertThat(json.get("naarLcvsOp").isNull()).isFalse();
        assertThat(json.get("voorgesteldOp").isNull()).isFalse();
        assertThat(json.get("geplaatstOp").isNull()).isFalse();
        assertThat(json.get("doorlooptijdUren").asDouble()).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void deRegioKanElkePassendeLocatieInDeRegioVoorstellenOokBuitenDeTienBesteSuggesties() {
        // Eleven locations in the requesting gemeente itself rank above any location elsewhere in the region.
        for (int i = 0; i < 11; i++) {
            var l = post(nl.onderdak.locaties.Locatieverzoeken.PAD, "utrecht",
                    nl.onderdak.locaties.Locatieverzoeken.locatie("Voorrang " + i + " " + System.nanoTime(), "2024-01-01", 40));
            assertThat(l.status()).as(l.toString()).isEqualTo(201);
        }
        var amersfoort = post(nl.onderdak.locaties.Locatieverzoeken.PAD, "amersfoort",
                nl.onderdak.locaties.Locatieverzoeken.locatie("Elfde keus " + System.nanoTime(), "2024-01-01", 4));
        assertThat(amersfoort.status()).as(amersfoort.toString()).isEqualTo(201);
        var locatie = amersfoort.json().get("id").asString();
        var rotterdam = post(nl.onderdak.locaties.Locatieverzoeken.PAD, "rotterdam",
                nl.onderdak.locaties.Locatieverzoeken.locatie("Buiten de regio " + System.nanoTime(), "2024-01-01", 40));
        var id = verzoek();
        var getoond = get(PAD + "/" + id + "/suggesties", "regio-utrecht").json().get("suggesties");
        for (var s : getoond) {
            assertThat(s.get("opvanglocatie").asString()).as("not among the ten shown").isNotEqualTo(locatie);
        }

        var voorstel = post(PAD + "/" + id + "/_voorstellen", "regio-utrecht", "{\"opvanglocatie\":\"" + locatie + "\"}");
        assertThat(voorstel.status()).as(voorstel.toString()).isEqualTo(200);
        assertThat(voorstel.json().get("ontvangendeGemeente").asString()).isEqualTo("GM0307");

        var ander = verzoek();
        var buiten = post(PAD + "/" + ander + "/_voorstellen", "regio-utrecht",
                "{\"opvanglocatie\":\"" + rotterdam.json().get("id").asString() + "\"}");
        assertThat(buiten.status()).as("a region proposes only within the region").isEqualTo(409);
    }

    @Test
    void deRegioKrijgtLangVerblijfInDeRegioEnHetLcvsOokKortVerblijfLandelijk() {
        var id = verzoek();
        var regio = get(PAD + "/" + id + "/suggesties", "regio-utrecht").json().get("suggesties");
        assertThat(regio.size()).isPositive();
        for (var s : regio) {
            assertThat(s.get("verblijfsduur").asString()).isEqualTo("lang");
        }
        var kortBijRegio = post(PAD + "/" + id + "/_voorstellen", "regio-utrecht",
                "{\"opvanglocatie\":\"" + regio.get(0).get("opvanglocatie").asString() + "\",\"verblijfsduur\":\"kort\"}");
        assertThat(kortBijRegio.status()).as("de regio stelt geen kort verblijf voor").isEqualTo(409);
        assertThat(post(PAD + "/" + id + "/_voorstellen", "regio-utrecht", "{\"opvanglocatie\":\"" + id + "\",\"verblijfsduur\":\"week\"}")
                .body()).contains("verblijfsduur");

    }

    @Test
    void hetLcvsSteltEenBedVoorKortVerblijfVoorEnDeGemeentePlaatstInKortVerblijf() {
        // A Rotterdam request, and a Rotterdam location with the most free short-stay beds, so it ranks first.
        var locatie = post(nl.onderdak.locaties.Locatieverzoeken.PAD, "rotterdam",
                nl.onderdak.locaties.Locatieverzoeken.locatie("Crisisopvang " + System.nanoTime(), "2026-01-01", null, 10, 900));
        assertThat(locatie.status()).as(locatie.toString()).isEqualTo(201);
        var locatieId = locatie.json().get("id").asString();
        var id = verzoek("rotterdam");
        post(PAD + "/" + id + "/_doorsturen", "regio-rotterdam", "{}");
        var land = get(PAD + "/" + id + "/suggesties", "lcvs").json().get("suggesties");
        var kort = new java.util.ArrayList<String>();
        land.forEach(s -> {
            if (s.get("verblijfsduur").asString().equals("kort")) {
                kort.add(s.get("opvanglocatie").asString());
            }
        });
        assertThat(kort).as("bedden voor kort verblijf bij de landelijke suggesties").contains(locatieId);

        var voorstel = post(PAD + "/" + id + "/_voorstellen", "lcvs", "{\"opvanglocatie\":\"" + locatieId + "\",\"verblijfsduur\":\"kort\"}");
        assertThat(voorstel.status()).as(voorstel.toString()).isEqualTo(200);
        assertThat(voorstel.json().get("voorgesteldeVerblijfsduur").asString()).isEqualTo("kort");
        var geplaatst = post(PAD + "/" + id + "/_accepteren", "rotterdam", "{\"vanaf\":\"2026-12-01\"}");
        assertThat(geplaatst.status()).as(geplaatst.toString()).isEqualTo(200);
        var plaatsing = get("/api/v1/plaatsingen/" + geplaatst.json().get("plaatsing").asString(), "rotterdam");
        assertThat(plaatsing.json().get("verblijfsduur").asString()).isEqualTo("kort");
        assertThat(plaatsing.json().get("opvanglocatie").asString()).isEqualTo(locatieId);
    }

    @Test
    void landelijkeSuggestiesMetGelijkeScoreStaanOpAfstandVanDeAanvragendeGemeente() {
        var id = verzoek();
        post(PAD + "/" + id + "/_doorsturen", "regio-utrecht", "{}");
        var land = get(PAD + "/" + id + "/suggesties", "lcvs").json().get("suggesties");
        Integer vorigeScore = null, vorigeAfstand = null;
        int buitenDeGemeente = 0;
        for (var s : land) {
            if (!s.get("verblijfsduur").asString().equals("lang")) {
                continue;
            }
            int score = s.get("score").asInt();
            int afstand = s.get("afstandKm").asInt();
            if (!s.get("gemeenteCode").asString().equals("GM0344")) {
                buitenDeGemeente++;
                assertThat(afstand).as("afstand van Utrecht naar " + s.get("gemeenteCode").asString()).isPositive();
            }
            if (vorigeScore != null && vorigeScore == score) {
                assertThat(afstand).as("oplopende afstand binnen score " + score).isGreaterThanOrEqualTo(vorigeAfstand);
            }
            vorigeScore = score;
            vorigeAfstand = afstand;
        }
        assertThat(buitenDeGemeente).isPositive();
    }

    @Test
    void andereGemeentenEnAndereRegiosZienHetVerzoekNietEnDeRegioKanNietAccepteren() {
        var id = verzoek();
        for (var anders : new String[] {"rotterdam", "amersfoort"}) {
            assertThat(get(PAD + "/" + id, anders).status()).as(anders).isEqualTo(404);
            assertThat(get(PAD, anders).body()).as(anders).doesNotContain(id);
            assertThat(post(PAD + "/" + id + "/_accepteren", anders, "{}").status()).as(anders).isEqualTo(404);
        }
        assertThat(get(PAD + "/" + id, "lcvs").status()).as("nog niet bij het LCVS").isEqualTo(404);
        // The requesting gemeente sees its request but cannot propose a place: it is not its turn.
        assertThat(post(PAD + "/" + id + "/_voorstellen", "utrecht", "{\"opvanglocatie\":\"" + id + "\"}").status()).isEqualTo(409);
        assertThat(get(PAD + "/" + id, "kcio").status()).isEqualTo(404);
        assertThat(get(PAD + "/" + id).status()).isEqualTo(401);
        var dubbel = post(PAD, "utrecht", "{\"huishouden\":\"geen-id\",\"verwachteAankomst\":\"morgen\"}");
        assertThat(dubbel.status()).isEqualTo(400);
        assertThat(dubbel.body()).contains("huishouden", "verwachteAankomst");
    }

    @Test
    void inzageToontDatumEnDoelMaarNietDeMedewerker() {
        var h = post("/api/v1/huishoudens", "utrecht", """
                {"leden":[{"voornaam":"Inzage","achternaam":"Test%d","geboortedatum":"1980-02-02","nationaliteitCategorie":"oekraiens"}]}"""
                .formatted(System.nanoTime()));
        var bewoner = h.json().get("leden").get(0).get("id").asString();
        get("/api/v1/huishoudens/" + h.json().get("id").asString(), "utrecht");

        var inzage = get("/api/v1/bewoners/" + bewoner + "/verwerkingen", "utrecht");

        assertThat(inzage.status()).as(inzage.toString()).isEqualTo(200);
        assertThat(inzage.json().get("verwerkingen").size()).isGreaterThanOrEqualTo(2);
        assertThat(inzage.body()).contains("aanmaken", "inzien", "GM0344").doesNotContain("\"utrecht\"");
        assertThat(get("/api/v1/bewoners/" + bewoner + "/verwerkingen", "rotterdam").status()).isEqualTo(404);
    }

    /** The ids of the requests on a page of the list, in the order given. */
    private static List<String> ids(JsonNode lijst) {
        var ids = new ArrayList<String>();
        lijst.get("plaatsingsverzoeken").forEach(v -> ids.add(v.get("id").asString()));
        return ids;
    }

    private JsonNode lijst(String query, String gebruiker) {
        var a = get(PAD + query, gebruiker);
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return a.json();
    }

    @Test
    void deLijstKomtPerPaginaNieuwsteEerstMetHetTotaalOverAllePaginas() {
        var eerste = verzoek();
        var tweede = verzoek();
        var derde = verzoek();

        // The whole list as the reference (the shared test database holds other tests' requests too).
        var alles = lijst("?aantal=500", "regio-utrecht");
        long totaal = alles.get("totaal").asLong();
        var volgorde = ids(alles);
        assertThat(totaal).isGreaterThanOrEqualTo(3).isGreaterThanOrEqualTo(volgorde.size());
        assertThat(volgorde).containsSubsequence(derde, tweede, eerste);
        Instant vorige = null;
        for (var v : alles.get("plaatsingsverzoeken")) {
            var op = Instant.parse(v.get("ingediendOp").asString());
            if (vorige != null) {
                assertThat(op).as("nieuwste eerst").isBeforeOrEqualTo(vorige);
            }
            vorige = op;
        }

        var tweedePagina = lijst("?pagina=2&aantal=2", "regio-utrecht");
        assertThat(tweedePagina.get("totaal").asLong()).isEqualTo(totaal);
        assertThat(tweedePagina.get("pagina").asInt()).isEqualTo(2);
        assertThat(tweedePagina.get("aantal").asInt()).isEqualTo(2);
        assertThat(ids(tweedePagina)).isEqualTo(volgorde.subList(2, (int) Math.min(4, totaal)));

        var standaard = lijst("", "regio-utrecht");
        assertThat(standaard.get("pagina").asInt()).isEqualTo(1);
        assertThat(standaard.get("aantal").asInt()).isEqualTo(100);
        assertThat(standaard.get("totaal").asLong()).isEqualTo(totaal);
        assertThat(ids(standaard)).isEqualTo(volgorde.subList(0, (int) Math.min(100, totaal)));

        long laatste = (totaal + 1) / 2;
        var voorbij = lijst("?pagina=" + (laatste + 1) + "&aantal=2", "regio-utrecht");
        assertThat(voorbij.get("plaatsingsverzoeken").size()).as("een pagina na de laatste is leeg").isZero();
        assertThat(voorbij.get("totaal").asLong()).as("maar noemt het totaal").isEqualTo(totaal);
        assertThat(lijst("?pagina=" + laatste + "&aantal=2", "regio-utrecht").get("plaatsingsverzoeken").size()).isPositive();
    }

    @Test
    void eenVerkeerdePaginaOfAantalGeeft400DieHetVeldNoemt() {
        for (var fout : List.of("pagina=0", "pagina=abc", "aantal=0", "aantal=abc", "aantal=501")) {
            var a = get(PAD + "?" + fout, "regio-utrecht");
            assertThat(a.status()).as(fout + ": " + a).isEqualTo(400);
            assertThat(a.contentType()).startsWith("application/problem+json");
            var namen = new ArrayList<String>();
            a.json().get("invalidParams").forEach(p -> namen.add(p.get("name").asString()));
            assertThat(namen).as(fout).containsExactly(fout.substring(0, fout.indexOf('=')));
        }
        var beide = get(PAD + "?pagina=-1&aantal=1000", "utrecht");
        assertThat(beide.status()).isEqualTo(400);
        var namen = new ArrayList<String>();
        beide.json().get("invalidParams").forEach(p -> namen.add(p.get("name").asString()));
        assertThat(namen).containsExactlyInAnyOrder("pagina", "aantal");
        assertThat(get(PAD + "?aantal=500", "lcvs").status()).isEqualTo(200);
        // Without a role for requests the answer is 403 whatever was typed.
        assertThat(get(PAD + "?pagina=abc", "kcio").status()).isEqualTo(403);
    }

    @Test
    void eenAlleenreizendeMinderjarigeTeltInLijstEnTotaalAlleenMetDeRolMinderjarigen() {
        long zonderRolVoor = lijst("?aantal=1", "regio-utrecht").get("totaal").asLong();
        long metRolVoor = lijst("?aantal=1", "regio-utrecht-jeugd").get("totaal").asLong();
        var h = post("/api/v1/huishoudens", "utrecht-jeugd", """
                {"leden":[{"voornaam":"Maksym","achternaam":"Alleen%d","geboortedatum":"%s","nationaliteitCategorie":"oekraiens",
                           "geslacht":"man","alleenreizendMinderjarig":true}]}"""
                .formatted(System.nanoTime(), LocalDate.now().minusYears(15)));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        var v = post(PAD, "utrecht-jeugd", """
                {"huishouden":"%s","verwachteAankomst":"2026-12-01"}""".formatted(h.json().get("id").asString()));
        assertThat(v.status()).as(v.toString()).isEqualTo(201);
        var kind = v.json().get("id").asString();
        var gewoon = verzoek();

        var zonderRol = lijst("?aantal=500", "regio-utrecht");
        assertThat(zonderRol.get("totaal").asLong()).as("alleen het gewone verzoek telt mee").isEqualTo(zonderRolVoor + 1);
        assertThat(ids(zonderRol)).contains(gewoon).doesNotContain(kind);
        var metRol = lijst("?aantal=500", "regio-utrecht-jeugd");
        assertThat(metRol.get("totaal").asLong()).isEqualTo(metRolVoor + 2);
        assertThat(ids(metRol)).contains(gewoon, kind);
    }

    @Test
    void alleenDeLedenVanDeHuishoudensOpDePaginaKomenInHetVerwerkingslogboek() {
        verzoek();
        verzoek();
        verzoek();
        long voor = logregels("regio-utrecht");

        var pagina = lijst("?aantal=2", "regio-utrecht");

        assertThat(pagina.get("totaal").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(pagina.get("plaatsingsverzoeken").size()).isEqualTo(2);
        int leden = 0;
        for (var v : pagina.get("plaatsingsverzoeken")) {
            leden += v.get("samenstelling").size();
        }
        assertThat(leden).isGreaterThanOrEqualTo(2);
        assertThat(logregels("regio-utrecht") - voor).as("één regel per lid van een huishouden op de pagina").isEqualTo(leden);
    }

    @Test
    void deLijstpaginaToontVijfentwintigVerzoekenPerPaginaMetHetTotaalEnBladerlinks() {
        long totaal = lijst("?aantal=1", "regio-utrecht").get("totaal").asLong();
        for (; totaal < 26; totaal++) {
            verzoek();
        }
        long laatste = (totaal + 24) / 25;
        var weergave = nl.onderdak.platform.Weergave.nederlands();
        var sessie = new nl.onderdak.Websessie(poort).inloggen("regio-utrecht");

        var eerste = sessie.pagina("/plaatsingsverzoeken");
        assertThat(eerste.statusCode()).isEqualTo(200);
        var html = eerste.body();
        assertThat(html.split("href=\"/plaatsingsverzoeken/", -1).length - 1).as("regels op de eerste pagina").isEqualTo(25);
        assertThat(html).contains(weergave.getal(totaal) + " verzoeken, pagina 1 van " + weergave.getal(laatste))
                .contains("href=\"/plaatsingsverzoeken?pagina=2\"", "href=\"/plaatsingsverzoeken?pagina=" + laatste + "\"")
                .doesNotContain("id=\"vorige-pagina\"");

        var tweede = sessie.pagina("/plaatsingsverzoeken?pagina=2").body();
        assertThat(tweede).contains(weergave.getal(totaal) + " verzoeken, pagina 2 van " + weergave.getal(laatste))
                .contains("id=\"eerste-pagina\"", "id=\"vorige-pagina\"", "href=\"/plaatsingsverzoeken?pagina=1\"");
        assertThat(sessie.pagina("/plaatsingsverzoeken?pagina=abc").body()).as("geen paginanummer: de eerste pagina")
                .contains("pagina 1 van");
        assertThat(sessie.pagina("/plaatsingsverzoeken?lang=en").body()).contains(" requests, page 1 of ", "Next page");
    }

    private long logregels(String gebruiker) {
        return jdbc.sql("select count(*) from logboek.verwerkingslog where gebruiker = ? and handeling = 'inzien'").param(gebruiker)
                .query(Long.class).single();
    }
}
