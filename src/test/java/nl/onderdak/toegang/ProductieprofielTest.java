// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import nl.onderdak.OnderdakApplication;
import nl.onderdak.toegang.internal.VeiligeStart;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The production profile has no local accounts: without OIDC settings nobody could log in, so it
 * refuses to start, before a database or port is opened, with a message naming the settings.
 */
class ProductieprofielTest {

    private static void start(String... argumenten) {
        try (var context = new SpringApplicationBuilder(OnderdakApplication.class)
                .properties("spring.main.banner-mode=off", "onderdak.demo-gegevens=false")
                .run(argumenten)) {
            // Started without OIDC: the assertion below fails.
        }
    }

    @Test
    void productieZonderOidcWeigertTeStarten() {
        assertThatThrownBy(() -> start("--spring.profiles.active=productie", "--onderdak.logboek.sleutel=test-sleutel",
                "--server.port=0"))
                .isInstanceOf(VeiligeStart.GeenOidc.class)
                .hasMessageContaining("Onderdak start niet")
                .hasMessageContaining("spring.security.oauth2.client.registration")
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                .hasMessageContaining("Onderdak does not start");
    }

    /** The settings as docs/operations.md gives them, as environment variables: accepted. */
    @Test
    void productieMetOidcUitOmgevingsvariabelenMagStarten() {
        var env = new StandardEnvironment();
        env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.<String, Object>of(
                        "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENT_ID", "onderdak",
                        "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_ISSUER_URI", "https://sso.example/realms/onderdak",
                        "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "https://sso.example/realms/onderdak")));
        env.setActiveProfiles("productie");

        assertThatCode(() -> new VeiligeStart().postProcessEnvironment(env, new SpringApplication())).doesNotThrowAnyException();
    }

    @Test
    void productieMetAlleenUiLoginZonderTokenuitgifteWeigertOokTeStarten() {
        assertThatThrownBy(() -> start("--spring.profiles.active=productie", "--onderdak.logboek.sleutel=test-sleutel",
                "--server.port=0", "--spring.security.oauth2.client.registration.keycloak.client-id=onderdak"))
                .isInstanceOf(VeiligeStart.GeenOidc.class)
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                .hasMessageNotContaining("client.registration");
    }
}
