// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import static nl.onderdak.bewoners.Bewonersverzoeken.HUISHOUDENS;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishouden;
import static nl.onderdak.bewoners.Bewonersverzoeken.lid;
import static nl.onderdak.bewoners.Bewonersverzoeken.nieuwBsn;
import static nl.onderdak.bewoners.Bewonersverzoeken.uniekeAchternaam;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.VerstelbareKlok;
import nl.onderdak.logboek.Logboek;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A user who keeps registering people already in Onderdak is refused after
 * {@link Huishoudens#WEIGERINGEN_PER_DAG} refusals on one day, and may try again the next day. Its own
 * context with a clock the test moves to tomorrow, so the shared database keeps no refusals behind and
 * nothing is deleted to travel in time.
 */
@Import(DagelijkseWeigeringTest.Klok.class)
@TestPropertySource(properties = {"onderdak.demo-gegevens=false", "onderdak.test.context=dagelijkse-weigering"})
public class DagelijkseWeigeringTest extends BewonersIntegratieTest {

    /** The movable clock; other tests that move time import it too and share this context (one context fewer). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Klok {
        @Bean
        @Primary
        VerstelbareKlok verstelbareKlok() {
            return new VerstelbareKlok(Instant.parse("2026-12-04T09:00:00Z"), Clock.systemDefaultZone().getZone());
        }
    }

    @Autowired
    VerstelbareKlok klok;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Logboek logboek;

    @Test
    void dubbelBsnWordtGelogdEnBeperktPerDagEnMorgenMagHetWeer() {
        var gebruiker = "rotterdam";
        var bsn = nieuwBsn();
        registreer("utrecht", huishouden(lid("Olha", uniekeAchternaam("Eerst"), "1990-01-01", Map.of("bsn", bsn))));
        var bestaand = jdbc.sql("select id from bewoners.bewoner where bsn = ?").param(bsn).query(UUID.class).single();
        long gelogdVoor = gecontroleerd(bestaand);

        for (int i = 0; i < Huishoudens.WEIGERINGEN_PER_DAG; i++) {
            isProbleem(nogEens(gebruiker, bsn), 409, "bsn-bestaat");
        }
        assertThat(gecontroleerd(bestaand)).isEqualTo(gelogdVoor + Huishoudens.WEIGERINGEN_PER_DAG);
        assertThat(vandaag(gebruiker)).isEqualTo(Huishoudens.WEIGERINGEN_PER_DAG);

        var teVaak = nogEens(gebruiker, bsn);
        isProbleem(teVaak, 429, "te-vaak-geweigerd");
        assertThat(teVaak.json().get("detail").asString()).contains("morgen");
        // At the limit any BSN is refused, so the answer says nothing about whether this one exists.
        isProbleem(nogEens(gebruiker, nieuwBsn()), 429, "te-vaak-geweigerd");
        assertThat(post(HUISHOUDENS, gebruiker, huishouden(lid("Zonder", uniekeAchternaam("Bsn"), "1991-01-01"))).status())
                .isEqualTo(201);
        assertThat(gecontroleerd(bestaand)).isEqualTo(gelogdVoor + Huishoudens.WEIGERINGEN_PER_DAG);
        // Nothing of the refused registrations was stored.
        assertThat(jdbc.sql("select count(*) from bewoners.bewoner where bsn = ?").param(bsn).query(Integer.class).single()).isOne();

        klok.verzet(Duration.ofDays(1));

        isProbleem(nogEens(gebruiker, bsn), 409, "bsn-bestaat");
        assertThat(vandaag(gebruiker)).isOne();
    }

    private Antwoord nogEens(String gebruiker, String bsn) {
        return post(HUISHOUDENS, gebruiker, huishouden(lid("Olha", uniekeAchternaam("Nogmaals"), "1990-01-01", Map.of("bsn", bsn))));
    }

    private long gecontroleerd(UUID persoon) {
        return logboek.inzage(persoon).stream()
                .filter(r -> r.handeling().equals("zoeken") && r.doel().equals("Controle op dubbele inschrijving")).count();
    }

    private int vandaag(String gebruiker) {
        return jdbc.sql("select coalesce(max(aantal), 0) from bewoners.dubbele_inschrijving_weigering where gebruiker = ? and dag = ?")
                .params(gebruiker, LocalDate.now(klok)).query(Integer.class).single();
    }
}
