// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.onderdak.IntegratieTest;
import nl.onderdak.locaties.Locatieverzoeken;
import org.junit.jupiter.api.Test;

/**
 * A household's living allowance over the API, computed by hand for host stays, catered locations and
 * part months; missing rates; bad input; scope; and adding a rate without editing history.
 */
class LeefgeldApiTest extends IntegratieTest {

    /** A household of one adult (1990) and, when asked, one child (2015), registered by the gemeente user. */
    String huishouden(String gemeente, boolean metKind) {
        var kind = metKind ? """
                ,{"voornaam":"Kind","achternaam":"Leefgeld%d","geboortedatum":"2015-06-01","nationaliteitCategorie":"oekraiens"}"""
                .formatted(System.nanoTime()) : "";
        var h = post("/api/v1/huishoudens", gemeente, """
                {"leden":[{"voornaam":"Ouder","achternaam":"Leefgeld%d","geboortedatum":"1990-01-15","nationaliteitCategorie":"oekraiens"}%s]}"""
                .formatted(System.nanoTime(), kind));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        return h.json().get("id").asString();
    }

    @Test
    void gastverblijfVanaf10Maart2024GeeftVoorTweePersonenHetBedragDatMetDeHandIsBerekend() {
        var id = huishouden("utrecht", true);
        var gast = post("/api/v1/huishoudens/" + id + "/gastverblijven", "utrecht",
                "{\"van\":\"2024-03-10\",\"gastgezin\":\"Familie de Vries\"}");
        assertThat(gast.status()).as(gast.toString()).isEqualTo(201);

        var leefgeld = get("/api/v1/huishoudens/" + id + "/leefgeld?maand=2024-03", "utrecht");

        assertThat(leefgeld.status()).as(leefgeld.toString()).isEqualTo(200);
        var json = leefgeld.json();
        // 22 of 31 nights (10–31 March), household of 2, rates from 1 October 2023 (N4):
        // adult food 242.48 × 22/31 = 172.08; child food 200.65 × 22/31 = 142.40;
        // clothing 60.71 × 22/31 = 43.08 each; housing (private reception) 80.91 × 22/31 = 57.42 each.
        // 172.08 + 142.40 + 2 × 43.08 + 2 × 57.42 = 515.48
        assertThat(json.get("bedrag").decimalValue()).isEqualByComparingTo("515.48");
        assertThat(leefgeld.body()).as("euros with two decimals").contains("\"bedrag\":515.48");
        assertThat(json.get("tegengehouden").asBoolean()).isFalse();
        assertThat(json.get("componenten").get("voedsel").decimalValue()).isEqualByComparingTo("314.48");
        assertThat(json.get("componenten").get("kleding_en_persoonlijk").decimalValue()).isEqualByComparingTo("86.16");
        assertThat(json.get("componenten").get("wooncomponent_poo").decimalValue()).isEqualByComparingTo("114.84");
        var som = BigDecimal.ZERO;
        for (var r : json.get("regels")) {
            som = som.add(r.get("bedrag").decimalValue());
            assertThat(r.get("dagen").asInt()).isEqualTo(22);
            assertThat(r.get("dagenInMaand").asInt()).isEqualTo(31);
            assertThat(r.get("bron").asString()).isEqualTo("N4");
            assertThat(r.get("uitleg").asString()).contains("22/31");
        }
        assertThat(som).isEqualByComparingTo("515.48");
    }

    @Test
    void inEenLocatieMetCateringVervaltHetVoedselMaarNietDeKleding() {
        var locatie = post(Locatieverzoeken.PAD, "utrecht", Locatieverzoeken.json(java.util.Map.of(
                "naam", "Hotel met maaltijden " + System.nanoTime(), "soort", "hotel",
                "adres", java.util.Map.of("postcode", "3511 AB", "huisnummer", 7, "plaats", "Utrecht"),
                "exploitant", "Test", "beschikbaarVanaf", "2024-01-01", "bedden", 20, "faciliteiten", java.util.List.of("catering"))));
        assertThat(locatie.status()).as(locatie.toString()).isEqualTo(201);
        var id = huishouden("utrecht", false);
        var plaatsing = post("/api/v1/plaatsingen", "utrecht", """
                {"huishouden":"%s","opvanglocatie":"%s","vanaf":"2024-05-01"}""".formatted(id, locatie.json().get("id").asString()));
        assertThat(plaatsing.status()).as(plaatsing.toString()).isEqualTo(201);

        var json = get("/api/v1/huishoudens/" + id + "/leefgeld?maand=2024-05", "utrecht").json();

        // Whole month in a catered location: clothing only, 60.71 × 31/31.
        assertThat(json.get("bedrag").decimalValue()).isEqualByComparingTo("60.71");
        assertThat(json.get("componenten").get("voedsel").decimalValue()).isZero();
        // April: not yet there, nothing.
        assertThat(get("/api/v1/huishoudens/" + id + "/leefgeld?maand=2024-04", "utrecht").json().get("bedrag").decimalValue()).isZero();
    }

