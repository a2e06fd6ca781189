// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.herstel;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;

/**
 * A logical back-up of Onderdak's database, made and restored with the JDBC driver alone (ADR 0018):
 * the embedded PostgreSQL 17 ships no pg_dump, and the pg_dump 15 of this machine's Debian refuses a
 * newer server. The file is a ZIP: {@value #MANIFEST} first (format, Flyway version, time, tables with
 * their row counts, sequence values), then one entry per table in PostgreSQL's COPY text format,
 * parents before the tables that refer to them. All tables are read in one REPEATABLE READ snapshot,
 * so the file is consistent while the application keeps working.
 *
 * <p>The restore builds the schema with the application's own migrations up to the back-up's version
 * (so the file needs no DDL and an older back-up restores into a newer Onderdak), empties what the
 * migrations filled, loads every table with the user triggers off (the processing log keeps its
 * numbers and hashes as they were, tampered or not), sets the sequences, and then migrates to the
 * newest version. It refuses a database that already has Onderdak's schema.
 */
public final class Reservekopie {

    static final String MANIFEST = "onderdak-backup.properties";
    static final String FORMAAT = "onderdak-backup-1";
    static final String FLYWAYTABEL = "flyway_schema_history";

    /** What a back-up or restore did: tables, rows and time. */
    public record Samenvatting(String flywayversie, int tabellen, long rijen, long milliseconden) {
    }

    private Reservekopie() {
    }

