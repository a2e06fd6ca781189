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
import org.junit.jupiter.params.provider.ValueSource;
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
        assertThat(page.locator("nav li").count()).as("menu van " + gebruiker).isLessThanOrEqualTo(12);
        zonderAxeOvertredingen();
    }

    @Test
    void gemeente_ziet_haar_werk_per_soort_oudste_eerst_met_aantallen_in_tekst_en_in_het_menu() {
        var nu = Instant.now();
        proef.zet("GM0344",
                new Werk("termijn", "Verblijfsdocument ophalen (Olena K.)", nu.minus(Duration.ofHours(1)), "/termijnen",
                        LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(3)),
                new Werk("plaatsingsverzoek", "Verzoek: huishouden van 4", nu.minus(Duration.ofDays(2)), "/plaatsingsverzoeken"),
                new Werk("plaatsingsverzoek", "Verzoek: huishouden van 2", nu.minus(Duration.ofDays(1)), "/plaatsingsverzoeken"));
        proef.zet("GM0307", new Werk("plaatsingsverzoek", "Amersfoort", nu.minus(Duration.ofDays(5)), "/plaatsingsverzoeken"));

        login("utrecht");

        assertThat(page.locator("#werk-samenvatting").textContent()).isEqualTo("Er wachten 3 zaken op u, de oudste staan bovenaan.");
        var koppen = page.locator("main section h2");
        assertThat(koppen.allTextContents()).containsExactly("Plaatsingsverzoeken: 2", "Termijnen: 1");
        var verzoeken = page.locator("main section").first().locator("li a");
        assertThat(verzoeken.allTextContents()).containsExactly("Verzoek: huishouden van 4", "Verzoek: huishouden van 2");
        var termijn = page.locator("li.od-werkitem[data-binnenkort=true]");
        assertThat(termijn.textContent()).contains("Deze week", "uiterlijk");
        assertThat(page.locator("main").textContent()).doesNotContain("Amersfoort");

        var menuVerzoeken = page.locator("nav a[href='/plaatsingsverzoeken']");
        assertThat(menuVerzoeken.textContent()).isEqualTo("Plaatsingsverzoeken (2)");
        assertThat(page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Plaatsingsverzoeken").setExact(true)).first().getAttribute("aria-describedby")).isNotNull();
        var beschrijving = page.locator("#" + menuVerzoeken.getAttribute("aria-describedby"));
        assertThat(beschrijving.textContent()).isEqualTo("2 wachten op u");
        assertThat(page.locator("nav a[href='/termijnen']").textContent()).isEqualTo("Termijnen (1)");
        assertThat(page.locator("nav a[href='/']").textContent()).isEqualTo("Start (3)");
        zonderAxeOvertredingen();

        // One click from where it is done.
        verzoeken.first().click();
        page.waitForURL(url("/plaatsingsverzoeken"));
        assertThat(page.locator("nav a[href='/plaatsingsverzoeken']").textContent()).isEqualTo("Plaatsingsverzoeken (2)");
    }

    @Test
    void gemeente_krijgt_geen_zestien_menuitems_meer() {
        login("utrecht");
        var menu = page.locator("nav li").allTextContents();
        assertThat(menu).hasSizeLessThanOrEqualTo(11).doesNotContain("Gemeenten", "Verdeelsleutel", "Opgavebesluiten",
                "Leefgeldtarieven", "KCIO-rapportage");
        // The reference pages stay one click away, under "Naslag".
        assertThat(page.locator("main a[href='/gemeenten']").count()).isEqualTo(1);
    }

    @Test
    void een_falende_werkbron_breekt_de_startpagina_niet() {
        proef.zet("GM0344", new Werk("termijn", "Blijft zichtbaar", Instant.now().minus(Duration.ofDays(1)), "/termijnen"));
        storing.kapot = true;

        login("utrecht");

        assertThat(page.locator("#werk-onvolledig").textContent()).contains("Een deel van uw werk kon niet worden geladen");
        assertThat(page.locator("main").textContent()).contains("Blijft zichtbaar");
        zonderAxeOvertredingen();
    }

    @Test
    void bezoeker_ziet_de_openbare_startpagina() {
        page.navigate(url("/"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Onderdak");
        assertThat(page.locator("main a[href='/inloggen']").count()).isEqualTo(1);
        assertThat(page.locator("nav a[href='/gemeenten']").textContent()).isEqualTo("Gemeenten");
    }

    @Test
    void instellingen_leggen_de_mailkeuze_vast_met_fout_bij_het_veld() {
        login("utrecht-jeugd");
        link("E-mail bij nieuw werk").click();
        page.waitForURL(url("/instellingen"));
        zonderAxeOvertredingen();
        page.getByLabel("Stuur mij een e-mail als er nieuw werk is").check();
        veld("E-mailadres").fill("geen adres");
        knop("Opslaan").click();
        fout("emailadres").waitFor();
        assertThat(veld("E-mailadres").getAttribute("aria-invalid")).isEqualTo("true");
        zonderAxeOvertredingen();
        veld("E-mailadres").fill("jeugd@utrecht.example.nl");
        knop("Opslaan").click();
        page.locator("#opgeslagen").waitFor();
        page.navigate(url("/"));
        assertThat(page.locator("main").textContent()).contains("aan, naar jeugd@utrecht.example.nl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gemeente", "financien", "jeugd", "regio", "lcvs", "kcio", "noo", "beheer"})
    void hulp_per_rol_in_het_nederlands_en_engels(String gids) {
        login("utrecht");
        var antwoord = page.navigate(url("/hulp/" + gids));
        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");
        assertThat(page.locator("h2").allTextContents()).contains("Wat op u wacht", "Waar u het doet");
        assertThat(page.locator("#plekken li").count()).isGreaterThanOrEqualTo(2);
        zonderAxeOvertredingen();

        page.navigate(url("/hulp/" + gids + "?lang=en"));
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.locator("h2").allTextContents()).contains("What waits for you", "Where you do it");
        zonderAxeOvertredingen();
        page.navigate(url("/hulp?lang=nl"));
    }

    @Test
    void hulpoverzicht_en_onbekende_gids() {
        login("noo");
        page.navigate(url("/hulp"));
        assertThat(page.locator("#gidsen li").count()).isEqualTo(8);
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
