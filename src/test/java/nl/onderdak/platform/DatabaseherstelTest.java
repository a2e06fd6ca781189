// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.onderdak.Databasebeheer;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The embedded PostgreSQL dies (kill -9) and comes back (ADR 0012). A context of its own: these tests
 * kill the server under the application. The server runs with exactly the production settings.
 */
@TestPropertySource(properties = "onderdak.embedded-postgres.pool-size=5")
class DatabaseherstelTest extends IntegratieTest {

    private static final String RUNS = "/api/v1/betaalruns";

    @Autowired
    IngebouwdePostgres postgres;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bevestigdeUitvoeringOverleeftCrashVanPostgres() throws Exception {
        var run = post(RUNS, "utrecht", "{\"maand\":\"2024-11\"}");
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        var id = run.json().get("id").asString();
        var goedgekeurd = post(RUNS + "/" + id + "/_goedkeuren", "utrecht-financien", "{}");
        assertThat(goedgekeurd.status()).as(goedgekeurd.toString()).isEqualTo(200);

        var uitgevoerd = post(RUNS + "/" + id + "/_uitvoeren", "utrecht", "{}");
        Databasebeheer.doodPostgres(postgres);
        assertThat(uitgevoerd.status()).as(uitgevoerd.toString()).isEqualTo(200);
        assertThat(uitgevoerd.json().get("status").asString()).isEqualTo("uitgevoerd");
        int teBetalen = uitgevoerd.json().get("teBetalen").asInt();
        assertThat(teBetalen).isPositive();

        postgres.herstart();

        var na = get(RUNS + "/" + id, "utrecht");
        assertThat(na.status()).as(na.toString()).isEqualTo(200);
        assertThat(na.json().get("status").asString()).as("the confirmed execution survived").isEqualTo("uitgevoerd");
        assertThat(betalingen(id)).as("with its payments").isEqualTo(teBetalen);
        var nogmaals = post(RUNS + "/" + id + "/_uitvoeren", "utrecht", "{}");
        assertThat(nogmaals.status()).as(nogmaals.toString()).isEqualTo(200);
        assertThat(betalingen(id)).as("executing again pays nobody twice").isEqualTo(teBetalen);
        assertThat(jdbc.sql("select count(*) from (select huishouden_id from leefgeld.betaling where maand = '2024-11-01' "
                + "and huishouden_id in (select huishouden_id from leefgeld.betaling where betaalrun_id = ?) "
                + "group by huishouden_id having count(*) > 1) dubbel").param(UUID.fromString(id)).query(Integer.class).single())
                .isZero();
    }

    @Test
    void zonderDatabaseAntwoordtOnderdak503EnHerstelt() throws Exception {
        var gezond = beheer("/actuator/health", "beheer");
        assertThat(gezond.status()).isEqualTo(200);
        assertThat(gezond.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(get("/api/v1/gemeenten").status()).isEqualTo(200);

        Databasebeheer.doodPostgres(postgres);
        try {
            // Anonymous: with the database gone nobody can be authenticated (the accounts live there), and the
            // overall status is DOWN because the database indicator is part of it.
            var gezondheid = beheer("/actuator/health");
            assertThat(gezondheid.status()).as(gezondheid.body()).isEqualTo(503);
            assertThat(gezondheid.json().get("status").asString()).isEqualTo("DOWN");

            var api = get("/api/v1/gemeenten");
            assertThat(api.status()).as(api.toString()).isEqualTo(503);
            assertThat(api.contentType()).startsWith("application/problem+json");
            assertThat(api.json().get("title").asString()).isEqualTo("Database niet bereikbaar");
            assertThat(api.json().get("type").asString()).endsWith("database-niet-bereikbaar");
            assertThat(api.body()).doesNotContainIgnoringCase("wachtwoord").doesNotContainIgnoringCase("password");
            // In the client's language, like every other problem.
            var engels = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + poort + "/api/v1/gemeenten")).header("Accept-Language", "en").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(engels.statusCode()).isEqualTo(503);
            assertThat(engels.body()).contains("Database not reachable").doesNotContain("niet bereikbaar");

            var schrijven = post("/api/v1/betaalruns", "utrecht", "{\"maand\":\"2024-10\"}");
            assertThat(schrijven.status()).as("a logged-in call is told the database is gone, not that the password is wrong")
                    .isEqualTo(503);
            assertThat(schrijven.body()).contains("Database niet bereikbaar");

            var pagina = new nl.onderdak.Websessie(poort).pagina("/gemeenten");
            assertThat(pagina.statusCode()).isEqualTo(503);
            assertThat(pagina.body()).contains("Database niet bereikbaar").doesNotContainIgnoringCase("wachtwoord");
        } finally {
            postgres.herstart();
        }
        // The pool retries with a back-off of at most a few seconds: wait for it, then everything works again.
        var tot = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (beheer("/actuator/health").status() != 200 && System.nanoTime() < tot) {
            Thread.sleep(200);
        }
        assertThat(beheer("/actuator/health").status()).isEqualTo(200);
        assertThat(get("/api/v1/gemeenten").status()).isEqualTo(200);
        var huishoudens = get("/api/v1/betaalruns", "utrecht");
        assertThat(huishoudens.status()).as(huishoudens.toString()).isEqualTo(200);
    }

    private int betalingen(String run) {
        return jdbc.sql("select count(*) from leefgeld.betaling where betaalrun_id = ?").param(UUID.fromString(run)).query(Integer.class).single();
    }
}
