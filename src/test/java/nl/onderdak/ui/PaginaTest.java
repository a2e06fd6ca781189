// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page in a real Chromium: it renders, axe finds no WCAG 2.1 A/AA violation, and the main
 * tasks work with the keyboard and the mouse.
 */
class PaginaTest extends BrowserTest {

    /**
     * The states of open pages that RondgangTest's walk does not reach: filtered and older-year lists, an
     * invalid total, the login page and its error, a gemeente that does not exist, English. The menu pages
     * themselves and the first detail page of each list are checked there as a visitor (axe at 1366 and
     * 320 px), so they are not walked twice.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/gemeenten?veiligheidsregio=VR09&sorteer=-inwoners", "/gemeenten?indeling=2022-01-01&peiljaar=2022",
        "/verdeelsleutel?totaal=49999&peiljaar=1999", "/inloggen", "/inloggen?fout", "/gemeenten/GM9999", "/?lang=en"})
    void openPaginaHeeftGeenToegankelijkheidsfouten(String pad) {
        page.navigate(url(pad));
        assertThat(page.locator("h1").count()).isEqualTo(1);
        zonderAxeOvertredingen();
    }

    @Test
    void verdeelsleutelToontOpgavePerRegioKaartEnTotaal() {
        page.navigate(url("/verdeelsleutel?totaal=75000&peiljaar=2022"));
        assertThat(page.locator("table tbody tr").count()).isEqualTo(25);
        assertThat(page.locator("svg[role=img] path").count()).isEqualTo(25);
        assertThat(page.locator("table tfoot").textContent()).contains("75.000");
    }

    @Test
    void verdeelsleutelToontFoutBijHetVeld() {
        page.navigate(url("/verdeelsleutel?totaal=12&peiljaar=2022"));
        assertThat(page.locator("#totaal-fout").textContent()).contains("minstens 50000");
        assertThat(page.locator("#totaal").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#foutoverzicht a[href='#totaal']").count()).isEqualTo(1);
    }

    @Test
    void skiplinkEnMenuWerkenMetToetsenbord() {
        page.navigate(url("/"));
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent.trim()")).isEqualTo("Naar de inhoud");
        page.keyboard().press("Enter");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("inhoud");

        page.navigate(url("/"));
        // Tab to the menu item "Gemeenten" and follow it with Enter.
        for (int i = 0; i < 15; i++) {
            page.keyboard().press("Tab");
            if ("Gemeenten".equals(page.evaluate("document.activeElement.textContent.trim()"))
                    && page.evaluate("document.activeElement.closest('nav') !== null").equals(true)) {
                break;
            }
        }
        assertThat(page.evaluate("document.activeElement.textContent.trim()")).isEqualTo("Gemeenten");
        page.keyboard().press("Enter");
        page.waitForURL(url("/gemeenten"));
        assertThat(page.locator("nav a[aria-current=page]").textContent()).isEqualTo("Gemeenten");
        var focusZichtbaar = page.evaluate("() => { const a = document.querySelector('nav a'); a.focus();"
                + " return getComputedStyle(a).outlineStyle; }");
        assertThat(focusZichtbaar).isNotEqualTo("none");
    }

    @Test
    void gemeentenFilterenEnSorterenMetFormulier() {
        page.navigate(url("/gemeenten"));
        veld("Veiligheidsregio").selectOption("VR09");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Toepassen")).click();
        page.waitForURL(Pattern.compile(".*veiligheidsregio=VR09.*"));
        assertThat(page.locator("table tbody tr").count()).isEqualTo(26);
        page.locator("thead a", new Page.LocatorOptions().setHasText("Inwoners")).click();
        page.waitForURL(Pattern.compile(".*sorteer=inwoners.*"));
        page.locator("thead a", new Page.LocatorOptions().setHasText("Inwoners")).click();
        page.waitForURL(Pattern.compile(".*sorteer=-inwoners.*"));
        assertThat(page.locator("table tbody tr").first().locator("td").first().textContent()).isEqualTo("Utrecht");
        zonderAxeOvertredingen();
    }

    @Test
    void taalwisselNaarEngelsEnTerug() {
        page.navigate(url("/gemeenten"));
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Municipalities");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Nederlands")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Gemeenten");
    }

    @Test
    void opgavebesluitVastleggenMetFoutenEnDaarnaGoed() {
        login("jenv");
        page.navigate(url("/opgavebesluiten"));
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Nieuw opgavebesluit vastleggen")).click();
        zonderAxeOvertredingen();
        veld("Halfjaar").fill("2040-H3");
        veld("Landelijk totaal (On)").fill("abc");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Besluit vastleggen")).click();
        assertThat(page.locator("#halfjaar-fout").isVisible()).isTrue();
        assertThat(page.locator("#landelijkTotaal-fout").isVisible()).isTrue();
        assertThat(page.locator("#aankondigingsdatum-fout").isVisible()).isTrue();
        zonderAxeOvertredingen();

        veld("Halfjaar").fill("2040-H1");
        veld("Landelijk totaal (On)").fill("90000");
        veld("Peiljaar (1 januari)").selectOption("2024");
        veld("Datum van aankondiging").fill("2026-01-15");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Besluit vastleggen")).click();
        page.waitForLoadState();
        assertThat(page.url()).as(() -> page.locator("main").innerText()).matches(".*/opgavebesluiten/[0-9a-f-]{36}");
        assertThat(page.locator("[role=status]").textContent()).contains("vastgelegd");
        assertThat(page.locator("table tbody tr").count()).isEqualTo(25);
        zonderAxeOvertredingen();
    }

    @Test
    void beheerderZietAlleFoutenVanEenOngeldigCbsBestand() {
        login("beheer");
        page.navigate(url("/beheer/cbs"));
        zonderAxeOvertredingen();
        veld("Datum waarop de indeling ingaat").fill("2041-01-01");
        veld("Bron").fill("Test");
        veld("CSV-bestand").setInputFiles(new com.microsoft.playwright.options.FilePayload("cbs.csv", "text/csv",
                ("gm_code,gm_naam,vr_code,vr_naam,pv_code,pv_naam,inwoners_2025_01_01,opp_land_ha\n"
                        + "GM0344,Utrecht,VR09,Utrecht,PV26,Utrecht,-5,9000\n"
                        + "GM0344,Utrecht,VR99,X,PV26,Utrecht,100,\n").getBytes()));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Bestand laden")).click();
        var fouten = page.locator("#foutoverzicht tbody tr");
        assertThat(fouten.count()).isEqualTo(4);
        assertThat(page.locator("#foutoverzicht").textContent()).contains("negatief", "regel 2", "VR99", "ontbreekt");
        zonderAxeOvertredingen();
    }

    @Test
    void gemeenteMedewerkerZietGeenBeheerMenuEnKrijgtGeenToegang() {
        login("utrecht");
        assertThat(page.locator("nav").textContent()).doesNotContain("CBS-bestand laden");
        var antwoord = page.navigate(url("/beheer/cbs"));
        assertThat(antwoord.status()).isEqualTo(403);
        zonderAxeOvertredingen();
    }
}
