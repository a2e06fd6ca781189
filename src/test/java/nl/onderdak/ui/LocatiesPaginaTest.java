// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.locaties.internal.LocatieImport;
import nl.onderdak.platform.Xlsx;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Locations, capacity and the KCIO report in a real Chromium, as the demo users do it: every page
 * checked with axe, errors shown next to their fields.
 */
class LocatiesPaginaTest extends BrowserTest {

    @Autowired
    Gebieden gebieden;

    @Test
    void gemeenteRegistreertLocatieNaFoutmeldingenBijDeVeldenEnZiet3MaandenWaarschuwing() {
        login("utrecht");
        link("Opvanglocaties").click();
        page.waitForURL("**/opvanglocaties");
        zonderAxeOvertredingen();
        link("Locatie registreren").click();
        page.waitForURL("**/opvanglocaties/nieuw");
        zonderAxeOvertredingen();

        veld("Postcode").fill("12345");
        veld("Bedden voor lang verblijf").fill("veel");
        knop("Locatie registreren").click();
        page.locator("#foutoverzicht").waitFor();
        assertThat(fout("naam").textContent()).contains("naam");
        assertThat(fout("soort").textContent()).isNotBlank();
        assertThat(fout("adres.postcode").textContent()).contains("postcode");
        assertThat(fout("adres.huisnummer").textContent()).isNotBlank();
        assertThat(fout("bedden").textContent()).contains("'veel' is geen geheel getal");
        assertThat(veld("Postcode").inputValue()).isEqualTo("12345");
        zonderAxeOvertredingen();

        var einde = LocalDate.now().plusMonths(2);
        veld("Naam").fill("Browsertest Paviljoen Leidsche Rijn");
        veld("Soort locatie").selectOption("paviljoen");
        veld("Postcode").fill("3541 ab");
        veld("Huisnummer").fill("7");
        veld("Plaats").fill("Utrecht");
        veld("Beschikbaar vanaf").fill(LocalDate.now().minusDays(10).toString());
        veld("Beschikbaar tot").fill(einde.toString());
        aanvinken(veld("Gezinskamers"));
        veld("Bedden voor lang verblijf").fill("64");
        knop("Locatie registreren").click();

        page.waitForURL("**/opvanglocaties/*-*");
        assertThat(page.locator("[role=status]").textContent()).contains("geregistreerd");
        assertThat(page.locator("h1").textContent()).isEqualTo("Browsertest Paviljoen Leidsche Rijn");
        assertThat(page.locator("[role=note]").textContent()).contains("eindigt op").contains("binnen drie maanden");
        assertThat(page.locator("#bruikbaar-vandaag").textContent()).contains("64");
        assertThat(page.locator("main").textContent()).contains("3541 AB 7, Utrecht", "Gezinskamers");
        zonderAxeOvertredingen();
    }

    @Test
    void beddenWijzigenBewaartDeHistorieEnToontDeNieuweStand() {
        login("amersfoort");
        page.navigate(url("/opvanglocaties/nieuw"));
        veld("Naam").fill("Browsertest Hotel Amersfoort");
        veld("Soort locatie").selectOption("hotel");
        veld("Postcode").fill("3811 AA");
        veld("Huisnummer").fill("1");
        veld("Plaats").fill("Amersfoort");
        veld("Beschikbaar vanaf").fill(LocalDate.now().minusDays(30).toString());
        veld("Bedden voor lang verblijf").fill("100");
        knop("Locatie registreren").click();
        page.waitForURL("**/opvanglocaties/*-*");

        page.locator("#ingangsdatum").fill(LocalDate.now().minusDays(2).toString());
        veld("Opgegeven bedden").fill("110");
        veld("Buiten gebruik").fill("12");
        knop("Bedden vastleggen").click();
        assertThat(fout("buitenGebruikReden").textContent()).isNotBlank();
        assertThat(fout("reden").textContent()).isNotBlank();
        zonderAxeOvertredingen();

        veld("Reden buiten gebruik").fill("Waterschade tweede verdieping");
        page.locator("#reden").fill("Extra bedden geplaatst");
        knop("Bedden vastleggen").click();
        assertThat(page.locator("[role=status]").textContent()).contains("vastgelegd");
        assertThat(page.locator("#bruikbaar-vandaag").textContent()).contains("98");
        var historie = page.locator("#beddenhistorie tbody tr");
        assertThat(historie.count()).isEqualTo(2);
        assertThat(historie.nth(0).textContent()).contains("110", "12", "98", "Waterschade tweede verdieping");
        assertThat(historie.nth(1).textContent()).contains("100");
        zonderAxeOvertredingen();
    }

