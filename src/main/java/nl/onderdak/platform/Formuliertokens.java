// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A double submit of a form is processed once. Every form posted from a page carries a one-time
 * hidden token ({@value #VELD}), added next to Spring Security's CSRF token by wrapping its
 * {@link RequestDataValueProcessor}. The first post with a token runs the handler; a second post
 * with the same token in the same session (a double click, a reload of the answer, the back button)
 * does not: it waits for the first to finish and gets the same answer, the same redirect (303 to
 * where the first one led) or the same page. When that answer is no longer kept, a page says the
 * form was sent already (409). Forms without a token (scripts, the login form) are not affected.
 *
 * <p>What was posted lives in the database ({@code platform.verstuurd_formulier}, V49; ADR 0017 addendum),
 * not in one instance's memory: behind a load balancer the second post of a double click may reach
 * another instance than the first, and sessions are shared by all instances. A post claims its token
 * in a statement of its own (committed at once, before the handler runs), so every instance sees the
 * claim; a repeat that finds the claim polls the row for the first post's answer. Within one instance
 * a repeat waits on the first post's future instead, and only one request per token polls.
 */
@Configuration(proxyBeanMethods = false)
class Formuliertokens {

    /** The name of the hidden field. */
    static final String VELD = "_formuliertoken";
    /**
     * How long the body of a non-redirect answer is kept to replay it. It may hold personal data (a
     * rendered page), so no longer than this: a repeat treats it as gone then, and the clean-up job
     * empties it in the database.
     */
    static final Duration BEWAARTIJD = Duration.ofMinutes(2);
    /**
     * How long a posted token is remembered: longer than a working day's session (sessions end after
     * 30 minutes unused), as long as one instance's memory kept it before.
     */
    static final Duration BEWAARTERMIJN = Duration.ofHours(12);
    /** How long a repeat waits for the first post's answer before it says the form was sent already. */
    static final Duration WACHTTIJD = Duration.ofSeconds(60);
    /** Between two looks at the database while the first post runs on another instance. */
    static final Duration PEILTIJD = Duration.ofMillis(75);
    /** The largest body kept to replay. */
    static final int GROOTSTE_INHOUD = 512 * 1024;
    /** The request attribute that tells the error page the form was sent before. */
    static final String DUBBEL = Formuliertokens.class.getName() + ".dubbel";
    private static final String METHODE = Formuliertokens.class.getName() + ".methode";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(Formuliertokens.class);

    /** Wraps Spring Security's processor (bean {@code requestDataValueProcessor}) so each POST form gets a token too. */
    @Bean
    static BeanPostProcessor formuliertokenInFormulieren() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestDataValueProcessor p && "requestDataValueProcessor".equals(beanName)
                        && !(bean instanceof MetToken)) {
                    return new MetToken(p);
                }
                return bean;
            }
        };
    }

    /** After the security filters, so only a logged-in session's forms are remembered. */
    @Bean
    FilterRegistrationBean<EenmaalVerwerken> eenmaalVerwerken(VerstuurdeFormulieren verstuurd) {
        var registratie = new FilterRegistrationBean<>(new EenmaalVerwerken(verstuurd));
        registratie.setOrder(0);
        return registratie;
    }

    @Bean
    VerstuurdeFormulieren verstuurdeFormulieren(JdbcClient jdbc, Clock clock) {
        return new VerstuurdeFormulieren(jdbc, clock);
    }

    static String nieuwToken() {
        var b = new byte[18];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The processor that adds the token to every form posted with {@code method="post"}. */
    static final class MetToken implements RequestDataValueProcessor {
        private final RequestDataValueProcessor onder;

        MetToken(RequestDataValueProcessor onder) {
            this.onder = onder;
        }

        @Override
        public String processAction(HttpServletRequest request, String action, String httpMethod) {
            request.setAttribute(METHODE, httpMethod == null ? "get" : httpMethod);
            return onder.processAction(request, action, httpMethod);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return onder.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            var velden = new LinkedHashMap<String, String>();
            var van = onder.getExtraHiddenFields(request);
            if (van != null) {
                velden.putAll(van);
            }
            var methode = request.getAttribute(METHODE);
            request.removeAttribute(METHODE);
            if (methode instanceof String m && m.equalsIgnoreCase("post")) {
                velden.put(VELD, nieuwToken());
            }
            return velden;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return onder.processUrl(request, url);
        }
    }

    /** A token of a session; the session id only as its SHA-256, the id being the session cookie's secret. */
    record Sleutel(String sessie, String token) {

        static Sleutel van(String sessieId, String token) {
            try {
                var hash = MessageDigest.getInstance("SHA-256").digest(sessieId.getBytes(StandardCharsets.UTF_8));
                return new Sleutel(HexFormat.of().formatHex(hash), token);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        byte[] hash() {
            return HexFormat.of().parseHex(sessie);
        }
    }

    /**
     * What the first post with a token answered: the status, a redirect's Location, and the body of a
     * page that a repeat may get again (only for an answer below 400 that is no redirect, at most
     * {@link #GROOTSTE_INHOUD}); {@code klaar} on the application's clock.
     */
    record Antwoord(int status, @Nullable String locatie, @Nullable String contentType, byte @Nullable [] inhoud, Instant klaar) {

        /** 4xx, 5xx or an exception: nothing was stored, a repeat may run. */
        boolean mislukt() {
            return status >= 400;
        }
    }

    /**
     * The posted tokens in {@code platform.verstuurd_formulier}. Every statement runs on its own and is
     * committed at once (the filter runs outside any transaction), so another instance sees a claim
     * before the handler of the first post has even started.
     */
    static class VerstuurdeFormulieren {

        private final JdbcClient jdbc;
        private final Clock clock;

        VerstuurdeFormulieren(JdbcClient jdbc, Clock clock) {
            this.jdbc = jdbc;
            this.clock = clock;
        }

        public Instant nu() {
            return clock.instant();
        }

        /**
         * True when this post may run the handler: nobody posted the token before, or the post that did
         * failed (4xx, 5xx or an exception, as before: then a repeat runs again). A token whose first
         * post runs or succeeded is not claimed. One statement, so of two instances that claim at the
         * same moment exactly one gets the row; a failed one is taken over by one repeat only, not by
         * every repeat that waited for it.
         */
        public boolean claim(Sleutel sleutel) {
            return jdbc.sql("""
                    insert into platform.verstuurd_formulier (sessie, token, geclaimd) values (?, ?, ?)
                    on conflict (sessie, token) do update
                       set geclaimd = excluded.geclaimd, status = null, locatie = null, content_type = null, inhoud = null,
                           klaar = null
                     where platform.verstuurd_formulier.status >= 400""")
                    .params(sleutel.hash(), sleutel.token(), Timestamp.from(nu())).update() == 1;
        }

        /** Stores the first post's answer for the repeats on any instance. */
        public void bewaar(Sleutel sleutel, Antwoord antwoord) {
            jdbc.sql("""
                    update platform.verstuurd_formulier set status = ?, locatie = ?, content_type = ?, inhoud = ?, klaar = ?
                     where sessie = ? and token = ?""")
                    .params(antwoord.status(), antwoord.locatie(), antwoord.contentType(),
                            new SqlParameterValue(Types.BINARY, antwoord.inhoud()), Timestamp.from(antwoord.klaar()),
                            sleutel.hash(), sleutel.token())
                    .update();
        }

        /** The first post's answer; null while it runs (or when the token is unknown). A body older than {@link #BEWAARTIJD} is not read. */
        public @Nullable Antwoord lees(Sleutel sleutel) {
            return jdbc.sql("""
                    select status, locatie, content_type, case when klaar > ? then inhoud end as inhoud, klaar
                      from platform.verstuurd_formulier where sessie = ? and token = ? and status is not null""")
                    .params(Timestamp.from(nu().minus(BEWAARTIJD)), sleutel.hash(), sleutel.token())
                    .query((rs, i) -> new Antwoord(rs.getInt("status"), rs.getString("locatie"), rs.getString("content_type"),
                            rs.getBytes("inhoud"), rs.getTimestamp("klaar").toInstant()))
                    .optional().orElse(null);
        }

        /** Whether a body stored at {@code klaar} may still be shown again. */
        public boolean vers(Antwoord antwoord) {
            return nu().isBefore(antwoord.klaar().plus(BEWAARTIJD));
        }

        /**
         * Once across instances (ShedLock), every 30 seconds: bodies older than {@link #BEWAARTIJD} are
         * emptied (they may hold personal data), tokens older than {@link #BEWAARTERMIJN} are deleted.
         */
        @Scheduled(fixedDelayString = "${onderdak.formuliertokens.opruimen:PT30S}", initialDelayString = "PT30S")
        @SchedulerLock(name = "formuliertokens-opruimen", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
        public void ruimOp() {
            ruimNuOp();
        }

        /** The clean-up itself, without the lock (tests call it after moving the clock). */
        public void ruimNuOp() {
            var nu = nu();
            int geleegd = jdbc.sql("update platform.verstuurd_formulier set inhoud = null where inhoud is not null and klaar <= ?")
                    .param(Timestamp.from(nu.minus(BEWAARTIJD))).update();
            int weg = jdbc.sql("delete from platform.verstuurd_formulier where geclaimd < ?")
                    .param(Timestamp.from(nu.minus(BEWAARTERMIJN))).update();
            if (geleegd + weg > 0) {
                log.debug("Verstuurde formulieren: {} antwoorden geleegd, {} tokens verwijderd", geleegd, weg);
            }
        }
    }

    /** Runs the handler once per token and session, on whichever instance; repeats get the first answer. */
    static final class EenmaalVerwerken extends OncePerRequestFilter {

        /** What a repeat on this instance is told when the request it waited for failed before an answer. */
        private static final Antwoord ONBEREIKBAAR = new Antwoord(HttpServletResponse.SC_SERVICE_UNAVAILABLE, null, null, null,
                Instant.EPOCH);

        private final VerstuurdeFormulieren verstuurd;
        /**
         * The tokens a request on this instance is busy with: the first post, or the one repeat that polls
         * the database for another instance's answer. Other repeats on this instance wait on its future
         * (completed with null when no answer came in time). An entry goes when its request is done.
         */
        private final Map<Sleutel, CompletableFuture<@Nullable Antwoord>> bezig = new ConcurrentHashMap<>();

        EenmaalVerwerken(VerstuurdeFormulieren verstuurd) {
            this.verstuurd = verstuurd;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"POST".equals(request.getMethod()) || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String token;
            try {
                token = request.getParameter(VELD);
            } catch (RuntimeException e) {
                token = null;
            }
            HttpSession sessie = request.getSession(false);
            if (token == null || token.isBlank() || token.length() > 100 || sessie == null) {
                chain.doFilter(request, response);
                return;
            }
            try {
                eenmaal(Sleutel.van(sessie.getId(), token), System.nanoTime() + WACHTTIJD.toNanos(), request, response, chain);
            } catch (RuntimeException e) {
                // Without the database nobody can tell whether the form was processed: the 503 page as everywhere
                // else (nothing was run by this request), never the handler unguarded.
                if (!DatabaseOnbereikbaar.isOorzaak(e) || response.isCommitted()) {
                    throw e;
                }
                log.warn("Database niet bereikbaar bij het formuliertoken van {} {}", request.getMethod(), request.getRequestURI());
                DatabaseOnbereikbaar.alsPagina(request, response);
            }
        }

        private void eenmaal(Sleutel sleutel, long tot, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            while (true) {
                var mijn = new CompletableFuture<@Nullable Antwoord>();
                var ander = bezig.putIfAbsent(sleutel, mijn);
                if (ander != null) {
                    var antwoord = wacht(ander, tot);
                    if (antwoord != null && antwoord.mislukt()) {
                        continue; // the first post failed: this repeat may run, if no other repeat took it first
                    }
                    herhaal(antwoord, request, response);
                    return;
                }
                @Nullable Antwoord gevonden = null;
                boolean fout = true;
                try {
                    while (true) {
                        if (verstuurd.claim(sleutel)) {
                            fout = false;
                            verwerk(sleutel, mijn, request, response, chain);
                            return;
                        }
                        gevonden = verstuurd.lees(sleutel);
                        if (gevonden != null && !gevonden.mislukt()) {
                            break;
                        }
                        if (gevonden == null) {
                            // The first post runs on another instance (or did not finish at all: then, after the
                            // wait, the form counts as sent, as for a first post that takes too long).
                            if (System.nanoTime() - tot >= 0) {
                                break;
                            }
                            slaap();
                        }
                        // A failed first post: claim it again at once.
                    }
                    fout = false;
                } finally {
                    // The repeats on this instance get what was found; when this request failed (the database
                    // gone) a failure, so that each tries for itself. After verwerk the future is complete already.
                    bezig.remove(sleutel, mijn);
                    mijn.complete(fout ? ONBEREIKBAAR : gevonden);
                }
                herhaal(gevonden, request, response);
                return;
            }
        }

        /** Runs the handler as the first post, and stores its answer before the client gets it. */
        private void verwerk(Sleutel sleutel, CompletableFuture<@Nullable Antwoord> mijn, HttpServletRequest request,
                HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
            var bewaard = new ContentCachingResponseWrapper(response);
            boolean mislukt = true;
            try {
                chain.doFilter(request, bewaard);
                mislukt = false;
            } finally {
                // A post that ended in an exception stored nothing: its repeat must run again, so it counts as a 500.
                int status = mislukt ? 500 : bewaard.getStatus();
                var locatie = bewaard.getHeader("Location");
                boolean pagina = status < 300 || (status < 400 && locatie == null);
                int grootte = bewaard.getContentSize();
                var antwoord = new Antwoord(status, locatie, bewaard.getContentType(),
                        pagina && grootte > 0 && grootte <= GROOTSTE_INHOUD ? bewaard.getContentAsByteArray() : null, verstuurd.nu());
                try {
                    verstuurd.bewaar(sleutel, antwoord);
                } catch (RuntimeException e) {
                    // The handler has run; only its answer is lost. A repeat on another instance then waits and is
                    // told the form was sent already, which is true; this instance's repeats get the answer below.
                    log.warn("Antwoord op een formulier niet opgeslagen ({})", e.getClass().getSimpleName());
                }
                bezig.remove(sleutel, mijn);
                mijn.complete(antwoord);
                bewaard.copyBodyToResponse();
            }
        }

        private static @Nullable Antwoord wacht(CompletableFuture<@Nullable Antwoord> ander, long tot) throws ServletException {
            try {
                return ander.get(Math.max(0, tot - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServletException(e);
            } catch (ExecutionException | TimeoutException e) {
                return null;
            }
        }

        private static void slaap() throws ServletException {
            try {
                Thread.sleep(PEILTIJD);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServletException(e);
            }
        }

        /**
         * Answers a repeat as the first post was answered: the same redirect (303), the same page while it
         * is kept, else the page that says the form was sent already (409); also when no answer came in time.
         */
        private void herhaal(@Nullable Antwoord u, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            if (u != null && u.status() >= 300 && u.locatie() != null) {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", u.locatie());
                return;
            }
            var inhoud = u == null ? null : u.inhoud();
            if (u != null && inhoud != null && inhoud.length > 0 && verstuurd.vers(u)) {
                response.setStatus(u.status());
                if (u.contentType() != null) {
                    response.setContentType(u.contentType());
                }
                response.getOutputStream().write(inhoud);
                return;
            }
            request.setAttribute(DUBBEL, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_CONFLICT);
        }
    }
}
