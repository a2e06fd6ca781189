// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.benchmark;

import static nl.onderdak.benchmark.Statistiek.belasting;
import static nl.onderdak.benchmark.Statistiek.mediaan;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import nl.onderdak.Databasebeheer;
import nl.onderdak.platform.IngebouwdePostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load test (issue 14, item 4): 300 concurrent users in the roles' real proportions doing their main journeys
 * ({@link LastSimulatie}, Gatling's Java DSL) against the application started in this JVM on a national-scale
 * dataset, next to the same requests run one at a time in the same run. Prints count, p50, p95, p99 and errors
 * per request type, the machine's load average during the run and its number of cores to
 * {@code target/benchmark/last.txt}; Gatling's HTML reports go to {@code target/benchmark/gatling/}.
 *
 * <p><b>Dataset</b> ({@code target/benchmark/pg-last}, kept between runs): the living-allowance benchmark's
 * Rotterdam (100,000 residents, 400 locations; the script copies {@code pg-leefgeld} when it exists, so that
 * large gemeente need not be generated again) plus, generated here once, every other gemeente of the current
 * division: 3 locations each (20 in Utrecht and Amersfoort, whose demo accounts carry most of the load) with
 * households placed in them, 100 households per gemeente (1,000 in Utrecht, 600 in Amersfoort), and 300 free
 * long-stay beds per location (Rotterdam's 400 locations get 300 more as well) so that check-ins never run out.
 * Without {@code pg-leefgeld} the same generator makes Rotterdam a gemeente like the others.
 *
 * <p><b>Login, once per user as in production.</b> The API is called with bearer tokens (RS256), as production's
 * clients call it: the benchmark signs one token per virtual user with a key whose public half it gives the
 * application ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}; the demo profile then takes
 * bearer tokens next to HTTP Basic), so each API request costs a signature check, not a password check and the
 * login throttle's query. The web pages (the KCIO export) log in once per user with the login form and then send
 * the session cookie, as a browser does; that login checks the password at the demo's BCrypt cost
 * ({@code benchmark.bcrypt}, default 10). The report gives the measured cost of one check at 4 and at 10.
 *
 * <p>Not part of the ordinary test suite (the name does not end in Test); run with {@code ./benchmark last}.
 * Timings are reported against the goal (p99 &lt; 300 ms, 0 errors), never asserted.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "onderdak.embedded-postgres.data-dir=target/benchmark/pg-last",
        "onderdak.embedded-postgres.clean=false",
        "onderdak.embedded-postgres.port=0",
        // The application's own pool (application.yaml), not the test suite's 20 (src/test/resources/config).
        "onderdak.embedded-postgres.pool-size=${spring.datasource.hikari.maximum-pool-size}",
        "onderdak.demo-gegevens=false"})
class LastBenchmark {

    /** The key that signs the API clients' bearer tokens; the application gets its public half (see {@link #tokensleutel}). */
    private static final java.security.KeyPair TOKENSLEUTEL = maakSleutel();

