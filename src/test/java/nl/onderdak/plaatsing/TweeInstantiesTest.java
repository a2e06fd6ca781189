// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import static nl.onderdak.bewoners.Bewonersverzoeken.HUISHOUDENS;
import static nl.onderdak.bewoners.Bewonersverzoeken.PLAATSINGEN;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishoudenVan;
import static nl.onderdak.bewoners.Bewonersverzoeken.plaatsing;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import nl.onderdak.OnderdakApplication;
import nl.onderdak.platform.IngebouwdePostgres;
import nl.onderdak.bewoners.BewonersIntegratieTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The issue demands proof that beds are never given twice with two application instances on one
 * database. The second instance is a full Spring Boot application of its own, started here on the
 * embedded PostgreSQL of the test context (setting {@code spring.datasource.url} switches its own
 * embedded database off). Both instances then receive check-ins for one location at the same moment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TweeInstantiesTest extends BewonersIntegratieTest {

    private static final int BEDDEN = 8;
    /** The connection pool of each instance: the second gets the size the test context has (config/application.yaml). */
    private static final int POOL = 20;
    /**
     * Simultaneous check-ins per instance: one less than the pool. With as many simultaneous logins as
     * connections the pool deadlocks in LokaleGebruikers (see the regression test below), which would
     * hide what this class proves about beds behind 401 answers.
     */
    private static final int HUISHOUDENS_PER_INSTANTIE = POOL - 1;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Autowired
    DataSource dataSource;

    @Autowired
    IngebouwdePostgres postgres;

    @Autowired
    JdbcClient jdbc;

    private ConfigurableApplicationContext tweede;
    private int tweedePoort;
    private String jdbcUrl;

    @BeforeAll
    void startEenTweedeInstantieOpDezelfdeDatabase() throws SQLException {
        jdbcUrl = postgres.jdbcUrl();
        // As an external database is run (docs/operations.md): the application as the role that owns
        // nothing, Flyway as the owner, both with the passwords the embedded server keeps in its folder.
        var wachtwoorden = new java.util.Properties();
        try (var r = java.nio.file.Files.newBufferedReader(postgres.map().resolve(IngebouwdePostgres.WACHTWOORDBESTAND))) {
            wachtwoorden.load(r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        tweede = new SpringApplicationBuilder(OnderdakApplication.class)
                .properties("server.port=0", "spring.datasource.url=" + jdbcUrl,
                        "spring.datasource.username=" + IngebouwdePostgres.APPLICATIE,
                        "spring.datasource.password=" + wachtwoorden.getProperty(IngebouwdePostgres.APPLICATIE),
                        "spring.flyway.user=" + IngebouwdePostgres.EIGENAAR,
                        "spring.flyway.password=" + wachtwoorden.getProperty(IngebouwdePostgres.EIGENAAR),
                        "onderdak.demo-gegevens=false", "spring.main.banner-mode=off",
                        "spring.datasource.hikari.pool-name=tweede-instantie",
                        // The demo profile refuses an external database; this one is the test's own embedded server.
                        "onderdak.demo.lokale-testdatabase=true")
                // As arguments: the properties above are only defaults, and application.yaml sets both of these
                // (a pool of 10, a wait of 3 s). 10 s is long enough not to fail on a busy machine, and the
                // regression test below still fails in 10 s instead of the 30 s default.
                .run("--spring.datasource.hikari.maximum-pool-size=" + POOL, "--spring.datasource.hikari.connection-timeout=10000");
        tweedePoort = Integer.parseInt(tweede.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stopDeTweedeInstantie() {
        if (tweede != null) {
            tweede.close();
        }
    }

    private static Antwoord post(int naarPoort, String pad, String gebruiker, String json) {
        var token = Base64.getEncoder().encodeToString((gebruiker + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8));
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + naarPoort + pad))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        try {
            var r = HTTP.send(verzoek, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Antwoord(r.statusCode(), r.headers(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Antwoord get(int naarPoort, String pad, String gebruiker) {
        var token = Base64.getEncoder().encodeToString((gebruiker + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8));
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + naarPoort + pad))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + token).GET().build();
        try {
            var r = HTTP.send(verzoek, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Antwoord(r.statusCode(), r.headers(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void deTweedeInstantieIsEenEigenServerOpDezelfdeDatabase() throws SQLException {
        assertThat(tweedePoort).isPositive().isNotEqualTo(poort);
        try (var verbinding = tweede.getBean(DataSource.class).getConnection()) {
            assertThat(verbinding.getMetaData().getURL()).isEqualTo(jdbcUrl);
        }
        assertThat(tweede.getBeanNamesForType(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)).isEmpty();

        var opTweede = post(tweedePoort, HUISHOUDENS, "utrecht", huishoudenVan(2));
        assertThat(opTweede.status()).as(opTweede.toString()).isEqualTo(201);
        var id = opTweede.json().get("id").asString();
        assertThat(get(HUISHOUDENS + "/" + id, "utrecht").status()).isEqualTo(200);
        assertThat(get(tweedePoort, HUISHOUDENS + "/" + id, "amersfoort").status()).isEqualTo(404);
    }

    @Test
    void gelijktijdigeInchecksOpBeideInstantiesVergevenPreciesDeVrijeBedden() throws Exception {
        var locatie = registreerLocatie("utrecht", "2024-01-01", BEDDEN);
        var vanaf = LocalDate.now().minusDays(2).toString();
        int totaal = 2 * HUISHOUDENS_PER_INSTANTIE;
        var huishoudens = IntStream.range(0, totaal)
                .mapToObj(i -> registreer("utrecht", huishoudenVan(1)).get("id").asString()).toList();
        int[] poorten = {poort, tweedePoort};

        var start = new CountDownLatch(1);
        var gereed = new CountDownLatch(totaal);
        var taken = new ArrayList<Future<Antwoord>>();
        var perInstantie = new ArrayList<Map<Integer, Integer>>();
        perInstantie.add(new TreeMap<>());
        perInstantie.add(new TreeMap<>());
        var problemen = new ArrayList<String>();
        try (var pool = Executors.newFixedThreadPool(totaal)) {
            for (int i = 0; i < totaal; i++) {
                int naar = poorten[i % 2];
                var huishouden = huishoudens.get(i);
                taken.add(pool.submit(() -> {
                    gereed.countDown();
                    start.await();
                    return post(naar, PLAATSINGEN, "utrecht", plaatsing(huishouden, locatie, vanaf));
                }));
            }
            assertThat(gereed.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            for (int i = 0; i < totaal; i++) {
                var a = taken.get(i).get(120, TimeUnit.SECONDS);
                perInstantie.get(i % 2).merge(a.status(), 1, Integer::sum);
                if (a.status() != 201 && a.status() != 409) {
                    problemen.add(a.toString());
                } else if (a.status() == 409) {
                    problemen.add(a.json().get("type").asString());
                }
            }
        }

        var samen = new TreeMap<Integer, Integer>();
        perInstantie.forEach(m -> m.forEach((status, n) -> samen.merge(status, n, Integer::sum)));
        System.out.printf("TweeInstantiesTest: %d bedden, %d inchecks; instantie 1 %s, instantie 2 %s, samen %s%n",
                BEDDEN, totaal, perInstantie.get(0), perInstantie.get(1), samen);
        assertThat(samen).as("instantie 1 %s, instantie 2 %s; %s", perInstantie.get(0), perInstantie.get(1), problemen)
                .containsExactlyEntriesOf(new TreeMap<>(Map.of(201, BEDDEN, 409, totaal - BEDDEN)));
        assertThat(problemen).containsOnly("urn:onderdak:probleem:te-weinig-vrije-bedden");
        assertThat(perInstantie).allSatisfy(m -> assertThat(m.keySet()).allMatch(s -> s < 500));

        var bedden = jdbc.sql("select bednummer from plaatsing.bedbezetting where opvanglocatie_id = ? order by bednummer")
                .param(UUID.fromString(locatie)).query(Integer.class).list();
        assertThat(bedden).containsExactlyElementsOf(IntStream.rangeClosed(1, BEDDEN).boxed().toList());
        assertThat(jdbc.sql("select coalesce(sum(aantal_personen), 0) from plaatsing.plaatsing where opvanglocatie_id = ?")
                .param(UUID.fromString(locatie)).query(Integer.class).single()).isEqualTo(BEDDEN);
    }

    @Test
    void eenAanmeldingHeeftGenoegAanEenVrijeVerbinding() throws SQLException {
        var id = registreer("utrecht", huishoudenVan(1)).get("id").asString();
        assertThat(get(tweedePoort, HUISHOUDENS + "/" + id, "utrecht").status()).isEqualTo(200);
        var bezet = new ArrayList<java.sql.Connection>();
        Antwoord antwoord;
        long begin = System.nanoTime();
        try {
            // Everything but one connection of the second instance's pool is in use, as under load.
            var bron = tweede.getBean(DataSource.class);
            for (int i = 0; i < POOL - 1; i++) {
                bezet.add(bron.getConnection());
            }
            begin = System.nanoTime();
            antwoord = get(tweedePoort, HUISHOUDENS + "/" + id, "utrecht");
        } finally {
            for (var c : bezet) {
                c.close();
            }
        }
        long seconden = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin);

        // Regression test (bug found in review, now fixed): src/main/java/nl/onderdak/toegang/LokaleGebruikers.java:33 calls organisaties.vind(...) inside the
        // RowMapper of the query at line 28, outside any transaction, so every HTTP Basic (and form) login holds one
        // pool connection while it waits for a second. With one free connection a valid login waits for
        // connectionTimeout and fails with 401 "Gebruikersnaam of wachtwoord ontbreekt of klopt niet"; with as many
        // simultaneous logins as connections the pool deadlocks for connectionTimeout (30 s by default). Seen with
        // 20 simultaneous check-ins on a pool of 10 (Hikari's default): 3 and 13 answers 401 after a 30 s stall in
        // three of three runs; a thread dump showed 10 threads in Organisaties.vind under
        // LokaleGebruikers.loadUserByUsername and 10 more in loadUserByUsername, all in HikariPool.getConnection.
        // Expected: 200 at once, as for any request that needs one connection.
        assertThat(antwoord.status()).as("na %d s: %s", seconden, antwoord).isEqualTo(200);
    }
}
