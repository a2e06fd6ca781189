// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Transition fees and regional costs in the browser: Utrecht asks a fee for a demo location, the NOO
 * sees the 48-hour clock with an overdue request at the top in words and decides; the NOO records a
 * deadline, the Utrecht region sees its half-years with deadline and reminder and applies, the NOO
 * approves. Wrong input is shown next to the field; axe on every page.
 */
class TransitiePaginaTest extends BrowserTest {

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

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired
    JdbcClient jdbc;

    private Locator rij(String tabel, String tekst) {
        return page.locator("#" + tabel + " tbody tr").filter(new Locator.FilterOptions().setHasText(tekst));
    }

    @Test
    void eenGemeenteVraagtAanEnDeNooZietDeKlokMetAchterstandVooraanEnBeslist() {
        login("utrecht");
        page.navigate(url("/transitievergoedingen"));
        zonderAxeOvertredingen();
        knop("Aanvraag indienen").click();
        fout("opvanglocatie").waitFor();
        assertThat(fout("bedrag").isVisible()).isTrue();
        assertThat(fout("toelichting").isVisible()).isTrue();
        zonderAxeOvertredingen();

        var demo = page.locator("#opvanglocatie option").filter(new Locator.FilterOptions().setHasText("Demo:")).first();
        var naam = demo.textContent().strip();
        veld("Opvanglocatie").selectOption(demo.getAttribute("value"));
        veld("Gevraagd bedrag (euro)").fill("75000");
        veld("Toelichting").fill("Inrichting van de nieuwe locatie: meubilair en keuken");
        knop("Aanvraag indienen").click();
        page.locator("#transitiestatus").waitFor();
        assertThat(page.locator("#transitiestatus").textContent()).isEqualTo("Ingediend");
        assertThat(page.locator("#klok").textContent()).contains("nog 47 uur");
        assertThat(page.locator("h1").textContent()).contains(naam);
        zonderAxeOvertredingen();

        // A request of Amersfoort submitted 60 hours ago, inserted with that submission time: overdue.
        var locatie = jdbc.sql("select id from locaties.opvanglocatie where gemeente_code = 'GM0307' order by aangemaakt_op limit 1")
                .query(UUID.class).single();
        var oud = UUID.randomUUID();
        var ingediend = Timestamp.from(Instant.now().minus(Duration.ofHours(60)));
        jdbc.sql("""
                insert into bekostiging.transitievergoeding (id, gemeente_code, opvanglocatie_id, locatienaam, bedrag, toelichting, ingediend_door,
                    ingediend_op) values (?, 'GM0307', ?, 'Achterstand Amersfoort', 20000, 'Al lang ingediend', 'amersfoort', ?)""")
                .params(oud, locatie, ingediend).update();
        jdbc.sql("insert into bekostiging.transitievergoedingstatus (transitievergoeding_id, status, vastgelegd_door, vastgelegd_op) "
                + "values (?, 'ingediend', 'amersfoort', ?)").params(oud, ingediend).update();

        context.clearCookies();
        login("noo");
        page.navigate(url("/transitievergoedingen"));
        var eerste = page.locator("#transitievergoedingen tbody tr").first();
        assertThat(eerste.getAttribute("data-over-tijd")).isEqualTo("true");
        assertThat(eerste.textContent()).as("over tijd in woorden, niet alleen in kleur").contains("Over tijd", "uur geleden verstreken");
        var oudeRij = page.locator("#transitievergoedingen tbody tr[data-id='" + oud + "']");
        assertThat(oudeRij.textContent()).contains("Over tijd", "de 48 uur zijn 12 uur geleden verstreken");
        assertThat(rij("transitievergoedingen", naam).first().textContent()).contains("Utrecht", "€ 75.000,00", "nog 47 uur");
        zonderAxeOvertredingen();

        rij("transitievergoedingen", naam).first().getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        veld("Besluit").selectOption("toegekend");
        veld("Toegekend bedrag (euro)").fill("80000");
        bevestig("Besluit vastleggen", "€ 75.000,00");
        fout("toegekendBedrag").waitFor();
        assertThat(fout("toegekendBedrag").textContent()).contains("hoger dan het gevraagde bedrag");
        zonderAxeOvertredingen();

        veld("Besluit").selectOption("toegekend");
        veld("Toegekend bedrag (euro)").fill("70000");
        bevestig("Besluit vastleggen", "€ 75.000,00");
        page.locator("#transitiestatus").filter(new Locator.FilterOptions().setHasText("Toegekend")).waitFor();
        assertThat(page.locator("#toegekend").textContent()).isEqualTo("€ 70.000,00");
        assertThat(page.locator("#klok").textContent()).contains("binnen 48 uur");
        assertThat(page.locator("#historie tbody tr").count()).isEqualTo(2);
        assertThat(knop("Besluit vastleggen").count()).as("eenmaal beslissen").isZero();
        zonderAxeOvertredingen();

        page.navigate(url("/transitievergoedingen"));
        link("Doorlooptijden per maand").click();
        page.locator("#doorlooptijden").waitFor();
        assertThat(page.locator("#doorlooptijden tfoot").textContent()).contains("Hele periode");
        zonderAxeOvertredingen();

        context.clearCookies();
        login("utrecht");
        page.navigate(url("/transitievergoedingen"));
        assertThat(rij("transitievergoedingen", naam).first().textContent()).contains("Toegekend", "binnen 48 uur");
    }

