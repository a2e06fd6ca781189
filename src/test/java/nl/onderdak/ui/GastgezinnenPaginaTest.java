// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.onderdak.bewoners.Bewonersverzoeken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The private reception route in the browser: a host registers through the public form (the code from
 * the e-mail confirms it), the matching organisation screens it and confirms the proposed match for a
 * household of Utrecht, and Utrecht ends the stay back to municipal reception. Axe on every page.
 */
class GastgezinnenPaginaTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private void bevestig(Locator binnen, String knop) {
        binnen.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(knop).setExact(true)).first().click();
        page.locator("dialog[open]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(knop).setExact(true)).click();
    }

    private String huishoudenMetVerzoek() {
        return huishouden(true);
    }

    private String huishouden(boolean metVerzoek) {
        var token = java.util.Base64.getEncoder().encodeToString("utrecht:onderdak-demo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var h = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/huishoudens")))
                    .header("Authorization", "Basic " + token).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                            {"leden":[{"voornaam":"Iryna","achternaam":"Paginagast%d","geboortedatum":"1979-06-01",
                              "nationaliteitCategorie":"oekraiens","bsn":"%s","taal":"uk","toegankelijkheid":true}]}"""
                            .formatted(System.nanoTime(), Bewonersverzoeken.nieuwBsn()))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(h.statusCode()).as(h.body()).isEqualTo(201);
            var id = tools.jackson.databind.json.JsonMapper.builder().build().readTree(h.body()).get("id").asString();
            if (!metVerzoek) {
                return id;
            }
            var v = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/huishoudens/" + id + "/gastgezinverzoeken")))
                    .header("Authorization", "Basic " + token).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"huisdieren\":true,\"toelichting\":\"Met een kat\"}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(v.statusCode()).as(v.body()).isEqualTo(201);
            return id;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void een_gastgezin_meldt_zich_aan_wordt_gescreend_gekoppeld_en_het_verblijf_eindigt() {
        var vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        var naam = "Familie Bakker " + System.nanoTime();

        // The public form, without login: a wrong form names its fields, a right one asks for the code.
        page.navigate(url("/aanmelden-gastgezin"));
        zonderAxeOvertredingen();
        knop("Aanmelding versturen").click();
        assertThat(fout("naam").textContent()).contains("naam");
        assertThat(fout("adres.postcode").textContent()).contains("postcode");
        zonderAxeOvertredingen();
        veld("Naam").fill(naam);
        veld("E-mailadres").fill("bakker@voorbeeld.nl");
        veld("Telefoonnummer").fill("030 765 43 21");
        veld("Straat").fill("Lange Nieuwstraat");
        veld("Huisnummer").fill("7");
        veld("Postcode").fill("3512 PA");
        veld("Woonplaats").fill("Utrecht");
        veld("Gemeente").fill("GM0344");
        veld("Aantal personen dat u kunt opnemen").fill("3");
        veld("Aantal kamers voor gasten").fill("1");
        veld("Beschikbaar vanaf").fill("1-1-2026");
        veld("Talen die u spreekt").fill("nl, en, uk");
        aanvinken(veld("Huisdieren van gasten zijn welkom"));
        aanvinken(veld("Mijn woning is toegankelijk voor een rolstoel"));
        knop("Aanmelding versturen").click();
        page.waitForURL(u -> u.matches(".*/aanmelden-gastgezin/[0-9a-f-]{36}"));
        var aanmelding = page.url().substring(page.url().lastIndexOf('/') + 1);
        var code = jdbc.sql("select code from gastgezinnen.aanmelding where id = cast(? as uuid)").param(aanmelding).query(String.class).single();
        veld("Code uit de e-mail").fill("000000".equals(code) ? "111111" : "000000");
        knop("Aanmelding bevestigen").click();
        assertThat(fout("code").textContent()).contains("code");
        veld("Code uit de e-mail").fill(code);
        knop("Aanmelding bevestigen").click();
        assertThat(id("bevestigd").textContent()).contains("Dank u wel");
        zonderAxeOvertredingen();

        // The matching organisation screens the host in three steps, each confirmed.
        login("matcher");
        page.navigate(url("/gastgezinnen?status=aangemeld"));
        zonderAxeOvertredingen();
        link(naam).click();
        var stappen = new String[] {"Intake", "VOG", "Huisbezoek"};
        for (int i = 0; i < stappen.length; i++) {
            var stap = stappen[i];
            veld("Stap").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(stap));
            veld("Uitkomst").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Akkoord"));
            veld("Datum").fill(vandaag.getDayOfMonth() + "-" + vandaag.getMonthValue() + "-" + vandaag.getYear());
            bevestig(page.locator("form.od-formulier"), "Stap vastleggen");
            page.waitForSelector("#screening tbody tr:nth-child(" + (i + 1) + ")");
        }
        assertThat(id("status").textContent()).isEqualTo("Goedgekeurd");
        zonderAxeOvertredingen();

        // The list searches by name (and place or gemeente), with the total count.
        page.navigate(url("/gastgezinnen?zoek=" + naam.substring(naam.lastIndexOf(' ') + 1)));
        assertThat(page.locator("#gastgezinnen tbody tr").count()).isEqualTo(1);
        assertThat(id("aantal").textContent()).startsWith("1 gevonden");

        // The matching organisation records an offer that came in by phone: errors next to the fields, then the
        // host withdraws (confirmed) and is no longer matchable.
        link("Gastgezin vastleggen").click();
        zonderAxeOvertredingen();
        knop("Gastgezin vastleggen").click();
        assertThat(fout("naam").textContent()).contains("naam");
        assertThat(fout("gemeente").textContent()).contains("gemeente");
        var telefonisch = "Familie Telefoon " + System.nanoTime();
        veld("Naam").fill(telefonisch);
        veld("E-mailadres").fill("telefoon@voorbeeld.nl");
        veld("Telefoonnummer").fill("030 111 11 11");
        veld("Straat").fill("Neude");
        veld("Huisnummer").fill("2");
        veld("Postcode").fill("3512 AD");
        veld("Woonplaats").fill("Utrecht");
        veld("Gemeente").fill("GM0344");
        veld("Aantal personen dat u kunt opnemen").fill("2");
        veld("Aantal kamers voor gasten").fill("1");
        veld("Beschikbaar vanaf").fill("1-1-2026");
        knop("Gastgezin vastleggen").click();
        page.waitForURL(u -> u.matches(".*/gastgezinnen/[0-9a-f-]{36}"));
        assertThat(id("status").textContent()).isEqualTo("Aangemeld");
        veld("Reden van intrekken").fill("Woning verkocht");
        bevestig(page.locator("#terugtrekken"), "Aanbod intrekken");
        page.locator("[role=status]").waitFor();
        assertThat(id("status").textContent()).isEqualTo("Teruggetrokken");
        assertThat(id("terugtrekreden").textContent()).isEqualTo("Woning verkocht");
        assertThat(page.locator("#terugtrekken").count()).isZero();
        zonderAxeOvertredingen();
        assertThat(page.navigate(url("/hulp/matcher")).status()).isEqualTo(200);
        assertThat(page.locator("#plekken li").count()).isEqualTo(4);

        // Utrecht asks a host family for a household in a wheelchair with a cat; only this host fits.
        var huishouden = huishoudenMetVerzoek();
        page.navigate(url("/gastgezinnen/voorstellen"));
        zonderAxeOvertredingen();
        var voorstel = page.locator("section.od-kaart").filter(new Locator.FilterOptions().setHasText(naam));
        assertThat(voorstel.textContent()).contains("Toegankelijk voor een rolstoel", "Huisdieren zijn welkom");
        bevestig(voorstel, "Koppeling bevestigen");
        page.waitForURL(u -> u.contains("/gastgezinnen/koppelingen/"));
        assertThat(id("koppelstatus").textContent()).isEqualTo("Lopend");
        var koppeling = page.url().substring(page.url().lastIndexOf('/') + 1);
        zonderAxeOvertredingen();
        assertThat(jdbc.sql("select count(*) from plaatsing.verblijf_bij_gastgezin where huishouden_id = cast(? as uuid)")
                .param(huishouden).query(Integer.class).single()).isEqualTo(1);

        // Utrecht ends the stay: back to municipal reception.
        context.clearCookies();
        login("utrecht");
        page.navigate(url("/gastgezinnen/koppelingen/" + koppeling));
        zonderAxeOvertredingen();
        veld("Vertrekdag").fill(vandaag.plusDays(1).getDayOfMonth() + "-" + vandaag.plusDays(1).getMonthValue() + "-" + vandaag.plusDays(1).getYear());
        veld("Reden").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Terug naar gemeentelijke opvang"));
        bevestig(page.locator("form.od-formulier").last(), "Koppeling beëindigen");
        page.locator("[role=status]").waitFor();
        assertThat(id("koppelstatus").textContent()).isEqualTo("Beëindigd");
        zonderAxeOvertredingen();

        // The household page has the button to ask a host family; the form names a wrong field next to it.
        var zonderVerzoek = huishouden(false);
        page.navigate(url("/huishoudens/" + zonderVerzoek));
        page.locator("#gastgezin-vragen").click();
        page.waitForURL(u -> u.endsWith("/huishoudens/" + zonderVerzoek + "/gastgezinverzoek"));
        zonderAxeOvertredingen();
        veld("Verwachte duur (maanden)").fill("veel");
        knop("Gastgezin vragen").click();
        assertThat(fout("maanden").textContent()).isNotBlank();
        veld("Verwachte duur (maanden)").fill("6");
        knop("Gastgezin vragen").click();
        page.waitForURL(u -> u.contains("/gastgezinnen/verzoeken/"));
        page.navigate(url("/huishoudens/" + zonderVerzoek));
        assertThat(page.locator("#gastgezin").textContent()).contains("Er loopt een verzoek om een gastgezin (Open)");

        // The safety region sees private reception of its gemeenten in numbers, without names.
        context.clearCookies();
        login("regio-utrecht");
        page.navigate(url("/particuliere-opvang"));
        assertThat(page.locator("#delen").textContent()).contains("Utrecht (GM0344)").doesNotContain(naam);
        zonderAxeOvertredingen();
    }
}
