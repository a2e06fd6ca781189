// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.onderdak.IntegratieTest;
import nl.onderdak.OnderdakApplication;
import nl.onderdak.Websessie;
import nl.onderdak.locaties.internal.LocatieImport;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.toegang.Rol;
import nl.onderdak.werkvoorraad.ProefWerkbronnen;
import nl.onderdak.werkvoorraad.internal.WerkMelder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.core.type.TypeReference;

/**
 * Issue 14, "Many instances, one database": two full application instances on one PostgreSQL, as behind
 * a load balancer without sticky sessions. The first is this test's context (the werkvoorraad tests'
 * context, with the reminder mail switched on, so it costs no extra start in the suite); the second is
 * started here on the same embedded database with the application's own role, as docs/operations.md
 * describes. A login on one instance is valid on the other, and so is its logout; a background task
 * started on one is followed on the other; the reminder job runs once when both instances try; a form
 * sent twice, once to each instance, is processed once.
 */
@Import(ProefWerkbronnen.class)
@TestPropertySource(properties = {ProefWerkbronnen.MAIL_AAN, ProefWerkbronnen.NOOIT_VANZELF, ProefWerkbronnen.ADRES})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstantiesDelenDeDatabaseTest extends IntegratieTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    @Autowired
    IngebouwdePostgres postgres;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Achtergrondtaken taken;
    @Autowired
    LocatieImport locatieImport;
    @Autowired
    Organisaties organisaties;
    @Autowired
    WerkMelder melder;

    private ConfigurableApplicationContext tweede;
    private int tweedePoort;

    @BeforeAll
    void startDeTweedeInstantie() throws IOException {
        var wachtwoorden = new Properties();
        try (var r = Files.newBufferedReader(postgres.map().resolve(IngebouwdePostgres.WACHTWOORDBESTAND))) {
            wachtwoorden.load(r);
        }
        tweede = new SpringApplicationBuilder(OnderdakApplication.class)
                .properties("spring.datasource.url=" + postgres.jdbcUrl(),
                        "spring.datasource.username=" + IngebouwdePostgres.APPLICATIE,
                        "spring.datasource.password=" + wachtwoorden.getProperty(IngebouwdePostgres.APPLICATIE),
                        "spring.flyway.user=" + IngebouwdePostgres.EIGENAAR,
                        "spring.flyway.password=" + wachtwoorden.getProperty(IngebouwdePostgres.EIGENAAR),
                        "onderdak.demo-gegevens=false", "spring.main.banner-mode=off",
                        "onderdak.demo.lokale-testdatabase=true",
                        "spring.datasource.hikari.pool-name=tweede-instantie")
                // As arguments: application.yaml sets these, and it outranks the builder's default properties.
                .run("--" + ProefWerkbronnen.MAIL_AAN, "--" + ProefWerkbronnen.NOOIT_VANZELF, "--" + ProefWerkbronnen.ADRES,
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + greenMail.getSmtp().getPort());
        tweedePoort = Integer.parseInt(tweede.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stopDeTweedeInstantie() {
        if (tweede != null) {
            tweede.close();
        }
    }

    /** A browser: one cookie jar for both instances (both are localhost), redirects not followed. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(int naar, String pad) {
        return stuur(HttpRequest.newBuilder(URI.create("http://localhost:" + naar + pad)).GET());
    }

    private HttpResponse<String> formulier(int naar, String pad, String velden) {
        return stuur(HttpRequest.newBuilder(URI.create("http://localhost:" + naar + pad))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden)));
    }

    private HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        try {
            return browser.send(verzoek.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrf(HttpResponse<String> pagina) {
        var m = CSRF.matcher(pagina.body());
        assertThat(m.find()).as("CSRF token on " + pagina.uri()).isTrue();
        return URLEncoder.encode(m.group(1) != null ? m.group(1) : m.group(2), StandardCharsets.UTF_8);
    }

    private static String sessiecookie(HttpResponse<?> antwoord) {
        return antwoord.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElse("");
    }

    @Test
    void inloggenOpDeEneInstantieGeldtOpDeAndereEnUitloggenOokEnEenImportIsOpBeideTeVolgen() throws Exception {
        var voorInloggen = get(poort, "/inloggen");
        var token = csrf(voorInloggen);
        var inloggen = formulier(poort, "/inloggen", "username=utrecht&password=" + WACHTWOORD + "&_csrf=" + token);
        assertThat(inloggen.statusCode()).isEqualTo(302);
        assertThat(inloggen.headers().firstValue("Location").orElseThrow()).doesNotContain("inloggen");
        // Session fixation protection: the login gives a new session id, stored in the database.
        assertThat(sessiecookie(inloggen)).isNotEmpty().isNotEqualTo(sessiecookie(voorInloggen));
        assertThat(jdbc.sql("select count(*) from sessie.spring_session where principal_name = 'utrecht'")
                .query(Integer.class).single()).isPositive();

        var opDeTweede = get(tweedePoort, "/opvanglocaties");
        assertThat(opDeTweede.statusCode()).as("the session of instance 1 is valid on instance 2").isEqualTo(200);
        assertThat(opDeTweede.body()).contains("Medewerker gemeente Utrecht");

        // An import started on instance 1 (a file that is refused: its template without rows) is followed on instance 2.
        var utrecht = new Gebruiker("utrecht", "Medewerker gemeente Utrecht", organisaties.vind("GM0344").orElseThrow(),
                Set.of(Rol.GEMEENTE_MEDEWERKER));
        var gestart = locatieImport.start(LocatieImport.sjabloon(), utrecht);
        HttpResponse<String> voortgang;
        var tot = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        do {
            voortgang = get(tweedePoort, "/opvanglocaties/import/" + gestart.id());
            assertThat(voortgang.statusCode()).as(voortgang.body()).isEqualTo(200);
        } while (voortgang.body().contains("<progress") && System.nanoTime() < tot && pauze());
        assertThat(voortgang.body()).doesNotContain("<progress").contains("niets vastgelegd");
        assertThat(get(tweedePoort, "/opvanglocaties/import/" + Achtergrondtaken.TaakId.nieuw()).statusCode()).isEqualTo(404);

        // Logout on instance 2 ends the session on instance 1 as well.
        var uitloggen = formulier(tweedePoort, "/uitloggen", "_csrf=" + csrf(opDeTweede));
        assertThat(uitloggen.statusCode()).isEqualTo(302);
        var daarna = get(poort, "/opvanglocaties");
        assertThat(daarna.statusCode()).isEqualTo(302);
        assertThat(daarna.headers().firstValue("Location").orElseThrow()).contains("/inloggen");
    }

    private static boolean pauze() throws InterruptedException {
        Thread.sleep(50);
        return true;
    }

    record Uitkomst(String tekst, List<Integer> getallen) {
    }

    @Test
    void eenAchtergrondtaakVanDeEneInstantieToontZijnVoortgangEnUitkomstOpDeAndere() throws Exception {
        var soort = new Achtergrondtaken.Soort<>("proef", new TypeReference<Uitkomst>() { });
        var halverwege = new CountDownLatch(1);
        var verder = new CountDownLatch(1);
        var taak = taken.start(soort, "utrecht", "De proef is mislukt.", v -> {
            v.totaal(10);
            v.verwerkt(4);
            v.totaal(10); // always written: the last progress is visible at once
            halverwege.countDown();
            await(verder);
            v.verwerkt(10);
            return new Uitkomst("klaar", List.of(1, 2, 3));
        });
        assertThat(halverwege.await(10, TimeUnit.SECONDS)).isTrue();
        var anderen = tweede.getBean(Achtergrondtaken.class);

        var bezig = anderen.vind(taak.id(), soort, "utrecht").orElseThrow();
        assertThat(bezig.toestand()).isEqualTo(Achtergrondtaken.Toestand.BEZIG);
        assertThat(bezig.verwerkt()).isEqualTo(4);
        assertThat(bezig.procent()).isEqualTo(40);
        assertThat(anderen.vind(taak.id(), soort, "amersfoort")).as("only for who started it").isEmpty();

        verder.countDown();
        var tot = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        var klaar = anderen.vind(taak.id(), soort, "utrecht").orElseThrow();
        while (!klaar.klaar() && System.nanoTime() < tot) {
            Thread.sleep(20);
            klaar = anderen.vind(taak.id(), soort, "utrecht").orElseThrow();
        }
        assertThat(klaar.toestand()).isEqualTo(Achtergrondtaken.Toestand.GELUKT);
        assertThat(klaar.uitkomst()).isEqualTo(new Uitkomst("klaar", List.of(1, 2, 3)));
        assertThat(klaar.procent()).isEqualTo(100);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void deHerinneringLooptEenmaalAlsBeideInstantiesHetTegelijkProberen() throws Exception {
        var tweedeMelder = tweede.getBean(WerkMelder.class);
        var start = new CountDownLatch(1);
        try (var draden = Executors.newVirtualThreadPerTaskExecutor()) {
            var een = draden.submit(() -> {
                start.await();
                return melder.geplandeRonde();
            });
            var twee = draden.submit(() -> {
                start.await();
                return tweedeMelder.geplandeRonde();
            });
            start.countDown();
            List<Optional<Integer>> rondes = List.of(een.get(60, TimeUnit.SECONDS), twee.get(60, TimeUnit.SECONDS));
            assertThat(rondes.stream().filter(Optional::isPresent).count()).as("rounds run: " + rondes).isEqualTo(1);
        }
        // Shortly after, neither runs it again: the lock is held at least 30 seconds (ADR 0017).
        assertThat(tweedeMelder.geplandeRonde()).isEmpty();
        assertThat(melder.geplandeRonde()).isEmpty();
        assertThat(jdbc.sql("select count(*) from platform.shedlock where name = 'werkvoorraad-melder' and lock_until > timezone('utc', now())")
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** Posts the new-location form to instance {@code naar} in the session of {@code sessie} (its cookie goes to both). */
    private static HttpResponse<byte[]> nieuweLocatie(Websessie sessie, int naar, Map<String, String> velden) {
        var body = velden.entrySet().stream().map(e -> Websessie.enc(e.getKey()) + "=" + Websessie.enc(e.getValue()))
                .collect(Collectors.joining("&")) + "&_csrf=" + Websessie.enc(sessie.csrf());
        return sessie.stuur(HttpRequest.newBuilder(URI.create("http://localhost:" + naar + "/opvanglocaties/nieuw"))
                .timeout(Duration.ofSeconds(90)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private int locaties(String naam) {
        return jdbc.sql("select count(*) from locaties.locatie where naam = ?").param(naam).query(Integer.class).single();
    }

    @Test
    void hetzelfdeFormulierNaarBeideInstantiesMaaktEenLocatieEnLeidtNaarDezelfdePagina() {
        var sessie = new Websessie(poort).inloggen("utrecht");
        var token = sessie.formuliertoken("/opvanglocaties/nieuw");
        var naam = "Twee instanties " + UUID.randomUUID();

        var eerste = nieuweLocatie(sessie, poort, DubbelVerstuurdTest.locatie(naam, token));
        var tweede = nieuweLocatie(sessie, tweedePoort, DubbelVerstuurdTest.locatie(naam, token));

        assertThat(eerste.statusCode()).isEqualTo(302);
        var naar = eerste.headers().firstValue("Location").orElseThrow();
        assertThat(naar).contains("/opvanglocaties/");
        assertThat(tweede.statusCode()).as("instance 2 knows the token instance 1 processed").isEqualTo(303);
        assertThat(tweede.headers().firstValue("Location")).contains(naar);
        assertThat(locaties(naam)).isEqualTo(1);
        // Stored per session only as the SHA-256 of its id (the id is the cookie's secret); a redirect keeps no page.
        assertThat(jdbc.sql("""
                select count(*) from platform.verstuurd_formulier f
                 where f.token = ? and f.status = 302 and f.inhoud is null and octet_length(f.sessie) = 32
                   and exists (select from sessie.spring_session s where s.principal_name = 'utrecht'
                                 and f.sessie = sha256(convert_to(s.session_id, 'UTF8')))""")
                .param(token).query(Integer.class).single()).isOne();
    }

    @Test
    void eenDubbeleKlikVerdeeldOverBeideInstantiesTegelijkMaaktEenLocatie() throws Exception {
        var sessie = new Websessie(poort).inloggen("utrecht");
        var token = sessie.formuliertoken("/opvanglocaties/nieuw");
        var naam = "Tegelijk op twee " + UUID.randomUUID();

        var start = new CountDownLatch(1);
        var antwoorden = new ArrayList<Future<HttpResponse<byte[]>>>();
        try (var draden = Executors.newVirtualThreadPerTaskExecutor()) {
            // Two posts on each instance: one of the four runs the handler, wherever it lands.
            for (int naar : new int[] {poort, tweedePoort, poort, tweedePoort}) {
                antwoorden.add(draden.submit(() -> {
                    start.await();
                    return nieuweLocatie(sessie, naar, DubbelVerstuurdTest.locatie(naam, token));
                }));
            }
            start.countDown();
            var statussen = new ArrayList<Integer>();
            var plaatsen = new java.util.HashSet<String>();
            for (var a : antwoorden) {
                statussen.add(a.get(120, TimeUnit.SECONDS).statusCode());
                plaatsen.add(a.get().headers().firstValue("Location").orElseThrow());
            }
            assertThat(statussen).as("one processed (302), three repeats (303)").containsExactlyInAnyOrder(302, 303, 303, 303);
            assertThat(plaatsen).hasSize(1);
        }
        assertThat(locaties(naam)).isEqualTo(1);
    }
}