    @Test
    void eenStopbesluitVanaf16AprilTelt15DagenVanDeMaand() {
        var id = huishouden("utrecht", false);
        post("/api/v1/huishoudens/" + id + "/gastverblijven", "utrecht", "{\"van\":\"2024-01-01\",\"gastgezin\":\"Gastgezin Stop\"}");
        var besluit = post("/api/v1/huishoudens/" + id + "/leefgeldbesluiten", "utrecht",
                "{\"soort\":\"stoppen\",\"vanaf\":\"2024-04-16\",\"reden\":\"Inkomen uit werk\"}");
        assertThat(besluit.status()).as(besluit.toString()).isEqualTo(201);

        var json = get("/api/v1/huishoudens/" + id + "/leefgeld?maand=2024-04", "utrecht").json();

        // 15 of 30 days, one adult alone: (242.48 + 60.71 + 80.91) × 15/30 = 121.24 + 30.36 + 40.46 (each rounded) = 192.06
        assertThat(json.get("bedrag").decimalValue()).isEqualByComparingTo("192.06");
    }

    /** A GET in the language the client asks for (Accept-Language), as the API answers it. */
    private tools.jackson.databind.JsonNode inTaal(String pad, String gebruiker, String taal) {
        var verzoek = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + poort + pad))
                .header("Accept", "application/json").header("Accept-Language", taal)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((gebruiker + ":" + WACHTWOORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET().build();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var antwoord = http.send(verzoek, java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
            return JSON.readTree(antwoord.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void deUitlegVanHetLeefgeldIsEngelsVoorWieEngelsKiestEnBlijftNederlandsVoorDeRest() {
        var id = huishouden("utrecht", false);
        post("/api/v1/huishoudens/" + id + "/gastverblijven", "utrecht", "{\"van\":\"2024-01-01\",\"gastgezin\":\"Gastgezin Taal\"}");
        var besluit = post("/api/v1/huishoudens/" + id + "/leefgeldbesluiten", "utrecht",
                "{\"soort\":\"voedsel_in_natura\",\"vanaf\":\"2024-04-16\",\"reden\":\"Maaltijden\"}");
        assertThat(besluit.status()).as(besluit.toString()).isEqualTo(201);

        var engels = inTaal("/api/v1/huishoudens/" + id + "/leefgeld?maand=2024-04", "utrecht", "en");
        assertThat(engels.get("regels").toString()).contains("Food, adult in a household of 1 or 2: € 242.48 × 15/30 days (rate from 1-10-2023, source N4)",
                "Clothing and personal expenses").doesNotContain(" dagen (", "tarief vanaf", "Voedsel", "volwassene");
        assertThat(engels.get("toelichting").toString())
                .contains("Food in kind from 16-4-2024 (Maaltijden): no money for food from 16-4-2024 to 30-4-2024.");
        var nederlands = inTaal("/api/v1/huishoudens/" + id + "/leefgeld?maand=2024-04", "utrecht", "nl");
        assertThat(nederlands.get("regels").toString()).contains("Voedsel, volwassene in huishouden van 1 of 2: € 242,48 × 15/30 dagen (tarief vanaf 1-10-2023, bron N4)");
        assertThat(nederlands.get("toelichting").toString())
                .contains("Voedsel in natura vanaf 16-4-2024 (Maaltijden): geen geld voor voedsel van 16-4-2024 t/m 30-4-2024.");

        // A month without a rate: what is missing, and why nothing is paid, in English too.
        var zonderTarief = inTaal("/api/v1/huishoudens/" + id + "/leefgeld?maand=2025-02", "utrecht", "en");
        assertThat(zonderTarief.get("ontbrekend").toString()).contains("rate missing: clothing and personal expenses, adult in a household of 1");
        assertThat(zonderTarief.get("toelichting").toString()).contains("Held back: a rate is missing for");
    }

    @Test
    void eenMaandZonderBekendTariefWordtTegengehoudenMetDeReden() {
        var id = huishouden("utrecht", false);
        post("/api/v1/huishoudens/" + id + "/gastverblijven", "utrecht", "{\"van\":\"2024-12-01\",\"gastgezin\":\"Gastgezin Gat\"}");

        var json = get("/api/v1/huishoudens/" + id + "/leefgeld?maand=2025-02", "utrecht").json();

        assertThat(json.get("tegengehouden").asBoolean()).isTrue();
        assertThat(json.get("bedrag").decimalValue()).isZero();
        assertThat(json.get("ontbrekend").toString()).contains("tarief ontbreekt");
        // December 2024 still had rates.
        assertThat(get("/api/v1/huishoudens/" + id + "/leefgeld?maand=2024-12", "utrecht").json().get("tegengehouden").asBoolean())
                .isFalse();
    }

    @Test
    void eenVerkeerdeMaandKrijgt400MetHetVeldEnEenAndereGemeenteKrijgt404() {
        var id = huishouden("utrecht", false);
        var fout = get("/api/v1/huishoudens/" + id + "/leefgeld?maand=2024-13", "utrecht");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.contentType()).contains("application/problem+json");
        assertThat(fout.body()).contains("maand");
        assertThat(get("/api/v1/huishoudens/" + id + "/leefgeld", "utrecht").status()).isEqualTo(400);

        var anders = get("/api/v1/huishoudens/" + id + "/leefgeld?maand=2024-03", "rotterdam");
        assertThat(anders.status()).isEqualTo(404);
        assertThat(anders.body()).doesNotContain("Leefgeld");
        assertThat(put("/api/v1/huishoudens/" + id + "/betaalwijze", "rotterdam", "{\"methode\":\"contant\"}").status()).isEqualTo(404);
        assertThat(post("/api/v1/huishoudens/" + id + "/leefgeldbesluiten", "rotterdam",
                "{\"soort\":\"stoppen\",\"vanaf\":\"2024-04-16\",\"reden\":\"x\"}").status()).isEqualTo(404);
        assertThat(post("/api/v1/huishoudens/" + id + "/gastverblijven", "rotterdam", "{\"van\":\"2024-04-16\",\"gastgezin\":\"x\"}")
                .status()).isEqualTo(404);
        assertThat(get("/api/v1/huishoudens/" + id + "/leefgeld?maand=2024-03", "regio-utrecht").status()).isEqualTo(403);
    }

    @Test
    void eenOngeldigIbanEnOntbrekendeVeldenWordenAllemaalGenoemd() {
        var id = huishouden("utrecht", false);
        var fout = put("/api/v1/huishoudens/" + id + "/betaalwijze", "utrecht", "{\"methode\":\"bank\",\"iban\":\"NL91ABNA0417164301\"}");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("iban", "tenaamstelling");
        var goed = put("/api/v1/huishoudens/" + id + "/betaalwijze", "utrecht",
                "{\"methode\":\"bank\",\"iban\":\"nl91 abna 0417 1643 00\",\"tenaamstelling\":\"O. Leefgeld\"}");
        assertThat(goed.status()).as(goed.toString()).isEqualTo(200);
        assertThat(goed.json().get("iban").asString()).isEqualTo("NL91ABNA0417164300");
        var besluit = post("/api/v1/huishoudens/" + id + "/leefgeldbesluiten", "utrecht", "{\"soort\":\"halveren\",\"vanaf\":\"gisteren\"}");
        assertThat(besluit.status()).isEqualTo(400);
        assertThat(besluit.body()).contains("soort", "vanaf", "reden");
    }

    @Test
    void eenBeheerderVoegtEenTariefToeZonderDeGeschiedenisTeWijzigenEnEenOverlapWordtGeweigerd() {
        var voor = get("/api/v1/leefgeldtarieven", "utrecht").json().get("tarieven").size();
        int maand = 1 + (int) (System.nanoTime() % 9);
        var van = "2099-0%d-01".formatted(maand);
        var tot = "2099-0%d-28".formatted(maand);
        var tarief = """
                {"geldigVanaf":"%s","geldigTot":"%s","component":"kleding_en_persoonlijk","leeftijdsgroep":"alle","huishoudenMin":"1",
                 "bedrag":"61,00","bron":"Testbesluit"}""".formatted(van, tot);
        assertThat(post("/api/v1/leefgeldtarieven", "utrecht", tarief).status()).as("alleen een beheerder").isEqualTo(403);
        var toegevoegd = post("/api/v1/leefgeldtarieven", "beheer", tarief);
        if (toegevoegd.status() == 400) {
            // The same month was drawn by an earlier run against this database: the overlap is refused, as it should be.
            assertThat(toegevoegd.body()).contains("overlapt");
            return;
        }
        assertThat(toegevoegd.status()).as(toegevoegd.toString()).isEqualTo(201);
        var tarieven = get("/api/v1/leefgeldtarieven", "utrecht").json().get("tarieven");
        assertThat(tarieven.size()).isEqualTo(voor + 1);
        assertThat(tarieven.toString()).contains("\"geldigVanaf\":\"2022-04-01\"", "\"geldigTot\":\"2024-12-31\"");

        var overlap = post("/api/v1/leefgeldtarieven", "beheer", tarief);
        assertThat(overlap.status()).isEqualTo(400);
        assertThat(overlap.body()).contains("geldigVanaf");
        var leeg = post("/api/v1/leefgeldtarieven", "beheer", "{}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.body()).contains("geldigVanaf", "component", "leeftijdsgroep", "huishoudenMin", "bedrag", "bron");
    }
}
