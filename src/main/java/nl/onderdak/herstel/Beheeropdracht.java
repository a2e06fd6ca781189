// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.herstel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import nl.onderdak.logboek.Ketencontrole;
import nl.onderdak.platform.IngebouwdePostgres;
import nl.onderdak.platform.Weergave;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The command line of {@code ./onderdak backup <file>}, {@code ./onderdak restore <file> [data folder]} and
 * {@code ./onderdak verify-log [volgnummer hash]} (docs/operations.md). Which database: the external one of
 * {@code SPRING_DATASOURCE_URL} with the owner's account ({@code SPRING_FLYWAY_USER}/{@code _PASSWORD}, else
 * {@code SPRING_DATASOURCE_USERNAME}/{@code _PASSWORD}), or the embedded one of
 * {@code ONDERDAK_EMBEDDED_POSTGRES_DATA_DIR} (default {@code ./data/postgres}): while Onderdak runs on that
 * folder the command connects to its server, otherwise it starts the server for the duration of the command.
 * Exit code 0: done (verify-log: intact); 1: refused or failed; 2: verify-log found a change.
 */
public final class Beheeropdracht {

    private final Map<String, String> omgeving;
    private final PrintStream uit;
    private final PrintStream fout;

    Beheeropdracht(Map<String, String> omgeving, PrintStream uit, PrintStream fout) {
        this.omgeving = omgeving;
        this.uit = uit;
        this.fout = fout;
    }

    public static void main(String[] args) {
        stilleLogs();
        System.exit(new Beheeropdracht(System.getenv(), System.out, System.err).voerUit(List.of(args)));
    }

    int voerUit(List<String> args) {
        try {
            return switch (args.isEmpty() ? "" : args.getFirst()) {
                case "backup" -> args.size() == 2 ? backup(Path.of(args.get(1))) : gebruik();
                case "restore" -> args.size() == 2 || args.size() == 3
                        ? restore(Path.of(args.get(1)), args.size() == 3 ? Path.of(args.get(2)) : null) : gebruik();
                case "verify-log" -> {
                    var fout = ankerfout(args);
                    if (fout != null) {
                        this.fout.println(fout);
                        yield gebruik();
                    }
                    yield verifyLog(args.size() == 3 ? new Ketencontrole.Anker(Long.parseLong(args.get(1).strip()), args.get(2).strip()) : null);
                }
                default -> gebruik();
            };
        } catch (RuntimeException | SQLException | IOException e) {
            fout.println("Mislukt / failed: " + e.getMessage());
            return 1;
        }
    }

    /** Up to 18 digits: every volgnummer a bigint holds, and never a number too large for Long.parseLong. */
    private static final java.util.regex.Pattern VOLGNUMMER = java.util.regex.Pattern.compile("[1-9][0-9]{0,17}");
    private static final java.util.regex.Pattern HASH = java.util.regex.Pattern.compile("[0-9a-fA-F]{64}");

    /**
     * What is wrong with the arguments of {@code verify-log}, in plain Dutch, or null when they are right: none,
     * or a volgnummer and the hash of that record as written down after an earlier check. Checked here, before a
     * database is opened, so that a typing error never reads as a Java error ("For input string").
     */
    static @Nullable String ankerfout(List<String> args) {
        if (args.size() == 1) {
            return null;
        }
        if (args.size() == 2) {
            return "verify-log heeft bij een volgnummer ook de hash nodig die u bij dat volgnummer noteerde.";
        }
        if (args.size() > 3) {
            return "verify-log neemt hoogstens twee waarden: een volgnummer en een hash.";
        }
        var fouten = new java.util.ArrayList<String>();
        if (!VOLGNUMMER.matcher(args.get(1).strip()).matches()) {
            fouten.add("'" + kort(args.get(1)) + "' is geen volgnummer; een volgnummer is een geheel getal vanaf 1, "
                    + "zoals verify-log het noemt na \"laatste / last: volgnummer\".");
        }
        if (!HASH.matcher(args.get(2).strip()).matches()) {
            fouten.add("'" + kort(args.get(2)) + "' is geen hash; een hash bestaat uit 64 tekens 0-9 en a-f, "
                    + "zoals verify-log hem noemt na \"hash\".");
        }
        return fouten.isEmpty() ? null : String.join(System.lineSeparator(), fouten);
    }

