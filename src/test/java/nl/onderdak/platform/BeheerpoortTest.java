// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, "Operable": Actuator answers on its own management port only. Liveness, readiness (with the
 * database) and Prometheus metrics need no login there (the port binds to loopback unless configured
 * otherwise); the application's port knows no /actuator at all. Request timings are tagged with the
 * address template, never with the address itself (ids, let alone a BSN, never become a metric label).
 */
class BeheerpoortTest extends IntegratieTest {

    @Test
    void gezondheidEnMeetwaardenStaanOpDeBeheerpoortEnNietOpDeToepassingspoort() {
        assertThat(beheerpoort).isPositive().isNotEqualTo(poort);

        var leeft = beheer("/actuator/health/liveness");
        assertThat(leeft.status()).as(leeft.toString()).isEqualTo(200);
        assertThat(leeft.json().get("status").asString()).isEqualTo("UP");
        var gereed = beheer("/actuator/health/readiness");
        assertThat(gereed.status()).as(gereed.toString()).isEqualTo(200);
        assertThat(gereed.json().get("status").asString()).isEqualTo("UP");
        // The readiness group holds the database: the administrator sees it among the group's components.
        var gereedVoorBeheer = beheer("/actuator/health/readiness", "beheer");
        assertThat(gereedVoorBeheer.json().get("components").has("db")).as(gereedVoorBeheer.body()).isTrue();
        assertThat(beheer("/actuator/prometheus").status()).isEqualTo(200);

        for (var pad : new String[] {"/actuator", "/actuator/health", "/actuator/health/readiness",
                "/actuator/health/liveness", "/actuator/prometheus", "/actuator/env", "/actuator/sbom"}) {
            assertThat(get(pad).status()).as("app port, anonymous: " + pad).isEqualTo(404);
            assertThat(get(pad, "beheer").status()).as("app port, administrator: " + pad).isEqualTo(404);
        }
    }

    @Test
    void verzoektijdenPerEindpuntMetHetAdressjabloonAlsLabel() {
        assertThat(get("/api/v1/gemeenten/GM0344").status()).isEqualTo(200);
        assertThat(get("/api/v1/gemeenten/GM0307").status()).isEqualTo(200);

        var metingen = beheer("/actuator/prometheus");
        assertThat(metingen.status()).isEqualTo(200);
        assertThat(metingen.contentType()).startsWith("text/plain");
        var regel = Pattern.compile("(?m)^http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/gemeenten/\\{code}\"[^}]*} \\d+");
        assertThat(regel.matcher(metingen.body()).find()).as("a timing of the template /api/v1/gemeenten/{code}").isTrue();
        // Buckets per endpoint, for p95/p99 in Prometheus (histogram_quantile).
        assertThat(metingen.body()).contains("http_server_requests_seconds_bucket{").doesNotContain("GM0344", "GM0307");
        // No address with a number in it as a label: the templates hold none (BSN, ids).
        var uris = Pattern.compile("uri=\"([^\"]*)\"").matcher(metingen.body());
        while (uris.find()) {
            assertThat(uris.group(1)).as("uri label").doesNotContainPattern("\\d{4,}");
        }
        assertThat(metingen.body()).contains("hikaricp_connections_active", "jvm_memory_used_bytes");
    }

    @Autowired
    JdbcClient jdbc;

    /**
     * The trace id of a request is in its log lines (MDC) and in the processing-log records it wrote, so an
     * administrator goes from a record to the request's log lines. A W3C traceparent from a proxy is followed.
     */
    @Test
    void deVerwerkingslogLegtHetSpoorVanHetVerzoekVast() throws Exception {
        var spoor = "4bf92f3577b34da6a3ce929d0e0e4736";
        var token = Base64.getEncoder().encodeToString(("utrecht:" + WACHTWOORD).getBytes(StandardCharsets.UTF_8));
        var antwoord = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/v1/huishoudens"))
                .header("Authorization", "Basic " + token).header("Accept", "application/json")
                .header("traceparent", "00-" + spoor + "-00f067aa0ba902b7-01").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("X-Trace-Id")).contains(spoor);
        assertThat(jdbc.sql("select count(*) from logboek.verwerkingslog where trace_id = ?").param(spoor)
                .query(Integer.class).single()).as("records of the households read").isPositive();

        var zonder = get("/api/v1/gemeenten");
        assertThat(zonder.header("X-Trace-Id")).as("without traceparent a new random id").matches("[0-9a-f]{32}").isNotEqualTo(spoor);
        assertThat(Spoorfilter.traceId("00-" + "0".repeat(32) + "-00f067aa0ba902b7-01")).as("all zeros is invalid").isNotEqualTo("0".repeat(32));
        assertThat(Spoorfilter.traceId("00-123456789012345678901234567890123456-x-01")).matches("[0-9a-f]{32}");
    }
}
