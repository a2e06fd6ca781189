// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import nl.onderdak.locaties.Locatieverzoeken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transition-fee page pages in the database: open requests first by default, a search on location and
 * gemeente, other orders on request, and wrong parameters named next to their field.
 */
class TransitielijstTest extends IntegratieTest {

    @Autowired
    JdbcClient jdbc;

    private String locatie() {
        var l = post(Locatieverzoeken.PAD, "utrecht",
                Locatieverzoeken.locatie("Transitielijst " + System.nanoTime(), LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString(), 40));
        assertThat(l.status()).as(l.toString()).isEqualTo(201);
        return l.json().get("id").asString();
    }

    /** A request inserted directly, so that it can be older than the application's clock allows. */
    private void voegIn(String locatie, String naam, String gemeente, String bedrag, Instant ingediend, Instant besloten, String besluit) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into bekostiging.transitievergoeding (id, gemeente_code, opvanglocatie_id, locatienaam, bedrag, toelichting, ingediend_door,
                    ingediend_op) values (?, ?, ?, ?, ?, 'Ingevoegd in de test', 'test', ?)""")
                .params(id, gemeente, UUID.fromString(locatie), naam, new BigDecimal(bedrag), Timestamp.from(ingediend)).update();
        jdbc.sql("""
                insert into bekostiging.transitievergoedingstatus (transitievergoeding_id, status, vastgelegd_door, vastgelegd_op)
                values (?, 'ingediend', 'test', ?)""").params(id, Timestamp.from(ingediend)).update();
        if (besloten != null) {
            jdbc.sql("""
                    insert into bekostiging.transitievergoedingstatus (transitievergoeding_id, status, toegekend_bedrag, reden, vastgelegd_door,
                        vastgelegd_op) values (?, ?, ?, ?, 'test', ?)""")
                    .params(id, besluit, "toegekend".equals(besluit) ? new BigDecimal("100") : null,
                            "afgewezen".equals(besluit) ? "Geen nieuwe locatie" : null, Timestamp.from(besloten))
                    .update();
        }
    }

    private String pagina(String pad, String gebruiker) {
        var antwoord = new Websessie(poort).inloggen(gebruiker).pagina(pad);
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private static void volgorde(String html, String... namen) {
        for (int i = 0; i + 1 < namen.length; i++) {
            assertThat(html.indexOf(namen[i])).as(namen[i] + " voor " + namen[i + 1]).isPositive().isLessThan(html.indexOf(namen[i + 1]));
        }
    }

    @Test
    void de_transitielijst_zoekt_sorteert_en_toont_alle_paginas_met_open_aanvragen_eerst() {
        var stam = "Transitielijst" + System.nanoTime();
        var l = locatie();
        var nu = Instant.now();
        voegIn(l, stam + "a", "GM0344", "1000", nu.minus(Duration.ofDays(10)), nu.minus(Duration.ofDays(9)), "toegekend");
        voegIn(l, stam + "b", "GM0344", "3000", nu.minus(Duration.ofDays(3)), null, null);
        voegIn(l, stam + "c", "GM0344", "2000", nu.minus(Duration.ofHours(1)), null, null);
        voegIn(l, stam + "d", "GM0307", "500", nu.minus(Duration.ofDays(5)), nu.minus(Duration.ofDays(1)), "afgewezen");

        // Three per page: the total, and page 2 holds the rest.
        var eerste = pagina("/transitievergoedingen?zoek=" + stam + "&aantal=3", "noo");
        assertThat(eerste).contains("4 aanvragen, pagina 1 van 2", "id=\"volgende-pagina\"", "zoek=" + stam, "pagina=2");
        var tweede = pagina("/transitievergoedingen?zoek=" + stam + "&aantal=3&pagina=2", "noo");
        assertThat(tweede).contains("pagina 2 van 2", "id=\"vorige-pagina\"", stam + "a").doesNotContain("id=\"volgende-pagina\"");
        assertThat(Pattern.compile(stam + "[abcd]").matcher(tweede).results().map(r -> r.group()).distinct().count()).isEqualTo(1);

        // By default open first (overdue at the top), then the newest decision; other orders on request.
        volgorde(pagina("/transitievergoedingen?zoek=" + stam, "noo"), stam + "b", stam + "c", stam + "d", stam + "a");
        volgorde(pagina("/transitievergoedingen?zoek=" + stam + "&sorteer=nieuwste", "noo"), stam + "c", stam + "b", stam + "d", stam + "a");
        volgorde(pagina("/transitievergoedingen?zoek=" + stam + "&sorteer=bedrag", "noo"), stam + "b", stam + "c", stam + "a", stam + "d");

        // The gemeente's name narrows; a gemeente sees only its own.
        var amersfoort = pagina("/transitievergoedingen?zoek=amersfoort&aantal=100&sorteer=nieuwste", "noo");
        assertThat(amersfoort).contains(stam + "d").doesNotContain(stam + "a", stam + "b", stam + "c");
        assertThat(pagina("/transitievergoedingen?zoek=" + stam, "utrecht")).contains("3 aanvragen").doesNotContain(stam + "d");
    }

    @Test
    void een_onbekende_sortering_of_pagina_op_de_transitielijst_wordt_bij_het_veld_genoemd_zonder_serverfout() {
        assertThat(pagina("/transitievergoedingen?sorteer=willekeurig", "noo"))
                .contains("Sorteer op open, nieuwste, oudste, status of bedrag.", "id=\"sorteer-fout\"", "id=\"transitie-totaal\"");
        assertThat(pagina("/transitievergoedingen?pagina=nul", "noo")).contains("href=\"#pagina\"", "id=\"transitie-totaal\"");
    }
}
