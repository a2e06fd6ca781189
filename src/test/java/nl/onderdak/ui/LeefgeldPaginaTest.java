// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
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

    /**
     * An irreversible action: the button opens the confirmation dialog, which names the decision (vraagBevat), and
     * whose button of the same name does it.
     */
    private void bevestig(String naam, String... vraagBevat) {
        // Only once bevestiging.js has bound the button does a click open the dialog.
        knop(naam).and(page.locator("[data-gekoppeld]")).waitFor();
        knop(naam).click();
        var dialoog = page.locator("dialog[open]");
        dialoog.waitFor();
        assertThat(dialoog.textContent()).contains("Weet u het zeker?");
        if (vraagBevat.length > 0) {
            assertThat(dialoog.textContent()).contains(vraagBevat);
        }
        zonderAxeOvertredingen();
        dialoog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(naam).setExact(true)).click();
    }

    /** The work item on the start page (where login lands) that links to the given page of the application. */
    private Locator werk(String adres) {
        assertThat(page.url()).isEqualTo(url("/"));
        var item = page.locator(".od-werkitem a[href$='" + adres.substring(url("").length()) + "']");
        assertThat(item.count()).as("werk op de startpagina naar " + adres).isEqualTo(1);
        return item;
    }

    private void maakRun(String maand) {
        page.navigate(url("/betaalruns"));
        veld("Maand").fill(maand);
        knop("Voorbeeld maken").click();
        page.locator("#naar-run, #runstatus").first().waitFor();
        if (page.locator("#naar-run").count() > 0) {
            page.locator("#naar-run").click();
        }
        wachtOpStatus("Voorbeeld");
    }

    /**
     * Issue 13: a failed payment found and corrected from the start page. The finance employee reconciles the
     * bank's result, finds the failure as work on the start page, follows it to the list of failed payments,
     * searches it, corrects the details; a colleague approves the run that pays it again (four eyes).
     */
    @Test
    void een_mislukte_betaling_wordt_gevonden_in_de_lijst_en_met_een_collega_gecorrigeerd() throws Exception {
        login("utrecht");
        maakRun("2024-04");
        var run = page.url();
        context.clearCookies();
        // Every step of the finance employee starts on the start page that login opens.
        login("utrecht-financien");
        werk(run).click();
        bevestig("Goedkeuren", "april 2024", "huishoudens krijgen samen € ");
        wachtOpStatus("Goedgekeurd");
        bevestig("Uitvoeren");
        wachtOpStatus("Uitgevoerd");

        var download = page.waitForDownload(() -> page.locator("#sepa").click());
        assertThat(download.suggestedFilename()).isEqualTo("leefgeld-GM0344-2024-04.xml");
        var xml = new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8);
        var matcher = Pattern.compile("<EndToEndId>([^<]+)</EndToEndId>").matcher(xml);
        assertThat(matcher.find()).isTrue();
        page.locator("#bestand").setInputFiles(new FilePayload("camt054.xml", "application/xml",
                nl.onderdak.leefgeld.Camt054.retourVan(xml, matcher.group(1), "AC04").getBytes(StandardCharsets.UTF_8)));
        knop("Verwerken").click();
        page.locator("#afgestemd").filter(new Locator.FilterOptions().setHasText("1 mislukt")).waitFor();
        assertThat(page.locator("#regels").textContent()).contains("Mislukt", "Rekening opgeheven");
        zonderAxeOvertredingen();

        var mislukteRegel = page.locator("#regels tbody tr").filter(new Locator.FilterOptions().setHasText("Rekening opgeheven"));
        var huishouden = mislukteRegel.locator("a[href*='/huishoudens/']").first().getAttribute("href")
                .replaceAll(".*/huishoudens/([0-9a-f-]+)/.*", "$1");

        // The finance employee's start page lists the failed payment as work; its link opens the list of failed
        // payments narrowed to that household, with the members' names and the bank's reason.
        page.navigate(url("/"));
        var werkitem = werk(url("/betaalruns/mislukt?huishouden=" + huishouden));
        assertThat(werkitem.textContent()).contains("april 2024", "mislukt");
        zonderAxeOvertredingen();
        werkitem.click();
        page.locator("#mislukt-een-huishouden").waitFor();
        var rij = page.locator("#mislukt tbody tr").filter(new Locator.FilterOptions().setHasText("april 2024"));
        assertThat(rij.count()).isEqualTo(1);
        assertThat(rij.textContent()).contains("Rekening opgeheven");
        assertThat(page.locator("#mislukt-totaal").textContent()).contains("1 mislukte betaling");
        var leden = rij.locator("td").first().textContent().strip();
        zonderAxeOvertredingen();
        page.setViewportSize(320, 700);
        zonderAxeOvertredingen();
        page.setViewportSize(1366, 768);

        // Searching keeps the household: the bank's reason finds the payment, a name that is not there finds nothing.
        veld("Zoeken").fill("opgeheven");
        knop("Zoeken").click();
        page.waitForURL("**zoek=opgeheven**");
        assertThat(rij.count()).isEqualTo(1);
        veld("Zoeken").fill("Niemand" + System.nanoTime());
        knop("Zoeken").click();
        page.waitForURL("**zoek=Niemand**");
        assertThat(page.locator("#mislukt-totaal").textContent()).contains("Geen mislukte betalingen");
        veld("Zoeken").fill(leden.split(",")[0].strip().split(" ")[1]);
        knop("Zoeken").click();
        rij.waitFor();
        assertThat(page.url()).contains("huishouden=" + huishouden);
        zonderAxeOvertredingen();

        rij.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Corrigeer de betaalgegevens")).click();
        assertThat(page.locator("#betalingen").textContent()).contains("april 2024", "Mislukt", "Rekening opgeheven");
        zonderAxeOvertredingen();
        var nieuwIban = nl.onderdak.leefgeld.Iban.metControlegetal("NL", "RABO0" + (100_000_000L + System.nanoTime() % 800_000_000L)).waarde();
        veld("Hoe wordt betaald?").selectOption("bank");
        veld("IBAN").fill(nieuwIban);
        veld("Naam van de rekeninghouder").fill("Nieuwe rekeninghouder");
        knop("Betaalwijze opslaan").click();
        page.locator("#betaalwijze-huidig").filter(new Locator.FilterOptions().setHasText(nieuwIban)).waitFor();

        page.navigate(url("/betaalruns/mislukt?huishouden=" + huishouden));
        assertThat(rij.textContent()).contains("Gecorrigeerd");
        page.navigate(url("/"));
        assertThat(werkitem.count()).as("gecorrigeerd: geen werk meer op de startpagina").isZero();
        // The corrected details are paid in a new run of the month, approved by a colleague who sees them.
        maakRun("2024-04");
        var herstel = page.url();
        assertThat(page.locator("#regels").textContent()).contains(nieuwIban, "Eerdere poging");
        context.clearCookies();
        login("utrecht");
        werk(herstel).click();
        assertThat(page.locator("#regels").textContent()).contains(leden.split(",")[0].strip(), nieuwIban);
        bevestig("Goedkeuren", "huishoudens krijgen samen € ");
        wachtOpStatus("Goedgekeurd");
        bevestig("Uitvoeren");
        wachtOpStatus("Uitgevoerd");
        zonderAxeOvertredingen();
        page.navigate(url("/betaalruns/mislukt?huishouden=" + huishouden));
        assertThat(page.locator("#mislukt-totaal").textContent()).contains("Geen mislukte betalingen");
        assertThat(page.locator("#mislukt tbody tr").count()).as("paid again: no longer to correct").isZero();
    }

    /** The account every payment run pays from is confirmed or rejected by a colleague only after a question that names it. */
    @Test
    void eenVoorgesteldeRekeningWordtPasNaEenVraagMetHetIbanAfgewezen() {
        login("utrecht");
        page.navigate(url("/betaalruns"));
        veld("IBAN").fill("NL91 ABNA 0417 1643 00");
        knop("Rekening opslaan").click();
        page.locator("#rekeningvoorstel").waitFor();
        assertThat(knop("Rekening afwijzen").count()).as("niet door wie voorstelde").isZero();

        context.clearCookies();
        login("utrecht-financien");
        page.navigate(url("/betaalruns"));
        knop("Rekening bevestigen").and(page.locator("[data-gekoppeld]")).waitFor();
        knop("Rekening bevestigen").click();
        var vraag = page.locator("dialog[open]");
        assertThat(vraag.textContent()).contains("NL91ABNA0417164300", "utrecht", "Alle volgende betaalruns");
        vraag.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuleren")).click();
        assertThat(page.locator("#rekeningvoorstel").isVisible()).as("annuleren bevestigt niets").isTrue();
        bevestig("Rekening afwijzen", "NL91ABNA0417164300");
        page.getByText("Het voorstel is afgewezen").waitFor();
        assertThat(page.locator("#rekeningvoorstel").count()).isZero();
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
        bevestig("Goedkeuren", "november 2024", "huishoudens krijgen samen € ");
        wachtOpStatus("Goedgekeurd");
        bevestig("Uitvoeren");
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
        bevestig("Bevestigen");
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
