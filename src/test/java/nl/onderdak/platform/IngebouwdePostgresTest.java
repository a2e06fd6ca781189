// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import nl.onderdak.Databasebeheer;
import org.junit.jupiter.api.Test;

/** Starting the embedded server on a data folder: port, lock, own server, folders of older versions (ADR 0012). */
class IngebouwdePostgresTest {

    private static Path nieuweMap() {
        return Path.of("target/pg-test/start-" + UUID.randomUUID());
    }

    private static void opruimen(Path map) throws java.io.IOException {
        try (var alles = Files.walk(map)) {
            for (var p : alles.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void eenTweedeOnderdakOpDezelfdeDatamapWeigertTeStarten() {
        var map = nieuweMap();
        try (var eerste = IngebouwdePostgres.start(map, 0, true)) {
            assertThatThrownBy(() -> IngebouwdePostgres.start(map, 0, false).close())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in gebruik door een andere Onderdak")
                    .hasMessageContaining("in use by another Onderdak");
            assertThat(Databasebeheer.alsBeheerder(eerste).sql("select 1").query(Integer.class).single())
                    .as("the first one runs on").isEqualTo(1);
        }
    }

    @Test
    void dePoortWordtBijDeEersteStartGekozenEnDaarnaHergebruikt() throws Exception {
        var map = nieuweMap();
        int poort;
        try (var eerste = IngebouwdePostgres.start(map, 0, false)) {
            poort = eerste.poort();
            assertThat(Files.readString(eerste.map().resolve(IngebouwdePostgres.POORTBESTAND)).strip()).isEqualTo(String.valueOf(poort));
        }
        try (var tweede = IngebouwdePostgres.start(map, 0, false)) {
            assertThat(tweede.poort()).isEqualTo(poort);
        }
        opruimen(map);
    }

    @Test
    void eenBezettePoortWordtGeweigerdMetEenDuidelijkeMelding() throws Exception {
        var map = nieuweMap();
        int poort;
        try (var eerste = IngebouwdePostgres.start(map, 0, false)) {
            poort = eerste.poort();
        }
        try (var ander = new ServerSocket(poort, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> IngebouwdePostgres.start(map, 0, false).close())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Poort " + poort).hasMessageContaining("in gebruik door een ander programma");
        }
        // The folder was not left locked by the refused start.
        IngebouwdePostgres.start(map, 0, false).close();
        opruimen(map);
    }

    @Test
    void hijHechtZichNietAanDeServerVanEenAndereDatamap() {
        try (var eerste = IngebouwdePostgres.start(nieuweMap(), 0, true)) {
            assertThatThrownBy(() -> IngebouwdePostgres.start(nieuweMap(), eerste.poort(), true).close())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Poort " + eerste.poort());
        }
    }

    @Test
    void eenDatamapVanEenOudereVersieKrijgtWachtwoordenEnEenEigenaar() throws Exception {
        var map = nieuweMap().toAbsolutePath();
        // As Onderdak started the server before: trust authentication, everything owned by postgres.
        try (var oud = EmbeddedPostgres.builder().setDataDirectory(map).setCleanDataDirectory(false).start();
                var c = oud.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create table oud (id bigserial primary key, tekst text)");
            s.execute("create function oud_functie() returns int language sql as 'select 1'");
            s.execute("insert into oud (tekst) values ('bewaard')");
        }
        Files.deleteIfExists(map.resolve("epg-lock"));
        try (var pg = IngebouwdePostgres.start(map, 0, false)) {
            var zonder = new Properties();
            zonder.setProperty("user", IngebouwdePostgres.BEHEERDER);
            assertThatThrownBy(() -> DriverManager.getConnection(pg.jdbcUrl(), zonder).close()).isInstanceOf(SQLException.class);
            var beheerder = Databasebeheer.alsBeheerder(pg);
            assertThat(beheerder.sql("select pg_get_userbyid(relowner) from pg_class where relname in ('oud', 'oud_id_seq')")
                    .query(String.class).list()).containsOnly(IngebouwdePostgres.EIGENAAR).hasSize(2);
            assertThat(beheerder.sql("select pg_get_userbyid(proowner) from pg_proc where proname = 'oud_functie'")
                    .query(String.class).single()).isEqualTo(IngebouwdePostgres.EIGENAAR);
            assertThat(Databasebeheer.alsEigenaar(pg).sql("select tekst from oud").query(String.class).single()).isEqualTo("bewaard");
        }
        opruimen(map);
    }
}
