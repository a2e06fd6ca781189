// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.onderdak.platform.IngebouwdePostgres;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * For tests that deliberately do what the application may not (ADR 0012): connections as the owner
 * of the schema or as the superuser of the embedded server, and killing that server. The
 * application's own {@code JdbcClient} connects as the role that owns nothing.
 */
public final class Databasebeheer {

    private Databasebeheer() {
    }

    /** As the owner of the schema (what Flyway runs as): may create triggers and functions, alter tables. */
    public static JdbcClient alsEigenaar(IngebouwdePostgres pg) {
        return JdbcClient.create(bron(pg, IngebouwdePostgres.EIGENAAR));
    }

    /** As the superuser of the embedded server. */
    public static JdbcClient alsBeheerder(IngebouwdePostgres pg) {
        return JdbcClient.create(bron(pg, IngebouwdePostgres.BEHEERDER));
    }

    /** A data source (no pool) for one of the three roles, with the password stored in the data folder. */
    public static DataSource bron(IngebouwdePostgres pg, String rol) {
        var wachtwoorden = new Properties();
        try (var r = Files.newBufferedReader(pg.map().resolve(IngebouwdePostgres.WACHTWOORDBESTAND))) {
            wachtwoorden.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SimpleDriverDataSource(new org.postgresql.Driver(), pg.jdbcUrl(), rol, wachtwoorden.getProperty(rol));
    }

    /**
     * kill -9 of the postmaster and every process it started, at once, so that nothing gets a chance
     * to write or flush anything more; returns when all of them are gone.
     */
    public static void doodPostgres(IngebouwdePostgres pg) {
        try {
            long pid = Long.parseLong(Files.readAllLines(pg.map().resolve("postmaster.pid")).getFirst().strip());
            var postmaster = ProcessHandle.of(pid).orElseThrow();
            var kinderen = postmaster.descendants().toList();
            postmaster.destroyForcibly();
            kinderen.forEach(ProcessHandle::destroyForcibly);
            postmaster.onExit().get(30, TimeUnit.SECONDS);
            for (var kind : kinderen) {
                kind.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL doden mislukt", e);
        }
    }
}
