// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Intake, check-in and check-out in a real Chromium, with axe on every page. */
class BewonersPaginaTest extends BrowserTest {

    @Test
    void intakeMetFoutenDanTweeLedenDanInchecketEnUitchecken() {
        login("utrecht");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bewoners").setExact(true)).click();
        page.waitForURL("**/huishoudens");
        zonderAxeOvertredingen();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Huishouden registreren").setExact(true)).click();
        page.waitForURL("**/huishoudens/nieuw");
        zonderAxeOvertredingen();

        id("leden[0].voornaam").fill("Oksana");
        id("leden[0].bsn").fill("123456789");
        knop("Huishouden registreren").click();
        page.locator("#foutoverzicht").waitFor();
        assertThat(id("leden[0].achternaam-fout").textContent()).isNotBlank();
        assertThat(id("leden[0].geboortedatum-fout").textContent()).isNotBlank();
        assertThat(id("leden[0].bsn-fout").textContent()).contains("elfproef");
        assertThat(page.locator("#foutoverzicht").textContent()).doesNotContain("123456789");
        zonderAxeOvertredingen();

        id("leden[0].bsn").fill("");
        id("leden[0].achternaam").fill("Browsertest" + System.nanoTime() % 100000);
        id("leden[0].voornaamOrigineel").fill("Оксана");
        id("leden[0].geboortedatum").fill("1988-04-12");
        id("leden[0].nationaliteitCategorie").selectOption("oekraiens");
        knop("Lid toevoegen").click();
        id("leden[1].voornaam").waitFor();
        assertThat(id("leden[0].voornaam").inputValue()).isEqualTo("Oksana");
        id("leden[1].voornaam").fill("Daryna");
        id("leden[1].achternaam").fill("Kind");
        id("leden[1].geboortedatum").fill(LocalDate.now().minusYears(6).toString());
        id("leden[1].nationaliteitCategorie").selectOption("oekraiens");
        zonderAxeOvertredingen();
        knop("Huishouden registreren").click();

        page.waitForURL("**/huishoudens/*-*");
        assertThat(page.locator("[role=status]").textContent()).contains("geregistreerd");
        assertThat(page.locator("#leden tbody tr").count()).isEqualTo(2);
        zonderAxeOvertredingen();

        id("vanaf").fill(LocalDate.now().minusDays(3).toString());
        // No location is chosen beforehand (issue 13): the first one with free beds.
        id("opvanglocatie").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        knop("Inchecken").click();
        page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("ingecheckt")).waitFor();
        assertThat(page.locator("main").textContent()).contains("bed(den)");
        zonderAxeOvertredingen();

        id("uit-reden").selectOption("eigen_woning");
        // Checking out cannot be undone: the confirmation dialog acts.
        knop("Uitchecken").click();
        page.locator("dialog[open]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitchecken").setExact(true)).click();
        page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("beëindigd")).waitFor();
        assertThat(page.locator("main").textContent()).contains("Eigen woning");
        zonderAxeOvertredingen();
    }

    @Test
    void termijnenToontBeschermingDieEindigtMetVertrekdatum28DagenLater() {
        login("utrecht");
        page.navigate(url("/huishoudens/nieuw"));
        var einde = LocalDate.now().plusDays(10);
        id("leden[0].voornaam").fill("Ravi");
        id("leden[0].achternaam").fill("Termijntest" + System.nanoTime() % 100000);
        id("leden[0].geboortedatum").fill("1995-02-03");
        id("leden[0].nationaliteitCategorie").selectOption("derdelander");
        id("leden[0].beschermingTot").fill(einde.toString());
        knop("Huishouden registreren").click();
        page.waitForURL("**/huishoudens/*-*");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Termijnen").setExact(true)).click();
        page.waitForURL("**/termijnen");
        var formaat = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy");
        assertThat(page.locator("main").textContent()).contains(einde.format(formaat), einde.plusDays(28).format(formaat));
        zonderAxeOvertredingen();
    }

    @Test
    void zoekenOpCyrillischeNaamVindtDeBewonerEnToontGeenBsnInHetAdres() {
        login("utrecht");
        page.navigate(url("/bewoners/zoeken"));
        zonderAxeOvertredingen();
        veld("Naam").fill("Олена Demo1");
        veld("Geboortedatum").fill("2000-01-01");
        knop("Zoeken").click();
        page.locator("[role=status]").waitFor();
        assertThat(page.url()).endsWith("/bewoners/zoeken");
        zonderAxeOvertredingen();
        veld("BSN").fill("12345678");
        knop("Zoeken").click();
        id("bsn-fout").waitFor();
        assertThat(page.url()).doesNotContain("12345678");
        zonderAxeOvertredingen();
    }

    @Test
    void regiocoordinatorHeeftGeenBewonerslijstEnGeenMenuItem() {
        login("regio-utrecht");
        var antwoord = page.navigate(url("/huishoudens"));
        assertThat(antwoord.status()).isEqualTo(403);
        assertThat(page.locator("nav").textContent()).doesNotContain("Bewoners");
    }
}
