// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.onderdak.IntegratieTest;
import nl.onderdak.VerstelbareKlok;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * Local accounts are throttled: 5 failures per account or 20 per address within 15 minutes, and then
 * even the right password is refused until the window has passed. Its own context (every request
 * here comes from 127.0.0.1, so the shared context must not be locked) with a clock the tests move.
 */
@Import(InlogbegrenzingTest.Klok.class)
@TestPropertySource(properties = {"onderdak.demo-gegevens=false", "onderdak.test.context=inlogbegrenzing"})
class InlogbegrenzingTest extends IntegratieTest {

    private static final String MIJ = "/api/v1/mij";

    @TestConfiguration(proxyBeanMethods = false)
    static class Klok {
        @Bean
        @Primary
        VerstelbareKlok verstelbareKlok() {
            return new VerstelbareKlok(Instant.parse("2026-12-04T09:00:00Z"), Clock.systemDefaultZone().getZone());
        }
    }

    @Autowired
    VerstelbareKlok klok;

    @BeforeEach
    void eenUurLaterIsAllesVergeten() {
        klok.verzet(Duration.ofHours(1));
    }

    @Test
    void inloggenWordtNaHerhaaldeFoutenTijdelijkGeweigerd() {
        for (int i = 0; i < 30; i++) {
            var fout = get(MIJ, "amersfoort", "geraden-" + i);
            assertThat(fout.status()).isIn(401, 429);
        }

        var goed = get(MIJ, "amersfoort", WACHTWOORD);

        assertThat(goed.status()).as(goed.toString()).isEqualTo(429);
        assertThat(goed.contentType()).startsWith("application/problem+json");
        assertThat(goed.header("Retry-After")).isEqualTo(Long.toString(Duration.ofMinutes(15).toSeconds()));
        assertThat(goed.json().get("type").asString()).isEqualTo("urn:onderdak:probleem:te-veel-inlogpogingen");
        assertThat(goed.json().get("detail").asString())
                .isEqualTo("Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.");
        assertThat(goed.body()).doesNotContain("amersfoort");

        klok.verzet(Duration.ofMinutes(14));
        var bijna = get(MIJ, "amersfoort", WACHTWOORD);
        assertThat(bijna.status()).isEqualTo(429);
        assertThat(bijna.header("Retry-After")).isEqualTo("60");
        assertThat(bijna.json().get("detail").asString())
                .isEqualTo("Te veel mislukte pogingen. Probeer het over 1 minuut opnieuw.");

        klok.verzet(Duration.ofMinutes(1).plusSeconds(1));
        var daarna = get(MIJ, "amersfoort", WACHTWOORD);
        assertThat(daarna.status()).as(daarna.toString()).isEqualTo(200);
        assertThat(daarna.json().get("gebruikersnaam").asString()).isEqualTo("amersfoort");
    }

    @Test
    void eenGeblokkeerdAccountBlokkeertGeenAnderAccountVanHetzelfdeAdres() {
        for (int i = 0; i < 6; i++) {
            get(MIJ, "rotterdam", "geraden-" + i);
        }
        assertThat(get(MIJ, "rotterdam", WACHTWOORD).status()).isEqualTo(429);

        var ander = get(MIJ, "amersfoort-financien", WACHTWOORD);

        assertThat(ander.status()).as(ander.toString()).isEqualTo(200);
    }

    @Test
    void vijfFoutenOpEenAccountBlokkerenDatAccount() {
        for (int i = 0; i < 4; i++) {
            assertThat(get(MIJ, "lcvs", "geraden-" + i).status()).isEqualTo(401);
        }
        assertThat(get(MIJ, "lcvs", WACHTWOORD).status()).as("4 fouten: nog toegelaten").isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(get(MIJ, "lcvs", "geraden-" + i).status()).as("een gelukte inlog wist de teller").isEqualTo(401);
        }
        assertThat(get(MIJ, "lcvs", "geraden-5").status()).isEqualTo(401);

        assertThat(get(MIJ, "lcvs", WACHTWOORD).status()).isEqualTo(429);
    }

    @Test
    void hetAdresWordtNaTwintigFoutenOverVerschillendeAccountsGeweigerd() {
        var accounts = new String[] {"kcio", "noo", "jenv", "regio-rotterdam", "gebruiker-die-niet-bestaat"};
        for (var account : accounts) {
            for (int i = 0; i < 4; i++) {
                assertThat(get(MIJ, account, "geraden-" + i).status()).isEqualTo(401);
            }
        }

        var ander = get(MIJ, "regio-utrecht", WACHTWOORD);

        assertThat(ander.status()).as(ander.toString()).isEqualTo(429);
        klok.verzet(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(get(MIJ, "regio-utrecht", WACHTWOORD).status()).isEqualTo(200);
    }

    @Test
    void hetInlogformulierZegtDatErTeVeelPogingenWaren() {
        var browser = new Websessie(poort);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.probeerInloggen("utrecht-financien", "geraden-" + i)).endsWith("/inloggen?fout");
        }

        var doel = browser.probeerInloggen("utrecht-financien", WACHTWOORD);

        assertThat(doel).endsWith("/inloggen?geblokkeerd=15");
        var pagina = browser.pagina("/inloggen?geblokkeerd=15").body();
        assertThat(pagina).contains("Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.")
                .doesNotContain("klopt niet");
        klok.verzet(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(browser.probeerInloggen("utrecht-financien", WACHTWOORD)).doesNotContain("inloggen");
    }
}
