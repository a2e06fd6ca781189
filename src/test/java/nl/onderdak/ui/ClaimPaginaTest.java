// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The financing claim and the norm amounts in the browser, with axe on every page. */
class ClaimPaginaTest extends BrowserTest {

    @Test
    void deGemeenteZietHaarClaimPerJaarEnDownloadtHemAlsCsv() throws Exception {
        login("utrecht");
        page.navigate(url("/bekostiging"));
        veld("Van").fill("2024-01-01");
        veld("Tot en met").fill("2024-12-31");
        knop("Berekenen").click();
        page.waitForURL("**/bekostiging?*");
        assertThat(page.locator("#claimtotaal").textContent()).startsWith("€ ");
        assertThat(page.locator("#perjaar").textContent()).contains("2024");
        zonderAxeOvertredingen();
        var download = page.waitForDownload(() -> page.locator("#claim-csv").click());
        var csv = new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8);
        assertThat(csv).as("Dutch Excel: byte order mark and semicolons").startsWith("\uFEFFgemeentecode;gemeente;jaar;opvangvorm");
    }

    @Test
    void de_noo_ziet_de_claims_van_alle_gemeenten_met_totaal_en_opent_een_gemeente() throws Exception {
        login("noo");
        page.navigate(url("/bekostiging"));
        page.locator("#naar-overzicht").click();
        veld("Van").fill("2024-01-01");
        veld("Tot en met").fill("2024-03-31");
        knop("Tonen").click();
        page.locator("#overzicht-totaal").waitFor();
        assertThat(page.locator("#overzicht-totaal").textContent()).contains("Totaal alle gemeenten", "€");
        assertThat(page.locator("#overzicht tbody").textContent()).containsPattern("[A-Z][a-z]+.* \\(GM\\d{4}\\)");
        zonderAxeOvertredingen();
        var download = page.waitForDownload(() -> page.locator("#overzicht-csv").click());
        assertThat(download.suggestedFilename()).isEqualTo("claims-alle-gemeenten-2024-01-01-2024-03-31.csv");
        page.locator("#overzicht tbody th a").first().click();
        page.locator("#claimtotaal").waitFor();
        zonderAxeOvertredingen();
    }

    @Test
    void deNooKiestEenGemeenteEnFoutenStaanBijHetVeld() {
        login("noo");
        page.navigate(url("/bekostiging"));
        veld("Gemeentecode").fill("Utrecht");
        knop("Berekenen").click();
        fout("gemeente").waitFor();
        zonderAxeOvertredingen();
        veld("Gemeentecode").fill("GM0344");
        knop("Berekenen").click();
        page.locator("#claimtotaal").waitFor();
        zonderAxeOvertredingen();
    }

    @Test
    void deBeheerderZietVoorstellenEnVoegtEenNormbedragToeMetFoutenBijHetVeld() {
        login("beheer");
        page.navigate(url("/bekostiging/normbedragen"));
        assertThat(page.locator("#normbedragen-geldend").textContent()).contains("100,00", "83,00", "61,00", "Voorstel");
        zonderAxeOvertredingen();
        knop("Normbedrag toevoegen").click();
        fout("bedrag").waitFor();
        assertThat(fout("bron").isVisible()).isTrue();
        zonderAxeOvertredingen();
    }

    @Test
    void eenVoorstelBevestigenVraagtEerstOmBevestigingMetHetBedragEnAnnulerenLaatHetVoorstelStaan() {
        login("beheer");
        page.navigate(url("/bekostiging/normbedragen"));
        var voorstellen = page.locator("#normbedragen-geldend tbody tr").filter(new Locator.FilterOptions().setHasText("Voorstel"));
        var aantal = voorstellen.count();
        assertThat(aantal).isPositive();
        voorstellen.first().getByRole(AriaRole.BUTTON).click();
        var dialoog = page.locator("dialog[open]");
        dialoog.waitFor();
        assertThat(dialoog.textContent()).contains("Weet u het zeker?", "vaststellen", "€ ");
        zonderAxeOvertredingen();
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuleren").setExact(true)).click();
        assertThat(page.locator("dialog[open]").count()).isZero();
        assertThat(voorstellen.count()).as("annuleren bevestigt niets").isEqualTo(aantal);
    }
}