    /** At most 20 characters of what was typed, without control characters, so a message stays one readable line. */
    private static String kort(String tekst) {
        var schoon = tekst.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return schoon.length() > 20 ? schoon.substring(0, 19) + "…" : schoon;
    }

    private int gebruik() {
        fout.println("""
                Gebruik / usage:
                  ./onderdak backup <bestand>                 back-up van de database naar een bestand
                  ./onderdak restore <bestand> [datamap]      herstel in een nieuwe database (ingebouwd: een lege datamap)
                  ./onderdak verify-log [volgnummer hash]     controleer de hashketen van het verwerkingslog
                                                              (volgnummer: geheel getal; hash: 64 tekens 0-9 en a-f),
                                                              bijvoorbeeld ./onderdak verify-log 123456 9f86d081884c7d65…""");
        return 1;
    }

    private int backup(Path bestand) throws SQLException, IOException {
        var deel = bestand.resolveSibling(bestand.getFileName() + ".deel");
        try (var db = open(); var c = db.bron().getConnection();
                var uitvoer = new BufferedOutputStream(Files.newOutputStream(deel), 1 << 16)) {
            var s = Reservekopie.maak(c, uitvoer);
            uitvoer.flush();
            uitvoer.close();
            // Only a complete file gets the name asked for: a failed back-up leaves no file that looks like one.
            Files.move(deel, bestand, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            uit.printf("Back-up gemaakt / back-up written: %s (%d tabellen, %s rijen, migratie V%s, %s MB, %.1f s)%n", bestand,
                    s.tabellen(), Weergave.nederlands().getal(s.rijen()), s.flywayversie(),
                    Weergave.nederlands().getal(Files.size(bestand) / 1_000_000), s.milliseconden() / 1000.0);
            return 0;
        } finally {
            Files.deleteIfExists(deel);
        }
    }

    private int restore(Path bestand, @Nullable Path doelmap) throws SQLException, IOException {
        if (!Files.isRegularFile(bestand)) {
            throw new IllegalArgumentException("Bestand niet gevonden / file not found: " + bestand);
        }
        var rol = omgeving.getOrDefault("SPRING_FLYWAY_PLACEHOLDERS_APPLICATIEROL", IngebouwdePostgres.APPLICATIE);
        Reservekopie.Samenvatting s;
        String waar;
        var url = omgeving.get("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            waar = url;
            try (var in = new BufferedInputStream(Files.newInputStream(bestand), 1 << 16)) {
                s = Reservekopie.zetTerug(in, extern(url), rol);
            }
        } else {
            var map = doelmap != null ? doelmap : standaardmap();
            if (Files.exists(map.resolve("PG_VERSION"))) {
                throw new IllegalStateException(("In %s staat al een database; herstel gaat alleen naar een nieuwe (lege) map. "
                        + "/ %s already holds a database; restore only into a new, empty folder.").formatted(map, map));
            }
            waar = map.toAbsolutePath().toString();
            boolean nieuweMap = !Files.exists(map);
            try (var pg = IngebouwdePostgres.start(map, poort(), false);
                    var in = new BufferedInputStream(Files.newInputStream(bestand), 1 << 16)) {
                s = Reservekopie.zetTerug(in, ingebouwd(pg.jdbcUrl(), pg.map()), rol);
            } catch (RuntimeException | SQLException | IOException e) {
                // Half a restore is no database to start on: what this command created goes again.
                if (nieuweMap) {
                    verwijder(map);
                }
                throw e;
            }
        }
        uit.printf("Hersteld / restored into %s: %d tabellen, %s rijen (back-up van migratie V%s), %.1f s%n", waar, s.tabellen(),
                Weergave.nederlands().getal(s.rijen()), s.flywayversie(), s.milliseconden() / 1000.0);
        return 0;
    }

    private int verifyLog(Ketencontrole.@Nullable Anker anker) throws SQLException, IOException {
        try (var db = open(); Connection c = db.bron().getConnection()) {
            var u = Ketencontrole.controleer(c, anker);
            var w = Weergave.nederlands();
            if (u.intact()) {
                uit.printf("Verwerkingslog intact: %s records%s%n", w.getal(u.aantal()), u.laatsteHash() == null ? ""
                        : "; laatste / last: volgnummer %d, hash %s".formatted(u.laatsteVolgnummer(), u.laatsteHash()));
                return 0;
            }
            uit.printf("Verwerkingslog NIET intact / NOT intact: record %d %s%s; de %s records ervoor kloppen / match%n", u.volgnummer(),
                    switch (u.afwijking()) {
                        case GEWIJZIGD -> "is gewijzigd / was changed";
                        case ONTBREEKT -> "ontbreekt / is missing";
                        case ANKER_KLOPT_NIET -> "heeft niet de genoteerde hash / lacks the hash written down";
                        case null -> "";
                    }, u.tijdstip() == null ? "" : " (" + w.tijdstip(u.tijdstip()) + ")", w.getal(u.aantal()));
            return 2;
        }
    }

    /** A database to work on for the length of one command: the server is stopped at close if this command started it. */
    private record Database(DataSource bron, @Nullable IngebouwdePostgres gestart) implements AutoCloseable {
        @Override
        public void close() {
            if (gestart != null) {
                gestart.close();
            }
        }
    }

    private Database open() throws IOException {
        var url = omgeving.get("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            return new Database(extern(url), null);
        }
        var map = standaardmap().toAbsolutePath().normalize();
        if (!Files.exists(map.resolve("PG_VERSION"))) {
            throw new IllegalStateException("Geen database in / no database in " + map);
        }
        if (inGebruik(map)) {
            var poort = Files.readString(map.resolve(IngebouwdePostgres.POORTBESTAND)).strip();
            return new Database(ingebouwd("jdbc:postgresql://localhost:" + poort + "/" + IngebouwdePostgres.DATABASE, map), null);
        }
        var pg = IngebouwdePostgres.start(map, poort(), false);
        return new Database(ingebouwd(pg.jdbcUrl(), pg.map()), pg);
    }

    /** Whether an Onderdak (in this or another process) holds the folder's lock, so its server runs. */
    private static boolean inGebruik(Path map) throws IOException {
        var slot = map.resolve(IngebouwdePostgres.SLOTBESTAND);
        if (!Files.exists(slot)) {
            return false;
        }
        try (var kanaal = FileChannel.open(slot, StandardOpenOption.WRITE)) {
            var genomen = kanaal.tryLock();
            if (genomen == null) {
                return true;
            }
            genomen.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private DataSource extern(String url) {
        var ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(omgeving.getOrDefault("SPRING_FLYWAY_USER", omgeving.getOrDefault("SPRING_DATASOURCE_USERNAME", "")));
        ds.setPassword(omgeving.getOrDefault("SPRING_FLYWAY_PASSWORD", omgeving.getOrDefault("SPRING_DATASOURCE_PASSWORD", "")));
        return ds;
    }

    /** The owner role of an embedded folder, with the password the folder keeps (ADR 0012). */
    private static DataSource ingebouwd(String url, Path map) throws IOException {
        var wachtwoorden = new Properties();
        try (var r = Files.newBufferedReader(map.resolve(IngebouwdePostgres.WACHTWOORDBESTAND))) {
            wachtwoorden.load(r);
        }
        var ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(IngebouwdePostgres.EIGENAAR);
        ds.setPassword(wachtwoorden.getProperty(IngebouwdePostgres.EIGENAAR));
        return ds;
    }

    private static void verwijder(Path map) throws IOException {
        try (var alles = Files.walk(map)) {
            for (var p : alles.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Path standaardmap() {
        return Path.of(omgeving.getOrDefault("ONDERDAK_EMBEDDED_POSTGRES_DATA_DIR", "./data/postgres"));
    }

    private int poort() {
        return Integer.parseInt(omgeving.getOrDefault("ONDERDAK_EMBEDDED_POSTGRES_PORT", "0"));
    }

    /** Without Spring Boot's logging set-up Logback would print every debug line of the embedded server's start. */
    private static void stilleLogs() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.INFO);
            context.getLogger("io.zonky").setLevel(ch.qos.logback.classic.Level.WARN);
            context.getLogger("org.flywaydb").setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
