// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import nl.onderdak.locaties.Locatieverzoeken;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A placement request travels from gemeente Utrecht to its safety region, on to the LCVS, which
 * proposes a place in Amersfoort; Amersfoort accepts at another of its own locations and the household
 * is placed; the LCVS is told on its start page until it opens the request. Each user in
 * their own browser session; axe on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaatsingsverzoekPaginaTest {

    @LocalServerPort
    int poort;

    private Page sessie(String gebruiker) {
        BrowserContext context = Browser.chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("nl-NL"));
        var page = context.newPage();
        page.navigate("http://localhost:" + poort + "/inloggen");
        page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true)).fill(gebruiker);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("onderdak-demo");
        knop(page, "Inloggen").click();
        page.waitForURL("http://localhost:" + poort + "/");
        return page;
    }

    /** A location of Amersfoort with free beds, registered through the API (HTTP Basic); its id. */
    private String locatieVanAmersfoort(String naam) {
        var token = java.util.Base64.getEncoder().encodeToString("amersfoort:onderdak-demo".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var verzoek = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + poort + Locatieverzoeken.PAD))
                .header("Authorization", "Basic " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Locatieverzoeken.locatie(naam, "2024-01-01", 10))).build();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var antwoord = http.send(verzoek, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
            return tools.jackson.databind.json.JsonMapper.builder().build().readTree(antwoord.body()).get("id").asString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Locator knop(Page page, String naam) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true));
    }

    private static void zonderAxeOvertredingen(Page page) {
        assertThat(Browser.axeOvertredingen(page)).as("axe-overtredingen op " + page.url()).isEmpty();
    }

    /** An irreversible action: the button opens the confirmation dialog (axe runs on it), whose button of the same name acts. */
    private static void bevestig(Page page, String naam) {
        knop(page, naam).click();
        var dialoog = page.locator("dialog[open]");
        dialoog.waitFor();
        assertThat(dialoog.textContent()).contains("Weet u het zeker?");
        zonderAxeOvertredingen(page);
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(naam).setExact(true)).click();
    }

    private static void wachtOpStatus(Page page, String tekst) {
        page.locator("#verzoekstatus").filter(new Locator.FilterOptions().setHasText(tekst)).waitFor();
    }

    @Test
    void verzoekGaatVanGemeenteViaRegioNaarLcvsEnWordtInAmersfoortGeplaatst() {
        var utrecht = sessie("utrecht");
        utrecht.navigate("http://localhost:" + poort + "/huishoudens/nieuw");
        utrecht.locator("[id='leden[0].voornaam']").fill("Halyna");
        utrecht.locator("[id='leden[0].achternaam']").fill("Verzoektest" + System.nanoTime() % 100000);
        utrecht.locator("[id='leden[0].geboortedatum']").fill("1979-09-30");
        utrecht.locator("[id='leden[0].nationaliteitCategorie']").selectOption("oekraiens");
        knop(utrecht, "Huishouden registreren").click();
        utrecht.waitForURL("**/huishoudens/*-*");
        utrecht.locator("#verwachteAankomst").fill(LocalDate.now().plusDays(1).toString());
        knop(utrecht, "Plaatsingsverzoek indienen").click();
        utrecht.waitForURL("**/plaatsingsverzoeken/*-*");
        wachtOpStatus(utrecht, "Bij de veiligheidsregio");
        zonderAxeOvertredingen(utrecht);
        var adres = utrecht.url();
        utrecht.context().close();

        var regio = sessie("regio-utrecht");
        regio.navigate(adres);
        assertThat(regio.locator("#suggesties-lang tbody tr").count()).isPositive();
        assertThat(regio.locator("#suggesties-kort").count()).as("kort verblijf alleen voor het LCVS").isZero();
        assertThat(regio.locator("main").textContent()).doesNotContain("Halyna");
        zonderAxeOvertredingen(regio);
        bevestig(regio, "Geen plek in de regio: door naar het LCVS");
        wachtOpStatus(regio, "Bij het LCVS");
        regio.context().close();

        var lcvs = sessie("lcvs");
        lcvs.navigate("http://localhost:" + poort + "/plaatsingsverzoeken");
        zonderAxeOvertredingen(lcvs);
        lcvs.navigate(adres);
        zonderAxeOvertredingen(lcvs);
        assertThat(lcvs.locator("#suggesties-kort tbody tr").count()).as("het LCVS ziet ook kort verblijf").isPositive();
        assertThat(lcvs.locator("#suggesties-lang tbody").textContent()).contains("km");
        var amersfoort = lcvs.locator("#suggesties-lang tbody tr").filter(new Locator.FilterOptions().setHasText("GM0307")).first();
        amersfoort.getByRole(AriaRole.BUTTON).click();
        wachtOpStatus(lcvs, "Plek voorgesteld");
        lcvs.context().close();

        // Amersfoort takes the household in at another of its own locations than the one the LCVS proposed.
        var gekozen = "Browsertest Andere Locatie " + System.nanoTime();
        var andereLocatie = locatieVanAmersfoort(gekozen);
        var ontvanger = sessie("amersfoort");
        ontvanger.navigate(adres);
        zonderAxeOvertredingen(ontvanger);
        var voorgesteld = ontvanger.locator("#plek-naam").textContent().strip();
        ontvanger.locator("#andere-locatie").selectOption(andereLocatie);
        bevestig(ontvanger, "Accepteren en inchecken");
        wachtOpStatus(ontvanger, "Geplaatst");
        assertThat(ontvanger.locator("main").textContent()).contains("uur");
        zonderAxeOvertredingen(ontvanger);
        ontvanger.context().close();

        // The LCVS proposed: its start page says so until it opens the request, whose history shows both locations.
        var voorsteller = sessie("lcvs");
        var pad = adres.substring(adres.indexOf("/plaatsingsverzoeken/"));
        var melding = voorsteller.locator("li.od-werkitem").filter(new Locator.FilterOptions().setHas(voorsteller.locator("a[href='" + pad + "']")));
        assertThat(melding.textContent()).contains("Geaccepteerd op een andere locatie dan voorgesteld: " + gekozen);
        zonderAxeOvertredingen(voorsteller);
        melding.locator("a").click();
        voorsteller.waitForURL("**" + pad);
        assertThat(voorsteller.locator("#geschiedenis").textContent())
                .contains("Andere eigen locatie gekozen", gekozen + " (voorgesteld was " + voorgesteld + ")");
        zonderAxeOvertredingen(voorsteller);
        voorsteller.navigate("http://localhost:" + poort + "/");
        assertThat(voorsteller.locator("a[href='" + pad + "']").count()).as("opened: no longer waiting").isZero();
        voorsteller.context().close();

        // The sending gemeente sees where the household went: location, address and gemeente by name.
        var terug = sessie("utrecht");
        terug.navigate(adres);
        wachtOpStatus(terug, "Geplaatst");
        assertThat(terug.locator("#plek-gemeente").textContent()).isEqualTo("Amersfoort (GM0307)");
        assertThat(terug.locator("#plek-naam").textContent()).isNotBlank();
        assertThat(terug.locator("#plek-adres").textContent()).isNotBlank();
        assertThat(terug.title()).startsWith("Plaatsingsverzoek van Utrecht, ingediend ");
        zonderAxeOvertredingen(terug);
        terug.context().close();
    }

    /** Utrecht registers a household and asks for a place with an explanation; the region passes it to the LCVS. */
    private String verzoekBijLcvs(String toelichting) {
        var utrecht = sessie("utrecht");
        utrecht.navigate("http://localhost:" + poort + "/huishoudens/nieuw");
        utrecht.locator("[id='leden[0].voornaam']").fill("Mariia");
        utrecht.locator("[id='leden[0].achternaam']").fill("Afwijstest" + System.nanoTime() % 100000);
        // A birth date of its own per run: the intake warns before saving a likely duplicate of an earlier run's Mariia.
        utrecht.locator("[id='leden[0].geboortedatum']").fill(LocalDate.of(1960, 1, 1).plusDays(System.nanoTime() % 15_000).toString());
        utrecht.locator("[id='leden[0].nationaliteitCategorie']").selectOption("oekraiens");
        knop(utrecht, "Huishouden registreren").click();
        utrecht.waitForLoadState();
        if (utrecht.locator("#dubbelwaarschuwing").count() > 0) {
            BrowserTest.aanvinken(utrecht.locator("#dubbelBevestigd"));
            knop(utrecht, "Huishouden registreren").click();
        }
        utrecht.waitForURL("**/huishoudens/*-*");
        utrecht.locator("#verwachteAankomst").fill(LocalDate.now().plusDays(1).toString());
        utrecht.locator("#toelichting").fill(toelichting);
        knop(utrecht, "Plaatsingsverzoek indienen").click();
        utrecht.waitForURL("**/plaatsingsverzoeken/*-*");
        var adres = utrecht.url();
        utrecht.context().close();
        var regio = sessie("regio-utrecht");
        regio.navigate(adres);
        assertThat(regio.locator("#toelichting").textContent()).isEqualTo(toelichting);
        bevestig(regio, "Geen plek in de regio: door naar het LCVS");
        wachtOpStatus(regio, "Bij het LCVS");
        regio.context().close();
        return adres;
    }

    private void lcvsSteltAmersfoortVoor(String adres, String toelichting) {
        var lcvs = sessie("lcvs");
        lcvs.navigate(adres);
        assertThat(lcvs.locator("#toelichting").textContent()).isEqualTo(toelichting);
        lcvs.locator("#suggesties-lang tbody tr").filter(new Locator.FilterOptions().setHasText("GM0307")).first()
                .getByRole(AriaRole.BUTTON).click();
        wachtOpStatus(lcvs, "Plek voorgesteld");
        lcvs.context().close();
    }

    @Test
    void afgewezenPlekGaatMetRedenTerugNaarHetLcvsDatOpnieuwVoorstelt() {
        var toelichting = "Vader heeft dialyse nodig, graag dicht bij ziekenhuis";
        var adres = verzoekBijLcvs(toelichting);
        lcvsSteltAmersfoortVoor(adres, toelichting);

        var ontvanger = sessie("amersfoort");
        ontvanger.navigate(adres);
        // Before it accepts, the receiving gemeente sees the request's explanation and the place, not the family.
        assertThat(ontvanger.locator("#toelichting").textContent()).isEqualTo(toelichting);
        assertThat(ontvanger.locator("#plek-gemeente").textContent()).isEqualTo("Amersfoort (GM0307)");
        assertThat(ontvanger.locator("#plek-vrij").textContent()).matches("[0-9.]+ op .*");
        assertThat(ontvanger.locator("main").textContent()).doesNotContain("Mariia").doesNotContain("Afwijstest");
        zonderAxeOvertredingen(ontvanger);
        // Declining without a reason: nothing happens, the message stands next to the field.
        bevestig(ontvanger, "Plek afwijzen");
        ontvanger.locator("#reden-fout").waitFor();
        wachtOpStatus(ontvanger, "Plek voorgesteld");
        zonderAxeOvertredingen(ontvanger);
        ontvanger.locator("#reden").fill("Geen plek vrij bij het ziekenhuis");
        bevestig(ontvanger, "Plek afwijzen");
        ontvanger.waitForURL("**/plaatsingsverzoeken");
        assertThat(ontvanger.locator("[role=status]").textContent()).contains("afgewezen");
        zonderAxeOvertredingen(ontvanger);
        ontvanger.context().close();

        var lcvs = sessie("lcvs");
        lcvs.navigate(adres);
        wachtOpStatus(lcvs, "Plek afgewezen");
        assertThat(lcvs.locator("#afwijzingsreden").textContent()).contains("Geen plek vrij bij het ziekenhuis");
        assertThat(lcvs.locator("#geschiedenis").textContent()).contains("Plek afgewezen", "Geen plek vrij bij het ziekenhuis");
        zonderAxeOvertredingen(lcvs);
        lcvs.context().close();
        lcvsSteltAmersfoortVoor(adres, toelichting);

        var weer = sessie("amersfoort");
        weer.navigate(adres);
        wachtOpStatus(weer, "Plek voorgesteld");
        zonderAxeOvertredingen(weer);
        weer.context().close();
    }

    @Test
    void ingetrokkenVerzoekVerdwijntBijDeOntvangendeGemeente() {
        var toelichting = "Moeder slechtziend";
        var adres = verzoekBijLcvs(toelichting);
        lcvsSteltAmersfoortVoor(adres, toelichting);

        var utrecht = sessie("utrecht");
        utrecht.navigate(adres);
        // Cancelling the dialog changes nothing.
        knop(utrecht, "Verzoek intrekken").click();
        utrecht.locator("dialog[open]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuleren")).click();
        wachtOpStatus(utrecht, "Plek voorgesteld");
        bevestig(utrecht, "Verzoek intrekken");
        wachtOpStatus(utrecht, "Ingetrokken");
        assertThat(utrecht.locator("#geschiedenis").textContent()).contains("Ingetrokken");
        zonderAxeOvertredingen(utrecht);
        utrecht.context().close();

        var ontvanger = sessie("amersfoort");
        assertThat(ontvanger.navigate(adres).status()).isEqualTo(404);
        ontvanger.navigate("http://localhost:" + poort + "/plaatsingsverzoeken");
        assertThat(ontvanger.locator("main a[href='" + adres.substring(adres.indexOf("/plaatsingsverzoeken/")) + "']").count()).isZero();
        ontvanger.context().close();
    }
}
