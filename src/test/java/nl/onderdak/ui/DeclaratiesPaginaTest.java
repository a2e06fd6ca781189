// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Declarations in the browser: Utrecht sees the errors next to each field, then submits a
 * declaration with a PDF; a text file posing as PDF is refused; the NOO rejects without reason
 * (error next to the field), then approves. axe on every page.
 */
class DeclaratiesPaginaTest extends BrowserTest {

    /** An irreversible decision: the button opens the confirmation dialog (axe runs on it), whose button of the same name acts. */
    private void bevestig(String naam, String... vraagBevat) {
        // Only once bevestiging.js has bound the button does a click open the dialog.
        knop(naam).and(page.locator("[data-gekoppeld]")).waitFor();
        knop(naam).click();
        var dialoog = page.locator("dialog[open]");
        dialoog.waitFor();
        assertThat(dialoog.textContent()).contains("Weet u het zeker?").contains(vraagBevat);
        zonderAxeOvertredingen();
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(naam).setExact(true)).click();
    }

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private void wachtOpStatus(String tekst) {
        page.locator("#declaratiestatus").filter(new Locator.FilterOptions().setHasText(tekst)).waitFor();
    }

    @Test
    void utrechtDientInMetPdfEnDeNooKeurtGoed() throws Exception {
        var omschrijving = "Extra nachtbeveiliging in de sporthal " + UUID.randomUUID();
        login("utrecht");
        link("Declaraties").click();
        page.waitForURL(url("/declaraties"));
        zonderAxeOvertredingen();

        knop("Declaratie indienen").click();
        fout("bedrag").waitFor();
        assertThat(fout("categorie").isVisible()).isTrue();
        assertThat(fout("periodeVan").isVisible()).isTrue();
        assertThat(fout("periodeTot").isVisible()).isTrue();
        assertThat(fout("omschrijving").textContent()).contains("10 tot 2000 tekens");
        assertThat(page.locator("#foutoverzicht li").count()).isEqualTo(5);
        assertThat(veld("Bedrag in euro").getAttribute("aria-invalid")).isEqualTo("true");
        zonderAxeOvertredingen();

        veld("Bedrag in euro").fill("2345,60");
        veld("Categorie").selectOption("beveiliging");
        veld("Eerste dag van de periode").fill("2024-10-01");
        veld("Laatste dag van de periode").fill("2024-10-31");
        veld("Omschrijving").fill(omschrijving);
        page.locator("#bijlagen").setInputFiles(new FilePayload[] {
            new FilePayload("factuur.pdf", "application/pdf", PDF),
            new FilePayload("nep.pdf", "application/pdf", "Dit is tekst en geen PDF.".getBytes(StandardCharsets.UTF_8))});
        knop("Declaratie indienen").click();
        fout("bijlagen").waitFor();
        assertThat(fout("bijlagen").textContent()).contains("nep.pdf", "alleen PDF, PNG of JPEG");
        assertThat(veld("Omschrijving").inputValue()).as("de invoer blijft staan").isEqualTo(omschrijving);
        zonderAxeOvertredingen();

        page.locator("#bijlagen").setInputFiles(new FilePayload("factuur.pdf", "application/pdf", PDF));
        knop("Declaratie indienen").click();
        page.waitForURL("**/declaraties/*-*");
        wachtOpStatus("Ingediend");
        var adres = page.url();
        assertThat(page.locator("#declaratiebedrag").textContent()).isEqualTo("€ 2.345,60");
        assertThat(page.locator("#declaratieomschrijving").textContent()).isEqualTo(omschrijving);
        assertThat(page.locator("#bijlagenlijst").textContent()).contains("factuur.pdf", "PDF");
        assertThat(page.locator("#statussen tbody tr").count()).isEqualTo(1);
        var download = page.waitForDownload(() -> link("factuur.pdf").click());
        assertThat(Files.readAllBytes(download.path())).isEqualTo(PDF);
        zonderAxeOvertredingen();

        context.clearCookies();
        login("noo");
        link("Declaraties").click();
        page.locator("#declaraties tr").filter(new Locator.FilterOptions().setHasText(omschrijving)).first().waitFor();
        zonderAxeOvertredingen();
        page.navigate(adres);
        aanvinken(veld("Afwijzen"));
        bevestig("Besluit vastleggen", "Utrecht", "€ ");
        fout("reden").waitFor();
        assertThat(fout("reden").textContent()).contains("reden");
        wachtOpStatus("Ingediend");
        zonderAxeOvertredingen();

        aanvinken(veld("Goedkeuren"));
        bevestig("Besluit vastleggen", "Utrecht", "€ ");
        wachtOpStatus("Goedgekeurd");
        assertThat(page.locator("#statussen tbody tr").count()).isEqualTo(2);
        assertThat(page.locator("#statussen tbody tr").nth(1).textContent()).contains("Goedgekeurd", "noo");
        assertThat(knop("Besluit vastleggen").count()).as("een besluit wordt eenmaal genomen").isZero();
        zonderAxeOvertredingen();

        context.clearCookies();
        login("utrecht");
        page.navigate(adres);
        wachtOpStatus("Goedgekeurd");
        assertThat(page.locator("#bijlagen").count()).as("na het besluit geen bijlagen meer").isZero();
        zonderAxeOvertredingen();
    }
}
