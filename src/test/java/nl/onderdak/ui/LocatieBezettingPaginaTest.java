// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import nl.onderdak.bewoners.Bewonersverzoeken;
import nl.onderdak.locaties.Locatieverzoeken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * A gemeente employee at 1366 × 768 edits a location's address and operator, sees the change with
 * before and after, then opens the bed board: who sleeps there today, the free beds, and an earlier
 * date, with each resident's bed; every page passes axe and no number or date in the tables breaks over two lines.
 */
class LocatieBezettingPaginaTest extends BrowserTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Clock clock;

    /** A call of the API as a demo user (HTTP Basic), to prepare what the browser then shows. */
    private String api(String pad, String json) {
        var token = Base64.getEncoder().encodeToString("utrecht:onderdak-demo".getBytes(StandardCharsets.UTF_8));
        var verzoek = HttpRequest.newBuilder(URI.create(url(pad))).header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            var antwoord = HTTP.send(verzoek, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
            return JSON.readTree(antwoord.body()).get("id").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Cells holding a number or date whose text takes more than one line: the "10/12/4" of issue 13. */
    private List<String> gebrokenGetallen() {
        @SuppressWarnings("unchecked")
        var gebroken = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('.od-getal, td.utrecht-table__cell--numeric-column')].filter(el => {
                  const r = document.createRange(); r.selectNodeContents(el);
                  const regels = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top)));
                  return regels.size > 1;
                }).map(el => el.textContent.trim())""");
        return gebroken;
    }

    @Test
    void gemeente_wijzigt_adres_en_exploitant_en_ziet_op_het_beddenbord_wie_waar_slaapt() {
        var vandaag = LocalDate.now(clock);
        var naam = "Browsertest Jaarbeurs Hal " + System.nanoTime();
        var locatie = api(Locatieverzoeken.PAD, Locatieverzoeken.locatie(naam, "2024-01-01", 10));
        var achternaam = Bewonersverzoeken.uniekeAchternaam("Kovalenko");
        var huishouden = api(Bewonersverzoeken.HUISHOUDENS, Bewonersverzoeken.huishouden(
                Bewonersverzoeken.lid("Oksana", achternaam, "1980-02-03"), Bewonersverzoeken.lid("Dmytro", achternaam, "2012-10-11")));
        api(Bewonersverzoeken.PLAATSINGEN, Bewonersverzoeken.plaatsing(huishouden, locatie, vandaag.minusDays(7).toString()));

        page.setViewportSize(1366, 768);
        login("utrecht");
        page.navigate(url("/opvanglocaties/" + locatie));
        assertThat(page.title()).startsWith("Locatie " + naam);
        assertThat(page.locator("main").textContent()).contains("Utrecht (GM0344)");
        assertThat(page.locator("#bezetting").textContent()).contains("10", "2", "8");
        zonderAxeOvertredingen();

        link("Gegevens wijzigen").click();
        page.waitForURL("**/wijzigen");
        zonderAxeOvertredingen();
        veld("Naam").fill("");
        veld("Postcode").fill("35211");
        knop("Wijziging opslaan").click();
        page.locator("#foutoverzicht").waitFor();
        assertThat(fout("naam").textContent()).isNotBlank();
        assertThat(fout("adres.postcode").textContent()).contains("postcode");
        assertThat(veld("Postcode").inputValue()).isEqualTo("35211");
        zonderAxeOvertredingen();

        veld("Naam").fill(naam);
        veld("Straat (niet verplicht)").fill("Jaarbeursplein");
        veld("Huisnummer").fill("6");
        veld("Postcode").fill("3521 AL");
        veld("Exploitant").fill("Jaarbeurs Utrecht B.V.");
        aanvinken(veld("Catering"));
        knop("Wijziging opslaan").click();
        page.waitForURL("**/opvanglocaties/" + locatie);
        assertThat(page.locator("[role=status]").textContent()).contains("gewijzigd");
        assertThat(page.locator("main").textContent()).contains("Jaarbeursplein 6, 3521 AL Utrecht");
        var historie = page.locator("#wijzigingen").textContent();
        assertThat(historie).contains("utrecht", "Straat", "Jaarbeursplein", "Testexploitant", "Jaarbeurs Utrecht B.V.", "Catering");
        zonderAxeOvertredingen();

        link("Bezetting en bewoners").click();
        page.waitForURL("**/bezetting");
        assertThat(page.title()).startsWith("Bezetting van " + naam);
        assertThat(page.locator("#vrije-bedden").textContent().strip()).isEqualTo("8");
        assertThat(page.locator("#bewoners tbody tr").allTextContents()).hasSize(2)
                .anyMatch(r -> r.contains(achternaam + ", Oksana")).anyMatch(r -> r.contains(achternaam + ", Dmytro"));
        // Who sleeps in which bed: number and kind of bed per resident.
        assertThat(page.locator("#bewoners thead").textContent()).contains("Bed", "Soort bed");
        assertThat(page.locator("#bewoners tbody tr").allTextContents()).allMatch(r -> r.matches("(?s).*[12]\\s*lang verblijf.*"));
        assertThat(page.locator("#export-csv").count()).isEqualTo(1);
        assertThat(gebrokenGetallen()).isEmpty();
        zonderAxeOvertredingen();

        veld("Datum").fill(vandaag.minusDays(10).toString());
        knop("Tonen").click();
        page.waitForURL("**/bezetting?datum=*");
        assertThat(page.locator("#vrije-bedden").textContent().strip()).isEqualTo("10");
        assertThat(page.locator("#bewoners").count()).isZero();
        assertThat(page.locator("main").textContent()).contains("slaapt er niemand");
        zonderAxeOvertredingen();
    }

    @Test
    void de_regio_ziet_op_het_beddenbord_aantallen_en_geen_namen() {
        var vandaag = LocalDate.now(clock);
        var locatie = api(Locatieverzoeken.PAD, Locatieverzoeken.locatie("Browsertest Regio " + System.nanoTime(), "2024-01-01", 4));
        var achternaam = Bewonersverzoeken.uniekeAchternaam("Shevchenko");
        var huishouden = api(Bewonersverzoeken.HUISHOUDENS,
                Bewonersverzoeken.huishouden(Bewonersverzoeken.lid("Anna", achternaam, "1975-05-06")));
        api(Bewonersverzoeken.PLAATSINGEN, Bewonersverzoeken.plaatsing(huishouden, locatie, vandaag.minusDays(3).toString()));

        page.setViewportSize(1366, 768);
        login("regio-utrecht");
        page.navigate(url("/opvanglocaties/" + locatie + "/bezetting"));
        assertThat(page.locator("#vrije-bedden").textContent().strip()).isEqualTo("3");
        assertThat(page.locator("main").textContent()).doesNotContain(achternaam);
        assertThat(page.locator("#alleen-aantallen").count()).isEqualTo(1);
        assertThat(page.locator("#export-csv").count()).isZero();
        zonderAxeOvertredingen();
    }
}
