// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.onderdak.werkvoorraad.ProefWerkbronnen;
import nl.onderdak.werkvoorraad.Werk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Each role lands on its own start page after login, at 1366 × 768: its work grouped by kind with
 * counts in words, oldest first, one click from where it is done, the menu with counts and only what
 * the role uses, a failing source named without breaking the page, and the help pages in both languages.
 */
@Import(ProefWerkbronnen.class)
@TestPropertySource(properties = {ProefWerkbronnen.MAIL_AAN, ProefWerkbronnen.NOOIT_VANZELF, ProefWerkbronnen.ADRES})
class StartpaginaTest extends BrowserTest {

    @Autowired
    ProefWerkbronnen.ProefWerkbron proef;
    @Autowired
    ProefWerkbronnen.StoringsWerkbron storing;

    @BeforeEach
    void schermEnWerk() {
        page.setViewportSize(1366, 768);
        proef.leeg();
        storing.kapot = false;
    }

    @AfterEach
    void leeg() {
        proef.leeg();
        storing.kapot = false;
    }

    @ParameterizedTest
    @CsvSource({"utrecht, gemeente", "utrecht-financien, financien", "utrecht-jeugd, jeugd", "regio-utrecht, regio",
        "lcvs, lcvs", "kcio, kcio", "noo, noo", "beheer, beheer"})
    void elke_rol_komt_na_inloggen_op_de_eigen_startpagina(String gebruiker, String gids) {
        login(gebruiker);

        assertThat(page.url()).isEqualTo(url("/"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Uw werk vandaag");
        assertThat(page.locator("#werk-samenvatting").textContent()).isNotBlank();
        assertThat(page.locator("main a[href='/hulp/" + gids + "']").count()).isEqualTo(1);
        assertThat(page.locator("nav a[href='/hulp']").count()).isEqualTo(1);
        // A gemeente employee once had 16 items; every role now sees only what it uses. The national administrator
        // has the most (reference data, rates, norm amounts, the processing log's check), hence 13 and not 12.
        assertThat(page.locator("nav li").count()).as("menu van " + gebruiker).isLessThanOrEqualTo(13);
        zonderAxeOvertredingen();
    }

    @Test
    void gemeente_ziet_haar_werk_per_soort_oudste_eerst_met_aantallen_in_tekst_en_in_het_menu() {
        // The demo data and other tests give Utrecht real work too: count it first, then add the test's own.
        login("utrecht");
        long alVoor = getal(page.locator("#werk-samenvatting").textContent());
        long verzoekenVoor = menuAantal("/plaatsingsverzoeken");
        long termijnenVoor = menuAantal("/termijnen");

        var nu = Instant.now();
        proef.zet("GM0344",
                new Werk("termijn", "Verblijfsdocument ophalen (Olena K.)", nu.minus(Duration.ofHours(1)), "/termijnen",
                        LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(3)),
                new Werk("plaatsingsverzoek", "Verzoek: huishouden van 4", nu.minus(Duration.ofDays(2)), "/plaatsingsverzoeken"),
                new Werk("plaatsingsverzoek", "Verzoek: huishouden van 2", nu.minus(Duration.ofDays(1)), "/plaatsingsverzoeken"));
        proef.zet("GM0307", new Werk("plaatsingsverzoek", "Proefwerk van Amersfoort", nu.minus(Duration.ofDays(5)), "/plaatsingsverzoeken"));
        // A kind with more than the page shows: its true count, the oldest 100 and the way to the whole list.
        proef.zet("GM0344", java.util.stream.IntStream.range(0, 130).mapToObj(i -> new Werk("proefsoort", "Proefzaak " + i,
                nu.minus(Duration.ofDays(300 - i)), "/huishoudens?proef=" + i)).toArray(Werk[]::new));

        page.navigate(url("/"));
        long totaal = alVoor + 3 + 130;
        assertThat(page.locator("#werk-samenvatting").textContent())
                .isEqualTo("Er wachten " + totaal + " zaken op u, de oudste staan bovenaan.");
        var koppen = page.locator("main section h2").allTextContents();
        assertThat(koppen).anyMatch(k -> k.startsWith("Plaatsingsverzoeken: ")).anyMatch(k -> k.startsWith("Termijnen: "));
        var items = page.locator("main section li a").allTextContents();
        assertThat(items.indexOf("Verzoek: huishouden van 4")).as("oudste eerst").isGreaterThanOrEqualTo(0)
                .isLessThan(items.indexOf("Verzoek: huishouden van 2"));
        var termijn = page.locator("li.od-werkitem[data-binnenkort=true]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Olena K."));
        assertThat(termijn.textContent()).contains("Deze week", "uiterlijk");
        assertThat(page.locator("main").textContent()).doesNotContain("Proefwerk van Amersfoort");
        var veel = page.locator("section.od-werkgroep").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(page.locator("h2[data-soort=proefsoort]")));
        assertThat(veel.locator("h2").textContent()).isEqualTo("Overig werk: 130");
        assertThat(veel.locator("li").count()).isEqualTo(100);
        assertThat(veel.locator("li a").first().textContent()).isEqualTo("Proefzaak 0");
        assertThat(veel.locator("li a").last().textContent()).isEqualTo("Proefzaak 99");
        assertThat(veel.locator(".od-werkgroep__meer").textContent()).contains("100 van 130 getoond, de oudste eerst.");
        assertThat(veel.locator(".od-werkgroep__meer a").getAttribute("href")).isEqualTo("/huishoudens");

        var menuVerzoeken = page.locator("nav a[href='/plaatsingsverzoeken']");
        assertThat(menuVerzoeken.textContent()).isEqualTo("Plaatsingsverzoeken (" + (verzoekenVoor + 2) + ")");
        assertThat(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Plaatsingsverzoeken").setExact(true)).first().getAttribute("aria-describedby")).isNotNull();
        var beschrijving = page.locator("#" + menuVerzoeken.getAttribute("aria-describedby"));
        assertThat(beschrijving.textContent()).isEqualTo((verzoekenVoor + 2) + " wachten op u");
        assertThat(page.locator("nav a[href='/termijnen']").textContent()).isEqualTo("Termijnen (" + (termijnenVoor + 1) + ")");
        assertThat(page.locator("nav a[href='/']").textContent()).isEqualTo("Start (" + totaal + ")");
        zonderAxeOvertredingen();

        // One click from where it is done.
        page.locator("main section li a").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Verzoek: huishouden van 4")).click();
        page.waitForURL(url("/plaatsingsverzoeken"));
        assertThat(page.locator("nav a[href='/plaatsingsverzoeken']").textContent())
                .isEqualTo("Plaatsingsverzoeken (" + (verzoekenVoor + 2) + ")");
    }

    /** The first whole number in a text ("Er wachten 3 zaken" → 3); 0 when there is none (nothing waits). */
    private static long getal(String tekst) {
        var m = java.util.regex.Pattern.compile("\\d+").matcher(tekst == null ? "" : tekst);
        return m.find() ? Long.parseLong(m.group()) : 0;
    }

    /** The count a menu entry shows, 0 when it shows none. */
    private long menuAantal(String href) {
        var link = page.locator("nav a[href='" + href + "']");
        return link.count() == 0 ? 0 : getal(link.textContent().replaceAll("^[^(]*", ""));
    }

    @Test
    void hulp_per_rol_in_het_nederlands_en_engels() {
        // One login for all eight guides: the pages share one template, so axe runs on the first guide in each
        // language and the others are checked for their status, language and sections (keeps the suite short).
        login("utrecht");
        boolean eerste = true;
        for (var gids : java.util.List.of("gemeente", "financien", "jeugd", "regio", "lcvs", "kcio", "noo", "beheer")) {
            var antwoord = page.navigate(url("/hulp/" + gids + "?lang=nl"));
            assertThat(antwoord.status()).as(gids).isEqualTo(200);
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");
            assertThat(page.locator("h2").allTextContents()).as(gids).contains("Wat op u wacht", "Waar u het doet");
            assertThat(page.locator("#plekken li").count()).as(gids).isGreaterThanOrEqualTo(2);
            if (eerste) {
                zonderAxeOvertredingen();
            }
            page.navigate(url("/hulp/" + gids + "?lang=en"));
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            assertThat(page.locator("h2").allTextContents()).as(gids).contains("What waits for you", "Where you do it");
            if (eerste) {
                zonderAxeOvertredingen();
            }
            eerste = false;
        }
        page.navigate(url("/hulp?lang=nl"));
    }

    @Test
    void hulpoverzicht_en_onbekende_gids() {
        login("noo");
        page.navigate(url("/hulp"));
        assertThat(page.locator("#gidsen li").count()).isEqualTo(10);
        zonderAxeOvertredingen();
        assertThat(page.navigate(url("/hulp/onbekend")).status()).isEqualTo(404);
    }

    @Test
    void regels_hebben_een_anker_per_code_met_tekst_en_bron() {
        login("beheer");
        page.navigate(url("/regels#N4"));
        var n4 = page.locator("tr[id='N4']");
        assertThat(n4.textContent()).contains("Indexering van het leefgeld per 1 oktober 2023");
        assertThat(n4.locator("a").getAttribute("href")).startsWith("https://www.rijksoverheid.nl/");
        assertThat(page.locator("tr[id='B1']").count()).isEqualTo(1);
        zonderAxeOvertredingen();
    }
}
