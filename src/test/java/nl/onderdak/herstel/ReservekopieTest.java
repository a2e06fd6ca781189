// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.herstel;

import static nl.onderdak.bewoners.Bewonersverzoeken.HUISHOUDENS;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishoudenVan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import nl.onderdak.Databasebeheer;
import nl.onderdak.bewoners.BewonersIntegratieTest;
import nl.onderdak.logboek.Ketencontrole;
import nl.onderdak.platform.IngebouwdePostgres;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Restore proven (issue 14): the documented commands {@code backup} and {@code restore} (run here as the
 * script runs them, with the data folder or the database address in the environment) copy the running
 * database into a fresh database in which every table holds exactly what the original held, the processing
 * log included, its hash chain intact and going on, and the application's role has its rights again; a
 * database that is not fresh is refused.
 */
class ReservekopieTest extends BewonersIntegratieTest {

    @Autowired
    IngebouwdePostgres pg;

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream uitvoer = new ByteArrayOutputStream();

    /** A command as {@code ./onderdak} runs it, on the embedded database of the test (running, so the command connects to it). */
    private int opdracht(String... args) {
        return opdracht(Map.of("ONDERDAK_EMBEDDED_POSTGRES_DATA_DIR", pg.map().toString()), args);
    }

    private int opdracht(Map<String, String> omgeving, String... args) {
        var druk = new PrintStream(uitvoer, true, StandardCharsets.UTF_8);
        return new Beheeropdracht(omgeving, druk, druk).voerUit(List.of(args));
    }

    private static Properties wachtwoorden(IngebouwdePostgres pg) throws IOException {
        var p = new Properties();
        try (var r = Files.newBufferedReader(pg.map().resolve(IngebouwdePostgres.WACHTWOORDBESTAND))) {
            p.load(r);
        }
        return p;
    }

    private static DataSource bron(String url, String rol, Properties wachtwoorden) {
        var ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(rol);
        ds.setPassword(wachtwoorden.getProperty(rol));
        return ds;
    }

    /** Per table: rows and an MD5 over all rows in a fixed order, as the owner sees them. */
    private static Map<String, String> inhoud(DataSource bron) throws SQLException {
        var uitkomst = new LinkedHashMap<String, String>();
        try (Connection c = bron.getConnection()) {
            for (var t : Reservekopie.tabellenInVolgorde(c)) {
                try (var s = c.createStatement(); var rs = s.executeQuery(
                        "select count(*), md5(coalesce(string_agg(x::text, '|' order by x::text), '')) from " + t + " x")) {
                    rs.next();
                    uitkomst.put(t, rs.getLong(1) + " " + rs.getString(2));
                }
            }
        }
        return uitkomst;
    }

    @Test
    void een_herstelde_backup_bevat_alles_ook_het_verwerkingslog_met_een_intacte_keten() throws Exception {
        var huishouden = registreer("utrecht", huishoudenVan(3)).get("id").asString();
        assertThat(get(HUISHOUDENS + "/" + huishouden, "utrecht").status()).isEqualTo(200);
        var bestand = tmp.resolve("onderdak.backup");

        long t0 = System.nanoTime();
        assertThat(opdracht("backup", bestand.toString())).as(uitvoer.toString(StandardCharsets.UTF_8)).isZero();
        long backup = (System.nanoTime() - t0) / 1_000_000;
        var bron = Databasebeheer.bron(pg, IngebouwdePostgres.EIGENAAR);
        var origineel = inhoud(bron);
        Ketencontrole.Uitslag keten;
        try (var c = bron.getConnection()) {
            keten = Ketencontrole.controleer(c, null);
        }
        assertThat(keten.intact()).isTrue();

        // A fresh database in the same server, restored as an external database is: SPRING_DATASOURCE_URL and the owner's
        // account (a new embedded server would add its initdb and start to the test's time; the commands are the same).
        var beheerder = Databasebeheer.alsBeheerder(pg);
        beheerder.sql("drop database if exists herstel_test").update();
        beheerder.sql("create database herstel_test owner " + IngebouwdePostgres.EIGENAAR).update();
        var url = pg.jdbcUrl().replaceAll("/[^/]+$", "/herstel_test");
        var pw = wachtwoorden(pg);
        var extern = Map.of("SPRING_DATASOURCE_URL", url, "SPRING_FLYWAY_USER", IngebouwdePostgres.EIGENAAR,
                "SPRING_FLYWAY_PASSWORD", pw.getProperty(IngebouwdePostgres.EIGENAAR));
        try {
            t0 = System.nanoTime();
            assertThat(opdracht(extern, "restore", bestand.toString())).as(uitvoer.toString(StandardCharsets.UTF_8)).isZero();
            long herstel = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("RESERVEKOPIE backup %d ms, restore %d ms, %s%n", backup, herstel, uitvoer.toString(StandardCharsets.UTF_8));

            assertThat(inhoud(bron(url, IngebouwdePostgres.EIGENAAR, pw))).isEqualTo(origineel);
            assertThat(origineel).containsKeys("logboek.verwerkingslog", "bewoners.huishouden");
            var appBron = bron(url, IngebouwdePostgres.APPLICATIE, pw);
            var app = JdbcClient.create(appBron);
            assertThat(app.sql("select count(*) from bewoners.huishouden where id = ?").param(UUID.fromString(huishouden))
                    .query(Long.class).single()).isOne();
            try (var c = appBron.getConnection()) {
                var uitslag = Ketencontrole.controleer(c, new Ketencontrole.Anker(keten.laatsteVolgnummer(), keten.laatsteHash()));
                assertThat(uitslag.intact()).isTrue();
                assertThat(uitslag.aantal()).isEqualTo(keten.aantal());
            }
            // The chain goes on in the restored database, and the log is still append-only for the application.
            app.sql("""
                    insert into logboek.verwerkingslog (tijdstip, verwerkingsactiviteit, doel, handeling, organisatie_code, gebruiker,
                        betrokkene, trace_id) values (now(), 'herstel-test', 'test', 'inzien', 'GM0344', 'utrecht', repeat('b', 64), 't')""")
                    .update();
            try (var c = appBron.getConnection()) {
                var uitslag = Ketencontrole.controleer(c, null);
                assertThat(uitslag.intact()).isTrue();
                assertThat(uitslag.laatsteVolgnummer()).isEqualTo(keten.laatsteVolgnummer() + 1);
            }
            assertThatThrownBy(() -> app.sql("update logboek.verwerkingslog set doel = 'x' where volgnummer = 1").update())
                    .rootCause().hasMessageContaining("permission denied");

            uitvoer.reset();
            assertThat(opdracht(extern, "restore", bestand.toString())).isEqualTo(1);
            assertThat(uitvoer.toString(StandardCharsets.UTF_8)).contains("niet leeg");
        } finally {
            beheerder.sql("drop database if exists herstel_test").update();
        }
        uitvoer.reset();
        assertThat(opdracht("restore", bestand.toString(), pg.map().toString())).isEqualTo(1);
        assertThat(uitvoer.toString(StandardCharsets.UTF_8)).contains("staat al een database");
        uitvoer.reset();
        assertThat(opdracht("verify-log")).as(uitvoer.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(uitvoer.toString(StandardCharsets.UTF_8)).contains("Verwerkingslog intact");
    }
}
