// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static nl.onderdak.bewoners.Bewonersverzoeken.HUISHOUDENS;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishouden;
import static nl.onderdak.bewoners.Bewonersverzoeken.lid;
import static nl.onderdak.bewoners.Bewonersverzoeken.nieuwBsn;
import static nl.onderdak.bewoners.Bewonersverzoeken.uniekeAchternaam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import nl.onderdak.Databasebeheer;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Least privilege in the database (ADR 0012): the application connects as a role that owns nothing,
 * is no superuser and may only read and append to the processing log; every connection needs a
 * password; the embedded server runs with production durability settings and keeps values out of
 * its log.
 */
class DatabaseRechtenTest extends IntegratieTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transacties;

    @Autowired
    IngebouwdePostgres postgres;

    /** Runs as the application's role in a transaction that is always rolled back, in case a refusal fails. */
    private void alsApplicatie(String sql) {
        new TransactionTemplate(transacties).executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql(sql).update();
        });
    }

    private void registreerIemand() {
        var h = post(HUISHOUDENS, "utrecht", huishouden(lid("Rechten", uniekeAchternaam("Test"), "1990-01-01")));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
    }

    @Test
    void applicatieWerktAlsRolDieNietsBezitEnGeenSuperuserIs() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(IngebouwdePostgres.APPLICATIE);
        assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls or rolreplication from pg_roles "
                + "where rolname = current_user").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where c.relowner = (select oid from pg_roles where rolname = current_user)").query(Integer.class).single())
                .as("relations owned by the application's role").isZero();
        assertThat(jdbc.sql("select count(*) from pg_namespace where nspowner = (select oid from pg_roles where rolname = current_user)")
                .query(Integer.class).single()).as("schemas owned by the application's role").isZero();
        assertThat(jdbc.sql("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S') and pg_get_userbyid(c.relowner) <> ?")
                .param(IngebouwdePostgres.EIGENAAR).query(Integer.class).single())
                .as("every relation of the schema belongs to the owner role").isZero();
        assertThatThrownBy(() -> alsApplicatie("create table test_mag_niet (id int)")).isInstanceOf(DataAccessException.class);
    }

    @Test
    void applicatieKanHetVerwerkingslogNietWijzigen() {
        registreerIemand();
        long id = jdbc.sql("select max(id) from logboek.verwerkingslog").query(Long.class).single();

        for (var sql : new String[] {"update logboek.verwerkingslog set gebruiker = 'iemand-anders' where id = " + id,
                "delete from logboek.verwerkingslog where id = " + id, "truncate logboek.verwerkingslog"}) {
            assertThatThrownBy(() -> alsApplicatie(sql)).as(sql).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("permission denied");
        }
        var rechten = jdbc.sql("select privilege_type from information_schema.role_table_grants "
                + "where table_name = 'verwerkingslog' and grantee = current_user order by 1").query(String.class).list();
        assertThat(rechten).containsExactly("INSERT", "SELECT");
        assertThat(jdbc.sql("select gebruiker from logboek.verwerkingslog where id = ?").param(id).query(String.class).single())
                .isEqualTo("utrecht");
    }

    @Test
    void applicatieKanDeBeveiligingVanHetVerwerkingslogNietUitzetten() {
        for (var sql : new String[] {"alter table logboek.verwerkingslog disable trigger all",
                "alter table logboek.verwerkingslog disable trigger verwerkingslog_onveranderlijk",
                "drop trigger verwerkingslog_onveranderlijk on logboek.verwerkingslog",
                "set session_replication_role = replica", "set local session_replication_role = replica",
                "alter role " + IngebouwdePostgres.APPLICATIE + " superuser",
                "create or replace function weiger_wijziging() returns trigger language plpgsql as $$ begin return new; end $$",
                // The hash chain (V39, ADR 0018): neither switched off nor replaced by the application.
                "alter table logboek.verwerkingslog disable trigger verwerkingslog_keten",
                "drop trigger verwerkingslog_keten on logboek.verwerkingslog",
                "create or replace function logboek.verwerkingslog_keten() returns trigger language plpgsql as $$ begin return new; end $$"}) {
            assertThatThrownBy(() -> alsApplicatie(sql)).as(sql).isInstanceOf(DataAccessException.class);
        }
        // Append-only (update/delete and truncate) and the hash chain.
        assertThat(jdbc.sql("select count(*) from pg_trigger where tgrelid = 'logboek.verwerkingslog'::regclass and tgenabled = 'O'")
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void eenNieuweTabelVanEenMigratieKrijgtVanzelfDeRechtenVanDeApplicatie() {
        var eigenaar = Databasebeheer.alsEigenaar(postgres);
        eigenaar.sql("create table test_nieuwe_tabel (id bigserial primary key, tekst text)").update();
        try {
            jdbc.sql("insert into test_nieuwe_tabel (tekst) values ('a')").update();
            jdbc.sql("update test_nieuwe_tabel set tekst = 'b'").update();
            assertThat(jdbc.sql("select tekst from test_nieuwe_tabel").query(String.class).single()).isEqualTo("b");
            jdbc.sql("delete from test_nieuwe_tabel").update();
            assertThatThrownBy(() -> alsApplicatie("alter table test_nieuwe_tabel add column x int"))
                    .isInstanceOf(DataAccessException.class);
        } finally {
            eigenaar.sql("drop table test_nieuwe_tabel").update();
        }
    }

    @Test
    void elkeVerbindingMetDeDatabaseVraagtEenWachtwoord() {
        for (var rol : new String[] {IngebouwdePostgres.BEHEERDER, IngebouwdePostgres.EIGENAAR, IngebouwdePostgres.APPLICATIE}) {
            var zonder = new Properties();
            zonder.setProperty("user", rol);
            assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), zonder).close()).as(rol + " zonder wachtwoord")
                    .isInstanceOf(SQLException.class);
            var fout = new Properties();
            fout.setProperty("user", rol);
            fout.setProperty("password", "onderdak-demo");
            assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), fout).close()).as(rol + " met een fout wachtwoord")
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
        assertThat(Databasebeheer.alsBeheerder(postgres).sql("select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void deWachtwoordenStaanAlleenLeesbaarVoorDeEigenaarInDeDatamap() throws IOException {
        var bestand = postgres.map().resolve(IngebouwdePostgres.WACHTWOORDBESTAND);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(bestand))).isEqualTo("rw-------");
    }

    @Test
    void deVerbindingenVanDeApplicatieVragenGeenParalleleQuery() {
        // ADR 0025: under many users a parallel plan only adds worker start-up; the pool's sessions switch it off,
        // while the server default (what the owner and tools get) stays as PostgreSQL sets it.
        assertThat(jdbc.sql("show max_parallel_workers_per_gather").query(String.class).single()).isEqualTo("0");
        assertThat(Databasebeheer.alsBeheerder(postgres).sql("show max_parallel_workers_per_gather").query(String.class).single())
                .isNotEqualTo("0");
    }

    @Test
    void deVerbindingenVanDeApplicatieWachtenOpDeSchijfOokAlsDeServerAndersIsIngesteld(
            @org.springframework.beans.factory.annotation.Value("${spring.datasource.hikari.data-source-properties.options}")
            String sessieopties) throws SQLException {
        // An external server or role set up with synchronous_commit=off (as a startup option here, the
        // last place before the pool's own options) must not turn a confirmed write into one a crash can lose.
        var eigenschappen = new Properties();
        eigenschappen.setProperty("user", IngebouwdePostgres.APPLICATIE);
        eigenschappen.setProperty("password", postgres.wachtwoord(IngebouwdePostgres.APPLICATIE));
        eigenschappen.setProperty("options", "-c synchronous_commit=off " + sessieopties);
        try (var verbinding = DriverManager.getConnection(postgres.jdbcUrl(), eigenschappen);
                var uitkomst = verbinding.createStatement().executeQuery("show synchronous_commit")) {
            uitkomst.next();
            assertThat(uitkomst.getString(1)).isEqualTo("on");
        }
    }

    @Test
    void ingebouwdePostgresSchrijftElkeBevestigdeTransactieDuurzaamWeg() {
        var instellingen = Databasebeheer.alsBeheerder(postgres)
                .sql("select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes', "
                        + "'log_error_verbosity', 'log_min_error_statement', 'log_parameter_max_length', "
                        + "'log_parameter_max_length_on_error', 'listen_addresses')")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(instellingen).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on")
                .containsEntry("full_page_writes", "on").containsEntry("log_error_verbosity", "terse")
                .containsEntry("log_min_error_statement", "panic").containsEntry("log_parameter_max_length", "0")
                .containsEntry("log_parameter_max_length_on_error", "0").containsEntry("listen_addresses", "localhost");
    }

    @Test
    void eenBsnKomtNooitInHetLogVanDeDatabaseserver() throws Exception {
        // What the server writes goes to its log files in the data folder, and what reaches its standard
        // output (before the log collector starts) to zonky's logger: capture both.
        var zonky = (Logger) LoggerFactory.getLogger("io.zonky.test.db.postgres.embedded");
        var niveau = zonky.getLevel();
        var opgevangen = new ListAppender<ILoggingEvent>();
        opgevangen.start();
        zonky.addAppender(opgevangen);
        zonky.setLevel(Level.ALL);
        var bsn = nieuwBsn();
        try {
            var eerste = post(HUISHOUDENS, "utrecht", huishouden(lid("Olena", uniekeAchternaam("Bsnlog"), "1980-02-02",
                    Map.of("bsn", bsn))));
            assertThat(eerste.status()).as(eerste.toString()).isEqualTo(201);
            var tweede = post(HUISHOUDENS, "amersfoort", huishouden(lid("Olena", uniekeAchternaam("Bsnlog"), "1980-02-02",
                    Map.of("bsn", bsn))));
            assertThat(tweede.status()).as(tweede.toString()).isBetween(200, 499);
            // Something the server certainly logs, so the test knows the log has caught up.
            var merk = "onderdak-logmerk-" + System.nanoTime();
            Databasebeheer.alsBeheerder(postgres).sql("do $$ begin raise log '" + merk + "'; end $$").update();
            var logmap = postgres.map().resolve(IngebouwdePostgres.LOGMAP);
            var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!serverlog(logmap).contains(merk) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            var log = serverlog(logmap);
            assertThat(log).as("the server log was read").contains(merk);
            assertThat(log).doesNotContain(bsn);
            assertThat(opgevangen.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(r -> r.contains(bsn));
        } finally {
            zonky.detachAppender(opgevangen);
            zonky.setLevel(niveau);
        }
    }

    private static String serverlog(Path map) throws IOException {
        if (!Files.isDirectory(map)) {
            return "";
        }
        try (var bestanden = Files.list(map)) {
            return bestanden.map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    return "";
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    @Autowired
    javax.sql.DataSource applicatiebron;

    @Test
    void eenDatabasefoutNoemtGeenWaardenInDeMeldingVanDeApplicatie() throws SQLException {
        // What an exception says ends up in the application's log: the server's detail with the row's values must not.
        var waarde = "BSN" + nieuwBsn();
        try (var verbinding = applicatiebron.getConnection(); var opdracht = verbinding.createStatement()) {
            opdracht.execute("create temporary table dubbel_test (waarde text unique)");
            try {
                opdracht.execute("insert into dubbel_test values ('" + waarde + "')");
                assertThatThrownBy(() -> opdracht.execute("insert into dubbel_test values ('" + waarde + "')"))
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(e.toString()).contains("dubbel_test").doesNotContain(waarde));
            } finally {
                opdracht.execute("drop table if exists dubbel_test");
            }
        }
    }

    @Test
    void gezondheidNoemtDeDatabaseAlleenVoorDeBeheerder() {
        // Actuator sits on its management port, in the stateless API chain: HTTP Basic here, bearer tokens in production.
        var beheer = beheer("/actuator/health", "beheer");
        assertThat(beheer.status()).as(beheer.body()).isEqualTo(200);
        var json = beheer.json();
        assertThat(json.get("status").asString()).isEqualTo("UP");
        assertThat(json.get("components").get("db").get("status").asString()).isEqualTo("UP");
        var gemeente = beheer("/actuator/health", "utrecht");
        assertThat(gemeente.status()).isEqualTo(200);
        assertThat(gemeente.json().get("status").asString()).isEqualTo("UP");
        assertThat(gemeente.json().has("components")).as("no details for other users").isFalse();
        var anoniem = beheer("/actuator/health");
        assertThat(anoniem.status()).isEqualTo(200);
        assertThat(anoniem.json().has("components")).as("no details for anonymous users").isFalse();
        assertThat(beheer("/actuator/env", "beheer").status()).as("only health is served").isEqualTo(404);
    }
}
