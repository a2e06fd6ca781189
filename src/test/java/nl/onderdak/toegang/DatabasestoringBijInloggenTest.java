// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import nl.onderdak.platform.IngebouwdePostgres;
import javax.sql.DataSource;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * When the database is gone, a login must not be answered with "wrong password": the form says the
 * database cannot be reached and the API answers 503 {@code database-niet-bereikbaar}. Its own context,
 * thrown away afterwards, because the test stops that context's embedded PostgreSQL.
 */
@TestPropertySource(properties = {"onderdak.demo-gegevens=false", "onderdak.test.context=databasestoring"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabasestoringBijInloggenTest extends IntegratieTest {

    @Autowired
    IngebouwdePostgres postgres;

    @Autowired
    DataSource dataSource;

    @Test
    void databaseStoringZegtNietDatHetWachtwoordFoutIs() throws Exception {
        assertThat(get("/api/v1/mij", "utrecht").status()).isEqualTo(200);
        var browser = new Websessie(poort).open();

        // Shorter than the default 30 s wait for a connection that will not come; the pool picks this up at
        // its next housekeeping run, so the first request below may still wait the full 30 s.
        ((HikariDataSource) dataSource).getHikariConfigMXBean().setConnectionTimeout(1_000);
        postgres.stop();

        var api = get("/api/v1/mij", "utrecht");
        assertThat(api.status()).as(api.toString()).isEqualTo(503);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.json().get("type").asString()).isEqualTo("urn:onderdak:probleem:database-niet-bereikbaar");
        assertThat(api.json().get("title").asString()).isEqualTo("Database niet bereikbaar");
        assertThat(api.body()).doesNotContain("klopt niet").doesNotContain("wachtwoord");
        assertThat(api.header("WWW-Authenticate")).isNull();

        var doel = browser.probeerInloggen("utrecht", WACHTWOORD);
        assertThat(doel).endsWith("/inloggen?storing");
        var pagina = browser.pagina("/inloggen?storing");
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("Onderdak kan de database nu niet bereiken. Probeer het later opnieuw.")
                .doesNotContain("klopt niet");
    }
}
