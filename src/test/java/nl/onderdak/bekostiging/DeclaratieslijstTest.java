// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Test;

/**
 * The declarations page pages in the database instead of stopping at the newest 500: every page is
 * reachable, a search narrows on description and gemeente, the order is chosen, and wrong parameters are
 * named next to their field.
 */
class DeclaratieslijstTest extends IntegratieTest {

    private static final String PAD = "/api/v1/bekostiging/declaraties";

    private void indienen(String gebruiker, String bedrag, String omschrijving) {
        var antwoord = post(PAD, gebruiker, """
                {"bedrag": %s, "categorie": "beveiliging", "periodeVan": "2024-03-01", "periodeTot": "2024-03-31",
                 "omschrijving": "%s"}""".formatted(bedrag, omschrijving));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
    }

    private String pagina(String pad, String gebruiker) {
        var antwoord = new Websessie(poort).inloggen(gebruiker).pagina(pad);
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private static long gevonden(String html, String stam) {
        return Pattern.compile(stam + "[abcd]").matcher(html).results().map(r -> r.group()).distinct().count();
    }

    @Test
    void de_declaratielijst_zoekt_sorteert_en_toont_alle_paginas_met_het_totaal() {
        var stam = "Lijsttest" + System.nanoTime();
        indienen("utrecht", "100.00", stam + "a beveiliging van de locatie");
        indienen("utrecht", "300.00", stam + "b beveiliging van de locatie");
        indienen("utrecht", "200.00", stam + "c beveiliging van de locatie");
        indienen("amersfoort", "50.00", stam + "d beveiliging van de locatie");

        // The description finds all four for the NOO; two per page: the total, page 2 holds the rest.
        var eerste = pagina("/declaraties?zoek=" + stam + "&aantal=2", "noo");
        assertThat(eerste).contains("4 declaraties, pagina 1 van 2", "id=\"volgende-pagina\"", "zoek=" + stam, "pagina=2");
        assertThat(gevonden(eerste, stam)).isEqualTo(2);
        var tweede = pagina("/declaraties?zoek=" + stam + "&aantal=2&pagina=2", "noo");
        assertThat(tweede).contains("pagina 2 van 2", "id=\"vorige-pagina\"").doesNotContain("id=\"volgende-pagina\"");
        assertThat(gevonden(tweede, stam)).isEqualTo(2);
        assertThat(Pattern.compile(stam + "[abcd]").matcher(eerste + tweede).results().map(r -> r.group()).distinct().count())
                .isEqualTo(4);

        // Newest first by default; oldest first and highest amount first on request.
        var nieuwste = pagina("/declaraties?zoek=" + stam, "noo");
        assertThat(nieuwste.indexOf(stam + "d")).isPositive().isLessThan(nieuwste.indexOf(stam + "c"));
        assertThat(nieuwste.indexOf(stam + "c")).isLessThan(nieuwste.indexOf(stam + "a"));
        var oudste = pagina("/declaraties?zoek=" + stam + "&sorteer=oudste", "noo");
        assertThat(oudste.indexOf(stam + "a")).isPositive().isLessThan(oudste.indexOf(stam + "b"));
        assertThat(oudste.indexOf(stam + "c")).isLessThan(oudste.indexOf(stam + "d"));
        var bedrag = pagina("/declaraties?zoek=" + stam + "&sorteer=bedrag", "noo");
        assertThat(bedrag.indexOf(stam + "b")).isPositive().isLessThan(bedrag.indexOf(stam + "c"));
        assertThat(bedrag.indexOf(stam + "c")).isLessThan(bedrag.indexOf(stam + "a"));
        assertThat(bedrag.indexOf(stam + "a")).isLessThan(bedrag.indexOf(stam + "d"));
        assertThat(pagina("/declaraties?zoek=" + stam + "&sorteer=bedrag&aantal=1&pagina=4", "noo"))
                .contains(stam + "d", "pagina 4 van 4").doesNotContain(stam + "a");

        // The gemeente's name narrows the list (the newest Amersfoort declaration is on the first page).
        var amersfoort = pagina("/declaraties?zoek=amersfoort&aantal=100", "noo");
        assertThat(amersfoort).contains(stam + "d").doesNotContain(stam + "a", stam + "b", stam + "c");

        // A gemeente searches only its own declarations.
        var utrecht = pagina("/declaraties?zoek=" + stam, "utrecht");
        assertThat(utrecht).contains("3 declaraties").doesNotContain(stam + "d");
    }

    @Test
    void een_onbekende_sortering_of_pagina_wordt_bij_het_veld_genoemd_zonder_serverfout() {
        assertThat(pagina("/declaraties?sorteer=willekeurig", "noo"))
                .contains("Sorteer op nieuwste, oudste, bedrag of status.", "id=\"sorteer-fout\"", "id=\"declaraties-totaal\"");
        assertThat(pagina("/declaraties?pagina=nul", "noo")).contains("href=\"#pagina\"", "id=\"declaraties-totaal\"");
        assertThat(pagina("/declaraties?pagina=0", "noo")).contains("href=\"#pagina\"");
    }
}
