// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

/**
 * A mistyped address, a method an address does not take, a refused page: in the browser an error
 * page with the layout in the user's language, never Spring's English JSON; under /api problem+json
 * in Dutch. And the focus lands on the error summary after a failed submit, whose links name their field.
 */
class FoutpaginaTest extends BrowserTest {

    @Test
    void eenVerkeerdGetyptAdresGeeftEenNederlandseFoutpaginaMetDeOpmaak() {
        login("utrecht");
        var antwoord = page.navigate(url("/gemeentn"));
        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(antwoord.headers().get("content-type")).startsWith("text/html");
        assertThat(page.locator("h1").textContent()).isEqualTo("Pagina niet gevonden");
        assertThat(page.locator("main").innerText()).contains("verkeerd getypt").doesNotContain("No static resource", "{");
        assertThat(page.title()).isEqualTo("Pagina niet gevonden · Onderdak");
        assertThat(page.locator("nav.od-nav a").count()).as("het menu staat erop").isPositive();
        zonderAxeOvertredingen();
    }

    @Test
    void inHetEngelsIsDeFoutpaginaEngels() {
        login("utrecht");
        page.navigate(url("/gemeenten?lang=en"));
        var antwoord = page.navigate(url("/gemeentn"));
        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(page.locator("h1").textContent()).isEqualTo("Page not found");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        zonderAxeOvertredingen();
    }

    @Test
    void eenVerkeerdeMethodeInDeBrowserIsEenPaginaEnInDeApiProblemJson() {
        login("utrecht");
        var web = context.request().fetch(url("/gemeenten"), RequestOptions.create().setMethod("DELETE"));
        assertThat(web.status()).isIn(403, 405); // CSRF may refuse a DELETE before the method is looked at
        assertThat(web.headers().get("content-type")).startsWith("text/html");
        assertThat(web.text()).doesNotContain("\"title\"");

        var api = context.request().get(url("/api/v1/bestaat-niet"),
                RequestOptions.create().setHeader("Authorization", "Basic dXRyZWNodDpvbmRlcmRhay1kZW1v"));
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(api.text()).contains("Er is geen bron op dit adres.").doesNotContain("No static resource");
    }

    @Test
    void hetFaviconBestaatZonderInloggen() {
        var ico = context.request().get(url("/favicon.ico"));
        assertThat(ico.status()).isEqualTo(200);
        var svg = context.request().get(url("/img/favicon.svg"));
        assertThat(svg.status()).isEqualTo(200);
        page.navigate(url("/"));
        assertThat(page.locator("head link[rel=icon]").count()).isEqualTo(2);
    }

    @Test
    void naEenMisluktVerzendenStaatDeFocusOpHetFoutoverzichtEnNoemtElkeLinkZijnVeld() {
        page.navigate(url("/verdeelsleutel?totaal=12&peiljaar=2022"));
        page.locator("#foutoverzicht a").first().waitFor();
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("foutoverzicht");
        var link = page.locator("#foutoverzicht a[href='#totaal']");
        var label = page.locator("label[for=totaal]").textContent().strip();
        assertThat(link.textContent()).startsWith(label + ": ");
        link.click();
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("totaal");
        zonderAxeOvertredingen();
    }
}
