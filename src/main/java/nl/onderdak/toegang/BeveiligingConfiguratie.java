package nl.onderdak.toegang;

import java.util.Collection;
import java.util.HashSet;
import nl.onderdak.platform.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: it never reads the browser session,
 * so a logged-in browser cannot be tricked into API calls, and CSRF tokens are not needed there.
 * In the demo profile it accepts HTTP Basic for the local accounts; otherwise bearer tokens (JWT)
 * from the OIDC provider only. The web UI uses a session: a login form in the demo profile, OIDC
 * login otherwise, with CSRF protection on every form.
 *
 * <p>Open data (reference geography, the distribution key, target decisions, the OpenAPI document)
 * needs no login. Everything else does; what a logged-in user then sees is limited by {@link Scope}.
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
        "/vendor/**", "/webjars/**", "/favicon.ico"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService lokaleGebruikers(JdbcClient jdbc, Organisaties organisaties) {
        return new LokaleGebruikers(jdbc, organisaties);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Environment env, Organisaties organisaties) throws Exception {
        boolean demo = env.acceptsProfiles(Profiles.of("demo"));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, OPEN_API).permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemResponses.schrijf(res, 401,
                                "niet-ingelogd", "Niet ingelogd", "Log in om dit te gebruiken.", req.getRequestURI()))
                        .accessDeniedHandler((req, res, ex) -> ProblemResponses.schrijf(res, 403,
                                "geen-toegang", "Geen toegang", "Uw rol geeft geen toegang tot deze handeling.",
                                req.getRequestURI())));
        if (demo) {
            http.httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> {
                res.setHeader("WWW-Authenticate", "Basic realm=\"Onderdak\"");
                ProblemResponses.schrijf(res, 401, "niet-ingelogd", "Niet ingelogd",
                        "Gebruikersnaam of wachtwoord ontbreekt of klopt niet.", req.getRequestURI());
            }));
        } else {
            var converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(jwt -> autoriteiten(GebruikerUitAuthenticatie.rollen(jwt.getClaims())));
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(converter)));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Environment env) throws Exception {
        boolean demo = env.acceptsProfiles(Profiles.of("demo"));
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, OPEN_WEB).permitAll()
                        .requestMatchers("/inloggen").permitAll()
                        .requestMatchers("/beheer/**").hasRole(Rol.BEHEERDER.name())
                        .anyRequest().authenticated())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .logout(l -> l.logoutUrl("/uitloggen").logoutSuccessUrl("/?uitgelogd"));
        if (demo) {
            http.formLogin(f -> f.loginPage("/inloggen").defaultSuccessUrl("/", false).failureUrl("/inloggen?fout"));
        } else {
            http.oauth2Login(o -> o.userInfoEndpoint(u -> u.userAuthoritiesMapper(BeveiligingConfiguratie::oidcRollen)));
        }
        return http.build();
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
