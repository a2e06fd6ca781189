// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.onderdak.OnderdakApplication;
import nl.onderdak.bewoners.Bewonersverzoeken;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production profile against a real OIDC server (navikt's mock-oauth2-server, a full implementation of
 * the protocol: discovery, authorization code with a login form, token endpoint, JWKS, userinfo,
 * end_session), started in this test before the application, exactly as docs/operations.md configures it.
 * Proves the authorization code flow with PKCE in Chromium, bearer tokens on the API, organisation and
 * roles (the children's role {@code MINDERJARIGEN} included) taken from the claims, that logging out ends
 * the session here and at the provider, and that a BSN is never accepted as the user's id.
 *
 * <p>The application is started by hand (one context for the class) rather than with {@code @SpringBootTest}:
 * the provider's address is known only at run time, and {@code VeiligeStart} checks the OIDC settings before
 * any test property source could supply it.
 */
@ExtendWith(OutputCaptureExtension.class)
class OidcInlogTest {

    private static final String ISSUER = "onderdak";
    private static final String CLIENT_ID = "onderdak";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The browser console (CSP violations show up here). */
    private static final List<String> MELDINGEN = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static MockOAuth2Server provider;
    private static ConfigurableApplicationContext app;
    private static int poort;
    /** A household with a child travelling alone in Utrecht, registered through the API with a provider token. */
    private static String kindHuishouden;
    private static String kindVoornaam;

    @BeforeAll
    static void start() throws Exception {
        provider = new MockOAuth2Server(new OAuth2Config(true));
        provider.start();
        var issuer = provider.issuerUrl(ISSUER).toString();
        app = new SpringApplicationBuilder(OnderdakApplication.class)
                .profiles("productie")
                .properties("spring.main.banner-mode=off")
                // The settings of docs/operations.md ("OIDC (Keycloak-compatible)"), pointed at the test's provider.
                .run("--server.port=0", "--onderdak.logboek.sleutel=oidc-test-sleutel",
                        "--spring.security.oauth2.client.registration.keycloak.client-id=" + CLIENT_ID,
                        "--spring.security.oauth2.client.registration.keycloak.client-secret=geheim",
                        "--spring.security.oauth2.client.registration.keycloak.scope=openid,profile",
                        "--spring.security.oauth2.client.provider.keycloak.issuer-uri=" + issuer,
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer);
        poort = ((WebServerApplicationContext) app).getWebServer().getPort();

        kindVoornaam = "Bohdan";
        var achternaam = Bewonersverzoeken.uniekeAchternaam("Kravets");
        var geregistreerd = api("POST", "/api/v1/huishoudens", token(jeugdconsulentUtrecht()),
                Bewonersverzoeken.huishouden(Bewonersverzoeken.lid(kindVoornaam, achternaam,
                        LocalDate.now().minusYears(15).toString(),
                        Map.of("alleenreizendMinderjarig", true, "geslacht", "man"))));
        assertThat(geregistreerd.statusCode()).as(geregistreerd.body()).isEqualTo(201);
        kindHuishouden = JSON.readTree(geregistreerd.body()).get("id").asString();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // (a), (c), (d): the browser

    @Test
    void inloggenMetAutorisatiecodeEnPkceInDeBrowserEnUitloggenBeeindigtDeSessieOokBijDeProvider() throws Exception {
        leegRequestlog();
        BrowserContext browser = Browser.chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("nl-NL"));
        try {
            var page = browser.newPage();
            var bezocht = new ArrayList<String>();
            page.onRequest(r -> bezocht.add(r.url()));
            page.onConsoleMessage(m -> MELDINGEN.add(m.text()));

            // A protected page: the application sends the browser to the provider's login form.
            page.navigate(url("/huishoudens/" + kindHuishouden));
            assertThat(page.url()).startsWith(provider.authorizationEndpointUrl(ISSUER).toString());
            var autorisatie = parameters(URI.create(page.url()).getRawQuery());
            assertThat(autorisatie).containsEntry("response_type", "code").containsEntry("client_id", CLIENT_ID)
                    .containsEntry("code_challenge_method", "S256").containsKeys("state", "nonce", "redirect_uri");
            assertThat(autorisatie.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
            assertThat(Set.of(autorisatie.get("scope").split(" "))).containsExactlyInAnyOrder("openid", "profile");

            // The provider's own login form: a pseudonymous subject and the claims docs/operations.md names.
            var pseudoniem = UUID.randomUUID().toString();
            page.locator("input[name=username]").fill(pseudoniem);
            page.locator("textarea[name=claims]").fill(JSON.writeValueAsString(Map.of(
                    "preferred_username", "jeugdconsulent-utrecht", "name", "Jeugdconsulent Utrecht",
                    "organisatie", "GM0344", "roles", List.of("GEMEENTE_MEDEWERKER", "MINDERJARIGEN"))));
            page.locator("input[type=submit]").click();

            // Back on the page asked for: the child travelling alone is shown, so MINDERJARIGEN came from the claims.
            wachtOp(page, url("/huishoudens/" + kindHuishouden));
            assertThat(page.locator("table").first().textContent()).contains(kindVoornaam);
            assertThat(page.locator(".od-gebruiker").textContent().replaceAll("\\s+", " "))
                    .isEqualTo("Jeugdconsulent Utrecht (Gemeente Utrecht)");

            // The provider saw the code exchanged with the verifier that belongs to the challenge (RFC 7636, S256).
            // (The recorded body is a buffer: it can be read once.)
            var tokenverzoek = parameters(verzoekAan("/" + ISSUER + "/token").getUtf8Body());
            assertThat(tokenverzoek).containsEntry("grant_type", "authorization_code");
            var verifier = tokenverzoek.get("code_verifier");
            assertThat(verifier).as("code_verifier in het tokenverzoek").isNotBlank();
            assertThat(s256(verifier)).isEqualTo(autorisatie.get("code_challenge"));

            // The start page: logged in, with the organisation from the claim.
            page.navigate(url("/"));
            assertThat(page.locator(".od-gebruiker").textContent()).contains("Gemeente Utrecht");

            var cookies = browser.cookies(url("/")).stream().map(c -> c.name + "=" + c.value)
                    .collect(Collectors.joining("; "));
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(url("/huishoudens/" + kindHuishouden)))
                    .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("the session cookie works before logging out").isEqualTo(200);

            // Logging out: via the provider's end_session endpoint (with id_token_hint) back to the start page.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
            wachtOp(page, url("/?uitgelogd"));
            var eindeSessie = bezocht.stream().filter(u -> u.startsWith(provider.endSessionEndpointUrl(ISSUER).toString()))
                    .findFirst();
            assertThat(eindeSessie).as("browser bezocht end_session: " + bezocht).isPresent();
            var uitlog = parameters(URI.create(eindeSessie.get()).getRawQuery());
            assertThat(uitlog).containsKey("id_token_hint").containsEntry("post_logout_redirect_uri", url("/?uitgelogd"));
            assertThat(page.locator(".od-gebruiker").count()).isZero();

            // The old session cookie no longer opens anything: the server ended the session.
            var naUitloggen = HTTP.send(HttpRequest.newBuilder(URI.create(url("/huishoudens/" + kindHuishouden)))
                    .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(naUitloggen.statusCode()).isEqualTo(302);
            assertThat(naUitloggen.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/keycloak");

            // The menu's "Inloggen" leads to the provider too (in production there is no password form).
            page.navigate(url("/inloggen"));
            assertThat(page.url()).startsWith(provider.authorizationEndpointUrl(ISSUER).toString());
        } finally {
            browser.close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // (b), (c): bearer tokens on the API

    @Test
    void deApiNeemtOrganisatieEnRollenUitHetTokenVanDeProvider() throws Exception {
        var pad = "/api/v1/huishoudens/" + kindHuishouden;

        var jeugd = api("GET", pad, token(jeugdconsulentUtrecht()), null);
        assertThat(jeugd.statusCode()).as(jeugd.body()).isEqualTo(200);
        assertThat(jeugd.body()).contains(kindVoornaam);

        // Keycloak's realm roles are read the same way as a flat roles claim.
        var keycloak = new LinkedHashMap<String, Object>(Map.of("preferred_username", "jeugd-kc", "name", "Jeugd KC",
                "organisatie", "GM0344", "realm_access", Map.of("roles", List.of("GEMEENTE_MEDEWERKER", "MINDERJARIGEN"))));
        assertThat(api("GET", pad, token(keycloak), null).statusCode()).isEqualTo(200);

        // The same gemeente without the children's role, and another gemeente with it: as if it did not exist.
        assertThat(api("GET", pad, token(medewerker("GM0344", "GEMEENTE_MEDEWERKER")), null).statusCode()).isEqualTo(404);
        assertThat(api("GET", pad, token(medewerker("GM0307", "GEMEENTE_MEDEWERKER", "MINDERJARIGEN")), null).statusCode())
                .isEqualTo(404);

        // Scope from the organisation claim: the Utrecht list holds the household, Amersfoort's does not.
        var lijstUtrecht = api("GET", "/api/v1/huishoudens?aantal=100", token(jeugdconsulentUtrecht()), null);
        assertThat(lijstUtrecht.statusCode()).as(lijstUtrecht.body()).isEqualTo(200);
        assertThat(lijstUtrecht.body()).contains(kindHuishouden);
        var lijstAmersfoort = api("GET", "/api/v1/huishoudens?aantal=100",
                token(medewerker("GM0307", "GEMEENTE_MEDEWERKER", "MINDERJARIGEN")), null);
        assertThat(lijstAmersfoort.statusCode()).isEqualTo(200);
        assertThat(lijstAmersfoort.body()).doesNotContain(kindHuishouden);

        // The administrator's role from a token shows the health components on the management port; a gemeente role
        // sees only the status; the application's port shows nothing of Actuator to anyone.
        var beheer = "http://localhost:" + app.getEnvironment().getProperty("local.management.port");
        var details = api(beheer, "GET", "/actuator/health", token(medewerker("BEHEER", "BEHEERDER")), null);
        assertThat(details.statusCode()).isEqualTo(200);
        assertThat(details.body()).contains("\"components\"");
        var alleenStatus = api(beheer, "GET", "/actuator/health", token(jeugdconsulentUtrecht()), null);
        assertThat(alleenStatus.body()).contains("\"status\"").doesNotContain("\"components\"");
        assertThat(api("GET", "/actuator/health", token(medewerker("BEHEER", "BEHEERDER")), null).statusCode()).isEqualTo(404);
    }

    @Test
    void deApiWeigertTokensVanEenAndereUitgeverVerlopenOfZonderRollen() throws Exception {
        var pad = "/api/v1/huishoudens/" + kindHuishouden;

        assertThat(api("GET", pad, null, null).statusCode()).as("geen token").isEqualTo(401);
        assertThat(api("GET", pad, "dit-is-geen-jwt", null).statusCode()).as("geen JWT").isEqualTo(401);

        // Another issuer on the same server: its iss does not match the configured issuer-uri.
        var andereUitgever = provider.issueToken("ander", CLIENT_ID, callback("ander", UUID.randomUUID().toString(),
                jeugdconsulentUtrecht(), 3600)).serialize();
        assertThat(api("GET", pad, andereUitgever, null).statusCode()).as("andere uitgever").isEqualTo(401);

        // The right iss, aud and key id, but signed with another key: the signature does not verify against the JWKS.
        var echt = provider.issueToken(ISSUER, CLIENT_ID, callback(ISSUER, UUID.randomUUID().toString(),
                jeugdconsulentUtrecht(), 3600));
        var andereSleutel = new RSAKeyGenerator(2048).keyID(echt.getHeader().getKeyID()).generate();
        var vervalst = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(andereSleutel.getKeyID())
                .type(JOSEObjectType.JWT).build(), echt.getJWTClaimsSet());
        vervalst.sign(new RSASSASigner(andereSleutel));
        assertThat(api("GET", pad, echt.serialize(), null).statusCode()).as("het echte token").isEqualTo(200);
        assertThat(api("GET", pad, vervalst.serialize(), null).statusCode()).as("vreemde sleutel").isEqualTo(401);

        // Expired five minutes ago (beyond Spring's 60 s clock skew).
        var verlopen = provider.issueToken(ISSUER, CLIENT_ID, callback(ISSUER, UUID.randomUUID().toString(),
                jeugdconsulentUtrecht(), -300)).serialize();
        assertThat(api("GET", pad, verlopen, null).statusCode()).as("verlopen").isEqualTo(401);

        // Valid tokens that carry no role, or no organisation: nothing of a person is shown, nothing may be written.
        var zonderRollen = token(medewerker("GM0344"));
        assertThat(api("GET", pad, zonderRollen, null).statusCode()).as("zonder rollen").isEqualTo(404);
        assertThat(api("POST", "/api/v1/huishoudens", zonderRollen, Bewonersverzoeken.huishoudenVan(1)).statusCode())
                .as("zonder rollen registreren").isEqualTo(403);
        var zonderOrganisatie = new LinkedHashMap<String, Object>(jeugdconsulentUtrecht());
        zonderOrganisatie.remove("organisatie");
        assertThat(api("GET", pad, token(zonderOrganisatie), null).statusCode()).as("zonder organisatie").isIn(401, 403);
    }

    // ---------------------------------------------------------------------------------------------------------
    // (e): no BSN, no personal data

    @Test
    void eenTokenMetEenBsnAlsSubWordtGeweigerdZonderDatHetBsnInHetLogKomt(CapturedOutput uitvoer) throws Exception {
        var bsn = Bewonersverzoeken.nieuwBsn();
        var metBsn = provider.issueToken(ISSUER, CLIENT_ID, callback(ISSUER, bsn, jeugdconsulentUtrecht(), 3600)).serialize();

        var antwoord = api("GET", "/api/v1/huishoudens/" + kindHuishouden, metBsn, null);

        assertThat(antwoord.statusCode()).isEqualTo(401);
        assertThat(antwoord.body()).doesNotContain(bsn);
        assertThat(uitvoer.getOut() + uitvoer.getErr()).contains("claim 'sub' lijkt op een BSN").doesNotContain(bsn);

        // The same user with a pseudonymous sub is let in: it was the BSN that was refused, nothing else.
        assertThat(api("GET", "/api/v1/huishoudens/" + kindHuishouden, token(jeugdconsulentUtrecht()), null).statusCode())
                .isEqualTo(200);
    }

    /**
     * The token that suffices for a user carries only a pseudonymous sub, an account name, a display name, the
     * organisation and roles: no BSN, birth date, address, e-mail or phone number. The login asks the provider for
     * {@code openid profile} only (asserted in the browser test).
     */
    @Test
    void hetTokenDatOnderdakNodigHeeftBevatGeenPersoonsgegevens() throws Exception {
        var jwt = provider.issueToken(ISSUER, CLIENT_ID, callback(ISSUER, UUID.randomUUID().toString(),
                jeugdconsulentUtrecht(), 3600));
        assertThat(api("GET", "/api/v1/huishoudens/" + kindHuishouden, jwt.serialize(), null).statusCode()).isEqualTo(200);

        var claims = jwt.getJWTClaimsSet().getClaims().keySet();
        assertThat(claims).containsAll(List.of("sub", "preferred_username", "name", "organisatie", "roles"));
        assertThat(Set.of("sub", "preferred_username", "name", "organisatie", "roles", "realm_access",
                // protocol claims, set by the provider
                "iss", "aud", "exp", "iat", "nbf", "jti", "tid", "azp", "nonce")).containsAll(claims);
        assertThat(claims).doesNotContain("bsn", "birthdate", "address", "email", "phone_number", "given_name",
                "family_name");
        var sub = jwt.getJWTClaimsSet().getSubject();
        assertThat(UUID.fromString(sub)).as("sub is a pseudonym").isNotNull();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Map<String, Object> jeugdconsulentUtrecht() {
        return new LinkedHashMap<>(Map.of("preferred_username", "jeugdconsulent-utrecht", "name", "Jeugdconsulent Utrecht",
                "organisatie", "GM0344", "roles", List.of("GEMEENTE_MEDEWERKER", "MINDERJARIGEN")));
    }

    private static Map<String, Object> medewerker(String organisatie, String... rollen) {
        return new LinkedHashMap<>(Map.of("preferred_username", "medewerker-" + organisatie.toLowerCase(),
                "name", "Medewerker " + organisatie, "organisatie", organisatie, "roles", List.of(rollen)));
    }

    /** An access token from the test's provider with a pseudonymous sub and these claims. */
    private static String token(Map<String, Object> claims) {
        return provider.issueToken(ISSUER, CLIENT_ID, callback(ISSUER, UUID.randomUUID().toString(), claims, 3600)).serialize();
    }

    private static DefaultOAuth2TokenCallback callback(String issuer, String sub, Map<String, Object> claims, long seconden) {
        return new DefaultOAuth2TokenCallback(issuer, sub, JOSEObjectType.JWT.getType(), List.of(CLIENT_ID), claims, seconden);
    }

    private static HttpResponse<String> api(String methode, String pad, String token, String body) throws Exception {
        return api(url(""), methode, pad, token, body);
    }

    private static HttpResponse<String> api(String basis, String methode, String pad, String token, String body) throws Exception {
        var verzoek = HttpRequest.newBuilder(URI.create(basis + pad))
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json");
        if (body != null) {
            verzoek.header("Content-Type", "application/json");
        }
        if (token != null) {
            verzoek.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits for the browser to arrive at an address starting with this; when it does not, says where it is instead. */
    private static void wachtOp(Page page, String adres) {
        try {
            // Spring's saved request may add "?continue" to the page asked for.
            page.waitForURL(u -> u.startsWith(adres), new Page.WaitForURLOptions().setTimeout(20_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            var tekst = page.content();
            throw new AssertionError("expected " + adres + " but the browser is at " + page.url() + "; console: "
                    + MELDINGEN + "; page: " + tekst.substring(0, Math.min(tekst.length(), 1500)), e);
        }
    }

    private static String url(String pad) {
        return "http://localhost:" + poort + pad;
    }

    private static Map<String, String> parameters(String query) {
        var uit = new LinkedHashMap<String, String>();
        if (query == null || query.isBlank()) {
            return uit;
        }
        for (var paar : query.split("&")) {
            var delen = paar.split("=", 2);
            uit.put(URLDecoder.decode(delen[0], StandardCharsets.UTF_8),
                    delen.length > 1 ? URLDecoder.decode(delen[1], StandardCharsets.UTF_8) : "");
        }
        return uit;
    }

    private static String s256(String verifier) throws Exception {
        var hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }

    /** The provider records every request it gets; drop those of earlier tests. */
    private static void leegRequestlog() {
        while (volgendVerzoek(50) != null) {
            // drained
        }
    }

    private static RecordedRequest verzoekAan(String pad) {
        RecordedRequest verzoek;
        while ((verzoek = volgendVerzoek(2000)) != null) {
            if (verzoek.getPath() != null && verzoek.getPath().startsWith(pad)) {
                return verzoek;
            }
        }
        throw new AssertionError("the provider got no request for " + pad);
    }

    private static RecordedRequest volgendVerzoek(long millis) {
        try {
            return provider.takeRequest(millis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException geenVerzoek) {
            return null;
        }
    }
}
