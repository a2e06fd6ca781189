// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The production profile behind a TLS proxy: the proxy talks plain HTTP to Onderdak and says
 * {@code X-Forwarded-Proto: https}. With application-productie.yaml's forward-headers strategy the
 * request counts as secure, so HSTS is sent and redirects use https. The identity provider settings
 * are made up: nothing here logs in, and nothing contacts them at start.
 */
@ActiveProfiles("productie")
@TestPropertySource(properties = {
    "onderdak.logboek.sleutel=test-sleutel-productie",
    "spring.security.oauth2.client.registration.keycloak.client-id=onderdak",
    "spring.security.oauth2.client.registration.keycloak.client-secret=geheim",
    "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
    "spring.security.oauth2.client.registration.keycloak.scope=openid,profile",
    "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
    "spring.security.oauth2.client.provider.keycloak.authorization-uri=https://sso.example/auth",
    "spring.security.oauth2.client.provider.keycloak.token-uri=https://sso.example/token",
    "spring.security.oauth2.client.provider.keycloak.jwk-set-uri=https://sso.example/certs",
    "spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username",
    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://sso.example/certs"
})
class HstsAchterTlsProxyTest extends IntegratieTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> viaProxy(String pad, String proto) throws IOException, InterruptedException {
        var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).timeout(Duration.ofSeconds(60));
        if (proto != null) {
            verzoek.header("X-Forwarded-Proto", proto);
        }
        return HTTP.send(verzoek.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void hstsAchterTlsProxy() throws Exception {
        var https = viaProxy("/", "https");

        assertThat(https.statusCode()).isEqualTo(200);
        assertThat(https.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                v -> assertThat(v).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(https.headers().firstValue("Permissions-Policy")).isPresent();
        // Plain HTTP (no proxy in front) gets no HSTS: a browser would ignore it anyway.
        assertThat(viaProxy("/", null).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void doorverwijzingenGebruikenHttpsAchterTlsProxy() throws Exception {
        var antwoord = viaProxy("/capaciteit", "https");

        assertThat(antwoord.statusCode()).isEqualTo(302);
        assertThat(antwoord.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
    }

    @Test
    void productieHeeftGeenLokaleAccountsEnGeenHttpBasic() {
        var antwoord = get("/api/v1/mij", "utrecht");

        assertThat(antwoord.status()).isEqualTo(401);
        assertThat(String.valueOf(antwoord.header("WWW-Authenticate"))).doesNotStartWith("Basic");
    }
}
