// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Texts of the living allowance's pages that were Dutch whatever the user chose: in English now for who chose English. */
class LeefgeldInHetEngelsTest extends IntegratieTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void deFoutmeldingVanEenBetaalruntaakIsInDeTaalVanWieHaarStartte() {
        var sessie = new Websessie(poort).inloggen("rotterdam");
        assertThat(sessie.pagina("/betaalruns?lang=en").statusCode()).isEqualTo(200);
        var velden = new LinkedHashMap<String, String>();
        velden.put("maand", "2023-06");

        var antwoord = sessie.formulier("/betaalruns", velden);

        assertThat(antwoord.statusCode()).as(sessie.tekst(antwoord)).isIn(200, 302, 303);
        // Stored when the task starts: what the progress page shows if the work stops unexpectedly or its instance goes away.
        var melding = jdbc.sql("select melding from platform.achtergrondtaak where soort = 'betaalrun' and eigenaar = 'rotterdam'"
                + " order by gestart desc limit 1").query(String.class).single();
        assertThat(melding).isEqualTo("The payment run could not be made; nothing was recorded. Please try again.");
    }

    @Test
    void deBetaalgegevensVanEenHuishoudenNoemenDeTenaamstellingInHetEngels() {
        var h = post("/api/v1/huishoudens", "rotterdam", """
                {"leden":[{"voornaam":"Iryna","achternaam":"Tenaam%d","geboortedatum":"1980-03-03","nationaliteitCategorie":"oekraiens"}]}"""
                .formatted(System.nanoTime()));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        var id = h.json().get("id").asString();
        var iban = nl.onderdak.leefgeld.Iban.metControlegetal("NL", "INGB0001234567").waarde();
        var w = put("/api/v1/huishoudens/" + id + "/betaalwijze", "rotterdam",
                "{\"methode\":\"bank\",\"iban\":\"" + iban + "\",\"tenaamstelling\":\"I. Tenaam\"}");
        assertThat(w.status()).as(w.toString()).isEqualTo(200);

        var engels = new Websessie(poort).inloggen("rotterdam");
        assertThat(engels.pagina("/betaalruns?lang=en").statusCode()).isEqualTo(200);
        assertThat(engels.pagina("/huishoudens/" + id + "/leefgeld").body()).contains(iban + " in the name of I. Tenaam")
                .doesNotContain(" t.n.v. ");
        assertThat(new Websessie(poort).inloggen("rotterdam").pagina("/huishoudens/" + id + "/leefgeld").body())
                .contains(iban + " t.n.v. I. Tenaam");
    }
}
