// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;

/** Headers on every answer, security.txt, and who may call Actuator (shared context: nothing here fails a login). */
class BeveiligingHeadersTest extends IntegratieTest {

    @Test
    void permissionsPolicyOpElkAntwoord() {
        var antwoorden = new LinkedHashMap<String, Antwoord>();
        antwoorden.put("pagina", download("/", null));
        antwoorden.put("pagina die login vraagt", download("/capaciteit", null));
        antwoorden.put("onbekende pagina", download("/bestaat-niet", null));
        antwoorden.put("open API", get("/api/v1/gemeenten"));
        antwoorden.put("API als gebruiker", get("/api/v1/mij", "utrecht"));
        antwoorden.put("API zonder login", get("/api/v1/mij"));
        antwoorden.put("security.txt", download("/.well-known/security.txt", null));
        antwoorden.put("actuator", beheer("/actuator/health"));

        antwoorden.forEach((wat, antwoord) -> {
            var policy = antwoord.header("Permissions-Policy");
            assertThat(policy).as(wat + ": " + antwoord.status()).isNotNull();
            assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
        });
        // The content security policy and referrer policy of the pages stay.
        var pagina = antwoorden.get("pagina");
        assertThat(pagina.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(pagina.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(pagina.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void zonderTlsGeenHsts() {
        assertThat(download("/", null).header("Strict-Transport-Security")).isNull();
    }

    @Test
    void securityTxtIsOpenbaarEnVolgtRfc9116() {
        var antwoord = download("/.well-known/security.txt", null);

        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.contentType()).startsWith("text/plain").containsIgnoringCase("charset=utf-8");
        Map<String, String> velden = new LinkedHashMap<>();
        antwoord.body().lines().filter(r -> !r.startsWith("#") && r.contains(": "))
                .forEach(r -> velden.put(r.substring(0, r.indexOf(": ")), r.substring(r.indexOf(": ") + 2)));
        assertThat(velden).containsKeys("Contact", "Expires", "Preferred-Languages", "Policy", "Canonical");
        assertThat(velden.get("Contact")).matches("(mailto:|https://).+");
        assertThat(velden.get("Preferred-Languages")).isEqualTo("nl, en");
        assertThat(velden.get("Policy")).startsWith("https://").endsWith("docs/security.md");
        assertThat(velden.get("Canonical")).isEqualTo("http://localhost:" + poort + "/.well-known/security.txt");
        // RFC 9116 2.5.5: less than a year ahead. This fails when the date needs renewing: set
        // onderdak.security-txt.verloopt (SecurityTxt) a year on and review docs/security.md.
        var verloopt = OffsetDateTime.parse(velden.get("Expires")).toInstant();
        var nu = Instant.now();
        assertThat(verloopt).isAfter(nu.plus(java.time.Duration.ofDays(30)))
                .isBefore(OffsetDateTime.ofInstant(nu, ZoneOffset.UTC).plusYears(1).toInstant());
    }

    @Test
    void actuatorGezondheidIsOpenbaarDeRestAlleenVoorBeheer() {
        // On Actuator's own port (issue 14); the application's port has no /actuator (BeheerpoortTest).
        assertThat(beheer("/actuator/health").status()).isIn(200, 503);
        var anoniem = beheer("/actuator");
        assertThat(anoniem.status()).isEqualTo(401);
        assertThat(anoniem.contentType()).startsWith("application/problem+json");
        assertThat(beheer("/actuator", "utrecht").status()).isEqualTo(403);
        assertThat(beheer("/actuator/sbom", "lcvs").status()).isEqualTo(403);
        assertThat(beheer("/actuator", "beheer").status()).isEqualTo(200);
    }
}
