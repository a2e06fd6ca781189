// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.onderdak.OnderdakApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The demo profile (accounts with a public password) starts only with the embedded database on
 * loopback. These starts fail before any bean, database or port exists, so no web server is needed.
 */
class VeiligeStartTest {

    /** Starts with command-line arguments, which override application-demo.yaml as an operator's settings do. */
    private static void start(String... argumenten) {
        try (var context = new SpringApplicationBuilder(OnderdakApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "onderdak.demo-gegevens=false")
                .run(java.util.Arrays.stream(argumenten).map(a -> "--" + a).toArray(String[]::new))) {
            // Started: the test below fails on this.
            assertThat(context).as("de demo had niet mogen starten").isNull();
        }
    }

    @Test
    void demoWeigertTeStartenBuitenLoopback() {
        assertThatThrownBy(() -> start("server.address=0.0.0.0"))
                .hasMessageContaining("Onderdak start niet in het demoprofiel")
                .hasMessageContaining("server.address=0.0.0.0")
                .hasMessageContaining("SPRING_PROFILES_ACTIVE=productie")
                .hasMessageContaining("Onderdak does not start in the demo profile");
    }

    @Test
    void demoWeigertTeStartenMetEenExterneDatabase() {
        assertThatThrownBy(() -> start("spring.datasource.url=jdbc:postgresql://db.gemeente.example:5432/onderdak"))
                .hasMessageContaining("Onderdak start niet in het demoprofiel")
                .hasMessageContaining("spring.datasource.url")
                .hasMessageContaining("OIDC");
    }

    @Test
    void deTestuitzonderingGeldtAlleenVoorEenDatabaseOpLoopback() {
        assertThatThrownBy(() -> start("spring.datasource.url=jdbc:postgresql://db.gemeente.example:5432/onderdak",
                VeiligeStart.LOKALE_TESTDATABASE + "=true"))
                .hasMessageContaining("Onderdak start niet in het demoprofiel");
    }

    @Test
    void demoBindtStandaardAanLoopback() throws Exception {
        var yaml = new org.springframework.boot.env.YamlPropertySourceLoader()
                .load("demo", new org.springframework.core.io.ClassPathResource("application-demo.yaml"));
        assertThat(yaml.getFirst().getProperty("server.address")).hasToString("127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "::1", "[::1]", "0:0:0:0:0:0:0:1", "localhost", " LOCALHOST "})
    void loopbackAdressen(String adres) {
        assertThat(VeiligeStart.isLoopback(adres)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "onderdak.example.org", "localhost.example.org"})
    void geenLoopbackAdressen(String adres) {
        assertThat(VeiligeStart.isLoopback(adres)).isFalse();
    }
}
