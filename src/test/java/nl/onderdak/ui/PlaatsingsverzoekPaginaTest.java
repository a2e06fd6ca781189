// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A placement request travels from gemeente Utrecht to its safety region, on to the LCVS, which
 * proposes a place in Amersfoort; Amersfoort accepts and the household is placed. Each user in
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

    private static Locator knop(Page page, String naam) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(naam).setExact(true));
    }

    private static void zonderAxeOvertredingen(Page page) {
        assertThat(Browser.axeOvertredingen(page)).as("axe-overtredingen op " + page.url()).isEmpty();
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
        knop(regio, "Geen plek in de regio: door naar het LCVS").click();
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

        var ontvanger = sessie("amersfoort");
        ontvanger.navigate(adres);
        zonderAxeOvertredingen(ontvanger);
        knop(ontvanger, "Accepteren en inchecken").click();
        wachtOpStatus(ontvanger, "Geplaatst");
        assertThat(ontvanger.locator("main").textContent()).contains("uur");
        zonderAxeOvertredingen(ontvanger);
        ontvanger.context().close();
    }
}