    private static java.security.KeyPair maakSleutel() {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Bearer tokens on the API as in production (ADR 0025): the application checks their RS256 signature against
     * this public key ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}); the demo profile then
     * takes them next to HTTP Basic.
     */
    @org.springframework.test.context.DynamicPropertySource
    static void tokensleutel(org.springframework.test.context.DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(UITVOER);
        var pem = UITVOER.resolve("last-tokensleutel.pem").toAbsolutePath();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(TOKENSLEUTEL.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    /** Per account: organisation and roles as the identity provider would put them in the token. */
    private final Map<String, Map<String, Object>> claimsPerAccount = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A signed access token for the account, valid an hour, with the claims production reads (docs/security.md):
     * a pseudonymous sub, preferred_username, name, organisatie and roles. Made once per virtual user.
     */
    String token(String account) {
        var claims = claimsPerAccount.computeIfAbsent(account, a -> jdbc.sql("""
                select weergavenaam, organisatie_code, rollen from toegang.gebruiker where gebruikersnaam = ?""").param(a)
                .query((rs, i) -> Map.<String, Object>of("name", rs.getString("weergavenaam"), "organisatie",
                        rs.getString("organisatie_code"), "roles", List.of((String[]) rs.getArray("rollen").getArray())))
                .single());
        try {
            var nu = java.time.Instant.now();
            var inhoud = new com.nimbusds.jwt.JWTClaimsSet.Builder()
                    .subject(java.util.UUID.nameUUIDFromBytes(("lasttest-" + account).getBytes(StandardCharsets.UTF_8)).toString())
                    .issuer("https://idp.lasttest.invalid").issueTime(java.util.Date.from(nu))
                    .expirationTime(java.util.Date.from(nu.plus(Duration.ofHours(1))))
                    .claim("preferred_username", account).claim("name", claims.get("name"))
                    .claim("organisatie", claims.get("organisatie")).claim("roles", claims.get("roles")).build();
            var jwt = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.RS256), inhoud);
            jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(TOKENSLEUTEL.getPrivate()));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks the generated rows; a new version of the generator needs a new database. */
    private static final String DOOR = "lastbenchmark-v1";
    private static final String ROTTERDAM = "GM0599";
    private static final String UTRECHT = "GM0344";
    private static final String AMERSFOORT = "GM0307";
    private static final int EXTRA_BEDDEN = 300;

    private static final int GEBRUIKERS = Integer.getInteger("benchmark.gebruikers", 300);
    private static final int OPBOUW_S = Integer.getInteger("benchmark.opbouw", 30);
    private static final int DUUR_S = Integer.getInteger("benchmark.duur", 150);
    private static final int DENK_MIN_S = Integer.getInteger("benchmark.denkmin", 2);
    private static final int DENK_MAX_S = Integer.getInteger("benchmark.denkmax", 8);
    private static final int RONDES = Integer.getInteger("benchmark.rondes", 10);
    /** The demo's own cost: a password is now checked once per user (the login form), not on every request. */
    private static final int BCRYPT = Integer.getInteger("benchmark.bcrypt", 10);
    private static final double DOEL_P99_MS = 300;
    private static final Path UITVOER = Path.of("target", "benchmark");
    /** The version in pom.xml (the jar's manifest does not name it). */
    private static final String GATLING = "3.15.1";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static {
        Locale.setDefault(Locale.ROOT);
    }

    @LocalServerPort
    int poort;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IngebouwdePostgres postgres;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    javax.sql.DataSource dataSource;
    @org.springframework.beans.factory.annotation.Value("${server.tomcat.threads.max:200}")
    String tomcatThreads;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Double> stappen = new LinkedHashMap<>();

    /** Per request type, from Gatling's statistics. */
    record Regel(String naam, long aantal, long fouten, double p50, double p95, double p99, double max) {
    }

    /** What the samplers saw during the load phase. */
    record Bemonstering(List<Double> load1, int maxActief, int maxWachtend, double gemWachtend, int maxKetenWachtend,
            double gemKetenWachtend, int poolgrootte, double gemHouderOpen, double maxHouderOpen, double aandeelHouderStil) {
    }

    @Test
    void driehonderdGebruikersTegelijk() throws Exception {
        double generatie = zorgVoorDataset();
        double namen = spreidNamen();
        if (namen >= 0) {
            stappen.put("namen gespreid (3.000 achternamen)", namen);
        }
        // Every run checks about 1,500 households in and the dataset is reused: without new beds the locations of
        // the three gemeenten fill up after a few runs and check-ins answer 409 (seen: 87 in the seventh run).
        stap("bedden voor deze run", () -> transactie.executeWithoutResult(t -> jdbc.sql("""
                insert into locaties.beddenmutatie (opvanglocatie_id, verblijfsduur, ingangsdatum, opgegeven, buiten_gebruik, reden,
                                                   vastgelegd_op, vastgelegd_door)
                select m.opvanglocatie_id, 'lang', cast(:vandaag as date), m.opgegeven + :extra, 0, 'uitbreiding', now(), :door
                  from (select distinct on (b.opvanglocatie_id) b.opvanglocatie_id, b.opgegeven from locaties.beddenmutatie b
                          join locaties.opvanglocatie l on l.id = b.opvanglocatie_id
                         where b.verblijfsduur = 'lang' and l.gemeente_code in (:r, :u, :a)
                         order by b.opvanglocatie_id, b.ingangsdatum desc, b.id desc) m
                 order by m.opvanglocatie_id""")
                .param("vandaag", LocalDate.now(AMSTERDAM)).param("extra", EXTRA_BEDDEN).param("door", DOOR)
                .param("r", ROTTERDAM).param("u", UTRECHT).param("a", AMERSFOORT).update()));
        var telling = tel();
        assertThat(telling.get("gemeenten met locaties en bewoners")).as("landelijke schaal: elke gemeente").isEqualTo(
                telling.get("gemeenten (actuele indeling)"));
        zetWachtwoorden();
        double[] bcrypt = meetBcrypt();

        var vandaag = LocalDate.now(AMSTERDAM);
        var week = vandaag.minusWeeks(1);
        String weekCode = "%d-W%02d".formatted(week.get(IsoFields.WEEK_BASED_YEAR), week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        var gemeentewerk = gemeentewerk();
        var regiowerk = new ArrayList<Map<String, Object>>();
        var lcvsVerzoeken = new ArrayList<String>();
        maakVerzoeken(vandaag, regiowerk, lcvsVerzoeken);
        var betaalmaanden = new ArrayList<Map<String, Object>>();
        for (var account : List.of("utrecht-financien", "amersfoort-financien")) {
            for (var m = YearMonth.of(2023, 1); !m.isAfter(YearMonth.of(2024, 12)); m = m.plusMonths(1)) {
                betaalmaanden.add(Map.of("financienaccount", account, "maand", m.toString()));
            }
        }
        ruimBetaalrunsOp();

        String basis = "http://localhost:" + poort;
        System.setProperty("gatling.data.enableAnalytics", "false");
        System.setProperty("gatling.netty.useNativeTransport", "false");
        System.setProperty("gatling.ssl.useOpenSsl", "false");
        var resultaten = UITVOER.resolve("gatling").toAbsolutePath();
        Files.createDirectories(resultaten);

        // Warm-up (JIT, caches, connection pool), not reported: a short, light load.
        draai(new LastSimulatie.Opzet(basis, LastSimulatie.MODUS_LAST, Math.min(30, GEBRUIKERS), Duration.ofSeconds(5),
                Duration.ofSeconds(20), Duration.ofMillis(200), Duration.ofMillis(800), 1, gemeentewerk, regiowerk, lcvsVerzoeken,
                betaalmaanden, weekCode, vandaag.toString(), vandaag.plusDays(3).toString(), this::token), resultaten, "opwarmen");

        boolean sqlProfiel = sqlProfielAan();
        String belastingVoorSeq = belasting();
        var sequentieel = draai(new LastSimulatie.Opzet(basis, "sequentieel", 1, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ZERO, RONDES, gemeentewerk, regiowerk, lcvsVerzoeken, betaalmaanden, weekCode, vandaag.toString(),
                vandaag.plusDays(3).toString(), this::token), resultaten, "sequentieel");
        String belastingNaSeq = belasting();
        if (sqlProfiel) {
            schrijfSqlProfiel("sequentieel");
        }

        String belastingVoor = belasting();
        var stop = new AtomicBoolean();
        var monsters = new ArrayList<double[]>();
        var bemonsteraar = Thread.ofPlatform().daemon().start(() -> bemonster(stop, monsters));
        long start = System.nanoTime();
        var last = draai(new LastSimulatie.Opzet(basis, LastSimulatie.MODUS_LAST, GEBRUIKERS, Duration.ofSeconds(OPBOUW_S),
                Duration.ofSeconds(DUUR_S), Duration.ofSeconds(DENK_MIN_S), Duration.ofSeconds(DENK_MAX_S), 1, gemeentewerk, regiowerk,
                lcvsVerzoeken, betaalmaanden, weekCode, vandaag.toString(), vandaag.plusDays(3).toString(), this::token), resultaten, "last");
        double seconden = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        bemonsteraar.join();
        String belastingNa = belasting();
        if (sqlProfiel) {
            schrijfSqlProfiel("last");
        }

        var rapport = rapport(generatie, telling, bcrypt, sequentieel, last, seconden, samenvatting(monsters), belastingVoorSeq,
                belastingNaSeq, belastingVoor, belastingNa);
        Files.writeString(UITVOER.resolve("last.txt"), rapport);
        System.out.println(rapport);
        assertThat(last).as("Gatling gaf statistieken voor de lastmeting").isNotEmpty();
        assertThat(sequentieel).as("Gatling gaf statistieken voor de sequentiële meting").isNotEmpty();
    }

    // ------------------------------------------------------------------ Gatling

    /** Runs the simulation and reads its per-request statistics (the table of Gatling's HTML report) in the report's order. */
    private Map<String, Regel> draai(LastSimulatie.Opzet opzet, Path resultaten, String naam) throws IOException {
        LastSimulatie.opzet = opzet;
        List<Path> voor;
        try (var s = Files.list(resultaten)) {
            voor = s.toList();
        }
        int code = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
            "-s", LastSimulatie.class.getName(), "-rf", resultaten.toString(), "-rd", naam});
        assertThat(code).as("Gatling (%s) eindigde met code %d", naam, code).isZero();
        Path map;
        try (var s = Files.list(resultaten)) {
            map = s.filter(p -> !voor.contains(p)).findFirst().orElseThrow();
        }
        // Gatling 3.15 writes its statistics only into the HTML report: one table row per request type (ROOT = all),
        // columns 2 total, 3 ok, 4 ko, 8 p50, 9 p75, 10 p95, 11 p99, 12 max (the percentiles of gatling.conf's defaults).
        var html = Files.readString(map.resolve("index.html"));
        var regels = new LinkedHashMap<String, Regel>();
        for (var rij : html.split("<tr id=\"")) {
            var treffer = NAAM.matcher(rij);
            if (!treffer.find()) {
                continue;
            }
            var waarden = new LinkedHashMap<Integer, Long>();
            var kolom = KOLOM.matcher(rij);
            while (kolom.find()) {
                waarden.putIfAbsent(Integer.parseInt(kolom.group(1)), getal(kolom.group(2)));
            }
            if (!waarden.containsKey(11)) {
                continue;
            }
            var n = rij.startsWith("ROOT") ? "alle verzoeken" : treffer.group(1).replace("&amp;", "&");
            regels.putIfAbsent(n, new Regel(n, waarden.get(2), waarden.get(4), waarden.get(8), waarden.get(10), waarden.get(11),
                    waarden.get(12)));
        }
        Files.writeString(UITVOER.resolve("last-" + naam + "-rapport.txt"), map.resolve("index.html").toString());
        return regels;
    }

    private static final Pattern NAAM = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
    private static final Pattern KOLOM = Pattern.compile("class=\"value (?:total|ok|ko) col-(\\d+)\">([^<]*)<");

    private static long getal(String tekst) {
        try {
            return Math.round(Double.parseDouble(tekst.trim()));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    // ------------------------------------------------------------------ which statements take the time

    /**
     * pg_stat_statements in the benchmark's own database, to find the slow statements behind the slow request types.
     * The library must be preloaded, which takes a restart: the first run asks for it, the next runs use it.
     */
    private boolean sqlProfielAan() {
        var beheerder = Databasebeheer.alsBeheerder(postgres);
        try {
            var geladen = beheerder.sql("show shared_preload_libraries").query(String.class).single();
            if (!geladen.contains("pg_stat_statements")) {
                beheerder.sql("alter system set shared_preload_libraries = 'pg_stat_statements'").update();
                return false;
            }
            beheerder.sql("create extension if not exists pg_stat_statements").update();
            beheerder.sql("select pg_stat_statements_reset()").query(Object.class).list();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The 25 statements with the most total time since the last reset, to target/benchmark/last-sql-<naam>.txt; then resets. */
    private void schrijfSqlProfiel(String naam) throws IOException {
        var beheerder = Databasebeheer.alsBeheerder(postgres);
        var regels = beheerder.sql("""
                select calls, round(total_exec_time::numeric, 0) as totaal, round(mean_exec_time::numeric, 2) as gemiddeld,
                       round(max_exec_time::numeric, 1) as max, rows, regexp_replace(query, '\\s+', ' ', 'g') as query
                  from pg_stat_statements order by total_exec_time desc limit 25""")
                .query((rs, i) -> "%8d %9s ms %9s ms %9s ms %9d  %s".formatted(rs.getLong("calls"), rs.getString("totaal"),
                        rs.getString("gemiddeld"), rs.getString("max"), rs.getLong("rows"), rs.getString("query")))
                .list();
        Files.writeString(UITVOER.resolve("last-sql-" + naam + ".txt"),
                "   calls     totaal   gemiddeld         max      rows  query\n" + String.join("\n", regels) + "\n");
        beheerder.sql("select pg_stat_statements_reset()").query(Object.class).list();
    }

    // ------------------------------------------------------------------ sampling during the load

    /** Every second: load average, the pool's active and waiting threads, and transactions waiting for the log chain's lock. */
    private void bemonster(AtomicBoolean stop, List<double[]> monsters) {
        HikariDataSource pool;
        try {
            pool = dataSource instanceof HikariDataSource h ? h : dataSource.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("geen Hikari-pool", e);
        }
        var beheerder = Databasebeheer.alsBeheerder(postgres);
        while (!stop.get()) {
            try {
                Thread.sleep(1000);
                var mx = pool.getHikariPoolMXBean();
                double load1 = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
                // The chain's advisory lock (ADR 0018): how many transactions wait for it right now.
                // Also how long the holder's transaction has been open, and whether it is waiting for the application
                // ("idle in transaction": the database has nothing to do, the request's thread has not come back yet).
                var keten = beheerder.sql("""
                        select count(*) filter (where not l.granted) as wachtend,
                               coalesce(max(extract(epoch from now() - a.xact_start)) filter (where l.granted), 0) as open,
                               count(*) filter (where l.granted and a.state = 'idle in transaction') as stil
                          from pg_locks l join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory'""")
                        .query((rs, i) -> new double[] {rs.getDouble("wachtend"), rs.getDouble("open"), rs.getDouble("stil")}).single();
                synchronized (monsters) {
                    monsters.add(new double[] {load1, mx.getActiveConnections(), mx.getThreadsAwaitingConnection(), keten[0],
                        pool.getMaximumPoolSize(), keten[1], keten[2]});
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // A missed sample is no reason to stop the measurement.
            }
        }
    }

    private static Bemonstering samenvatting(List<double[]> monsters) {
        synchronized (monsters) {
            var load = monsters.stream().map(m -> m[0]).toList();
            return new Bemonstering(load, (int) monsters.stream().mapToDouble(m -> m[1]).max().orElse(0),
                    (int) monsters.stream().mapToDouble(m -> m[2]).max().orElse(0), monsters.stream().mapToDouble(m -> m[2]).average().orElse(0),
                    (int) monsters.stream().mapToDouble(m -> m[3]).max().orElse(0), monsters.stream().mapToDouble(m -> m[3]).average().orElse(0),
                    (int) monsters.stream().mapToDouble(m -> m[4]).max().orElse(0), monsters.stream().mapToDouble(m -> m[5]).average().orElse(0),
                    monsters.stream().mapToDouble(m -> m[5]).max().orElse(0),
                    monsters.isEmpty() ? 0 : monsters.stream().filter(m -> m[6] > 0).count() / (double) monsters.size());
        }
    }

    // ------------------------------------------------------------------ preparation through the API

    /** The demo accounts' password at the benchmark's BCrypt cost (see the class comment); this database is the benchmark's own. */
    private void zetWachtwoorden() {
        var hash = "{bcrypt}" + new BCryptPasswordEncoder(BCRYPT).encode(LastSimulatie.WACHTWOORD);
        Databasebeheer.alsEigenaar(postgres).sql("update toegang.gebruiker set wachtwoord_hash = ?").param(hash).update();
    }

    /** Median milliseconds of one password check at cost 4 and at cost 10, on this machine, now. */
    private static double[] meetBcrypt() {
        var uitkomst = new double[2];
        int i = 0;
        for (int kosten : new int[] {4, 10}) {
            var encoder = new BCryptPasswordEncoder(kosten);
            var hash = encoder.encode(LastSimulatie.WACHTWOORD);
            var tijden = new ArrayList<Double>();
            for (int r = 0; r < 15; r++) {
                long t = System.nanoTime();
                encoder.matches(LastSimulatie.WACHTWOORD, hash);
                tijden.add((System.nanoTime() - t) / 1e6);
            }
            uitkomst[i++] = mediaan(tijden);
        }
        return uitkomst;
    }

    /**
     * Per gemeente account: search terms that find households, and own locations with free beds. Two
     * searches, as a desk employee looks someone up: a resident's first name with the start of the surname
     * ("olena shevch", the person at the desk or on the phone), and a surname alone ("kovalenko", when only
     * that is known). The generated dataset has 12 surnames, so a surname alone matches about one in twelve
     * households of the gemeente: a much broader search than in a real population with thousands of
     * surnames, kept on purpose as the expensive case.
     */
    private List<Map<String, Object>> gemeentewerk() {
        var werk = new ArrayList<Map<String, Object>>();
        // Rotterdam is the large gemeente: half of the gemeente users; Utrecht 30 %, Amersfoort 20 %.
        var verdeling = Map.of("rotterdam", ROTTERDAM, "utrecht", UTRECHT, "amersfoort", AMERSFOORT);
        var gewicht = Map.of("rotterdam", 5, "utrecht", 3, "amersfoort", 2);
        for (var account : List.of("rotterdam", "utrecht", "amersfoort")) {
            var gemeente = verdeling.get(account);
            // Residents of the gemeente in a fixed pseudo-random order (the same on every run of one dataset).
            var namen = jdbc.sql("""
                    select b.voornaam, b.achternaam from bewoners.bewoner b join bewoners.huishouden h on h.id = b.huishouden_id
                     where h.gemeente_code = ? and b.samengevoegd_in is null and b.achternaam not like 'Last%'
                     order by md5(b.id::text) limit 400""")
                    .param(gemeente).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            var locaties = jdbc.sql("select id::text from locaties.opvanglocatie where gemeente_code = ? order by id")
                    .param(gemeente).query(String.class).list();
            assertThat(namen).as("bewoners in %s", gemeente).isNotEmpty();
            for (int i = 0; i < 50 * gewicht.get(account); i++) {
                var naam = namen.get(i % namen.size());
                var persoon = (naam[0] + " " + naam[1].substring(0, Math.min(naam[1].length(), 6))).toLowerCase(Locale.ROOT);
                werk.add(Map.of("account", account, "zoekterm", persoon, "achternaam", naam[1].toLowerCase(Locale.ROOT),
                        "locatie", locaties.get(i % locaties.size())));
            }
        }
        return werk;
    }

    /**
     * Placement requests for the region and LCVS journeys, made through the API as a gemeente does: per region 30
     * households registered and requested; the region passes 10 of each to the LCVS.
     */
    private void maakVerzoeken(LocalDate vandaag, List<Map<String, Object>> regiowerk, List<String> lcvsVerzoeken) throws Exception {
        record Bron(String gemeenteAccount, String regioAccount) {
        }
        for (var bron : List.of(new Bron("utrecht", "regio-utrecht"), new Bron("amersfoort", "regio-utrecht"),
                new Bron("rotterdam", "regio-rotterdam"))) {
            for (int i = 0; i < 15; i++) {
                var h = stuur("POST", "/api/v1/huishoudens", bron.gemeenteAccount(), """
                        {"leden":[{"voornaam":"Iryna","achternaam":"Verzoek%d","geboortedatum":"1979-02-03","geslacht":"vrouw","nationaliteitCategorie":"oekraiens"},
                                  {"voornaam":"Andrii","achternaam":"Verzoek%d","geboortedatum":"2012-09-09","geslacht":"man","nationaliteitCategorie":"oekraiens"},
                                  {"voornaam":"Dmytro","achternaam":"Verzoek%d","geboortedatum":"1977-11-30","geslacht":"man","nationaliteitCategorie":"oekraiens"}]}"""
                        .formatted(i, i, i), 201);
                var v = stuur("POST", "/api/v1/plaatsingsverzoeken", bron.gemeenteAccount(), """
                        {"huishouden":"%s","verwachteAankomst":"%s","toelichting":"Lasttest"}""".formatted(h.path("id").asString(),
                        vandaag.plusDays(5)), 201);
                var id = v.path("id").asString();
                if (i % 3 == 0) {
                    stuur("POST", "/api/v1/plaatsingsverzoeken/" + id + "/_doorsturen", bron.regioAccount(), null, 200);
                    lcvsVerzoeken.add(id);
                } else {
                    regiowerk.add(Map.of("regioaccount", bron.regioAccount(), "regioverzoek", id));
                }
            }
        }
    }

    private JsonNode stuur(String methode, String pad, String account, String body, int verwacht) throws Exception {
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (account + ":" + LastSimulatie.WACHTWOORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(60)).build();
        var antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as("%s %s: %s", methode, pad, antwoord.body()).isEqualTo(verwacht);
        return antwoord.body().isBlank() ? json.createObjectNode() : json.readTree(antwoord.body());
    }

    /** Open payment runs of an earlier invocation would make the preview of their month answer 409. */
    private void ruimBetaalrunsOp() {
        transactie.executeWithoutResult(s -> {
            jdbc.sql("delete from leefgeld.betaalrunregel where betaalrun_id in (select id from leefgeld.betaalrun where status = 'concept')")
                    .update();
            jdbc.sql("delete from leefgeld.betaalrun where status = 'concept'").update();
        });
    }

    // ------------------------------------------------------------------ dataset

    private double zorgVoorDataset() {
        int aanwezig = jdbc.sql("select count(*) from locaties.opvanglocatie where aangemaakt_door = ?").param(DOOR)
                .query(Integer.class).single();
        if (aanwezig > 0) {
            return -1;
        }
        long start = System.nanoTime();
        transactie.executeWithoutResult(status -> genereer());
        for (var tabel : List.of("locaties.opvanglocatie", "locaties.locatiestatus", "locaties.beddenmutatie", "locaties.beddenstand",
                "plaatsing.bezettingsstand", "bewoners.huishouden", "bewoners.huishouden_gemeente", "bewoners.bewoner", "plaatsing.plaatsing",
                "plaatsing.bedbezetting", "leefgeld.betaalwijze")) {
            Databasebeheer.alsEigenaar(postgres).sql("vacuum analyze " + tabel).update();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Roots and endings of the generated surnames: 60 × 50 = 3,000 surnames of a Ukrainian shape. */
    private static final String[] STAM = {"Koval", "Shevch", "Bondar", "Tkach", "Kravch", "Oliin", "Meln", "Boi", "Lys", "March",
            "Rud", "Savch", "Petr", "Moroz", "Polishch", "Kuzm", "Hryts", "Ivan", "Pavl", "Tym", "Lev", "Khar", "Zin", "Voron", "Kul",
            "Dan", "Fed", "Hon", "Ost", "Sydor", "Yats", "Kost", "Mazur", "Kozl", "Zhuk", "Pylyp", "Symon", "Stas", "Vlas", "Hor",
            "Kys", "Prokop", "Bilous", "Chorn", "Hrab", "Dub", "Lytvyn", "Kushn", "Semen", "Mykh", "Andr", "Yurch", "Roman", "Serh",
            "Taras", "Bil", "Koz", "Holub", "Moskal", "Shvets"};
    private static final String[] UITGANG = {"enko", "uk", "chuk", "yshyn", "iv", "ets", "ak", "ko", "ovych", "ych", "ovskyi",
            "evych", "iuk", "yk", "an", "ar", "ovets", "ushko", "ynets", "ovyi", "ashko", "enia", "yshchuk", "ach", "ukh", "ulia",
            "ienko", "ichuk", "iak", "ovka", "unenko", "ynskyi", "evskyi", "ytskyi", "ivskyi", "anchuk", "aliuk", "enchuk", "ishyn",
            "yliak", "uta", "yda", "usha", "ylo", "ai", "ets'kyi", "ura", "ynin", "ovyk", "ets'"};
    private static final String[] VROUW = {"Olena", "Iryna", "Natalia", "Oksana", "Tetiana", "Yulia", "Svitlana", "Kateryna",
            "Anastasiia", "Mariia", "Sofiia", "Viktoriia", "Halyna", "Liudmyla", "Nadiia", "Valentyna", "Larysa", "Alla", "Inna",
            "Oleksandra", "Daryna", "Polina", "Alina", "Khrystyna", "Lesia", "Zoia", "Vira", "Liubov", "Tamara", "Hanna", "Olha",
            "Yana", "Diana", "Veronika", "Ruslana", "Maryna", "Ivanna", "Nina", "Raisa", "Zlata"};
    private static final String[] MAN = {"Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Volodymyr", "Maksym", "Ivan",
            "Artem", "Bohdan", "Yurii", "Taras", "Petro", "Vasyl", "Oleh", "Ihor", "Roman", "Viktor", "Yaroslav", "Denys", "Vitalii",
            "Anatolii", "Mykhailo", "Pavlo", "Stepan", "Ruslan", "Yevhen", "Vadym", "Hryhorii", "Kyrylo", "Matvii", "Nazar", "Danylo",
            "Illia", "Tymofii", "Oleksii", "Valerii", "Borys", "Fedir", "Ostap"};

    /**
     * The datasets of the living-allowance benchmark and of {@link #genereer} give every resident one of 12
     * surnames and 9 first names, so a search for a name finds one household in twelve: some 30 times more
     * than in a real population, which makes every name search of the load test a broad one. Once per
     * dataset, residents get names drawn from 3,000 surnames (one per household, Zipf-distributed with
     * exponent 0.5: the most common about 0.9 % of households, as the most common Ukrainian surnames are
     * about one in a hundred) and 40 first names per sex (exponent 0.5). Deterministic: seeded by the id.
     */
    private double spreidNamen() {
        int achternamen = jdbc.sql("select count(distinct achternaam) from bewoners.bewoner where achternaam not like 'Verzoek%'"
                + " and achternaam not like 'Last%'").query(Integer.class).single();
        if (achternamen >= 1_000) {
            return -1;
        }
        long start = System.nanoTime();
        var achternaam = new String[STAM.length * UITGANG.length];
        var volgorde = new java.util.Random(20_261_205L);
        var alle = new ArrayList<String>();
        for (var stam : STAM) {
            for (var uitgang : UITGANG) {
                alle.add(stam + uitgang.replace("'", ""));
            }
        }
        java.util.Collections.shuffle(alle, volgorde);
        alle.toArray(achternaam);
        var kiesAchternaam = zipf(achternaam.length, 0.5);
        var kiesVoornaam = zipf(VROUW.length, 0.5);
        transactie.executeWithoutResult(status -> {
            var rijen = jdbc.sql("select id, huishouden_id, geslacht from bewoners.bewoner where achternaam not like 'Verzoek%'"
                    + " and achternaam not like 'Last%'").query((rs, i) -> new Object[] {rs.getObject(1, java.util.UUID.class),
                            rs.getObject(2, java.util.UUID.class), rs.getString(3)}).list();
            jdbc.sql("create temporary table lt_naam (id uuid primary key, voornaam text, achternaam text, naamsleutel text) on commit drop")
                    .update();
            for (int van = 0; van < rijen.size(); van += 20_000) {
                var deel = rijen.subList(van, Math.min(rijen.size(), van + 20_000));
                var ids = new java.util.UUID[deel.size()];
                var voornamen = new String[deel.size()];
                var achternamen2 = new String[deel.size()];
                var sleutels = new String[deel.size()];
                for (int i = 0; i < deel.size(); i++) {
                    var rij = deel.get(i);
                    ids[i] = (java.util.UUID) rij[0];
                    var perHuishouden = new java.util.Random(((java.util.UUID) rij[1]).getLeastSignificantBits());
                    var perPersoon = new java.util.Random(ids[i].getLeastSignificantBits());
                    var lijst = "vrouw".equals(rij[2]) ? VROUW : "man".equals(rij[2]) ? MAN : perPersoon.nextBoolean() ? VROUW : MAN;
                    voornamen[i] = lijst[kiesVoornaam.applyAsInt(perPersoon.nextDouble())];
                    achternamen2[i] = achternaam[kiesAchternaam.applyAsInt(perHuishouden.nextDouble())];
                    sleutels[i] = nl.onderdak.bewoners.Namen.sleutel(voornamen[i] + " " + achternamen2[i]);
                }
                jdbc.sql("insert into pg_temp.lt_naam select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[])")
                        .params(ids, voornamen, achternamen2, sleutels).update();
            }
            jdbc.sql("""
                    update bewoners.bewoner b set voornaam = n.voornaam, achternaam = n.achternaam, naamsleutel = n.naamsleutel,
                           voornaam_origineel = null, achternaam_origineel = null
                      from pg_temp.lt_naam n where n.id = b.id""").update();
        });
        Databasebeheer.alsEigenaar(postgres).sql("vacuum analyze bewoners.bewoner").update();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Rank (0-based) of a uniform draw u in [0, 1) under a Zipf distribution over n ranks with the given exponent. */
    private static java.util.function.DoubleToIntFunction zipf(int n, double exponent) {
        var cumulatief = new double[n];
        double som = 0;
        for (int k = 0; k < n; k++) {
            som += 1 / Math.pow(k + 1, exponent);
            cumulatief[k] = som;
        }
        double totaal = som;
        return u -> {
            int i = java.util.Arrays.binarySearch(cumulatief, u * totaal);
            return Math.min(n - 1, i >= 0 ? i : -i - 1);
        };
    }

    private void stap(String naam, Runnable sql) {
        long start = System.nanoTime();
        sql.run();
        stappen.put(naam, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Set-based, deterministic (choices from {@code hashint4}): every gemeente without locations gets its locations
     * and placed households; every location (Rotterdam's too) gets {@value #EXTRA_BEDDEN} more long-stay beds from
     * the first of last month, so the check-ins of the load test find room.
     */
    private void genereer() {
        jdbc.sql("set local work_mem = '256MB'").update();
        var sinds = LocalDate.now(AMSTERDAM).withDayOfMonth(1).minusMonths(1);
        stap("parameters", () -> {
            jdbc.sql("""
                    create temporary table lt_gemeente on commit drop as
                    select (row_number() over (order by g.code))::int as gnr, g.code, g.naam,
                           case g.code when :utrecht then 20 when :amersfoort then 20 else 3 end as locaties,
                           case g.code when :utrecht then 1000 when :amersfoort then 600 else 100 end as huishoudens
                      from gebieden.actuele_gemeente g
                     where not exists (select 1 from locaties.opvanglocatie l where l.gemeente_code = g.code)""")
                    .param("utrecht", UTRECHT).param("amersfoort", AMERSFOORT).update();
            jdbc.sql("""
                    create temporary table lt_locatie on commit drop as
                    select g.gnr, g.code, g.naam as gemeente, k,
                           md5('lastbenchmark-locatie-' || g.code || '-' || k)::uuid as id,
                           date '2023-06-01' + (hashint4(g.gnr * 31 + k) & 2147483647) % 300 as vanaf
                      from lt_gemeente g cross join generate_series(1, g.locaties) k""").update();
            jdbc.sql("""
                    create temporary table lt_huishouden on commit drop as
                    select g.gnr, g.code, j, md5('lastbenchmark-huishouden-' || g.code || '-' || j)::uuid as id,
                           1 + (hashint4(g.gnr * 7919 + j) & 2147483647) % 4 as personen,
                           md5('lastbenchmark-locatie-' || g.code || '-' || (1 + j % g.locaties))::uuid as locatie_id,
                           date '2024-03-01' + (hashint4(g.gnr * 104729 + j) & 2147483647) % 600 as vanaf
                      from lt_gemeente g cross join generate_series(1, g.huishoudens) j""").update();
            jdbc.sql("""
                    create temporary table lt_plaatsing on commit drop as
                    select h.*, (sum(personen) over (partition by locatie_id order by j) - personen + 1)::int as eerste_bed
                      from lt_huishouden h""").update();
        });
        stap("opvanglocatie", () -> jdbc.sql("""
                insert into locaties.opvanglocatie (id, gemeente_code, naam, postcode, huisnummer, plaats, soort, exploitant, beschikbaar_vanaf,
                                           rolstoeltoegankelijk, gezinskamers, catering, eigen_keuken, aangemaakt_op, aangemaakt_door)
                select id, code, 'Lastlocatie ' || gemeente || ' ' || k, (1011 + (gnr * 7 + k) % 8900)::text || 'AB', k, gemeente,
                       (array['hotel', 'vakantiepark', 'schip', 'zorgcentrum', 'kantoor', 'paviljoen', 'sporthal', 'overig'])[1 + (gnr + k) % 8],
                       'Exploitant ' || (gnr + k) % 41, vanaf, k % 3 = 0, k % 2 = 0, k % 4 = 0, k % 4 <> 0, (vanaf - 45)::timestamptz, :door
                  from lt_locatie order by gnr, k""").param("door", DOOR).update());
        stap("locatiestatus", () -> jdbc.sql("""
                insert into locaties.locatiestatus (opvanglocatie_id, ingangsdatum, status, reden, vastgelegd_op, vastgelegd_door)
                select id, dag, status, reden, dag + time '08:30', :door from (
                    select id, gnr, k, vanaf - 30 as dag, 'in_voorbereiding' as status, 'aangemeld' as reden from lt_locatie
                    union all
                    select id, gnr, k, vanaf, 'beschikbaar', 'geopend' from lt_locatie) s
                 order by dag, gnr, k""").param("door", DOOR).update());
        stap("beddenmutatie", () -> {
            jdbc.sql("""
                    insert into locaties.beddenmutatie (opvanglocatie_id, verblijfsduur, ingangsdatum, opgegeven, buiten_gebruik, reden,
                                               vastgelegd_op, vastgelegd_door)
                    select l.id, 'lang', l.vanaf, coalesce(max(p.eerste_bed + p.personen - 1), 0) + 10, 0, 'opgave', l.vanaf + time '09:00', :door
                      from lt_locatie l left join lt_plaatsing p on p.locatie_id = l.id
                     group by l.id, l.gnr, l.k, l.vanaf order by l.gnr, l.k""").param("door", DOOR).update();
            // Room for the load test's check-ins, in every location of the country (the last declaration plus 300).
            jdbc.sql("""
                    insert into locaties.beddenmutatie (opvanglocatie_id, verblijfsduur, ingangsdatum, opgegeven, buiten_gebruik, reden,
                                               vastgelegd_op, vastgelegd_door)
                    select m.opvanglocatie_id, 'lang', cast(:sinds as date), m.opgegeven + :extra, 0, 'uitbreiding', now(), :door
                      from (select distinct on (opvanglocatie_id) opvanglocatie_id, opgegeven from locaties.beddenmutatie
                             where verblijfsduur = 'lang' order by opvanglocatie_id, ingangsdatum desc, vastgelegd_op desc) m
                     order by m.opvanglocatie_id""")
                    .param("sinds", sinds).param("extra", EXTRA_BEDDEN).param("door", DOOR).update();
        });
        stap("huishouden", () -> jdbc.sql("""
                insert into bewoners.huishouden (id, gemeente_code, aangemaakt_op, aangemaakt_door)
                select id, code, vanaf::timestamptz - interval '2 days', :door from lt_huishouden order by gnr, j""")
                .param("door", DOOR).update());
        stap("huishouden_gemeente", () -> jdbc.sql("""
                insert into bewoners.huishouden_gemeente (huishouden_id, gemeente_code) select id, code from lt_huishouden order by gnr, j""")
                .update());
        stap("bewoner", () -> jdbc.sql("""
                insert into bewoners.bewoner (id, huishouden_id, voornaam, achternaam, naamsleutel, geboortedatum, geslacht,
                                     nationaliteit_categorie, identiteitsdocumenten, taal, aangemaakt_op)
                select md5('lastbenchmark-bewoner-' || h.code || '-' || h.j || '-' || p)::uuid, h.id, n.voornaam, n.achternaam,
                       lower(n.achternaam || n.voornaam),
                       case when p = 1 then date '1950-01-01' + (hashint4(h.gnr * 139 + h.j * 7 + p) & 2147483647) % 20000
                            else date '2008-01-01' + (hashint4(h.gnr * 149 + h.j * 7 + p) & 2147483647) % 6000 end,
                       (array['vrouw', 'man'])[1 + (h.j + p) % 2], 'oekraiens', '{paspoort}', 'uk', h.vanaf::timestamptz - interval '2 days'
                  from lt_huishouden h
                  cross join generate_series(1, h.personen) p
                  cross join lateral (
                      select (array['Olena', 'Oleksandr', 'Iryna', 'Andrii', 'Natalia', 'Dmytro', 'Tetiana', 'Serhii'])
                                 [1 + (hashint4(h.gnr * 151 + h.j * 7 + p) & 7)] as voornaam,
                             (array['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Koval',
                                    'Oliinyk', 'Lysenko', 'Marchenko', 'Rudenko'])[1 + (hashint4(h.gnr * 157 + h.j) & 2147483647) % 12] as achternaam) n
                 order by h.gnr, h.j, p""").update());
        stap("plaatsing", () -> jdbc.sql("""
                insert into plaatsing.plaatsing (id, opvanglocatie_id, verblijfsduur, aantal_personen, vanaf, tot, vertrekreden, huishouden_id,
                                       vastgelegd_op, vastgelegd_door)
                select md5('lastbenchmark-plaatsing-' || code || '-' || j)::uuid, locatie_id, 'lang', personen, vanaf, null, null, id,
                       vanaf::timestamptz, :door
                  from lt_plaatsing order by gnr, j""").param("door", DOOR).update());
        stap("bedbezetting", () -> jdbc.sql("""
                insert into plaatsing.bedbezetting (plaatsing_id, bewoner_id, opvanglocatie_id, verblijfsduur, bednummer, periode)
                select md5('lastbenchmark-plaatsing-' || p.code || '-' || p.j)::uuid,
                       md5('lastbenchmark-bewoner-' || p.code || '-' || p.j || '-' || k)::uuid,
                       p.locatie_id, 'lang', p.eerste_bed + k - 1, daterange(p.vanaf, null)
                  from lt_plaatsing p cross join generate_series(1, p.personen) k
                 order by p.gnr, p.j, k""").update());
        // Paid in cash (no IBAN needed), so the payment-run preview has a line with an amount for every household.
        stap("betaalwijze", () -> jdbc.sql("""
                insert into leefgeld.betaalwijze (huishouden_id, methode, gewijzigd_door, gewijzigd_op)
                select id, 'contant', :door, vanaf::timestamptz from lt_huishouden order by gnr, j""").param("door", DOOR).update());
    }

    private Map<String, Long> tel() {
        var telling = new LinkedHashMap<String, Long>();
        jdbc.sql("""
                select (select count(*) from gebieden.actuele_gemeente) as gemeenten,
                       (select count(distinct l.gemeente_code) from locaties.opvanglocatie l
                         where exists (select 1 from plaatsing.bedbezetting b where b.opvanglocatie_id = l.id)) as bewoond,
                       (select count(*) from locaties.opvanglocatie) as locaties,
                       (select count(*) from bewoners.huishouden) as huishoudens,
                       (select count(*) from bewoners.bewoner) as bewoners,
                       (select count(*) from bewoners.bewoner b join bewoners.huishouden h on h.id = b.huishouden_id
                         where h.gemeente_code = :r) as rotterdam,
                       (select count(*) from plaatsing.bedbezetting) as bezetting,
                       (select count(*) from logboek.verwerkingslog) as log""")
                .param("r", ROTTERDAM)
                .query(rs -> {
                    telling.put("gemeenten (actuele indeling)", rs.getLong("gemeenten"));
                    telling.put("gemeenten met locaties en bewoners", rs.getLong("bewoond"));
                    telling.put("opvanglocaties", rs.getLong("locaties"));
                    telling.put("huishoudens", rs.getLong("huishoudens"));
                    telling.put("bewoners", rs.getLong("bewoners"));
                    telling.put("  waarvan in Rotterdam", rs.getLong("rotterdam"));
                    telling.put("bedbezetting-rijen", rs.getLong("bezetting"));
                    telling.put("verwerkingslog-rijen (groeit per run)", rs.getLong("log"));
                });
        return telling;
    }

    // ------------------------------------------------------------------ report

    private String rapport(double generatie, Map<String, Long> telling, double[] bcrypt, Map<String, Regel> seq, Map<String, Regel> last,
            double seconden, Bemonstering b, String belastingVoorSeq, String belastingNaSeq, String belastingVoor, String belastingNa) {
        var r = new StringBuilder();
        var pg = jdbc.sql("show server_version").query(String.class).single();
        r.append("Onderdak lasttest (Gatling %s), %s%n".formatted(GATLING,
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)));
        r.append("Java %s, PostgreSQL %s, %d cores (availableProcessors); de applicatie draait in dezelfde JVM als Gatling%n%n"
                .formatted(Runtime.version(), pg, Runtime.getRuntime().availableProcessors()));
        r.append("Dataset (target/benchmark/pg-last)\n");
        telling.forEach((naam, aantal) -> r.append("  %-42s %,12d%n".formatted(naam, aantal)));
        r.append(generatie < 0 ? "  landelijke aanvulling: al aanwezig\n"
                : "  landelijke aanvulling gegenereerd in %.1f s%n".formatted(generatie));
        stappen.forEach((naam, s) -> r.append("    %-40s %8.1f s%n".formatted(naam, s)));

        r.append("%nLast: %d gelijktijdige gebruikers (elk werkt reis na reis tot het einde), opbouw %d s, daarna %d s vol;%n"
                .formatted(GEBRUIKERS, OPBOUW_S, DUUR_S));
        r.append("verdeling gemeente 80 % (rotterdam 50 %, utrecht 30 %, amersfoort 20 %), regio 8 %, LCVS 4 %, KCIO 4 %, financiën 4 %;\n");
        r.append("denktijd tussen stappen %d-%d s (gelijkverdeeld). Sequentieel: één gebruiker, elke reis %d keer na elkaar, geen denktijd.%n"
                .formatted(DENK_MIN_S, DENK_MAX_S, RONDES));
        r.append("Inloggen één keer per gebruiker, zoals in productie: de API met een bearer-token (RS256) per gebruiker, de webpagina's\n");
        r.append("(KCIO-export) met het inlogformulier en daarna de sessiecookie; wachtwoord-hashes met BCrypt-kosten %d%n".formatted(BCRYPT));
        r.append("(gemeten: één controle kost %.1f ms bij kosten 4 en %.1f ms bij kosten 10).%n".formatted(bcrypt[0], bcrypt[1]));
        r.append("Verbindingspool %d, Tomcat-threads %s.%n%n".formatted(b.poolgrootte(), tomcatThreads));

        r.append("%-34s | %-36s | %-44s%n".formatted("", "sequentieel (één tegelijk)", "last (" + GEBRUIKERS + " gebruikers)"));
        r.append("%-34s | %6s %6s %6s %6s %6s | %7s %6s %6s %6s %6s %7s%n".formatted("verzoek", "aantal", "p50", "p95", "p99", "fout",
                "aantal", "p50", "p95", "p99", "max", "fout"));
        var namen = new ArrayList<String>(last.keySet());
        seq.keySet().stream().filter(n -> !namen.contains(n)).forEach(namen::add);
        namen.remove("alle verzoeken");
        namen.add("alle verzoeken");
        boolean gehaald = true;
        for (var naam : namen) {
            var s = seq.get(naam);
            var l = last.get(naam);
            r.append("%-34s | %s | %s%n".formatted(naam,
                    s == null ? "%36s".formatted("-") : "%6d %6.0f %6.0f %6.0f %6d".formatted(s.aantal(), s.p50(), s.p95(), s.p99(), s.fouten()),
                    l == null ? "-" : "%7d %6.0f %6.0f %6.0f %6.0f %7d".formatted(l.aantal(), l.p50(), l.p95(), l.p99(), l.max(), l.fouten())));
            if (l != null && (l.p99() >= DOEL_P99_MS || l.fouten() > 0)) {
                gehaald = false;
            }
        }
        var alle = last.get("alle verzoeken");
        r.append("(ms; p50/p95/p99 zoals Gatling ze berekent over alle verzoeken van dat soort, opbouw inbegrepen)\n\n");
        r.append("Doorvoer tijdens de last: %.1f verzoeken/s (%d verzoeken in %.0f s inclusief opbouw)%n".formatted(
                alle == null ? 0 : alle.aantal() / seconden, alle == null ? 0 : alle.aantal(), seconden));
        r.append("Belasting van de machine (loadavg 1/5/15 min): voor sequentieel %s, erna %s; voor de last %s, erna %s%n"
                .formatted(belastingVoorSeq, belastingNaSeq, belastingVoor, belastingNa));
        if (!b.load1().isEmpty()) {
            r.append("  tijdens de last (1-min loadavg, elke seconde): min %.2f, mediaan %.2f, max %.2f (%d monsters; %d cores)%n".formatted(
                    b.load1().stream().mapToDouble(x -> x).min().orElse(0), mediaan(b.load1()),
                    b.load1().stream().mapToDouble(x -> x).max().orElse(0), b.load1().size(), Runtime.getRuntime().availableProcessors()));
        }
        r.append("Verbindingspool (Hikari, %d verbindingen): hoogstens %d tegelijk in gebruik; wachtende threads gemiddeld %.1f, hoogstens %d%n"
                .formatted(b.poolgrootte(), b.maxActief(), b.gemWachtend(), b.maxWachtend()));
        r.append("Transacties die wachten op het slot van de logketen (ADR 0018): gemiddeld %.1f, hoogstens %d%n"
                .formatted(b.gemKetenWachtend(), b.maxKetenWachtend()));
        r.append("  de transactie die het slot hield was bij een monster gemiddeld %.2f s open (hoogstens %.1f s); in %.0f %% van de monsters%n"
                .formatted(b.gemHouderOpen(), b.maxHouderOpen(), 100 * b.aandeelHouderStil()));
        r.append("  stond die houder 'idle in transaction' (de database wachtte op de applicatie, niet andersom)\n");
        r.append("%nDoel: p99 < %.0f ms en 0 fouten bij %d gebruikers, per soort verzoek: %s%n".formatted(DOEL_P99_MS, GEBRUIKERS,
                gehaald ? "GEHAALD" : "NIET GEHAALD"));
        if (alle != null) {
            r.append("  alle verzoeken samen: p99 %.0f ms, %d fouten: %s%n".formatted(alle.p99(), alle.fouten(),
                    alle.p99() < DOEL_P99_MS && alle.fouten() == 0 ? "GEHAALD" : "NIET GEHAALD"));
        }
        r.append("HTML-rapporten van Gatling: target/benchmark/gatling/\n");
        return r.toString();
    }
}
