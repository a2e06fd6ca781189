// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import nl.onderdak.IntegratieTest;
import nl.onderdak.bewoners.Bewonersverzoeken;
import nl.onderdak.locaties.Locatieverzoeken;
import nl.onderdak.logboek.Logboek;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client that retries a POST with the same Idempotency-Key (ADR 0027) gets the first answer again and
 * no second money claim; another body under the key is refused, a failed first attempt frees the key, and
 * two attempts at the same moment write once.
 */
class IdempotencyKeyApiTest extends IntegratieTest {

    private static final String PAD = "/api/v1/bekostiging/declaraties";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Idempotentiesleutels.Sleutelopslag opslag;
    @Autowired
    Logboek logboek;
    @Autowired
    Clock clock;

    private static String declaratie(String omschrijving) {
        return """
                {"bedrag": 1250.50, "categorie": "beveiliging", "periodeVan": "2024-03-01", "periodeTot": "2024-03-31",
                 "omschrijving": "%s"}""".formatted(omschrijving);
    }

    private static String omschrijving(String wat) {
        return wat + " " + UUID.randomUUID();
    }

    private Antwoord stuur(String methode, String pad, String json, String sleutel, String taal) {
        return stuur("utrecht", methode, pad, json, sleutel, taal);
    }

    private Antwoord stuur(String gebruiker, String methode, String pad, String json, String sleutel, String taal) {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((gebruiker + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8)))
                .method(methode, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (sleutel != null) {
            b.header("Idempotency-Key", sleutel);
        }
        if (taal != null) {
            b.header("Accept-Language", taal);
        }
        try {
            var r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Antwoord(r.statusCode(), r.headers(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Antwoord dien(String json, String sleutel) {
        return stuur("POST", PAD, json, sleutel, null);
    }

    private int declaraties(String omschrijving) {
        return jdbc.sql("select count(*) from bekostiging.declaratie where omschrijving = ?").param(omschrijving)
                .query(Integer.class).single();
    }

    private int sleutels(String sleutel) {
        return jdbc.sql("select count(*) from platform.idempotentiesleutel where sleutel = ?").param(sleutel)
                .query(Integer.class).single();
    }

    @Test
    void eenHerhaaldVerzoekMetDezelfdeSleutelMaaktGeenTweedeDeclaratieEnKrijgtHetEersteAntwoord() {
        var tekst = omschrijving("Beveiliging die een client twee keer stuurt");
        var sleutel = UUID.randomUUID().toString();

        var eerste = dien(declaratie(tekst), sleutel);
        var tweede = dien(declaratie(tekst), sleutel);

        assertThat(eerste.status()).as(eerste.toString()).isEqualTo(201);
        assertThat(eerste.header("Idempotent-Replayed")).isNull();
        assertThat(tweede.status()).as(tweede.toString()).isEqualTo(201);
        assertThat(tweede.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(tweede.header("Location")).isEqualTo(eerste.header("Location"));
        assertThat(tweede.header("API-Version")).isEqualTo("1.0.0");
        assertThat(tweede.json().get("herhaald").asBoolean()).isTrue();
        assertThat(tweede.json().get("location").asString()).isEqualTo(eerste.header("Location"));
        assertThat(tweede.body()).as("the first body is never kept").doesNotContain(tekst);
        assertThat(declaraties(tekst)).isOne();
        assertThat(jdbc.sql("select status from platform.idempotentiesleutel where sleutel = ?").param(sleutel).query(Integer.class)
                .single()).isEqualTo(201);
    }

    @Test
    void dezelfdeSleutelMetEenAndereInhoudGeeft422EnSchrijftNiets() {
        var tekst = omschrijving("Eerste declaratie onder een sleutel");
        var ander = omschrijving("Andere declaratie onder dezelfde sleutel");
        var sleutel = UUID.randomUUID().toString();
        assertThat(dien(declaratie(tekst), sleutel).status()).isEqualTo(201);

        var antwoord = dien(declaratie(ander), sleutel);

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(422);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().get("detail").asString()).contains("al gebruikt voor een ander verzoek");
        assertThat(declaraties(ander)).isZero();
        var engels = stuur("POST", PAD, declaratie(ander), sleutel, "en");
        assertThat(engels.status()).isEqualTo(422);
        assertThat(engels.json().get("detail").asString()).contains("already used for a different request");
    }

    @Test
    void eenOngeldigeSleutelGeeft400MetDeKopAlsVeldInBeideTalen() {
        var tekst = omschrijving("Declaratie met een foute sleutel");
        for (var fout : List.of("met spatie", "x".repeat(256), "")) {
            var antwoord = dien(declaratie(tekst), fout);
            assertThat(antwoord.status()).as(fout).isEqualTo(400);
            assertThat(antwoord.contentType()).startsWith("application/problem+json");
            assertThat(antwoord.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("Idempotency-Key");
            assertThat(antwoord.json().get("invalidParams").get(0).get("reason").asString()).contains("zichtbare tekens");
        }
        var engels = stuur("POST", PAD, declaratie(tekst), "met spatie", "en-GB");
        assertThat(engels.json().get("invalidParams").get(0).get("reason").asString()).contains("visible characters");
        assertThat(engels.json().get("title").asString()).isEqualTo("Invalid input");
        assertThat(declaraties(tekst)).isZero();
        assertThat(dien(declaratie(tekst), "\"" + UUID.randomUUID() + "\"").status()).as("a Structured Field string").isEqualTo(201);
    }

    @Test
    void tweeGelijktijdigeVerzoekenMetDezelfdeSleutelMakenPreciesEenDeclaratie() throws Exception {
        var tekst = omschrijving("Twee keer tegelijk verstuurd");
        var sleutel = UUID.randomUUID().toString();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var taken = new ArrayList<Callable<Antwoord>>();
            for (int i = 0; i < 2; i++) {
                taken.add(() -> {
                    start.await();
                    return dien(declaratie(tekst), sleutel);
                });
            }
            var futures = taken.stream().map(pool::submit).toList();
            start.countDown();
            var statussen = new ArrayList<Integer>();
            int herhaald = 0;
            for (var f : futures) {
                var a = f.get();
                statussen.add(a.status());
                if ("true".equals(a.header("Idempotent-Replayed"))) {
                    herhaald++;
                }
            }
            assertThat(statussen).as("the second waits for the first and replays it, or is told it still runs")
                    .allMatch(s -> s == 201 || s == 409).contains(201);
            assertThat(herhaald + (int) statussen.stream().filter(s -> s == 409).count()).isOne();
        } finally {
            pool.shutdown();
        }
        assertThat(declaraties(tekst)).isOne();
    }

    @Test
    void zonderSleutelMaaktElkVerzoekEenDeclaratieZoalsVoorheen() {
        var tekst = omschrijving("Zonder sleutel twee keer");
        var eerste = dien(declaratie(tekst), null);
        var tweede = dien(declaratie(tekst), null);
        assertThat(eerste.status()).isEqualTo(201);
        assertThat(tweede.status()).isEqualTo(201);
        assertThat(tweede.header("Idempotent-Replayed")).isNull();
        assertThat(tweede.header("Location")).isNotEqualTo(eerste.header("Location"));
        assertThat(tweede.json().get("omschrijving").asString()).isEqualTo(tekst);
        assertThat(declaraties(tekst)).isEqualTo(2);
    }

    @Test
    void naEenMislukteEerstePogingVoertDeVerbeterdeHerhalingMetDezelfdeSleutelUit() {
        var tekst = omschrijving("Eerst fout, dan goed");
        var sleutel = UUID.randomUUID().toString();
        var fout = dien(declaratie(tekst).replace("beveiliging", "snoep"), sleutel);
        assertThat(fout.status()).as(fout.toString()).isEqualTo(400);
        assertThat(sleutels(sleutel)).as("a failed attempt keeps no key").isZero();

        var goed = dien(declaratie(tekst), sleutel);

        assertThat(goed.status()).as(goed.toString()).isEqualTo(201);
        assertThat(goed.header("Idempotent-Replayed")).isNull();
        assertThat(goed.json().get("omschrijving").asString()).isEqualTo(tekst);
        assertThat(declaraties(tekst)).isOne();
    }

    @Test
    void eenSleutelVerlooptNaVierentwintigUurEnWordtDanOpgeruimd() {
        var tekst = omschrijving("Sleutel die verloopt");
        var sleutel = UUID.randomUUID().toString();
        assertThat(dien(declaratie(tekst), sleutel).status()).isEqualTo(201);

        opslag.ruimOp(java.time.Instant.now().plus(Duration.ofHours(23)));
        assertThat(sleutels(sleutel)).as("younger than a day").isOne();
        opslag.ruimOp(java.time.Instant.now().plus(Idempotentiesleutels.BEWAARTERMIJN).plusSeconds(60));
        assertThat(sleutels(sleutel)).isZero();

        var weer = dien(declaratie(tekst), sleutel);
        assertThat(weer.status()).isEqualTo(201);
        assertThat(weer.header("Idempotent-Replayed")).as("a forgotten key runs again").isNull();
        assertThat(declaraties(tekst)).isEqualTo(2);
    }

    @Test
    void eenOpvanglocatieEnEenHuishoudenMetDezelfdeSleutelOpnieuwWordenEenKeerGeregistreerd() {
        var naam = "Hotel Herhaling " + UUID.randomUUID();
        var sleutel = UUID.randomUUID().toString();
        var locatie = Locatieverzoeken.locatie(naam, "2024-03-01", 40);
        var eerste = stuur("POST", "/api/v1/opvanglocaties", locatie, sleutel, null);
        var tweede = stuur("POST", "/api/v1/opvanglocaties", locatie, sleutel, null);
        assertThat(eerste.status()).as(eerste.toString()).isEqualTo(201);
        assertThat(tweede.status()).isEqualTo(201);
        assertThat(tweede.header("Location")).isEqualTo(eerste.header("Location"));
        assertThat(jdbc.sql("select count(*) from locaties.opvanglocatie where naam = ?").param(naam).query(Integer.class).single())
                .isOne();

        var achternaam = Bewonersverzoeken.uniekeAchternaam("Herhaald");
        var huishouden = Bewonersverzoeken.huishouden(Bewonersverzoeken.lid("Olena", achternaam, "1988-04-02"));
        // The same key on another path is another key: the scope is user, method, path and key.
        var eersteHuishouden = stuur("POST", Bewonersverzoeken.HUISHOUDENS, huishouden, sleutel, null);
        var tweedeHuishouden = stuur("POST", Bewonersverzoeken.HUISHOUDENS, huishouden, sleutel, null);
        assertThat(eersteHuishouden.status()).as(eersteHuishouden.toString()).isEqualTo(201);
        assertThat(eersteHuishouden.header("Idempotent-Replayed")).isNull();
        assertThat(tweedeHuishouden.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(tweedeHuishouden.header("Location")).isEqualTo(eersteHuishouden.header("Location"));
        assertThat(tweedeHuishouden.body()).as("no name of the first answer").doesNotContain(achternaam);
        assertThat(jdbc.sql("select count(*) from bewoners.bewoner where achternaam = ?").param(achternaam).query(Integer.class)
                .single()).isOne();
        // Another user with the same key is not answered with utrecht's household.
        var ander = stuur("rotterdam", "POST", Bewonersverzoeken.HUISHOUDENS, huishouden, sleutel, null);
        assertThat(ander.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void eenGeweigerdeDubbeleInschrijvingMetSleutelTeltEnWordtGelogdAlsZonderSleutel() {
        var bsn = Bewonersverzoeken.nieuwBsn();
        var eerst = stuur("POST", Bewonersverzoeken.HUISHOUDENS, Bewonersverzoeken.huishouden(
                Bewonersverzoeken.lid("Olha", Bewonersverzoeken.uniekeAchternaam("Eerst"), "1990-01-01", Map.of("bsn", bsn))), null, null);
        assertThat(eerst.status()).as(eerst.toString()).isEqualTo(201);
        var bestaand = jdbc.sql("select id from bewoners.bewoner where bsn = ?").param(bsn).query(UUID.class).single();
        long gelogdVoor = gecontroleerd(bestaand);
        int geweigerdVoor = geweigerd("rotterdam");
        var sleutel = UUID.randomUUID().toString();

        var geweigerd = stuur("rotterdam", "POST", Bewonersverzoeken.HUISHOUDENS, Bewonersverzoeken.huishouden(
                Bewonersverzoeken.lid("Olha", Bewonersverzoeken.uniekeAchternaam("Nogmaals"), "1990-01-01", Map.of("bsn", bsn))), sleutel,
                null);

        assertThat(geweigerd.status()).as(geweigerd.toString()).isEqualTo(409);
        // The daily limit on such refusals must hold with the header too, or a key would let a user probe BSNs freely.
        assertThat(geweigerd("rotterdam")).isEqualTo(geweigerdVoor + 1);
        assertThat(gecontroleerd(bestaand)).isEqualTo(gelogdVoor + 1);
        assertThat(sleutels(sleutel)).as("the refusal frees the key").isZero();
    }

    @Test
    void hetOpenApiDocumentNoemtDeKopBijSchrijvenMaarNietBijDeImport() {
        var document = get("/api/v1/openapi.json").json();
        var declaratie = document.get("paths").get("/bekostiging/declaraties").get("post").get("parameters");
        assertThat(declaratie.toString()).contains("Idempotency-Key");
        assertThat(document.get("paths").get("/bewoners/import").toString()).doesNotContain("Idempotency-Key");
    }

    private long gecontroleerd(UUID persoon) {
        return logboek.inzage(persoon).stream()
                .filter(r -> r.handeling().equals("zoeken") && r.doel().equals("Controle op dubbele inschrijving")).count();
    }

    private int geweigerd(String gebruiker) {
        return jdbc.sql("select coalesce(max(aantal), 0) from bewoners.dubbele_inschrijving_weigering where gebruiker = ? and dag = ?")
                .params(gebruiker, LocalDate.now(clock)).query(Integer.class).single();
    }
}
