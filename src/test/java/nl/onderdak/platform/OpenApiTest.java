// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;

class OpenApiTest extends IntegratieTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    /** The official ruleset is kept in the repository, so the check runs in every clone (tools/api-design-rules-linter/README.md). */
    private static final Path LINTER = PROJECT.resolve("tools/api-design-rules-linter/lint");

    @Test
    void openApiDocumentIsZonderInloggenTeLezen() {
        var antwoord = get("/api/v1/openapi.json");

        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.contentType()).startsWith("application/json");
        assertThat(antwoord.header("API-Version")).isEqualTo("1.0.0");
        var json = antwoord.json();
        assertThat(json.get("openapi").asString()).startsWith("3.");
        assertThat(json.get("info").get("version").asString()).isEqualTo(ApiVersie.VERSIE);
        assertThat(json.get("servers").get(0).get("url").asString()).isEqualTo("/api/v1");
        var paden = json.get("paths");
        assertThat(paden.has("/gemeenten")).isTrue();
        assertThat(paden.has("/verdeelsleutel")).isTrue();
        assertThat(paden.has("/opgavebesluiten")).isTrue();
        assertThat(paden.has("/api/v1/gemeenten")).as("paden zijn relatief aan de server-URL").isFalse();
        assertThat(json.get("components").get("schemas").has("Probleem")).isTrue();
    }

    @Test
    void openApiDocumentVoldoetAanDeApiDesignRules() throws IOException, InterruptedException {
        assertThat(LINTER).as("API Design Rules-linter in de repository").isRegularFile();
        var antwoord = get("/api/v1/openapi.json");
        assertThat(antwoord.status()).isEqualTo(200);
        var bestand = PROJECT.resolve("target/openapi.json");
        Files.createDirectories(bestand.getParent());
        Files.writeString(bestand, antwoord.body(), StandardCharsets.UTF_8);

        var proces = new ProcessBuilder("bash", LINTER.toString(), "target/openapi.json")
                .directory(PROJECT.toFile())
                .redirectErrorStream(true)
                .start();
        var uitvoer = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean klaar = proces.waitFor(5, TimeUnit.MINUTES);
        if (!klaar) {
            proces.destroyForcibly();
        }

        assertThat(klaar).as("linter klaar binnen 5 minuten").isTrue();
        assertThat(proces.exitValue()).as("API Design Rules-linter op target/openapi.json:\n%s", uitvoer).isZero();
    }
}
