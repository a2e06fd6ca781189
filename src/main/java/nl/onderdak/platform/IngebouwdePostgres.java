// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server of one data folder (ADR 0012): started with the durability settings
 * of a production server (fsync, synchronous commit and full-page writes on), password
 * authentication (scram-sha-256) for every connection, and two roles besides the superuser: the
 * owner of the schema ({@value #EIGENAAR}, Flyway runs as it) and the application's role
 * ({@value #APPLICATIE}, owns nothing).
 *
 * <p>The folder holds, next to PostgreSQL's own files: {@value #SLOTBESTAND} (an OS file lock held
 * while the server runs, so a second instance on the same folder refuses to start),
 * {@value #POORTBESTAND} (the port chosen at the first start and reused afterwards) and
 * {@value #WACHTWOORDBESTAND} (generated passwords, mode 0600, never logged). The server log goes to
 * {@code log/} in the folder, one file per weekday, and carries no values of statements or keys.
 */
public final class IngebouwdePostgres implements AutoCloseable {

    public static final String BEHEERDER = "postgres";
    public static final String EIGENAAR = "onderdak_eigenaar";
    public static final String APPLICATIE = "onderdak_app";
    public static final String DATABASE = "postgres";
    public static final String SLOTBESTAND = "onderdak.lock";
    public static final String POORTBESTAND = "onderdak-poort";
    public static final String WACHTWOORDBESTAND = "onderdak-wachtwoorden";
    /** The folder of the server log inside the data folder. */
    public static final String LOGMAP = "log";

    private static final Logger log = LoggerFactory.getLogger(IngebouwdePostgres.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Server settings given on every start. Zonky starts PostgreSQL with {@code -F} (fsync off) and
     * {@code synchronous_commit=off}; these come after it on the command line and win.
     */
    static final Map<String, String> SERVERINSTELLINGEN = instellingen(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "listen_addresses", "localhost",
            "password_encryption", "scram-sha-256",
            "max_connections", "100",
            // No values in the server log: no DETAIL ("Key (bsn)=(...) already exists"), no statement
            // text with an error, no bind parameters.
            "log_error_verbosity", "terse",
            "log_min_error_statement", "panic",
            "log_parameter_max_length", "0",
            "log_parameter_max_length_on_error", "0",
            // The server log in the data folder: one file per weekday, overwritten a week later.
            "logging_collector", "on",
            "log_directory", LOGMAP,
            "log_filename", "postgresql-%a.log",
            "log_truncate_on_rotation", "on",
            "log_rotation_age", "1d",
            "log_rotation_size", "0");

    private final Path map;
    private final boolean opruimen;
    private int poort;
    private FileChannel slotkanaal;
    private FileLock slot;
    private Properties wachtwoorden;
    private EmbeddedPostgres server;

    private IngebouwdePostgres(Path map, boolean opruimen) {
        this.map = map;
        this.opruimen = opruimen;
    }

    /**
     * Starts the server of {@code map}. {@code poort} 0 takes the port stored in the folder, or a
     * free one at the first start; {@code schoon} throws away what the folder holds first (tests).
     */
    public static IngebouwdePostgres start(Path map, int poort, boolean schoon) {
        var pg = new IngebouwdePostgres(map.toAbsolutePath().normalize(), schoon);
        try {
            pg.eersteStart(poort, schoon);
            return pg;
        } catch (RuntimeException | IOException e) {
            pg.laatSlotLos();
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The data folder (absolute). */
    public Path map() {
        return map;
    }

    /** The port the server listens on (loopback only). */
    public int poort() {
        return poort;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + poort + "/" + DATABASE;
    }

    /** The password of one of the three roles, as stored in the folder. */
    String wachtwoord(String rol) {
        return wachtwoorden.getProperty(rol);
    }

    /**
     * Stops what is left of the server (after a crash nothing may be left) and starts it again on the
     * same folder and port. The application's pool reconnects by itself.
     */
    public synchronized void herstart() throws IOException {
        stopServer();
        startServer(false, null);
    }

    /** Stops the server without waiting for clients; the folder stays locked until {@link #close()}. */
    public synchronized void stop() {
        stopServer();
    }

    @Override
    public synchronized void close() {
        stopServer();
        laatSlotLos();
        if (opruimen) {
            verwijderInhoud(map);
            try {
                Files.deleteIfExists(map);
            } catch (IOException e) {
                log.warn("Kon de datamap {} niet verwijderen: {}", map, e.getMessage());
            }
        }
    }

    private void eersteStart(int gevraagdePoort, boolean schoon) throws IOException {
        Files.createDirectories(map);
        if (schoon && isNietLeeg(map)) {
            vergrendel();
            laatSlotLos();
            verwijderInhoud(map);
        }
        boolean nieuw = !Files.exists(map.resolve("PG_VERSION"));
        if (nieuw && isNietLeeg(map)) {
            throw new IllegalStateException(("De map %s is geen PostgreSQL-datamap en is niet leeg; Onderdak gebruikt hem niet. "
                    + "/ The folder %s is not a PostgreSQL data folder and is not empty; Onderdak will not use it.")
                    .formatted(map, map));
        }
        if (!nieuw) {
            vergrendel();
            stopVerwezenServer();
        }
        poort = bepaalPoort(gevraagdePoort);
        Path pwbestand = null;
        boolean wachtwoordenNieuw;
        if (nieuw) {
            wachtwoorden = nieuweWachtwoorden();
            wachtwoordenNieuw = true;
            pwbestand = Files.createTempFile("onderdak-initdb", ".pw",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(pwbestand, wachtwoord(BEHEERDER) + "\n");
        } else if (Files.exists(map.resolve(WACHTWOORDBESTAND))) {
            wachtwoorden = leesWachtwoorden();
            wachtwoordenNieuw = false;
        } else {
            // A folder of an older version: trust authentication and no passwords yet. Started once
            // more with trust, the superuser gets its password and pg_hba.conf is rewritten below.
            wachtwoorden = nieuweWachtwoorden();
            wachtwoordenNieuw = true;
        }
        try {
            startServer(nieuw, pwbestand);
        } finally {
            if (pwbestand != null) {
                Files.deleteIfExists(pwbestand);
            }
        }
        if (wachtwoordenNieuw && !nieuw) {
            try (var c = verbind(BEHEERDER)) {
                c.unwrap(PGConnection.class).alterUserPassword(BEHEERDER, wachtwoord(BEHEERDER).toCharArray(), "scram-sha-256");
                schrijfPgHba();
                try (var s = c.createStatement()) {
                    s.execute("select pg_reload_conf()");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Wachtwoord van de beheerder instellen mislukt / setting the superuser password failed", e);
            }
            schrijfWachtwoorden();
            log.info("Ingebouwde PostgreSQL: wachtwoordauthenticatie ingesteld in de bestaande datamap {}", map);
        }
        bereidRollenVoor();
        log.info("Ingebouwde PostgreSQL draait op poort {} met data in {} (fsync, synchronous_commit en full_page_writes aan)",
                poort, map);
    }

    private void startServer(boolean nieuw, Path pwbestand) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(map)
                .setCleanDataDirectory(false)
                .setPort(poort)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .setConnectConfig("password", wachtwoord(BEHEERDER));
        SERVERINSTELLINGEN.forEach(builder::setServerConfig);
        if (nieuw) {
            // Zonky runs initdb with "-A trust"; these later options win: a password from the start.
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pwbestand.toString());
        }
        boolean wachtwoordBekend = nieuw || Files.exists(map.resolve(WACHTWOORDBESTAND));
        builder.setDataDirectoryCustomizer(folder -> {
            try {
                if (nieuw) {
                    vergrendel();
                    schrijfWachtwoorden();
                }
                // Written after initdb, which wants an empty folder.
                Files.writeString(map.resolve(POORTBESTAND), poort + "\n");
                if (wachtwoordBekend) {
                    schrijfPgHba();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!poortIsVrij(poort)) {
            throw poortBezet(poort);
        }
        server = builder.start();
        controleerEigenServer();
    }

    private void stopServer() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Stoppen van de ingebouwde PostgreSQL: {}", e.getMessage());
            }
            server = null;
        }
    }

    /** The server that answers on our port must be the one of our folder, or we refuse to use it. */
    private void controleerEigenServer() {
        String folder;
        try (var c = verbind(BEHEERDER); var s = c.createStatement(); var rs = s.executeQuery("show data_directory")) {
            rs.next();
            folder = rs.getString(1);
        } catch (SQLException e) {
            stopServer();
            throw new IllegalStateException(("Op poort %d antwoordt een PostgreSQL die Onderdak niet kent. "
                    + "/ The PostgreSQL answering on port %d is not Onderdak's own.").formatted(poort, poort), e);
        }
        try {
            if (!Path.of(folder).toRealPath().equals(map.toRealPath())) {
                throw new IllegalStateException(("Op poort %d draait een andere PostgreSQL (datamap %s, niet %s); Onderdak gebruikt die niet. "
                        + "/ Port %d is served by another PostgreSQL (data folder %s, not %s); Onderdak will not attach to it.")
                        .formatted(poort, folder, map, poort, folder, map));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the two roles and hands every object in the schema to the owner; idempotent, as superuser. */
    private void bereidRollenVoor() {
        try (var c = verbind(BEHEERDER)) {
            try (var s = c.createStatement()) {
                s.execute("""
                        do $$
                        begin
                            if not exists (select from pg_roles where rolname = '%1$s') then
                                create role %1$s login;
                            end if;
                            if not exists (select from pg_roles where rolname = '%2$s') then
                                create role %2$s login;
                            end if;
                        end $$""".formatted(EIGENAAR, APPLICATIE));
                s.execute("alter role " + EIGENAAR + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
                s.execute("alter role " + APPLICATIE + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
            }
            var pg = c.unwrap(PGConnection.class);
            pg.alterUserPassword(EIGENAAR, wachtwoord(EIGENAAR).toCharArray(), "scram-sha-256");
            pg.alterUserPassword(APPLICATIE, wachtwoord(APPLICATIE).toCharArray(), "scram-sha-256");
            try (var s = c.createStatement()) {
                // CREATE on the database: trusted extensions (btree_gist) are created by the owner.
                s.execute("grant create on database " + DATABASE + " to " + EIGENAAR);
                s.execute("alter schema public owner to " + EIGENAAR);
                s.execute(OVERDRACHT.formatted(EIGENAAR));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rollen voorbereiden mislukt / preparing the database roles failed", e);
        }
    }

    /**
     * Hands every relation, routine and type in schema public that another role owns (in folders of
     * older versions: the superuser) to the owner role. Objects of extensions stay as they are; a
     * sequence that belongs to a column moves with its table.
     */
    private static final String OVERDRACHT = """
            do $$
            declare
                eigenaar oid := (select oid from pg_roles where rolname = '%1$s');
                r record;
            begin
                for r in select c.oid::regclass as naam from pg_class c join pg_namespace n on n.oid = c.relnamespace
                          where n.nspname = 'public' and c.relowner <> eigenaar and c.relkind in ('r', 'p', 'v', 'm', 'f')
                            and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
                loop
                    execute format('alter table %%s owner to %%I', r.naam, '%1$s');
                end loop;
                for r in select c.oid::regclass as naam from pg_class c join pg_namespace n on n.oid = c.relnamespace
                          where n.nspname = 'public' and c.relowner <> eigenaar and c.relkind = 'S'
                            and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                            and d.deptype in ('a', 'i', 'e'))
                loop
                    execute format('alter sequence %%s owner to %%I', r.naam, '%1$s');
                end loop;
                for r in select p.oid::regprocedure as naam from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                          where n.nspname = 'public' and p.proowner <> eigenaar
                            and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
                loop
                    execute format('alter routine %%s owner to %%I', r.naam, '%1$s');
                end loop;
                for r in select t.oid::regtype as naam from pg_type t join pg_namespace n on n.oid = t.typnamespace
                          where n.nspname = 'public' and t.typowner <> eigenaar and t.typtype in ('e', 'd', 'r', 'm')
                            and not exists (select from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
                loop
                    execute format('alter type %%s owner to %%I', r.naam, '%1$s');
                end loop;
            end $$""";

    /** A connection as one of the three roles, straight to the server (no pool). */
    Connection verbind(String rol) throws SQLException {
        var eigenschappen = new Properties();
        eigenschappen.setProperty("user", rol);
        eigenschappen.setProperty("password", wachtwoord(rol));
        eigenschappen.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl(), eigenschappen);
    }

    private int bepaalPoort(int gevraagd) throws IOException {
        var bestand = map.resolve(POORTBESTAND);
        int gekozen;
        if (gevraagd > 0) {
            gekozen = gevraagd;
        } else if (Files.exists(bestand)) {
            gekozen = Integer.parseInt(Files.readString(bestand).strip());
            if (!poortIsVrij(gekozen)) {
                throw poortBezet(gekozen);
            }
        } else {
            try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                gekozen = socket.getLocalPort();
            }
        }
        return gekozen;
    }

    private IllegalStateException poortBezet(int bezet) {
        return new IllegalStateException(("Poort %d van de ingebouwde PostgreSQL (bewaard in %s) is in gebruik door een ander programma. "
                + "Stop dat programma, of kies een andere poort met ONDERDAK_EMBEDDED_POSTGRES_PORT. "
                + "/ Port %d of the embedded PostgreSQL (stored in %s) is used by another program. "
                + "Stop that program or choose another port with ONDERDAK_EMBEDDED_POSTGRES_PORT.")
                .formatted(bezet, map.resolve(POORTBESTAND), bezet, map.resolve(POORTBESTAND)));
    }

    private static boolean poortIsVrij(int poort) {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), poort), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Takes the folder's lock, or refuses: another Onderdak (in this or another process) uses the folder. */
    private void vergrendel() throws IOException {
        if (slot != null) {
            return;
        }
        var kanaal = FileChannel.open(map.resolve(SLOTBESTAND), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock genomen;
        try {
            genomen = kanaal.tryLock();
        } catch (OverlappingFileLockException e) {
            genomen = null;
        }
        if (genomen == null) {
            kanaal.close();
            throw new IllegalStateException(("De datamap %s is in gebruik door een andere Onderdak; twee kunnen geen datamap delen. "
                    + "Stop de andere, of geef deze een eigen map met ONDERDAK_EMBEDDED_POSTGRES_DATA_DIR. "
                    + "/ The data folder %s is in use by another Onderdak; two cannot share a data folder. "
                    + "Stop the other one, or give this one its own folder with ONDERDAK_EMBEDDED_POSTGRES_DATA_DIR.")
                    .formatted(map, map));
        }
        slotkanaal = kanaal;
        slot = genomen;
    }

    private void laatSlotLos() {
        try {
            if (slot != null) {
                slot.release();
            }
            if (slotkanaal != null) {
                slotkanaal.close();
            }
        } catch (IOException e) {
            log.warn("Slot van {} loslaten: {}", map, e.getMessage());
        }
        slot = null;
        slotkanaal = null;
    }

    /**
     * A server still running on our folder while we hold its lock was left behind by an Onderdak that
     * died (killed, not stopped): stop it, so this start gets a server with this start's settings.
     */
    private void stopVerwezenServer() {
        var pidbestand = map.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidbestand)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidbestand).getFirst().strip());
            // After a reboot the pid may belong to another program or another cluster: only a postgres started on this
            // very folder is stopped.
            var proces = ProcessHandle.of(pid).filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .filter(p -> p.info().commandLine().map(c -> c.contains(map.toString())).orElse(false));
            if (proces.isEmpty()) {
                return;
            }
            log.warn("Ingebouwde PostgreSQL (pid {}) van een eerder gestopte Onderdak draait nog op {}; die wordt gestopt", pid, map);
            var kinderen = proces.get().descendants().toList();
            proces.get().destroy();
            proces.get().onExit().get(30, TimeUnit.SECONDS);
            for (var kind : kinderen) {
                kind.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            log.warn("Achtergebleven PostgreSQL op {} stoppen: {}", map, e.getMessage());
        }
    }

    /** Only loopback, and only with a password, also for the superuser. */
    private void schrijfPgHba() throws IOException {
        Files.writeString(map.resolve("pg_hba.conf"), """
                # Written by Onderdak at every start (ADR 0012): every connection needs a password.
                # TYPE  DATABASE  USER  ADDRESS       METHOD
                local   all       all                 scram-sha-256
                host    all       all   127.0.0.1/32  scram-sha-256
                host    all       all   ::1/128       scram-sha-256
                """);
    }

    private static Properties nieuweWachtwoorden() {
        var p = new Properties();
        for (var rol : new String[] {BEHEERDER, EIGENAAR, APPLICATIE}) {
            var bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            p.setProperty(rol, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return p;
    }

    private Properties leesWachtwoorden() throws IOException {
        var p = new Properties();
        try (Reader r = Files.newBufferedReader(map.resolve(WACHTWOORDBESTAND), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        for (var rol : new String[] {BEHEERDER, EIGENAAR, APPLICATIE}) {
            if (p.getProperty(rol) == null) {
                throw new IllegalStateException("%s mist het wachtwoord van %s / lacks the password of %s"
                        .formatted(map.resolve(WACHTWOORDBESTAND), rol, rol));
            }
        }
        return p;
    }

    private void schrijfWachtwoorden() throws IOException {
        var bestand = map.resolve(WACHTWOORDBESTAND);
        var tijdelijk = map.resolve(WACHTWOORDBESTAND + ".nieuw");
        Files.deleteIfExists(tijdelijk);
        Files.createFile(tijdelijk, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer w = Files.newBufferedWriter(tijdelijk, StandardCharsets.UTF_8)) {
            wachtwoorden.store(w, "Onderdak: passwords of the embedded PostgreSQL roles. Keep secret.");
        }
        Files.move(tijdelijk, bestand, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isNietLeeg(Path map) throws IOException {
        try (var inhoud = Files.list(map)) {
            return inhoud.findAny().isPresent();
        }
    }

    private static void verwijderInhoud(Path map) {
        if (!Files.isDirectory(map)) {
            return;
        }
        try (var alles = Files.walk(map)) {
            alles.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(map)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Kon {} niet leegmaken: {}", map, e.getMessage());
        }
    }

    private static Map<String, String> instellingen(String... paren) {
        var m = new LinkedHashMap<String, String>();
        for (int i = 0; i < paren.length; i += 2) {
            m.put(paren[i], paren[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
