// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.onderdak.spreiding.internal.Spreidingsdienst;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The distribution law in the browser: the province sees the cycle with its dates, records a
 * commitment (a wrong one first), a swap, and submits its balanced plan after confirming; a gemeente
 * reads the realisation next to Ukrainian reception. Axe on every page.
 */
class SpreidingPaginaTest extends BrowserTest {

    private static final Gebruiker JENV = new Gebruiker("jenv", "JenV", new Organisatie("JENV", "JenV",
            Organisatie.Soort.LANDELIJK, null, null), Set.of(Rol.OPGAVE_VASTSTELLER));
    private static final Gebruiker PROVINCIE = new Gebruiker("provincie-utrecht", "Provincie Utrecht",
            new Organisatie("PV26", "Provincie Utrecht", Organisatie.Soort.PROVINCIE, null, null), Set.of(Rol.PROVINCIE_REGISSEUR));

    @Autowired
    Spreidingsdienst dienst;

    @Autowired
    JdbcClient jdbc;

    @Test
    void provincie_legt_haar_plan_vast_met_ruil_en_dient_in_en_een_gemeente_leest_de_realisatie() {
        // A cycle of its own (opened by JenV) with an official table: 10 places, 1 for minors, per Utrecht gemeente.
        dienst.legCyclusVast("2092", "96000", "8140", "2024", JENV);
        var codes = jdbc.sql("select code from gebieden.actuele_gemeente where provincie_code = 'PV26' order by code")
                .query(String.class).list();
        var tabel = new StringBuilder("gm_code,plaatsen,amv\n");
        codes.forEach(c -> tabel.append(c).append(",10,1\n"));
        dienst.laadOfficieleTabel("2092-2093", "Test", tabel.toString().getBytes(StandardCharsets.UTF_8), JENV);

        login("provincie-utrecht");
        page.navigate(url("/hulp/provincie"));
        assertThat(page.locator("h1").textContent()).contains("Provincie");
        assertThat(page.locator("#plekken a").getAttribute("href")).endsWith("/spreiding");
        zonderAxeOvertredingen();
        page.navigate(url("/spreiding"));
        assertThat(page.locator("h2").allTextContents()).contains("Cyclus 2024-2025");
        assertThat(page.locator("main").textContent()).contains("Provinciaal plan bij de staatssecretaris", "1 november 2024");
        zonderAxeOvertredingen();

        page.navigate(url("/spreiding/cycli/2092-2093/provincies/PV26"));
        assertThat(page.locator("#planstatus").textContent()).contains("concept");
        assertThat(page.locator("#saldo-plaatsen").textContent()).isEqualTo("-" + (codes.size() * 10));

        veld("Gemeente").selectOption(codes.getFirst());
        veld("Plaatsen").fill("veel");
        veld("Amv").fill("1");
        knop("Opslaan").click();
        fout("plaatsen").waitFor();
        zonderAxeOvertredingen();
        veld("Plaatsen").fill("15");
        knop("Opslaan").click();
        page.locator("[role=status]").waitFor();
        for (var code : codes.subList(1, codes.size())) {
            dienst.legToezeggingVast("2092-2093", "PV26", code, code.equals(codes.get(1)) ? "5" : "10", "1", PROVINCIE);
        }

        veld("Gemeente die meer asielplaatsen neemt").selectOption(codes.getFirst());
        veld("Gemeente die iets anders doet").selectOption(codes.get(1));
        veld("Wat zij ervoor doet").selectOption("statushouders");
        veld("Aantal").fill("5");
        veld("Afspraak (toelichting)").fill("Afgesproken aan de regietafel");
        knop("Ruil vastleggen").click();
        page.locator("#ruilen").waitFor();
        assertThat(page.locator("#saldo-plaatsen").textContent()).isEqualTo("0");

        knop("Plan indienen").click();
        page.locator("dialog[open]").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Plan indienen")).click();
        page.waitForCondition(() -> page.locator("#planstatus").textContent().contains("ingediend"));
        zonderAxeOvertredingen();

        // JenV decides, designating the second gemeente, after confirming; then records a realisation.
        context.clearCookies();
        login("jenv");
        page.navigate(url("/spreiding/cycli/2092-2093/provincies/PV26"));
        assertThat(veld("Plaatsen " + naam(codes.getFirst())).inputValue()).isEqualTo("15");
        veld("Amv " + naam(codes.getFirst())).fill("20");
        aanvinken(veld("Aanwijzen: " + naam(codes.get(1))));
        besluitBevestigen();
        fout("regels[0].amv").waitFor();
        assertThat(page.locator("#planstatus").textContent()).contains("ingediend");
        zonderAxeOvertredingen();
        veld("Amv " + naam(codes.getFirst())).fill("1");
        besluitBevestigen();
        page.waitForCondition(() -> page.locator("#planstatus").textContent().contains("besloten"));
        assertThat(page.locator("#toezeggingen").textContent()).contains("aangewezen");

        page.navigate(url("/spreiding/cycli/2092-2093/realisatie"));
        veld("Gemeente").selectOption(codes.getFirst());
        veld("Gerealiseerde plaatsen").fill("8");
        veld("Waarvan duurzaam (minstens vijf jaar)").fill("9");
        knop("Realisatie opslaan").click();
        fout("duurzaam").waitFor();
        veld("Waarvan duurzaam (minstens vijf jaar)").fill("6");
        knop("Realisatie opslaan").click();
        page.locator("[role=status]").waitFor();
        assertThat(page.locator("svg[role=img] title").first().textContent()).contains("Kaart");
        assertThat(page.locator("div.od-tabel-schuif[role=region][tabindex='0'] #realisatie-gemeente").count()).isEqualTo(1);
        zonderAxeOvertredingen();

        // The national administrator's upload: every wrong field named next to it, nothing stored.
        context.clearCookies();
        login("beheer");
        page.navigate(url("/spreiding/invoer"));
        veld("Peiljaar").fill("twintig");
        page.setInputFiles("#seswoa-bestand", new com.microsoft.playwright.options.FilePayload("scores.csv", "text/csv",
                "gm_code,score\nGM0344,abc\n".getBytes(StandardCharsets.UTF_8)));
        page.locator("form[action$='/ses-woa'] button[type=submit]").click();
        fout("seswoa-peiljaar").waitFor();
        assertThat(fout("seswoa-bron").isVisible()).isTrue();
        assertThat(fout("seswoa-bestand").textContent()).contains("Regel 2");
        zonderAxeOvertredingen();

        context.clearCookies();
        login("utrecht");
        page.navigate(url("/spreiding/cycli/2092-2093/realisatie"));
        var rij = page.locator("#realisatie-provincie tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("(PV26)"));
        assertThat(rij.textContent()).contains(String.valueOf(codes.size() * 10));
        zonderAxeOvertredingen();
    }

    private String naam(String code) {
        return jdbc.sql("select naam from gebieden.actuele_gemeente where code = ?").param(code).query(String.class).single()
                + " (" + code + ")";
    }

    private void besluitBevestigen() {
        knop("Besluit vastleggen").click();
        page.locator("dialog[open]").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Besluit vastleggen")).click();
    }
}
