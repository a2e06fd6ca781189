// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.internal;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Safe defaults, checked before anything starts.
 *
 * <p>Refuses to start the {@code demo} profile anywhere but a developer's own machine. The demo profile
 * has thirteen accounts with a password printed in the README (the national administrator among
 * them) and HTTP Basic on the API, so it may only run with the embedded database (no
 * {@code spring.datasource.url}: no real data) and on loopback ({@code server.address} 127.0.0.1, ::1
 * or localhost: nobody else can reach it). {@code application-demo.yaml} binds to 127.0.0.1.
 *
 * <p>Refuses to start without the demo profile unless an identity provider is configured (OIDC login
 * and bearer tokens): without one nobody could log in, and the failure Spring would give later names
 * a missing bean instead of the setting to add.
 *
 * <p>Runs right after the configuration files are read, before any bean, database or port exists.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class VeiligeStart implements EnvironmentPostProcessor, Ordered {

    /**
     * Test-only escape: a second instance in a test shares the first one's embedded server through
     * {@code spring.datasource.url}. Honoured only when that URL points to loopback as well.
     */
    static final String LOKALE_TESTDATABASE = "onderdak.demo.lokale-testdatabase";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.acceptsProfiles(Profiles.of("demo"))) {
            controleerOidc(env);
            return;
        }
        var adres = env.getProperty("server.address");
        if (!isLoopback(adres)) {
            throw new OnveiligeDemo("server.address=" + (adres == null || adres.isBlank() ? "(alle adressen / all addresses)" : adres));
        }
        var url = env.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank()
                && !(env.getProperty(LOKALE_TESTDATABASE, Boolean.class, false) && isLoopback(host(url)))) {
            throw new OnveiligeDemo("spring.datasource.url is gezet / is set");
        }
    }

    private static void controleerOidc(ConfigurableEnvironment env) {
        var login = heeftOnder(env, "spring.security.oauth2.client.registration");
        var tokens = heeft(env, "spring.security.oauth2.resourceserver.jwt.issuer-uri")
                || heeft(env, "spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
                || heeft(env, "spring.security.oauth2.resourceserver.jwt.public-key-location");
        if (!login || !tokens) {
            throw new GeenOidc((login ? "" : "spring.security.oauth2.client.registration.* ")
                    + (tokens ? "" : "spring.security.oauth2.resourceserver.jwt.issuer-uri"));
        }
    }

    private static boolean heeftOnder(ConfigurableEnvironment env, String voorvoegsel) {
        var naam = ConfigurationPropertyName.of(voorvoegsel);
        for (var bron : ConfigurationPropertySources.get(env)) {
            if (bron.containsDescendantOf(naam) == ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }

    private static boolean heeft(ConfigurableEnvironment env, String naam) {
        var waarde = env.getProperty(naam);
        return waarde != null && !waarde.isBlank();
    }

    /** Production without an identity provider, Dutch first, then English. */
    public static final class GeenOidc extends IllegalStateException {
        GeenOidc(String ontbreekt) {
            super("""
                    Onderdak start niet: zonder het demoprofiel is inloggen alleen mogelijk via OIDC, en de instellingen \
                    van de identity provider ontbreken (%s). Zie docs/operations.md.
                    Onderdak does not start: without the demo profile login is only possible through OIDC, and the \
                    identity provider settings are missing (%s). See docs/operations.md.""".formatted(ontbreekt.strip(), ontbreekt.strip()));
        }
    }

    /** The start-up refusal, Dutch first, then English. */
    static final class OnveiligeDemo extends IllegalStateException {
        OnveiligeDemo(String reden) {
            super("""
                    Onderdak start niet in het demoprofiel: de demo-accounts hebben een openbaar wachtwoord en mogen \
                    alleen bestaan met de ingebouwde database (geen spring.datasource.url) op een loopback-adres \
                    (server.address 127.0.0.1, ::1 of localhost). Nu: %s. Start met SPRING_PROFILES_ACTIVE=productie \
                    en OIDC (zie docs/operations.md), of laat spring.datasource.url en server.address weg voor de demo.
                    Onderdak does not start in the demo profile: the demo accounts have a public password and may only \
                    exist with the embedded database (no spring.datasource.url) on a loopback address (server.address \
                    127.0.0.1, ::1 or localhost). Now: %s. Start with SPRING_PROFILES_ACTIVE=productie and OIDC (see \
                    docs/operations.md), or leave spring.datasource.url and server.address unset for the demo."""
                    .formatted(reden, reden));
        }
    }

    static boolean isLoopback(@Nullable String adres) {
        if (adres == null || adres.isBlank()) {
            return false;
        }
        var a = adres.strip().toLowerCase(Locale.ROOT);
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (a.equals("localhost")) {
            return true;
        }
        try {
            // Literal addresses only: a host name is never looked up (DNS could answer anything).
            return InetAddress.ofLiteral(a).isLoopbackAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static @Nullable String host(String jdbcUrl) {
        try {
            return URI.create(jdbcUrl.replaceFirst("^jdbc:", "")).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
