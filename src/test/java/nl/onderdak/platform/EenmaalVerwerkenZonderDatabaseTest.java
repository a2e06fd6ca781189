// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Without the database nobody can tell whether a form was processed on another instance: the post is not
 * run unguarded but answered with the 503 page, as every other request then is.
 */
class EenmaalVerwerkenZonderDatabaseTest {

    /** A pool that cannot reach the database, as Hikari after its connection timeout. */
    static final class GeenDatabase extends AbstractDataSource {
        @Override
        public Connection getConnection() throws SQLTransientConnectionException {
            throw new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms.");
        }

        @Override
        public Connection getConnection(String gebruiker, String wachtwoord) throws SQLTransientConnectionException {
            return getConnection();
        }
    }

    @Test
    void zonderDatabaseDraaitHetFormulierNietEnVolgtDeStoringspagina() throws Exception {
        var filter = new Formuliertokens.EenmaalVerwerken(
                new Formuliertokens.VerstuurdeFormulieren(JdbcClient.create(new GeenDatabase()), Clock.systemUTC()));
        var verzoek = new MockHttpServletRequest("POST", "/opvanglocaties/nieuw");
        verzoek.setParameter(Formuliertokens.VELD, Formuliertokens.nieuwToken());
        verzoek.getSession(true);
        var antwoord = new MockHttpServletResponse();
        var gedraaid = new AtomicBoolean();

        filter.doFilter(verzoek, antwoord, (rq, rs) -> gedraaid.set(true));

        assertThat(gedraaid).as("the handler did not run").isFalse();
        assertThat(antwoord.getStatus()).isEqualTo(503);
        assertThat(antwoord.getHeader("Retry-After")).isEqualTo("30");
        assertThat(verzoek.getAttribute(DatabaseOnbereikbaar.PAGINA)).as("the error page shows 'Database niet bereikbaar'").isNotNull();
    }
}
