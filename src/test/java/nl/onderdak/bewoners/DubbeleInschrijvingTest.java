// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import static nl.onderdak.bewoners.Bewonersverzoeken.HUISHOUDENS;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishouden;
import static nl.onderdak.bewoners.Bewonersverzoeken.lid;
import static nl.onderdak.bewoners.Bewonersverzoeken.nieuwBsn;
import static nl.onderdak.bewoners.Bewonersverzoeken.uniekeAchternaam;
import static nl.onderdak.locaties.Locatieverzoeken.ongeldigeVelden;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registering a BSN that is already in Onderdak (issue 11): refused before anything is written (no
 * unique-violation error with the number in the database server's log), logged for the person found,
 * without naming the other gemeente, and at most {@link Huishoudens#WEIGERINGEN_PER_DAG} times per
 * user per day.
 */
class DubbeleInschrijvingTest extends BewonersIntegratieTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private String registreerMetBsn(String gebruiker) {
        var bsn = nieuwBsn();
        registreer(gebruiker, huishouden(lid("Olha", uniekeAchternaam("Eerst"), "1990-01-01", Map.of("bsn", bsn))));
        return bsn;
    }

    private Antwoord nogEens(String gebruiker, String bsn) {
        return post(HUISHOUDENS, gebruiker, huishouden(lid("Olha", uniekeAchternaam("Nogmaals"), "1990-01-01", Map.of("bsn", bsn))));
    }

    @Test
    void dubbelBsnNoemtAndereGemeenteNiet() {
        var bsn = registreerMetBsn("utrecht");

        var elders = nogEens("amersfoort", bsn);

        isProbleem(elders, 409, "bsn-bestaat");
        var detail = elders.json().get("detail").asString();
        assertThat(detail).contains("andere gemeente", "LCVS").doesNotContain("Utrecht").doesNotContain("GM0344");
        assertThat(elders.body()).doesNotContain(bsn).doesNotContain("Utrecht").doesNotContain("GM0344");
        // Within the own gemeente the refusal may point to the existing record.
        var eigen = nogEens("utrecht", bsn);
        isProbleem(eigen, 409, "bsn-bestaat");
        assertThat(eigen.json().get("detail").asString()).contains("uw gemeente").doesNotContain("andere gemeente");
    }

    @Test
    void teLangeTekstvelden400MetVeldnaam() {
        var antwoord = post(HUISHOUDENS, "utrecht", huishouden(lid("Anna", uniekeAchternaam("Lang"), "1990-01-01",
                Map.of("voornaamOrigineel", "А".repeat(201), "taal", "x".repeat(51)))));
        isProbleem(antwoord, 400);
        assertThat(ongeldigeVelden(antwoord)).containsExactlyInAnyOrder("leden[0].voornaamOrigineel", "leden[0].taal");
    }

    @Autowired
    nl.onderdak.logboek.Logboek logboekBean;

    private nl.onderdak.logboek.Logboek getLogboek() {
        return logboekBean;
    }

    private static long gecontroleerd(nl.onderdak.logboek.Logboek logboek, java.util.UUID persoon) {
        return logboek.inzage(persoon).stream()
                .filter(r -> r.handeling().equals("zoeken") && r.doel().equals("Controle op dubbele inschrijving")).count();
    }

    private int vandaag(String gebruiker) {
        return jdbc.sql("select coalesce(max(aantal), 0) from bewoners.dubbele_inschrijving_weigering where gebruiker = ? and dag = ?")
                .params(gebruiker, LocalDate.now(clock)).query(Integer.class).single();
    }
}
