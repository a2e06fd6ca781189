// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import nl.onderdak.leefgeld.internal.bestanden.Sepa;
import org.junit.jupiter.api.Test;

/**
 * Living allowance in the browser: Utrecht runs November 2024 from preview to SEPA file, a colleague
 * approves (four eyes), the bank's result is reconciled; a household's allowance with its
 * explanation; wrong input shown next to the field; axe on every page.
 */
class LeefgeldPaginaTest extends BrowserTest {

    private void wachtOpStatus(String tekst) {
        page.locator("#runstatus").filter(new Locator.FilterOptions().setHasText(tekst)).waitFor();
    }

    @Test
    void eenMaandGaatVanVoorbeeldViaEenCollegaNaarHetSepaBestandEnDeAfstemming() throws Exception {
        login("utrecht");
        page.navigate(url("/betaalruns"));
        zonderAxeOvertredingen();
        // The browser's month field accepts only real months; an empty one reaches the server.
        veld("Maand").fill("");
        knop("Voorbeeld maken").click();
        assertThat(fout("maand").textContent()).contains("maand");
        zonderAxeOvertredingen();

        veld("Maand").fill("2024-11");
        knop("Voorbeeld maken").click();
        page.locator("#naar-run, #runstatus").first().waitFor();
        if (page.locator("#naar-run").count() > 0) {
            page.locator("#naar-run").click();
        }
        wachtOpStatus("Voorbeeld");
        var adres = page.url();
        assertThat(page.locator("main").textContent()).contains("Een collega keurt", "DemoGast");
        assertThat(page.locator("#regels").textContent()).as("de goedkeurder ziet de betaalgegevens").contains(" t.n.v. ");
        assertThat(knop("Goedkeuren").count()).as("niet door de maker").isZero();
        zonderAxeOvertredingen();

        context.clearCookies();
        login("utrecht-financien");
        page.navigate(adres);
        knop("Goedkeuren").click();
        wachtOpStatus("Goedgekeurd");
        knop("Uitvoeren").click();
        wachtOpStatus("Uitgevoerd");
        zonderAxeOvertredingen();

        var download = page.waitForDownload(() -> page.locator("#sepa").click());
        var xml = Files.readAllBytes(download.path());
        Sepa.valideer(xml);
        var tekst = new String(xml, StandardCharsets.UTF_8);
        var matcher = Pattern.compile("<EndToEndId>([^<]+)</EndToEndId>").matcher(tekst);
        assertThat(matcher.find()).isTrue();
        var eerste = matcher.group(1);

        page.locator("#bestand").setInputFiles(new FilePayload("bank.csv", "text/csv",
                ("end_to_end_id,status,reden\nLG-ONBEKEND,betaald,\n").getBytes(StandardCharsets.UTF_8)));
        knop("Verwerken").click();
        page.locator("#bankfouten").waitFor();
        assertThat(page.locator("#bankfouten").textContent()).contains("LG-ONBEKEND");
        zonderAxeOvertredingen();

        page.locator("#bestand").setInputFiles(new FilePayload("bank.csv", "text/csv",
                ("end_to_end_id,status,reden\n" + eerste + ",mislukt,AC04\n").getBytes(StandardCharsets.UTF_8)));
        knop("Verwerken").click();
        // A failure from a CSV is a claim: a second employee sees who made it and why, and confirms it.
        page.locator("#gemeld").waitFor();
        assertThat(page.locator("#mislukmeldingen").textContent()).contains(eerste, "utrecht-financien", "AC04");
        assertThat(knop("Bevestigen").count()).as("niet door wie meldde").isZero();
        zonderAxeOvertredingen();

        context.clearCookies();
        login("utrecht");
        page.navigate(adres);
        knop("Bevestigen").click();
        page.locator("#afgestemd").filter(new Locator.FilterOptions().setHasText("1 mislukt")).waitFor();
        zonderAxeOvertredingen();
    }

    @Test
    void eenHuishoudenZietZijnLeefgeldMetUitlegEnFoutenStaanBijHetVeld() {
        login("utrecht");
        page.navigate(url("/huishoudens"));
        page.locator("a").filter(new Locator.FilterOptions().setHasText("DemoGast1")).first().click();
        link("Leefgeld, betaalwijze en besluiten").click();
        veld("Maand").fill("2024-11");
        knop("Berekenen").click();
        page.waitForURL("**/leefgeld?maand=2024-11");
        assertThat(page.locator("#leefgeldbedrag").textContent()).startsWith("€ ").isNotEqualTo("€ 0,00");
        assertThat(page.locator("#leefgeldregels tbody tr").count()).isGreaterThanOrEqualTo(3);
        assertThat(page.locator("#leefgeldregels").textContent()).contains("Wooncomponent particuliere opvang", "× 30/30 dagen");
        zonderAxeOvertredingen();

        veld("Hoe wordt betaald?").selectOption("bank");
        veld("IBAN").fill("NL00 TEST 0000 0000 00");
        knop("Betaalwijze opslaan").click();
        fout("iban").waitFor();
        assertThat(fout("tenaamstelling").isVisible()).isTrue();
        zonderAxeOvertredingen();

        veld("Besluit").selectOption("voedsel_in_natura");
        veld("Vanaf").fill("2024-11-16");
        veld("Reden").fill("Voedselpakket van de gemeente");
        knop("Besluit vastleggen").click();
        page.locator("#besluiten").filter(new Locator.FilterOptions().setHasText("Voedsel in natura")).waitFor();
        assertThat(page.locator("#leefgeldregels").textContent()).contains("× 15/30 dagen");
    }

    @Test
    void deBeheerderZietDeTarievenEnVoegtToeMetFoutenBijHetVeld() {
        login("beheer");
        page.navigate(url("/leefgeld/tarieven"));
        assertThat(page.locator("#tarieven").textContent()).contains("242,48", "N4", "31-12-2024");
        zonderAxeOvertredingen();
        knop("Tarief toevoegen").click();
        fout("geldigVanaf").waitFor();
        assertThat(fout("bedrag").isVisible()).isTrue();
        assertThat(fout("bron").isVisible()).isTrue();
        zonderAxeOvertredingen();
    }
}