    @Test
    void regiocoordinatorLeestLocatiesVanDeRegioMaarKanNietsWijzigen() {
        login("regio-utrecht");
        page.navigate(url("/opvanglocaties"));
        zonderAxeOvertredingen();
        assertThat(page.locator("main").textContent()).doesNotContain("Locatie registreren");
        // The gemeente column shows "Utrecht (GM0344)": the code between the brackets decides.
        var gemeenten = page.locator("#locaties tbody tr td:nth-child(2)").allTextContents().stream()
                .map(t -> t.replaceAll(".*\\((GM[0-9]{4})\\)\\s*$", "$1")).toList();
        assertThat(gemeenten).isNotEmpty().contains("GM0344", "GM0307")
                .allSatisfy(code -> assertThat(code).isIn(gebieden.gemeentecodesInRegio("VR09")));
        assertThat(page.locator("#locaties tbody").textContent()).contains("Utrecht (GM0344)");
        page.locator("table tbody tr a").first().click();
        page.waitForURL("**/opvanglocaties/*-*");
        assertThat(page.locator("h1").count()).isEqualTo(1);
        assertThat(page.getByText("Bedden wijzigen").count()).isZero();
        zonderAxeOvertredingen();
        var antwoord = page.navigate(url("/opvanglocaties/nieuw"));
        assertThat(antwoord.status()).isEqualTo(403);
    }

    @Test
    void landelijkOverzichtToontRegiosMetKaartTrendEnNiveauKeuze() {
        login("lcvs");
        link("Capaciteit").click();
        page.waitForURL("**/capaciteit");
        assertThat(page.locator("#capaciteit tbody tr").count()).isEqualTo(25);
        assertThat(page.locator("figure.od-kaart svg path").count()).isGreaterThanOrEqualTo(25);
        assertThat(page.locator("figure.od-grafiek polyline").count()).isEqualTo(2);
        assertThat(page.locator("main").textContent()).contains("opgavebesluit voor 2023-H2");
        zonderAxeOvertredingen();

        veld("Niveau").selectOption("land");
        knop("Toepassen").click();
        page.waitForURL("**/capaciteit?*land*");
        assertThat(page.locator("#capaciteit tbody tr").count()).isEqualTo(1);
        assertThat(page.locator("#capaciteit tbody tr").textContent()).contains("Nederland", "90.000");
        zonderAxeOvertredingen();

        page.navigate(url("/capaciteit?peildatum=gisteren"));
        assertThat(fout("peildatum").textContent()).contains("geen datum");
        zonderAxeOvertredingen();
    }

