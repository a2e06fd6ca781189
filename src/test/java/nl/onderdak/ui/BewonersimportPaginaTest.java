// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.onderdak.bewoners.Bewonersverzoeken;
import org.junit.jupiter.api.Test;

/**
 * The bulk intake page in a real Chromium: a file with an error is refused with the error by row and
 * column and nothing stored, the corrected file is imported with a progress page; both pages pass axe.
 */
class BewonersimportPaginaTest extends BrowserTest {

    private static final String KOP = "bsn;voornamen;voorvoegsel;geslachtsnaam;geboortedatum;geslacht;nationaliteit;straat;"
            + "huisnummer;huisnummertoevoeging;postcode;woonplaats;huishouden";

    @Test
    void gemeenteZietFoutPerRijEnKolomEnImporteertDaarnaHetVerbeterdeBestand() {
        login("amersfoort");
        page.navigate(url("/huishoudens"));
        link("Bewoners importeren (BRP-uittreksel)").click();
        page.waitForURL("**/bewoners/import");
        zonderAxeOvertredingen();

        var naam = Bewonersverzoeken.uniekeAchternaam("Pagina");
        var moeder = rij(Bewonersverzoeken.nieuwBsn(), "Olena", naam, "14-03-1985", "V");
        veld("Bestand (CSV of XLSX)").setInputFiles(csv("fout.csv", List.of(moeder,
                rij(Bewonersverzoeken.nieuwBsn(), "Maksym", naam, "31-02-2012", "M"))));
        importeren();
        page.locator("#importfouten").waitFor();
        assertThat(page.locator("#importfouten tbody tr").allTextContents()).singleElement()
                .satisfies(r -> assertThat(r).contains("3", "E (geboortedatum)"));
        assertThat(fout("bestand").textContent()).contains("niets vastgelegd");
        zonderAxeOvertredingen();

        veld("Bestand (CSV of XLSX)").setInputFiles(csv("goed.csv", List.of(moeder,
                rij(Bewonersverzoeken.nieuwBsn(), "Maksym", naam, "28-02-2012", "M"))));
        importeren();
        page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("ingeschreven")).waitFor();
        assertThat(page.locator("[role=status]").textContent()).contains("2 bewoners in 1 huishouden zijn ingeschreven");
        zonderAxeOvertredingen();
    }

    /** The import asks for confirmation first: open the dialog, then confirm inside it. */
    private void importeren() {
        knop("Importeren").click();
        page.locator("dialog[open]").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Importeren").setExact(true)).click();
    }

    private static String rij(String bsn, String voornamen, String naam, String geboortedatum, String geslacht) {
        return String.join(";", bsn, voornamen, "", naam, geboortedatum, geslacht, "Oekraïense", "Stationsplein", "1", "",
                "3811 LA", "Amersfoort", "");
    }

    private static FilePayload csv(String naam, List<String> rijen) {
        return new FilePayload(naam, "text/csv", ("\uFEFF" + KOP + "\r\n" + String.join("\r\n", rijen) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
