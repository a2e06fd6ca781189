// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import nl.onderdak.IntegratieTest;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkbron;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, payments: a payment the bank returned shows its household, members and the bank's reason
 * on the run, in the household's payment history and in the list of failed payments; it is corrected
 * with new details that a second employee approves in a new run, and exactly that is paid. Files are
 * named after what they are and carry Dutch time. Amersfoort January 2024 and Utrecht December 2024.
 */
class BetalingsgeschiedenisTest extends IntegratieTest {

    private static final String PAD = "/api/v1/betaalruns";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<Werkbron> werkbronnen;


    private static String iban(String bank) {
        return Iban.metControlegetal("NL", bank + "%010d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000L))).waarde();
    }

    /** Two adults without BSN (none is needed for the allowance) staying with a host in the gemeente from 1 January 2024. */
    private String huishouden(String gebruiker, String voornaam1, String voornaam2, String achternaam) {
        var h = post("/api/v1/huishoudens", gebruiker, """
                {"leden":[{"voornaam":"%s","achternaam":"%s","geboortedatum":"1980-03-03","nationaliteitCategorie":"oekraiens"},
                          {"voornaam":"%s","achternaam":"%s","geboortedatum":"1982-05-05","nationaliteitCategorie":"oekraiens"}]}"""
                .formatted(voornaam1, achternaam, voornaam2, achternaam));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        var id = h.json().get("id").asString();
        var gast = post("/api/v1/huishoudens/" + id + "/gastverblijven", gebruiker, "{\"van\":\"2024-01-01\",\"gastgezin\":\"Gastgezin\"}");
        assertThat(gast.status()).as(gast.toString()).isEqualTo(201);
        return id;
    }

    private void bank(String huishouden, String gebruiker, String iban, String naam) {
        var w = put("/api/v1/huishoudens/" + huishouden + "/betaalwijze", gebruiker,
                "{\"methode\":\"bank\",\"iban\":\"" + iban + "\",\"tenaamstelling\":\"" + naam + "\"}");
        assertThat(w.status()).as(w.toString()).isEqualTo(200);
    }

    private String maakEnKeurGoed(String maand, String maker, String goedkeurder) {
        var run = post(PAD, maker, "{\"maand\":\"" + maand + "\"}");
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        var id = run.json().get("id").asString();
        assertThat(post(PAD + "/" + id + "/_goedkeuren", maker, "{}").status()).as("niet door de maker").isEqualTo(409);
        var goed = post(PAD + "/" + id + "/_goedkeuren", goedkeurder, "{}");
        assertThat(goed.status()).as(goed.toString()).isEqualTo(200);
        return id;
    }

    private tools.jackson.databind.JsonNode regel(String run, String gebruiker, String huishouden) {
        for (var r : get(PAD + "/" + run + "/regels?max=100000", gebruiker).json().get("regels")) {
            if (r.get("huishouden") != null && huishouden.equals(r.get("huishouden").asString(null))) {
                return r;
            }
        }
        return null;
    }

    private String pagina(String pad, String gebruiker) {
        var antwoord = new nl.onderdak.Websessie(poort).inloggen(gebruiker).pagina(pad);
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    /** The bank's camt.054 saying the transfer of the run's SEPA file came back with the reason code. */
    private String camt(String run, String endToEndId, String reden) {
        return Camt054.retourVan(download(PAD + "/" + run + "/sepa", "amersfoort").body(), endToEndId, reden);
    }

    private List<Werk> werkVan(String gebruikersnaam, String gemeente) {
        var org = new Organisatie(gemeente, "Gemeente", Organisatie.Soort.GEMEENTE, gemeente, null);
        var g = new Gebruiker(gebruikersnaam, gebruikersnaam, org, Set.of(Rol.GEMEENTE_MEDEWERKER));
        return werkbronnen.stream().flatMap(b -> b.werkVoor(g, Locale.forLanguageTag("nl-NL")).stream()).toList();
    }

    @Test
    void mislukte_betaling_toont_huishouden_leden_en_reden_en_wordt_met_vier_ogen_gecorrigeerd() {
        var achternaam = "Kovalenko" + System.nanoTime();
        var h = huishouden("amersfoort", "Oksana", "Taras", achternaam);
        var oudIban = iban("INGB");
        bank(h, "amersfoort", oudIban, "O. " + achternaam);
        var run = maakEnKeurGoed("2024-01", "amersfoort", "amersfoort-financien");
        assertThat(post(PAD + "/" + run + "/_uitvoeren", "amersfoort", "{}").status()).isEqualTo(200);
        var e2e = jdbc.sql("select end_to_end_id from leefgeld.betaling where betaalrun_id = ? and huishouden_id = ?")
                .params(UUID.fromString(run), UUID.fromString(h)).query(String.class).single();

        var afstemming = postBestand(PAD + "/" + run + "/bankresultaat", "amersfoort", "application/xml",
                camt(run, e2e, "AC04").getBytes(StandardCharsets.UTF_8));
        assertThat(afstemming.status()).as(afstemming.toString()).isEqualTo(200);
        assertThat(afstemming.json().get("mislukt").asInt()).isEqualTo(1);

        // The run line names the members and says why the bank refused.
        var r = regel(run, "amersfoort", h);
        assertThat(r.get("omschrijving").asString()).contains("Oksana " + achternaam, "Taras " + achternaam);
        assertThat(r.get("betaalstatus").asString()).isEqualTo("mislukt");
        assertThat(r.get("betaalreden").asString()).contains("rekening opgeheven");
        var runpagina = pagina("/betaalruns/" + run, "amersfoort");
        assertThat(runpagina).contains("Oksana " + achternaam, "Taras " + achternaam, "Mislukt", "Rekening opgeheven");

        // The household's payment history: on its leefgeld page and as a section of the household page.
        assertThat(pagina("/huishoudens/" + h + "/leefgeld?maand=2024-01", "amersfoort"))
                .contains("Betalingen", "januari 2024", oudIban, "Mislukt", "Rekening opgeheven");
        assertThat(pagina("/huishoudens/" + h, "amersfoort")).contains("Betalingen", "Rekening opgeheven");

        // The list of failed payments: household by name, the reason and what to do.
        var lijst = pagina("/betaalruns/mislukt", "amersfoort-financien");
        assertThat(lijst).contains("Oksana " + achternaam, "Rekening opgeheven", "Corrigeer de betaalgegevens",
                "/huishoudens/" + h + "/leefgeld?maand=2024-01");
        assertThat(werkVan("amersfoort-financien", "GM0307")).anySatisfy(w -> {
            assertThat(w.soort()).isEqualTo("betaling-mislukt");
            assertThat(w.link()).isEqualTo("/betaalruns/mislukt?huishouden=" + h);
            assertThat(w.omschrijving()).contains("januari 2024").doesNotContain(achternaam);
        });
        assertThat(pagina("/betaalruns/mislukt", "utrecht")).as("een andere gemeente ziet het niet").doesNotContain(achternaam);

        // Corrected details are paid only after a second employee approves them in a new run of the month.
        var nieuwIban = iban("RABO");
        bank(h, "amersfoort", nieuwIban, "O. " + achternaam);
        assertThat(pagina("/betaalruns/mislukt", "amersfoort")).contains("Gecorrigeerd: maak een betaalrun voor januari 2024");
        assertThat(werkVan("amersfoort", "GM0307")).noneMatch(w -> w.link().equals("/betaalruns/mislukt?huishouden=" + h));
        var herstel = maakEnKeurGoed("2024-01", "amersfoort", "amersfoort-financien");
        var tweede = regel(herstel, "amersfoort-financien", h);
        assertThat(tweede.get("poging").asInt()).isEqualTo(2);
        assertThat(tweede.get("iban").asString()).isEqualTo(nieuwIban);
        assertThat(werkVan("amersfoort", "GM0307")).anySatisfy(w -> assertThat(w.link()).isEqualTo("/betaalruns/" + herstel));
        assertThat(post(PAD + "/" + herstel + "/_uitvoeren", "amersfoort", "{}").status()).isEqualTo(200);
        assertThat(jdbc.sql("select iban || ' ' || status from leefgeld.betaling where huishouden_id = ? and poging = 2")
                .param(UUID.fromString(h)).query(String.class).single()).isEqualTo(nieuwIban + " verstuurd");
        assertThat(pagina("/betaalruns/mislukt", "amersfoort")).doesNotContain(achternaam);
        assertThat(pagina("/huishoudens/" + h + "/leefgeld?maand=2024-01", "amersfoort")).contains(nieuwIban, "Verstuurd, wacht op de bank");
    }

    @Test
    void bestandsnamen_zeggen_wat_ze_zijn_en_tijden_staan_in_nederlandse_tijd() {
        var achternaam = "Bestand" + System.nanoTime();
        var h = huishouden("utrecht", "Iryna", "Petro", achternaam);
        bank(h, "utrecht", iban("INGB"), "I. " + achternaam);
        var run = maakEnKeurGoed("2024-12", "utrecht", "utrecht-financien");
        assertThat(post(PAD + "/" + run + "/_uitvoeren", "utrecht", "{}").status()).isEqualTo(200);

        var sepa = download(PAD + "/" + run + "/sepa", "utrecht");
        assertThat(sepa.status()).isEqualTo(200);
        assertThat(sepa.header("Content-Disposition")).contains("filename=\"leefgeld-GM0344-2024-12.xml\"");
        var pagina = new nl.onderdak.Websessie(poort).inloggen("utrecht").pagina("/betaalruns/" + run + "/sepa.xml");
        assertThat(pagina.headers().firstValue("Content-Disposition").orElseThrow()).contains("leefgeld-GM0344-2024-12.xml");

        var m = Pattern.compile("<CreDtTm>([^<]+)</CreDtTm>").matcher(sepa.body());
        assertThat(m.find()).isTrue();
        var aangemaakt = OffsetDateTime.parse(m.group(1));
        assertThat(aangemaakt.getOffset()).as("de tijd in Nederland, zoals de pagina's")
                .isEqualTo(Weergave.TIJDZONE.getRules().getOffset(aangemaakt.toInstant()));
        assertThat(Weergave.nederlands().tijdstip(aangemaakt.toInstant()))
                .isEqualTo("%d-%d-%d %02d:%02d".formatted(aangemaakt.getDayOfMonth(), aangemaakt.getMonthValue(), aangemaakt.getYear(),
                        aangemaakt.getHour(), aangemaakt.getMinute()));
    }

    /** Fails the household's payment in an executed run with the bank's reason code, as the bank's camt.054 reports it. */
    private void laatMislukken(String run, String huishouden, String reden) {
        var e2e = jdbc.sql("select end_to_end_id from leefgeld.betaling where betaalrun_id = ? and huishouden_id = ?")
                .params(UUID.fromString(run), UUID.fromString(huishouden)).query(String.class).single();
        var a = postBestand(PAD + "/" + run + "/bankresultaat", "amersfoort", "application/xml", camt(run, e2e, reden).getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
    }

    /** Search hits the finance employee of Amersfoort left in the processing log. */
    private int zoekregels() {
        return jdbc.sql("select count(*) from logboek.verwerkingslog where handeling = 'zoeken' and gebruiker = 'amersfoort-financien'")
                .query(Integer.class).single();
    }

    /**
     * A run's page showed at most 200 households, without saying so: the approver of a large gemeente approved lines
     * they could not see. Now it says how many there are, pages through all of them, searches and sorts them.
     */
    @Test
    void de_regels_van_een_betaalrun_staan_op_paginas_met_het_aantal_huishoudens_en_worden_gezocht_en_gesorteerd() {
        var stam = "Runregels" + System.nanoTime();
        for (var achter : List.of("c", "a", "b")) {
            var h = huishouden("rotterdam", "Olha", "Petro", stam + achter);
            bank(h, "rotterdam", iban("INGB"), "O. " + stam + achter);
        }
        var run = post(PAD, "rotterdam", "{\"maand\":\"2024-03\"}");
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        var id = run.json().get("id").asString();
        int alle = get(PAD + "/" + id + "/regels?max=100000", "rotterdam").json().get("regels").size();
        assertThat(alle).isGreaterThanOrEqualTo(3);

        // Every household of the run counted, one per page: the last page is reachable.
        var eenPerPagina = pagina("/betaalruns/" + id + "?aantal=1", "rotterdam");
        assertThat(eenPerPagina).contains(alle + " huishoudens, pagina 1 van " + alle, "id=\"volgende-pagina\"", "id=\"laatste-pagina\"");

        // A part of the name finds the three; two per page, sorted by surname: a and b, then c on the second page.
        var eerste = pagina("/betaalruns/" + id + "?zoek=" + stam + "&sorteer=naam&aantal=2", "rotterdam");
        assertThat(eerste).contains("3 huishoudens, pagina 1 van 2", "id=\"volgende-pagina\"", "zoek=" + stam, "sorteer=naam", "pagina=2");
        assertThat(eerste.indexOf(stam + "a")).isPositive().isLessThan(eerste.indexOf(stam + "b"));
        assertThat(eerste).doesNotContain(stam + "c");
        var tweede = pagina("/betaalruns/" + id + "?zoek=" + stam + "&sorteer=naam&aantal=2&pagina=2", "rotterdam");
        assertThat(tweede).contains("3 huishoudens, pagina 2 van 2", stam + "c", "id=\"vorige-pagina\"").doesNotContain(stam + "a");

        // A sort the page does not know is named next to its field; the lines are still shown.
        assertThat(pagina("/betaalruns/" + id + "?sorteer=willekeurig", "rotterdam"))
                .contains("Sorteer op aandacht, naam, bedrag of status.", alle + " huishoudens, pagina 1 van ");
    }

    @Test
    void de_lijst_van_mislukte_betalingen_zoekt_sorteert_en_toont_paginas_met_het_totaal_zonder_plafond() {
        var stam = "Zoeklijst" + System.nanoTime();
        var a = huishouden("amersfoort", "Anna", "Andrij", stam + "a");
        var b = huishouden("amersfoort", "Bohdan", "Bella", stam + "b");
        var c = huishouden("amersfoort", "Chrystia", "Cyril", stam + "c");
        var ibanB = iban("ABNA");
        bank(a, "amersfoort", iban("INGB"), "A. " + stam);
        bank(b, "amersfoort", ibanB, "B. " + stam);
        bank(c, "amersfoort", iban("RABO"), "C. " + stam);
        var run = maakEnKeurGoed("2024-12", "amersfoort", "amersfoort-financien");
        assertThat(post(PAD + "/" + run + "/_uitvoeren", "amersfoort", "{}").status()).isEqualTo(200);
        laatMislukken(run, c, "AC04");
        laatMislukken(run, a, "AC01");
        laatMislukken(run, b, "MD07");

        // A part of the name finds all three; two per page: the total over all pages and a link to the next page.
        var eerste = pagina("/betaalruns/mislukt?zoek=" + stam + "&aantal=2", "amersfoort-financien");
        assertThat(eerste).contains("3 mislukte betalingen, pagina 1 van 2", "id=\"volgende-pagina\"", "zoek=" + stam, "pagina=2");
        assertThat(Pattern.compile(stam + "[abc]").matcher(eerste).results().map(r -> r.group()).distinct().count()).isEqualTo(2);
        var tweede = pagina("/betaalruns/mislukt?zoek=" + stam + "&aantal=2&pagina=2", "amersfoort-financien");
        assertThat(tweede).contains("pagina 2 van 2", "id=\"vorige-pagina\"").doesNotContain("id=\"volgende-pagina\"");
        assertThat(Pattern.compile(stam + "[abc]").matcher(tweede).results().map(r -> r.group()).distinct().count()).isEqualTo(1);

        // Sorted by surname, and the other way round on the next page of the sort by surname with one per page.
        var opNaam = pagina("/betaalruns/mislukt?zoek=" + stam + "&sorteer=naam", "amersfoort-financien");
        assertThat(opNaam.indexOf(stam + "a")).isPositive().isLessThan(opNaam.indexOf(stam + "b"));
        assertThat(opNaam.indexOf(stam + "b")).isLessThan(opNaam.indexOf(stam + "c"));
        assertThat(pagina("/betaalruns/mislukt?zoek=" + stam + "&sorteer=naam&aantal=1&pagina=3", "amersfoort-financien"))
                .contains(stam + "c", "pagina 3 van 3").doesNotContain(stam + "a");

        // The bank's reason, an IBAN typed with spaces, or one household (the work item's link).
        assertThat(pagina("/betaalruns/mislukt?zoek=overleden", "amersfoort-financien")).contains(stam + "b").doesNotContain(stam + "a");
        var ibanMetSpaties = ibanB.replaceAll("(.{4})", "$1 ").strip();
        assertThat(pagina("/betaalruns/mislukt?zoek=" + ibanMetSpaties.replace(" ", "+"), "amersfoort-financien"))
                .contains(stam + "b").doesNotContain(stam + "c");
        assertThat(pagina("/betaalruns/mislukt?huishouden=" + a, "amersfoort-financien"))
                .contains(stam + "a", "1 mislukte betaling", "Alle mislukte betalingen").doesNotContain(stam + "b");

        // The same list in the API: rows, the total over all pages, the page and its size.
        var api = get("/api/v1/mislukte-betalingen?zoek=" + stam + "&sorteer=naam&aantal=2&pagina=2", "amersfoort-financien");
        assertThat(api.status()).as(api.toString()).isEqualTo(200);
        assertThat(api.json().get("totaal").asInt()).isEqualTo(3);
        assertThat(api.json().get("pagina").asInt()).isEqualTo(2);
        assertThat(api.json().get("aantal").asInt()).isEqualTo(2);
        assertThat(api.json().get("mislukt")).hasSize(1);
        var enige = api.json().get("mislukt").get(0);
        assertThat(enige.get("huishouden").asString()).isEqualTo(c);
        assertThat(enige.get("reden").asString()).isEqualTo("AC04 rekening opgeheven");
        assertThat(enige.get("actie").asString()).isEqualTo("corrigeren");
        assertThat(enige.get("maand").asString()).isEqualTo("2024-12");

        // A search hit is logged for the members shown.
        var voor = zoekregels();
        pagina("/betaalruns/mislukt?zoek=" + stam + "a", "amersfoort-financien");
        assertThat(zoekregels()).as("one per member shown").isEqualTo(voor + 2);
    }

    @Test
    void verkeerde_parameters_van_de_lijst_staan_bij_hun_veld_en_een_andere_gemeente_ziet_niets() {
        var stam = "Buitenlijst" + System.nanoTime();
        var h = huishouden("amersfoort", "Daryna", "Denys", stam);
        bank(h, "amersfoort", iban("INGB"), "D. " + stam);
        var run = maakEnKeurGoed("2024-12", "amersfoort", "amersfoort-financien");
        assertThat(post(PAD + "/" + run + "/_uitvoeren", "amersfoort", "{}").status()).isEqualTo(200);
        laatMislukken(run, h, "AC04");

        var fout = pagina("/betaalruns/mislukt?sorteer=willekeurig&aantal=0&pagina=nul&huishouden=geen-id", "amersfoort-financien");
        assertThat(fout).contains("href=\"#sorteer\"", "Sorteer op oudste, nieuwste, naam, maand of bedrag.", "href=\"#aantal\"",
                "href=\"#pagina\"", "href=\"#huishouden\"").doesNotContain("Exception", "java.");
        assertThat(fout).as("de eerste pagina zonder filter").contains("mislukte betaling");

        assertThat(pagina("/betaalruns/mislukt?zoek=" + stam, "amersfoort")).as("the search term is echoed in its field")
                .contains("Daryna " + stam);
        assertThat(pagina("/betaalruns/mislukt?zoek=" + stam, "utrecht")).doesNotContain("Daryna " + stam)
                .contains("Geen mislukte betalingen");
        assertThat(pagina("/betaalruns/mislukt?huishouden=" + h, "utrecht")).doesNotContain(stam);
        var api = get("/api/v1/mislukte-betalingen?sorteer=willekeurig&aantal=0&pagina=nul&huishouden=geen-id", "amersfoort-financien");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("sorteer", "aantal", "pagina", "huishouden");
        assertThat(get("/api/v1/mislukte-betalingen?zoek=" + stam, "utrecht").json().get("totaal").asInt()).isZero();
        assertThat(get("/api/v1/mislukte-betalingen", "regio-utrecht").status()).isEqualTo(403);
        var regio = new nl.onderdak.Websessie(poort).inloggen("regio-utrecht").pagina("/betaalruns/mislukt");
        assertThat(regio.statusCode()).as("geen gemeente").isEqualTo(403);
    }
}
