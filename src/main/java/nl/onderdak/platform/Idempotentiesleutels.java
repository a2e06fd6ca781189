// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retry safety of the API (ADR 0027): a write under {@code /api/} sent with an {@value #KOP} header
 * (IETF draft-ietf-httpapi-idempotency-key-header) runs once per user, method, path and key. A client
 * whose first attempt timed out after the server committed sends the same request with the same key
 * again and gets the first answer's status and {@code Location} back (with {@value #HERHAALD}{@code :
 * true}) instead of a second money claim or a second household.
 *
 * <p>The whole request runs in one transaction that starts here: the key row is inserted first, the
 * controller's {@code @Transactional} services join the transaction (propagation REQUIRED, nothing on
 * these paths starts one of its own), and the row gets the answer's status before the commit. So the
 * key and the write commit together or not at all, and the client gets the answer only after the commit
 * (the body is held until then). A repeat that arrives while the first attempt runs waits on the row's
 * primary key, at most {@link #WACHTTIJD}, and then gets the first answer, or 409 when it still runs.
 *
 * <p>A failed attempt (any status outside 2xx) leaves no row, so the client may correct its request and
 * send it again with the same key. What the request wrote is then handled as without the header: when a
 * service marked the transaction for rollback everything goes; when it did not (a refusal that is
 * counted and logged on purpose, {@code noRollbackFor}), that is committed without the key row.
 *
 * <p>The import of residents answers 202 and writes in the background in transactions of its own; the
 * key does not apply there ({@link #ZONDER_SLEUTEL}); the import has its own guard (the same file answers
 * the earlier import).
 */
@Configuration(proxyBeanMethods = false)
class Idempotentiesleutels {

    static final String KOP = "Idempotency-Key";
    static final String HERHAALD = "Idempotent-Replayed";
    /** How long a key is remembered (the draft's advice: at least 24 hours). */
    static final Duration BEWAARTERMIJN = Duration.ofHours(24);
    /** How long a repeat waits for a first attempt that is still running before it answers 409. */
    static final Duration WACHTTIJD = Duration.ofSeconds(10);
    /** The longest path a key is kept for; no resource of the API has a path near it. */
    static final int LANGSTE_PAD = 2000;
    /** Paths that answer 202 and work in the background, outside this request's transaction. */
    static final List<String> ZONDER_SLEUTEL = List.of("/api/v1/bewoners/import");
    private static final Set<String> METHODEN = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(Idempotentiesleutels.class);

    /** After the security filters (order -100), which set the user, and after the input guard, which read the body. */
    @Bean
    FilterRegistrationBean<EenmaalPerSleutel> eenmaalPerSleutel(Sleutelopslag opslag, PlatformTransactionManager transacties) {
        var registratie = new FilterRegistrationBean<>(new EenmaalPerSleutel(opslag, transacties));
        registratie.addUrlPatterns("/api/*");
        registratie.setOrder(1);
        return registratie;
    }

    /** Every write of the API names the optional header in the OpenAPI document, except the paths it does not apply to. */
    @Bean
    OpenApiCustomizer idempotencyKeyInOpenApi() {
        return openApi -> openApi.getPaths().forEach((pad, item) -> {
            if (ZONDER_SLEUTEL.stream().anyMatch(z -> pad.contains(z.substring("/api/v1".length())))) {
                return;
            }
            for (var operatie : Arrays.asList(item.getPost(), item.getPut(), item.getPatch(), item.getDelete())) {
                if (operatie != null) {
                    operatie.addParametersItem(new HeaderParameter().name(KOP).required(false)
                            .description("Optioneel: dezelfde sleutel bij een herhaald verzoek (na een time-out) voert het verzoek "
                                    + "niet nog eens uit maar geeft het eerste antwoord terug (status en Location, kop "
                                    + HERHAALD + ": true); 24 uur geldig per gebruiker, methode en pad. Een ander verzoek met "
                                    + "dezelfde sleutel: 422. Zie docs/api.md.")
                            .schema(new StringSchema().minLength(1).maxLength(255)));
                }
            }
        });
    }

    @Bean
    Sleutelopslag sleutelopslag(JdbcClient jdbc, Clock clock) {
        return new Sleutelopslag(jdbc, clock);
    }

    /** A key of one user for one method and path. */
    record Sleutel(String gebruiker, String methode, String pad, String sleutel) {
    }

    /** What the first attempt answered: its status (2xx) and Location, or the hash of another request. */
    record Eerder(byte[] hash, int status, @Nullable String locatie) {
    }

    /** The keys in {@code platform.idempotentiesleutel}; every statement runs in the request's transaction. */
    static class Sleutelopslag {

        private final JdbcClient jdbc;
        private final Clock clock;

        Sleutelopslag(JdbcClient jdbc, Clock clock) {
            this.jdbc = jdbc;
            this.clock = clock;
        }

        /**
         * Claims the key for this request: true when it is new, or only known from longer ago than
         * {@link #BEWAARTERMIJN} (not yet cleaned up). Waits for an uncommitted claim of another request, at
         * most {@link #WACHTTIJD}; the lock timeout is set for this statement only, the business statements
         * after it keep the usual one.
         */
        boolean claim(Sleutel s, byte[] hash) {
            var vorige = jdbc.sql("select current_setting('lock_timeout')").query(String.class).single();
            jdbc.sql("select set_config('lock_timeout', ?, true)").param(WACHTTIJD.toMillis() + "ms").query(String.class).single();
            var nu = clock.instant();
            int rijen = jdbc.sql("""
                    insert into platform.idempotentiesleutel (gebruiker, methode, pad, sleutel, inhoud_hash, aangemaakt)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (gebruiker, methode, pad, sleutel) do update
                       set inhoud_hash = excluded.inhoud_hash, status = null, locatie = null, aangemaakt = excluded.aangemaakt
                     where platform.idempotentiesleutel.aangemaakt < ?""")
                    .params(s.gebruiker(), s.methode(), s.pad(), s.sleutel(), hash, Timestamp.from(nu),
                            Timestamp.from(nu.minus(BEWAARTERMIJN)))
                    .update();
            jdbc.sql("select set_config('lock_timeout', ?, true)").param(vorige).query(String.class).single();
            return rijen == 1;
        }

        /** The committed first attempt under this key. */
        @Nullable Eerder lees(Sleutel s) {
            return jdbc.sql("""
                    select inhoud_hash, status, locatie from platform.idempotentiesleutel
                     where gebruiker = ? and methode = ? and pad = ? and sleutel = ? and status is not null""")
                    .params(s.gebruiker(), s.methode(), s.pad(), s.sleutel())
                    .query((rs, i) -> new Eerder(rs.getBytes(1), rs.getInt(2), rs.getString(3))).optional().orElse(null);
        }

        void bewaar(Sleutel s, int status, @Nullable String locatie) {
            jdbc.sql("update platform.idempotentiesleutel set status = ?, locatie = ? where gebruiker = ? and methode = ? and pad = ? and sleutel = ?")
                    .params(status, locatie, s.gebruiker(), s.methode(), s.pad(), s.sleutel()).update();
        }

        void vergeet(Sleutel s) {
            jdbc.sql("delete from platform.idempotentiesleutel where gebruiker = ? and methode = ? and pad = ? and sleutel = ?")
                    .params(s.gebruiker(), s.methode(), s.pad(), s.sleutel()).update();
        }

        /** Once across instances (ShedLock), every ten minutes: keys older than {@link #BEWAARTERMIJN} go. */
        @Scheduled(fixedDelayString = "${onderdak.idempotentiesleutels.opruimen:PT10M}", initialDelayString = "PT1M")
        @SchedulerLock(name = "idempotentiesleutels-opruimen", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
        public void ruimOp() {
            ruimOp(clock.instant());
        }

        /** The clean-up itself at a given moment, without the lock (tests call it with a later moment). */
        int ruimOp(Instant nu) {
            int weg = jdbc.sql("delete from platform.idempotentiesleutel where aangemaakt < ?")
                    .param(Timestamp.from(nu.minus(BEWAARTERMIJN))).update();
            if (weg > 0) {
                log.debug("Idempotency-Keys: {} verlopen sleutels verwijderd", weg);
            }
            return weg;
        }
    }

    /** Runs a write with a key once; repeats get the first answer. */
    static final class EenmaalPerSleutel extends OncePerRequestFilter {

        private final Sleutelopslag opslag;
        private final PlatformTransactionManager transacties;

        EenmaalPerSleutel(Sleutelopslag opslag, PlatformTransactionManager transacties) {
            this.opslag = opslag;
            this.transacties = transacties;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            var pad = pad(request);
            return request.getHeader(KOP) == null || !METHODEN.contains(request.getMethod()) || !pad.startsWith("/api/")
                    || ZONDER_SLEUTEL.stream().anyMatch(z -> pad.equals(z) || pad.startsWith(z + "/"));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var vorige = LocaleContextHolder.getLocaleContext();
            // Before Spring MVC chose the language: the same choice (Accept-Language for the API).
            LocaleContextHolder.setLocale(ProblemResponses.taal(request));
            try {
                filter(request, response, chain);
            } finally {
                LocaleContextHolder.setLocaleContext(vorige);
            }
        }

        private void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var sleutel = geldigeSleutel(Collections.list(request.getHeaders(KOP)));
            if (sleutel == null) {
                var p = ProblemResponses.ongeldig(List.of(new OngeldigeInvoer.Veld(KOP, Berichten.tekst("idempotentie.ongeldig"))),
                        "ongeldige-idempotency-key");
                schrijf(response, p.getStatus(), p.getType().toString(), p.getTitle(), p.getDetail(), request,
                        p.getProperties() == null ? null : p.getProperties().get("invalidParams"));
                return;
            }
            var authenticatie = SecurityContextHolder.getContext().getAuthentication();
            var pad = pad(request);
            if (authenticatie == null || authenticatie instanceof AnonymousAuthenticationToken || !authenticatie.isAuthenticated()
                    || pad.length() > LANGSTE_PAD) {
                // A key is scoped to a user: without one there is nothing to scope it to (security answers 401 where a
                // login is needed). A path this long is no resource of the API and writes nothing.
                chain.doFilter(request, response);
                return;
            }
            var gelezen = WebUtils.getNativeRequest(request, Invoerbewaking.GelezenBody.class);
            byte[] inhoud;
            HttpServletRequest verder = request;
            if (gelezen != null) {
                inhoud = gelezen.inhoud();
            } else {
                // A body the input guard did not read (a file): read here, once, and handed on unchanged.
                inhoud = request.getInputStream().readAllBytes();
                verder = new Invoerbewaking.GelezenBody(request, inhoud);
            }
            var s = new Sleutel(authenticatie.getName(), request.getMethod(), pad, sleutel);
            try {
                eenmaal(s, hash(request.getQueryString(), inhoud), verder, response, chain);
            } catch (RuntimeException e) {
                // Without the database nobody can tell whether the key was used: the 503 as everywhere else.
                if (!DatabaseOnbereikbaar.isOorzaak(e) || response.isCommitted()) {
                    throw e;
                }
                response.reset();
                log.warn("Database niet bereikbaar bij de Idempotency-Key van {} {}", s.methode(), s.pad());
                DatabaseOnbereikbaar.schrijf(response, ProblemResponses.instance(request.getRequestURI()));
            }
        }

        private void eenmaal(Sleutel s, byte[] hash, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var transactie = transacties.getTransaction(new DefaultTransactionDefinition());
            boolean open = true;
            try {
                boolean nieuw;
                try {
                    nieuw = opslag.claim(s, hash);
                } catch (RuntimeException e) {
                    if (!wachtteTeLang(e)) {
                        throw e;
                    }
                    // The first attempt has run longer than the wait: it has not answered yet.
                    transacties.rollback(transactie);
                    open = false;
                    response.setHeader("Retry-After", "1");
                    schrijf(response, 409, ProblemResponses.type("wordt-nog-verwerkt").toString(), Berichten.tekst("probleem.conflict"),
                            Berichten.tekst("idempotentie.bezig"), request, null);
                    return;
                }
                if (!nieuw) {
                    var eerder = opslag.lees(s);
                    transacties.rollback(transactie);
                    open = false;
                    herhaal(eerder, hash, request, response);
                    return;
                }
                var bewaard = new ContentCachingResponseWrapper(response);
                chain.doFilter(request, bewaard);
                int status = bewaard.getStatus();
                if (status >= 200 && status < 300) {
                    opslag.bewaar(s, status, bewaard.getHeader("Location"));
                    open = false;
                    try {
                        transacties.commit(transactie);
                    } catch (RuntimeException e) {
                        // Nothing was stored (also when a service had marked the transaction for rollback), so the
                        // client must not read the success it was about to get; the answer is not sent yet.
                        response.reset();
                        if (!DatabaseOnbereikbaar.isOorzaak(e)) {
                            throw e;
                        }
                        log.warn("Database niet bereikbaar bij de commit van {} {} met Idempotency-Key", s.methode(), s.pad());
                        DatabaseOnbereikbaar.schrijf(response, ProblemResponses.instance(request.getRequestURI()));
                        return;
                    }
                } else {
                    open = false;
                    sluitMislukt(s, transactie);
                }
                // Only now, after the commit, does the client get the answer.
                bewaard.copyBodyToResponse();
            } finally {
                if (open) {
                    transacties.rollback(transactie);
                }
            }
        }

        /**
         * After a non-2xx answer: the key is freed for a corrected retry. What a service marked for rollback
         * goes; what it chose to keep despite the refusal (noRollbackFor) is committed, as without the header.
         */
        private void sluitMislukt(Sleutel s, TransactionStatus transactie) {
            if (transactie.isRollbackOnly()) {
                transacties.rollback(transactie);
                return;
            }
            try {
                opslag.vergeet(s);
            } catch (RuntimeException e) {
                // The transaction broke (a statement failed and was answered as a refusal): nothing of it can stay.
                transacties.rollback(transactie);
                return;
            }
            transacties.commit(transactie);
        }

        /** The first answer again, without running anything; another request under the same key: 422. */
        private static void herhaal(@Nullable Eerder eerder, byte[] hash, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            if (eerder == null) {
                // The first attempt failed and its row went between our claim and our look: it may be sent again.
                response.setHeader("Retry-After", "1");
                schrijf(response, 409, ProblemResponses.type("wordt-nog-verwerkt").toString(), Berichten.tekst("probleem.conflict"),
                        Berichten.tekst("idempotentie.bezig"), request, null);
                return;
            }
            if (!MessageDigest.isEqual(eerder.hash(), hash)) {
                schrijf(response, 422, ProblemResponses.type("idempotency-key-hergebruikt").toString(),
                        Berichten.tekst("idempotentie.anderVerzoekTitel"), Berichten.tekst("idempotentie.anderVerzoek"), request, null);
                return;
            }
            response.setStatus(eerder.status());
            response.setHeader(HERHAALD, "true");
            if (eerder.locatie() != null) {
                response.setHeader("Location", eerder.locatie());
            }
            if (eerder.status() == HttpServletResponse.SC_NO_CONTENT) {
                return;
            }
            // Not the first body (it may hold personal data and was never stored): what happened, and where to read it.
            var kaart = new LinkedHashMap<String, Object>();
            kaart.put("herhaald", true);
            kaart.put("status", eerder.status());
            if (eerder.locatie() != null) {
                kaart.put("location", eerder.locatie());
            }
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.writeValueAsString(kaart));
        }

        private static void schrijf(HttpServletResponse response, int status, String type, @Nullable String titel,
                @Nullable String detail, HttpServletRequest request, @Nullable Object ongeldig) throws IOException {
            var kaart = new LinkedHashMap<String, Object>();
            kaart.put("type", type);
            kaart.put("title", titel);
            kaart.put("status", status);
            kaart.put("detail", detail);
            kaart.put("instance", ProblemResponses.instance(request.getRequestURI()));
            if (ongeldig != null) {
                kaart.put("invalidParams", ongeldig);
            }
            response.setStatus(status);
            response.setContentType(ProblemResponses.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.writeValueAsString(kaart));
        }

        /** PostgreSQL's lock_not_available: the lock timeout of the claim ran out. */
        private static boolean wachtteTeLang(Throwable e) {
            for (var t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        }

        private static String pad(HttpServletRequest request) {
            return request.getRequestURI().substring(request.getContextPath().length());
        }
    }

    /**
     * The key as sent: 1 to 255 visible ASCII characters; a Structured Field string ({@code "…"}, as the
     * draft writes it) counts without its quotes. Null when it is none, also when the header is sent twice.
     */
    static @Nullable String geldigeSleutel(List<String> waarden) {
        if (waarden.size() != 1) {
            return null;
        }
        var w = waarden.getFirst();
        if (w.length() >= 2 && w.startsWith("\"") && w.endsWith("\"")) {
            w = w.substring(1, w.length() - 1);
        }
        if (w.isEmpty() || w.length() > 255) {
            return null;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return null;
            }
        }
        return w;
    }

    /** SHA-256 of the query string and the body: what tells a repeat from another request under the same key. */
    static byte[] hash(@Nullable String query, byte[] inhoud) {
        try {
            var d = MessageDigest.getInstance("SHA-256");
            var q = (query == null ? "" : query).getBytes(StandardCharsets.UTF_8);
            // The length first, so that no query and body can be cut differently into the same bytes.
            d.update(Arrays.copyOf(Integer.toString(q.length).getBytes(StandardCharsets.US_ASCII), 12));
            d.update(q);
            d.update(inhoud);
            return d.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