    @Test
    void deRegioZietTermijnenEnHerinneringenEnDientInNaDatDeNooDeTermijnVastlegde() {
        var vandaag = LocalDate.now(NL);
        // The half-year after the current one; the API tests use half-years far in the future.
        var halfjaar = vandaag.getMonthValue() <= 6 ? vandaag.getYear() + "-H2" : (vandaag.getYear() + 1) + "-H1";
        var uiterlijk = vandaag.plusDays(10);

        login("noo");
        page.navigate(url("/regiokosten"));
        zonderAxeOvertredingen();
        knop("Termijn vastleggen").click();
        fout("halfjaar").waitFor();
        assertThat(fout("uiterlijk").isVisible()).isTrue();
        assertThat(fout("bron").isVisible()).isTrue();
        zonderAxeOvertredingen();
        veld("Halfjaar").fill(halfjaar);
        veld("Uiterlijk indienen").fill(uiterlijk.toString());
        veld("Bron").fill("Testbrief van de minister");
        knop("Termijn vastleggen").click();
        page.locator("#melding").waitFor();
        assertThat(rij("termijnen", halfjaar).textContent()).contains("Testbrief van de minister");
        assertThat(rij("termijnen", "2023-H1").textContent()).contains("30 april 2023", "16 december 2022");

        context.clearCookies();
        login("regio-utrecht");
        page.navigate(url("/regiokosten"));
        assertThat(rij("halfjaren", "2023-H1").textContent()).contains("30 april 2023", "Termijn verstreken");
        assertThat(rij("halfjaren", halfjaar).textContent()).contains("Nog geen aanvraag", "herinnering 14 dagen vooraf: nog 10 dagen");
        assertThat(page.locator("[id='herinnering-" + halfjaar + "']").textContent()).contains(halfjaar, "nog 10 dagen");
        zonderAxeOvertredingen();

        knop("Aanvraag indienen").click();
        fout("halfjaar").waitFor();
        assertThat(fout("bedrag").isVisible()).isTrue();
        zonderAxeOvertredingen();
        veld("Halfjaar").selectOption(halfjaar);
        veld("Bedrag (euro)").fill("250000,00");
        veld("Toelichting").fill("Kosten crisisnoodopvang en coördinatie");
        knop("Aanvraag indienen").click();
        page.locator("#melding").waitFor();
        assertThat(page.locator("#melding").textContent()).contains("De aanvraag is ingediend.");
        assertThat(rij("halfjaren", halfjaar).textContent()).contains("Ingediend").doesNotContain("herinnering");
        assertThat(page.locator("[id='herinnering-" + halfjaar + "']").count()).isZero();
        zonderAxeOvertredingen();

        context.clearCookies();
        login("noo");
        page.navigate(url("/regiokosten"));
        var aanvraag = rij("aanvragen", halfjaar).filter(new Locator.FilterOptions().setHasText("Utrecht"));
        assertThat(aanvraag.textContent()).contains("€ 250.000,00", "Ingediend");
        aanvraag.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        zonderAxeOvertredingen();
        veld("Beoordeling").selectOption("goedgekeurd");
        bevestig("Beoordeling vastleggen", "€ 250.000,00");
        page.locator("#regiostatus").filter(new Locator.FilterOptions().setHasText("Goedgekeurd")).waitFor();
        zonderAxeOvertredingen();
    }
}
