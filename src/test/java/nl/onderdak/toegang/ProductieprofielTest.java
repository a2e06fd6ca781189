package nl.onderdak.toegang;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.onderdak.OnderdakApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

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

    @Test
    void productieMetAlleenUiLoginZonderTokenuitgifteWeigertOokTeStarten() {
        assertThatThrownBy(() -> start("--spring.profiles.active=productie", "--onderdak.logboek.sleutel=test-sleutel",
                "--server.port=0", "--spring.security.oauth2.client.registration.keycloak.client-id=onderdak"))
                .isInstanceOf(VeiligeStart.GeenOidc.class)
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri")
                .hasMessageNotContaining("client.registration");
    }
}
