// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 */
@Configuration(proxyBeanMethods = false)
class Formuliertokens {

    /** The name of the hidden field. */
    static final String VELD = "_formuliertoken";
    /** How many forms per session are remembered. */
    static final int ONTHOUDEN = 50;
    /** How long the body of a non-redirect answer is kept to replay it. */
    static final Duration BEWAARTIJD = Duration.ofMinutes(2);
    /** The request attribute that tells the error page the form was sent before. */
    static final String DUBBEL = Formuliertokens.class.getName() + ".dubbel";
    private static final String METHODE = Formuliertokens.class.getName() + ".methode";
    private static final SecureRandom RANDOM = new SecureRandom();

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
    FilterRegistrationBean<EenmaalVerwerken> eenmaalVerwerken() {
        var registratie = new FilterRegistrationBean<>(new EenmaalVerwerken());
        registratie.setOrder(0);
        return registratie;
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

    /** What the first post with a token answered. */
    static final class Uitkomst {
        final CompletableFuture<Uitkomst> klaar = new CompletableFuture<>();
        volatile int status;
        volatile String locatie;
        volatile byte[] inhoud;
        volatile String contentType;
        volatile long tijdstip;
    }

    /** Runs the handler once per token and session; repeats get the first answer. */
    static final class EenmaalVerwerken extends OncePerRequestFilter {

        /** Per session id; a session unused for longer than any session lives is forgotten. */
        private final Cache<String, Map<String, Uitkomst>> perSessie = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofHours(12)).maximumSize(100_000).build();

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
            var nieuw = new Uitkomst();
            Uitkomst eerder;
            var verstuurd = verstuurd(sessie);
            synchronized (verstuurd) {
                eerder = verstuurd.putIfAbsent(token, nieuw);
            }
            if (eerder != null) {
                if (!herhaal(eerder, request, response)) {
                    chain.doFilter(request, response);
                }
                return;
            }
            var bewaard = new ContentCachingResponseWrapper(response);
            boolean mislukt = true;
            try {
                chain.doFilter(request, bewaard);
                mislukt = false;
            } finally {
                // A post that ended in an exception stored nothing: its repeat must run again, so it counts as a 500.
                nieuw.status = mislukt ? 500 : bewaard.getStatus();
                nieuw.locatie = bewaard.getHeader("Location");
                nieuw.contentType = bewaard.getContentType();
                nieuw.inhoud = bewaard.getContentSize() <= 512 * 1024 ? bewaard.getContentAsByteArray() : null;
                nieuw.tijdstip = System.nanoTime();
                nieuw.klaar.complete(nieuw);
                bewaard.copyBodyToResponse();
            }
        }

        /**
         * Answers a repeat as the first post was answered; false when the first one failed (4xx or
         * 5xx: nothing was stored), so the repeat may run.
         */
        private static boolean herhaal(Uitkomst eerder, HttpServletRequest request, HttpServletResponse response)
                throws IOException, ServletException {
            Uitkomst u;
            try {
                u = eerder.klaar.get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServletException(e);
            } catch (ExecutionException | TimeoutException e) {
                u = null;
            }
            if (u != null && u.status >= 400) {
                return false;
            }
            if (u != null && u.status >= 300 && u.locatie != null) {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", u.locatie);
                return true;
            }
            if (u != null && u.inhoud != null && u.inhoud.length > 0 && System.nanoTime() - u.tijdstip < BEWAARTIJD.toNanos()) {
                response.setStatus(u.status);
                if (u.contentType != null) {
                    response.setContentType(u.contentType);
                }
                response.getOutputStream().write(u.inhoud);
                return true;
            }
            request.setAttribute(DUBBEL, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return true;
        }

        /**
         * The forms this session sent, kept in this instance's memory and not in the session: sessions live
         * in the database (ADR 0017) and an {@link Uitkomst} holds a future that waits for the first post,
         * which no serialised session can carry. A repeat that a load balancer sends to another instance is
         * not recognised there (docs/operations.md, Two instances).
         */
        private Map<String, Uitkomst> verstuurd(HttpSession sessie) {
            return perSessie.get(sessie.getId(), id -> new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Uitkomst> oudste) {
                    return size() > ONTHOUDEN;
                }
            });
        }
    }
}
