// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One journey through the forecast pages as JenV, with axe on each page: a wrong request answered next to
 * its field, a forecast with chart and tables, the review that leaves a draft target decision (flagged on
 * the start page), and its confirmation through the dialog into the opgave module.
 */
class PrognosePaginaTest extends BrowserTest {

    @Test
    void jenv_maakt_een_prognose_beoordeelt_hem_en_stelt_het_concept_opgavebesluit_vast() {
        login("jenv");
        page.navigate(url("/prognoses"));
        zonderAxeOvertredingen();

        veld("Peildatum").fill("2023-07-31");
        veld("Horizon").fill("30");
        knop("Prognose maken").click();
        assertThat(fout("horizonMaanden").textContent()).contains("1", "24");
        zonderAxeOvertredingen();

        veld("Horizon").fill("6");
        knop("Prognose maken").click();
        page.waitForURL("**/prognoses/*");
        assertThat(page.locator("h1").textContent()).isEqualTo("Prognose met peildatum 31-7-2023");
        assertThat(page.locator("svg[role=img] title").textContent()).isEqualTo("Prognose en werkelijkheid");
        assertThat(page.locator("#maanden tbody tr").count()).isEqualTo(6);
        assertThat(page.locator("#plaatsen tbody tr").count()).isEqualTo(25);
        assertThat(page.locator("#regio-VR09 th").textContent()).isEqualTo("Utrecht (VR09)");
        // The region's band: the national 80 % bounds split by the key, lower <= expected <= upper.
        assertThat(getal("#regio-VR09 .od-ondergrens")).isLessThanOrEqualTo(getal("#regio-VR09 .od-nodig"));
        assertThat(getal("#regio-VR09 .od-nodig")).isLessThanOrEqualTo(getal("#regio-VR09 .od-bovengrens"));
        // Every table sits in a scroll region (od-tabel-schuif) that js/tabellen.js puts in the tab order when it scrolls.
        assertThat(page.locator("main table").count()).isEqualTo(page.locator("main .od-tabel-schuif > table").count());
        var prognoseAdres = page.url();
        zonderAxeOvertredingen();

        // The list: search by the indicator's words and by reference date, sort by horizon, with the total.
        page.navigate(url("/prognoses"));
        veld("Zoeken").fill("31-7-2023");
        page.locator("#sorteer").selectOption("horizon");
        knop("Zoeken").click();
        page.waitForURL("**/prognoses?*");
        assertThat(page.locator("#prognoses-totaal").textContent()).startsWith("Gevonden prognoses: ");
        assertThat(page.locator("#prognoses tbody tr").first().locator("td").first().textContent()).isEqualTo("31-7-2023");
        veld("Zoeken").fill("geen prognose heet zo");
        knop("Zoeken").click();
        assertThat(page.locator("#prognoses-totaal").textContent()).isEqualTo("Gevonden prognoses: 0 (pagina 1 van 1)");
        assertThat(page.locator("#prognoses").count()).isZero();
        zonderAxeOvertredingen();

        page.navigate(url("/prognoses/beoordelingen"));
        veld("Gekozen scenario").fill("325 netto aankomsten per week");
        aanvinken(page.locator("#besluit-opschalen"));
        veld("Halfjaar van het concept-opgavebesluit").fill("2034-H1");
        veld("Nieuw landelijk totaal").fill("130000");
        knop("Beoordeling vastleggen").click();
        page.waitForURL("**/prognoses/beoordelingen");
        assertThat(page.locator("#beoordelingen tbody").textContent()).contains("2034-H1: 130.000 plaatsen (concept)");
        zonderAxeOvertredingen();

        page.navigate(url("/"));
        assertThat(page.locator("main").textContent()).contains("Concept-opgavebesluit voor 2034-H1 (130.000 plaatsen) wacht op vaststellen");

        page.navigate(url("/prognoses/beoordelingen"));
        page.locator("#beoordelingen tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("2034-H1"))
                .getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                        .setName("Vaststellen").setExact(true)).first().click();
        page.locator("dialog[open]").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Vaststellen").setExact(true)).click();
        page.waitForURL("**/opgavebesluiten/*");
        assertThat(page.locator("main").textContent()).contains("130.000");

        // A gemeente has the forecast in its menu and sees its own region only, with its band.
        context.clearCookies();
        login("amersfoort");
        page.locator("nav a[href='/prognoses']").click();
        page.waitForURL("**/prognoses");
        page.navigate(prognoseAdres);
        assertThat(page.locator("#plaatsen tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("#regio-VR09 .od-bovengrens").count()).isEqualTo(1);

        // The national administrator's menu is full: the forecast is reached from the target decisions.
        context.clearCookies();
        login("beheer");
        assertThat(page.locator("nav a[href='/prognoses']").count()).isZero();
        page.navigate(url("/opgavebesluiten"));
        page.locator("#naar-prognoses a").click();
        page.waitForURL("**/prognoses");
        assertThat(page.locator("h1").textContent()).isEqualTo("Prognoses");
    }

    private long getal(String selector) {
        return Long.parseLong(page.locator(selector).textContent().replace(".", "").strip());
    }
}