    @Test
    void kcioRapportagePerWeekMetDownloadsAlsCsvEnXlsx() throws Exception {
        login("kcio");
        page.locator("nav.od-nav a[href='/rapportage/kcio']").click(); // the start page links to it too (Naslag)
        page.waitForURL("**/rapportage/kcio");
        zonderAxeOvertredingen();
        veld("Week").fill("2026-W47");
        knop("Toepassen").click();
        page.waitForURL("**/rapportage/kcio?*W47*");
        assertThat(page.locator("#kcio caption").textContent()).contains("22-11-2026", "2026-W47");
        assertThat(page.locator("#kcio tbody tr").count()).isEqualTo(342);
        zonderAxeOvertredingen();

        var csv = page.waitForDownload(() -> link("Downloaden als CSV").click());
        var tekst = Files.readString(csv.path(), StandardCharsets.UTF_8);
        // Dutch Excel: byte order mark, then fields separated by semicolons.
        assertThat(tekst.lines().findFirst().orElseThrow()).startsWith("\uFEFFpeildatum;week;gemeentecode;gemeente");
        assertThat(tekst.lines().count()).isEqualTo(343);
        var xlsx = page.waitForDownload(() -> link("Downloaden als Excel (XLSX)").click());
        var inhoud = Files.readAllBytes(xlsx.path());
        assertThat(new String(inhoud, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        veld("Week").fill("2026-W60");
        knop("Toepassen").click();
        page.waitForURL("**/rapportage/kcio?*W60*");
        assertThat(fout("week").textContent()).contains("geen week");
        zonderAxeOvertredingen();
    }

    @Test
    void importToontFoutenPerRijEnKolomEnLegtDaarnaAllesInEenKeerVast() {
        login("rotterdam");
        page.navigate(url("/opvanglocaties"));
        link("Locaties importeren").click();
        page.waitForURL("**/opvanglocaties/import");
        zonderAxeOvertredingen();

        var vanaf = LocalDate.now().minusDays(5);
        var goed = rij("Importtest Hotel Maas " + System.nanoTime(), "hotel", "3011 AA", vanaf, 40);
        var fout = rij("Importtest Schip", "kasteel", "30110", vanaf, -3);
        veld("Bestand (XLSX)").setInputFiles(xlsx("fout.xlsx", List.of(goed, fout)));
        importeren();
        page.locator("#importfouten").waitFor();
        var tekst = page.locator("#importfouten").textContent();
        assertThat(tekst).contains("B (soort)", "C (postcode)", "L (bedden_lang_verblijf)");
        assertThat(page.locator("#importfouten tbody tr").allTextContents()).allSatisfy(r -> assertThat(r.strip()).startsWith("3"));
        assertThat(page.locator("[role=alert]").textContent()).contains("niets vastgelegd");
        zonderAxeOvertredingen();

        link("Opnieuw uploaden").click();
        page.waitForURL("**/opvanglocaties/import");
        var tweede = rij("Importtest Paviljoen Zuid " + System.nanoTime(), "paviljoen", "3072 AB", vanaf, 25);
        var bestand = xlsx("goed.xlsx", List.of(goed, tweede));
        veld("Bestand (XLSX)").setInputFiles(bestand);
        importeren();
        page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("geïmporteerd")).waitFor();
        assertThat(page.locator("[role=status]").textContent()).contains("2 locaties zijn geïmporteerd");
        zonderAxeOvertredingen();

        page.navigate(url("/opvanglocaties/import"));
        veld("Bestand (XLSX)").setInputFiles(bestand);
        importeren();
        page.locator("#importfouten").waitFor();
        assertThat(page.locator("#importfouten").textContent()).contains("al geïmporteerd");
    }

    /** The import asks for confirmation first: open the dialog, then confirm inside it. */
    private void importeren() {
        knop("Importeren").click();
        page.locator("dialog[open]").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Importeren").setExact(true)).click();
    }

    private static List<Object> rij(String naam, String soort, String postcode, LocalDate vanaf, int bedden) {
        var rij = new ArrayList<Object>();
        rij.addAll(List.of(naam, soort, postcode, 1, "", "Rotterdam", "", vanaf, "", "beschikbaar", "catering", bedden, 0));
        return rij;
    }

    private static FilePayload xlsx(String naam, List<List<Object>> rijen) {
        var uit = new ByteArrayOutputStream();
        Xlsx.schrijf(new Xlsx.Blad("Locaties", LocatieImport.KOLOMMEN, rijen), uit);
        return new FilePayload(naam, Xlsx.MEDIA_TYPE, uit.toByteArray());
    }
}
