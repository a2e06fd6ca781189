// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.ProblemResponses;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: it never reads the browser session,
 * so a logged-in browser cannot be tricked into API calls, and CSRF tokens are not needed there.
 * In the demo profile it accepts HTTP Basic for the local accounts (and bearer tokens too when a token
 * key is configured, as the load test does); otherwise bearer tokens (JWT) from the OIDC provider only. The web UI uses a session: a login form in the demo profile, OIDC
 * login otherwise, with CSRF protection on every form.
 *
 * <p>Open data (reference geography, the distribution key, target decisions, the OpenAPI document),
 * {@code /.well-known/security.txt} and Actuator's health need no login. Everything else does; what a
 * logged-in user then sees is limited by {@link nl.onderdak.toegang.Scope}. Actuator answers only on its management
 * port (loopback unless configured otherwise): health and Prometheus metrics without login, its other endpoints
 * for the {@link Rol#BEHEERDER} only, in the stateless chain like the API (machines call them). The web session
 * is stored in PostgreSQL (Spring Session JDBC, ADR 0017); login, logout and session fixation protection work
 * on it as on the container's session.
 *
 * <p>Local accounts (demo only, see {@code nl.onderdak.toegang.internal.VeiligeStart}) log in through {@link BegrensdeInlog}:
 * throttled per account and per address, and a database outage is never reported as a wrong password.
 * Every answer carries a {@code Permissions-Policy} that switches off browser features Onderdak never
 * uses; HSTS is sent on secure requests (behind a TLS proxy: {@code server.forward-headers-strategy}).
 */
@Configuration(proxyBeanMethods = false)
class BeveiligingConfiguratie {

    private static final String[] OPEN_API = {
        "/api/v1/openapi.json", "/api/v1/gemeenten", "/api/v1/gemeenten/*", "/api/v1/veiligheidsregios",
        "/api/v1/veiligheidsregios/*", "/api/v1/provincies", "/api/v1/verdeelsleutel", "/api/v1/opgavebesluiten",
        "/api/v1/opgavebesluiten/*"
    };
    private static final String[] OPEN_WEB = {
        "/", "/gemeenten", "/gemeenten/*", "/veiligheidsregios", "/veiligheidsregios/*", "/verdeelsleutel",
        "/opgavebesluiten", "/opgavebesluiten/*", "/over", "/inloggen", "/error", "/css/**", "/js/**", "/img/**",
        "/vendor/**", "/webjars/**", "/favicon.ico", "/.well-known/security.txt"
    };
    private static final String[] ACTUATOR_OPEN = {"/actuator/health", "/actuator/health/**"};
    private static final String[] ACTUATOR_MEETWAARDEN = {"/actuator/prometheus"};

    /** Browser features Onderdak never uses, switched off for every page and answer. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "encrypted-media=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), magnetometer=(), "
            + "microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), "
            + "screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    /**
     * BCrypt for the local (demo) accounts, stored with its {@code {bcrypt}} prefix as Spring's default does.
     * The work factor is a setting: 10 (Spring's default) unless set; the test suite sets 4, because
     * thousands of HTTP Basic requests each check a password and cost 10 made that minutes of CPU.
     * Production logs in through OIDC and has no local passwords.
     */
    @Bean
    PasswordEncoder passwordEncoder(@org.springframework.beans.factory.annotation.Value("${onderdak.wachtwoord.bcrypt-sterkte:10}") int sterkte) {
        return new org.springframework.security.crypto.password.DelegatingPasswordEncoder("bcrypt",
                java.util.Map.of("bcrypt", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(sterkte)));
    }

    @Bean
    UserDetailsService lokaleGebruikers(JdbcClient jdbc, Organisaties organisaties) {
        return new LokaleGebruikers(jdbc, organisaties);
    }

    @Bean
    Inlogrem inlogrem(JdbcClient jdbc, Clock clock,
            @Value("${onderdak.inloggen.max-mislukt-per-account:5}") int perAccount,
            @Value("${onderdak.inloggen.max-mislukt-per-adres:20}") int perAdres,
            @Value("${onderdak.inloggen.venster:PT15M}") Duration venster) {
        return new Inlogrem(jdbc, clock, new Inlogrem.Grenzen(perAccount, perAdres, venster));
    }

    /** Local accounts, throttled; deliberately not a bean, so that only the two chains below use it. */
    private static AuthenticationManager lokaleInlog(UserDetailsService gebruikers, PasswordEncoder encoder, Inlogrem rem) {
        var wachtwoorden = new DaoAuthenticationProvider(gebruikers);
        wachtwoorden.setPasswordEncoder(encoder);
        return new ProviderManager(new BegrensdeInlog(wachtwoorden, rem));
    }

    private static void headers(HeadersConfigurer<HttpSecurity> h) {
        h.permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Environment env, UserDetailsService gebruikers, PasswordEncoder encoder,
            Inlogrem rem, ObjectProvider<JwtDecoder> tokensleutels) throws Exception {
        boolean demo = env.acceptsProfiles(Profiles.of("demo"));
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, OPEN_API).permitAll()
                        // Actuator lives on its own port (ADR 0017): on the application's port /actuator/** is
                        // nothing (404); on the management port, bound to loopback, health and metrics are open.
                        .requestMatchers(opToepassingspoortMetApartBeheer(env)).permitAll()
                        .requestMatchers(HttpMethod.GET, ACTUATOR_MEETWAARDEN).permitAll()
                        .requestMatchers(HttpMethod.GET, ACTUATOR_OPEN).permitAll()
                        .requestMatchers("/actuator/**").hasRole(Rol.BEHEERDER.name())
                        .anyRequest().authenticated())
                .headers(BeveiligingConfiguratie::headers)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e
                        // In the request's language as Onderdak chooses it (ProblemResponses.taal), not the servlet's.
                        .authenticationEntryPoint((req, res, ex) -> ProblemResponses.schrijf(res, 401, "niet-ingelogd",
                                Berichten.in(ProblemResponses.taal(req), "probleem.nietIngelogd"),
                                Berichten.in(ProblemResponses.taal(req), "probleem.nietIngelogdUitleg"), req.getRequestURI()))
                        .accessDeniedHandler((req, res, ex) -> ProblemResponses.schrijf(res, 403, "geen-toegang",
                                Berichten.in(ProblemResponses.taal(req), "probleem.geenToegang"),
                                Berichten.in(ProblemResponses.taal(req), "probleem.geenToegangUitleg"), req.getRequestURI())));
        if (demo) {
            http.authenticationManager(lokaleInlog(gebruikers, encoder, rem))
                    .httpBasic(b -> b.authenticationEntryPoint(BeveiligingConfiguratie::basicMislukt));
            // Bearer tokens next to HTTP Basic only when a token key is configured (spring.security.oauth2.
            // resourceserver.jwt.*): the load test (ADR 0025) calls the API as production's clients do, one
            // token per client instead of a password check per request. Without that setting nothing changes.
            var decoder = tokensleutels.getIfAvailable();
            if (decoder != null) {
                var tokens = new JwtAuthenticationProvider(decoder);
                tokens.setJwtAuthenticationConverter(tokenNaarRollen());
                http.oauth2ResourceServer(o -> o.jwt(j -> j.authenticationManager(new ProviderManager(tokens))));
            }
        } else {
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(tokenNaarRollen())));
        }
        return http.build();
    }

    /** Roles from a bearer token's claims, as {@link GebruikerUitAuthenticatie} reads them. */
    private static JwtAuthenticationConverter tokenNaarRollen() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> autoriteiten(GebruikerUitAuthenticatie.rollen(jwt.getClaims())));
        return converter;
    }

    /**
     * A request for {@code /actuator/**} on the application's port while Actuator runs on a port of its own
     * ({@code management.server.port}): nothing is served there, so it may pass to the 404. When both share
     * one port (a configuration that sets them equal), this matches nothing and the rules above apply.
     */
    private static RequestMatcher opToepassingspoortMetApartBeheer(Environment env) {
        return verzoek -> {
            var beheer = env.getProperty("local.management.port", Integer.class);
            return beheer != null && beheer > 0 && verzoek.getLocalPort() != beheer
                    && verzoek.getRequestURI().startsWith(verzoek.getContextPath() + "/actuator");
        };
    }

    /** HTTP Basic refused: too many attempts (429), no database (503), or name or password wrong (401). */
    private static void basicMislukt(HttpServletRequest req, HttpServletResponse res, AuthenticationException ex)
            throws IOException {
        var taal = ProblemResponses.taal(req);
        switch (ex) {
            case BegrensdeInlog.TeVeelPogingen teVeel -> {
                res.setHeader("Retry-After", Long.toString(teVeel.seconden()));
                ProblemResponses.schrijf(res, 429, "te-veel-inlogpogingen", Berichten.in(taal, "probleem.teVeelPogingen"),
                        Berichten.in(taal, "probleem.teVeelPogingenUitleg", teVeel.minuten()),
                        req.getRequestURI());
            }
            case BegrensdeInlog.DatabaseNietBereikbaar storing -> {
                res.setHeader("Retry-After", "30");
                ProblemResponses.schrijf(res, 503, "database-niet-bereikbaar", Berichten.in(taal, "probleem.databaseWeg"),
                        Berichten.in(taal, "probleem.databaseWegUitleg"), req.getRequestURI());
            }
            default -> {
                res.setHeader("WWW-Authenticate", "Basic realm=\"Onderdak\"");
                ProblemResponses.schrijf(res, 401, "niet-ingelogd", Berichten.in(taal, "probleem.nietIngelogd"),
                        Berichten.in(taal, "probleem.inlogMislukt"), req.getRequestURI());
            }
        }
    }

    /** The login form refused: the page says why, and never "wrong password" when that is not the reason. */
    private static void formulierMislukt(HttpServletRequest req, HttpServletResponse res, AuthenticationException ex)
            throws IOException {
        var doel = switch (ex) {
            case BegrensdeInlog.TeVeelPogingen teVeel -> "/inloggen?geblokkeerd=" + teVeel.minuten();
            case BegrensdeInlog.DatabaseNietBereikbaar storing -> "/inloggen?storing";
            default -> "/inloggen?fout";
        };
        res.sendRedirect(req.getContextPath() + doel);
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Environment env, UserDetailsService gebruikers, PasswordEncoder encoder,
            Inlogrem rem, ObjectProvider<ClientRegistrationRepository> registraties) throws Exception {
        boolean demo = env.acceptsProfiles(Profiles.of("demo"));
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, OPEN_WEB).permitAll()
                        .requestMatchers("/inloggen").permitAll()
                        // Issue 15: the public host form (no login; abuse-limited per address in gastgezinnen).
                        .requestMatchers("/aanmelden-gastgezin", "/aanmelden-gastgezin/*").permitAll()
                        .requestMatchers("/beheer/**").hasRole(Rol.BEHEERDER.name())
                        .anyRequest().authenticated())
                .headers(h -> headers(h
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "object-src 'none'; base-uri 'self'; form-action 'self'"
                                        + (demo ? "" : providerOorsprongen(registraties)) + "; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))))
                .logout(l -> l.logoutUrl("/uitloggen").logoutSuccessUrl("/?uitgelogd"));
        if (demo) {
            http.authenticationManager(lokaleInlog(gebruikers, encoder, rem))
                    .formLogin(f -> f.loginPage("/inloggen").defaultSuccessUrl("/", false)
                            .failureHandler(BeveiligingConfiguratie::formulierMislukt));
        } else {
            // PKCE (S256) needs no setting: Spring Security 7 sends it for confidential clients too
            // (ClientSettings.requireProofKey defaults to true); OidcInlogTest proves it.
            http.oauth2Login(o -> o
                            .userInfoEndpoint(u -> u.oidcUserService(BeveiligingConfiguratie::oidcGebruiker)
                                    .userAuthoritiesMapper(BeveiligingConfiguratie::oidcRollen))
                            // A refused login (e.g. a BSN as sub) is "no access", not Spring's generated /login page.
                            .failureHandler((req, res, ex) -> res.sendError(HttpServletResponse.SC_FORBIDDEN)))
                    .logout(l -> l.logoutSuccessHandler(uitloggenBijProvider(registraties.getObject())));
        }
        return http.build();
    }

    /**
     * The identity provider's origins, for CSP {@code form-action}: browsers also check the redirects that
     * follow a form, so without them logging out (a form, redirected to the provider's end_session endpoint)
     * and a form sent after the session expired (redirected to the provider's login) would be blocked.
     */
    static String providerOorsprongen(ObjectProvider<ClientRegistrationRepository> registraties) {
        var oorsprongen = new java.util.TreeSet<String>();
        if (registraties.getIfAvailable() instanceof Iterable<?> alle) {
            for (var registratie : alle) {
                if (registratie instanceof ClientRegistration r) {
                    var provider = r.getProviderDetails();
                    oorsprong(provider.getAuthorizationUri()).ifPresent(oorsprongen::add);
                    oorsprong(provider.getConfigurationMetadata().get("end_session_endpoint")).ifPresent(oorsprongen::add);
                }
            }
        }
        return oorsprongen.stream().map(o -> " " + o).collect(java.util.stream.Collectors.joining());
    }

    private static java.util.Optional<String> oorsprong(@Nullable Object adres) {
        try {
            var uri = java.net.URI.create(String.valueOf(adres));
            if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("https?")) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static final OidcUserService OIDC_GEBRUIKERS = new OidcUserService();

    /** The standard OIDC user, refused when its sub or user name looks like a BSN ({@link GeenBsnAlsSub}). */
    private static OidcUser oidcGebruiker(OidcUserRequest verzoek) {
        var gebruiker = OIDC_GEBRUIKERS.loadUser(verzoek);
        var claim = GeenBsnAlsSub.weiger(gebruiker.getClaims());
        if (claim != null) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                    "De claim " + claim + " lijkt op een BSN", null));
        }
        return gebruiker;
    }

    /**
     * Logging out ends the session here (Spring invalidates it) and, when the provider publishes an
     * {@code end_session_endpoint}, at the provider too (RP-initiated logout with {@code id_token_hint}),
     * which then sends the browser back to the start page. Without that endpoint: straight to the start page.
     */
    private static LogoutSuccessHandler uitloggenBijProvider(ClientRegistrationRepository registraties) {
        var handler = new OidcClientInitiatedLogoutSuccessHandler(registraties);
        handler.setPostLogoutRedirectUri("{baseUrl}/?uitgelogd");
        handler.setDefaultTargetUrl("/?uitgelogd");
        return handler;
    }

    /** API tokens whose sub or user name looks like a BSN are refused (401); Spring Boot adds this to its JWT decoder. */
    @Bean
    OAuth2TokenValidator<Jwt> geenBsnAlsSub() {
        return new GeenBsnAlsSub();
    }

    private static Collection<? extends GrantedAuthority> oidcRollen(Collection<? extends GrantedAuthority> gegeven) {
        var rollen = new HashSet<GrantedAuthority>(gegeven);
        for (var autoriteit : gegeven) {
            if (autoriteit instanceof OidcUserAuthority oidc) {
                rollen.addAll(autoriteiten(GebruikerUitAuthenticatie.rollen(oidc.getAttributes())));
            }
        }
        return rollen;
    }

    private static Collection<GrantedAuthority> autoriteiten(java.util.Set<Rol> rollen) {
        return LokaleGebruikers.autoriteiten(rollen);
    }

}