    /** Writes the back-up of the database behind {@code c} (a role that may read every table: the owner). */
    public static Samenvatting maak(Connection c, OutputStream uit) throws SQLException, IOException {
        long t0 = System.nanoTime();
        boolean autocommit = c.getAutoCommit();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try (var zip = new ZipOutputStream(new NietSluiten(uit))) {
            zip.setLevel(1);
            String versie = flywayversie(c);
            var tabellen = tabellenInVolgorde(c);
            var manifest = new Properties();
            manifest.setProperty("formaat", FORMAAT);
            manifest.setProperty("flywayversie", versie);
            manifest.setProperty("gemaakt", Instant.now().toString());
            manifest.setProperty("postgres", enkel(c, "show server_version"));
            manifest.setProperty("tabellen", String.join(",", tabellen));
            reeksen(c).forEach((reeks, waarde) -> manifest.setProperty("reeks." + reeks, waarde));
            // Row counts first, in the same snapshot, so the manifest can go first and the restore can check them.
            long rijen = 0;
            for (var t : tabellen) {
                long n = Long.parseLong(enkel(c, "select count(*) from " + t));
                manifest.setProperty("rijen." + t, Long.toString(n));
                rijen += n;
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            var tekst = new StringWriter();
            manifest.store(tekst, "Onderdak back-up");
            zip.write(tekst.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (var t : tabellen) {
                zip.putNextEntry(new ZipEntry("tabel/" + t + ".copy"));
                copy.copyOut("copy " + t + " to stdout", new NietSluiten(zip));
                zip.closeEntry();
            }
            zip.finish();
            return new Samenvatting(versie, tabellen.size(), rijen, (System.nanoTime() - t0) / 1_000_000);
        } finally {
            c.rollback();
            c.setReadOnly(false);
            c.setAutoCommit(autocommit);
        }
    }

    /**
     * Restores the back-up into the empty database of {@code eigenaar} (the role that owns the schema, as Flyway
     * runs), with {@code applicatierol} as the application's role that afterMigrate.sql grants its rights to.
     */
    public static Samenvatting zetTerug(InputStream in, DataSource eigenaar, String applicatierol) throws SQLException, IOException {
        long t0 = System.nanoTime();
        try (var zip = new ZipInputStream(in)) {
            var eerste = zip.getNextEntry();
            if (eerste == null || !eerste.getName().equals(MANIFEST)) {
                throw new IllegalArgumentException("Dit is geen back-up van Onderdak / this is not an Onderdak back-up");
            }
            var manifest = new Properties();
            manifest.load(new StringReader(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            if (!FORMAAT.equals(manifest.getProperty("formaat"))) {
                throw new IllegalArgumentException("Onbekend back-upformaat / unknown back-up format: " + manifest.getProperty("formaat"));
            }
            String versie = manifest.getProperty("flywayversie");
            try (var c = eigenaar.getConnection()) {
                if (enkel(c, "select to_regclass('public." + FLYWAYTABEL + "')") != null) {
                    throw new IllegalStateException("De database is niet leeg: er staat al een Onderdak in. Herstel gaat alleen naar een nieuwe database. "
                            + "/ The database is not empty: it already holds Onderdak. Restore only into a fresh database.");
                }
            }
            flyway(eigenaar, applicatierol, MigrationVersion.fromVersion(versie)).migrate();
            var tabellen = List.of(manifest.getProperty("tabellen").split(","));
            long rijen = 0;
            try (var c = eigenaar.getConnection()) {
                c.setAutoCommit(false);
                try (var s = c.createStatement()) {
                    for (var t : tabellen) {
                        s.execute("alter table " + t + " disable trigger user");
                    }
                    // What the migrations filled (reference data, demo accounts) comes from the back-up as it was.
                    s.execute("truncate table " + String.join(", ", tabellen));
                }
                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                Set<String> geladen = new LinkedHashSet<>();
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    var naam = entry.getName();
                    if (!naam.startsWith("tabel/") || !naam.endsWith(".copy")) {
                        continue;
                    }
                    var t = naam.substring("tabel/".length(), naam.length() - ".copy".length());
                    if (!tabellen.contains(t)) {
                        throw new IllegalArgumentException("Onbekende tabel in de back-up / unknown table in the back-up: " + t);
                    }
                    long n = copy.copyIn("copy " + t + " from stdin", new NietSluitenIn(zip));
                    long verwacht = Long.parseLong(manifest.getProperty("rijen." + t));
                    if (n != verwacht) {
                        throw new IllegalStateException("Tabel %s: %d rijen geladen, %d verwacht / rows loaded vs expected".formatted(t, n, verwacht));
                    }
                    rijen += n;
                    geladen.add(t);
                }
                if (!geladen.containsAll(tabellen)) {
                    var ontbreekt = new ArrayList<>(tabellen);
                    ontbreekt.removeAll(geladen);
                    throw new IllegalStateException("De back-up is onvolledig, tabellen ontbreken / incomplete back-up: " + ontbreekt);
                }
                try (var s = c.createStatement()) {
                    for (var t : tabellen) {
                        s.execute("alter table " + t + " enable trigger user");
                    }
                }
                try (var z = c.prepareStatement("select setval(cast(? as regclass), ?, ?)")) {
                    for (var naam : manifest.stringPropertyNames()) {
                        if (naam.startsWith("reeks.")) {
                            var waarde = manifest.getProperty(naam).split(":");
                            z.setString(1, naam.substring("reeks.".length()));
                            z.setLong(2, Long.parseLong(waarde[0]));
                            z.setBoolean(3, Boolean.parseBoolean(waarde[1]));
                            z.execute();
                        }
                    }
                }
                c.commit();
                try (var s = c.createStatement()) {
                    c.setAutoCommit(true);
                    s.execute("analyze");
                }
            }
            // A back-up of an older version: the newer migrations run on the restored data, as at an upgrade.
            flyway(eigenaar, applicatierol, MigrationVersion.LATEST).migrate();
            return new Samenvatting(versie, tabellen.size(), rijen, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static Flyway flyway(DataSource eigenaar, String applicatierol, MigrationVersion tot) {
        // The same as spring.flyway in application.yaml: the application's migrations and afterMigrate.sql.
        return Flyway.configure()
                .dataSource(eigenaar)
                .locations("classpath:db/migration")
                .placeholders(Map.of("applicatierol", applicatierol))
                .target(tot)
                .load();
    }

    private static String flywayversie(Connection c) throws SQLException {
        var versie = enkel(c, "select version from public." + FLYWAYTABEL
                + " where success and version is not null order by installed_rank desc limit 1");
        if (versie == null) {
            throw new IllegalStateException("Geen Onderdak-database (geen migraties gevonden) / not an Onderdak database");
        }
        return versie;
    }

    /**
     * Every ordinary table outside PostgreSQL's own schemas, except Flyway's history and tables of extensions, as
     * quoted schema.table, each after the tables it refers to (a self-reference needs no order: COPY checks foreign
     * keys at the end of the statement).
     */
    static List<String> tabellenInVolgorde(Connection c) throws SQLException {
        var naamVan = new LinkedHashMap<Long, String>();
        try (var s = c.createStatement(); var rs = s.executeQuery("""
                select c.oid, format('%I.%I', n.nspname, c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
                   and not (n.nspname = 'public' and c.relname = 'flyway_schema_history')
                   and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
                 order by 2""")) {
            while (rs.next()) {
                naamVan.put(rs.getLong(1), rs.getString(2));
            }
        }
        var ouders = new HashMap<Long, Set<Long>>();
        try (var s = c.createStatement(); var rs = s.executeQuery(
                "select conrelid, confrelid from pg_constraint where contype = 'f' and conrelid <> confrelid")) {
            while (rs.next()) {
                ouders.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
            }
        }
        var volgorde = new LinkedHashSet<Long>();
        var bezig = new java.util.HashSet<Long>();
        for (var t : naamVan.keySet()) {
            plaats(t, ouders, naamVan, volgorde, bezig);
        }
        return volgorde.stream().map(naamVan::get).toList();
    }

    private static void plaats(long t, Map<Long, Set<Long>> ouders, Map<Long, String> naamVan, Set<Long> volgorde, Set<Long> bezig) {
        if (volgorde.contains(t) || !naamVan.containsKey(t)) {
            return;
        }
        if (!bezig.add(t)) {
            throw new IllegalStateException("Kringverwijzing tussen tabellen / circular foreign keys at " + naamVan.get(t));
        }
        for (var ouder : ouders.getOrDefault(t, Set.of())) {
            plaats(ouder, ouders, naamVan, volgorde, bezig);
        }
        bezig.remove(t);
        volgorde.add(t);
    }

    /** Every sequence outside PostgreSQL's schemas (and not an extension's), as "last_value:is_called". */
    private static Map<String, String> reeksen(Connection c) throws SQLException {
        var namen = new ArrayList<String>();
        try (var s = c.createStatement(); var rs = s.executeQuery("""
                select format('%I.%I', n.nspname, c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind = 'S' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
                   and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
                 order by 1""")) {
            while (rs.next()) {
                namen.add(rs.getString(1));
            }
        }
        var waarden = new LinkedHashMap<String, String>();
        for (var naam : namen) {
            if (naam.startsWith("public.flyway")) {
                continue;
            }
            try (var s = c.createStatement(); var rs = s.executeQuery("select last_value, is_called from " + naam)) {
                rs.next();
                waarden.put(naam, rs.getLong(1) + ":" + rs.getBoolean(2));
            }
        }
        return waarden;
    }

    private static String enkel(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Lets COPY write into a ZIP entry without closing the ZIP. */
    private static final class NietSluiten extends FilterOutputStream {
        NietSluiten(OutputStream uit) {
            super(uit);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** Lets COPY read one ZIP entry without closing the ZIP. */
    private static final class NietSluitenIn extends FilterInputStream {
        NietSluitenIn(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The entry ends by itself; the ZIP stays open for the next one.
        }
    }
}
