// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.platform.DatabaseOnbereikbaar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Web sessions live in PostgreSQL (ADR 0017). When the database cannot be reached, reading a session
 * fails inside Spring Security's filters, before any controller, and would end in a 500. This filter
 * sits right behind Spring Session's and turns that failure into "no session": the request goes on as
 * a visitor's, with a session that lives only for this request, so the login page still says that the
 * database cannot be reached (as with the container's sessions before) instead of an internal error;
 * pages that need a login send the user to it. A login post whose session cannot be read goes straight
 * to {@code /inloggen?storing}: without its session its CSRF token cannot be checked either.
 */
@Configuration(proxyBeanMethods = false)
class SessieBijDatabasestoring {

    private static final Logger log = LoggerFactory.getLogger(SessieBijDatabasestoring.class);

    /**
     * Two requests of one session at the same moment (a double click, htmx next to a page) may both add the
     * same new attribute; Spring Session's plain insert then fails on the primary key and the second request
     * ends in a 500. PostgreSQL's upsert makes the later write win, as it would in memory.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessieattributenAlsUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    FilterRegistrationBean<Bewaking> sessieBijDatabasestoringFilter() {
        var registratie = new FilterRegistrationBean<>(new Bewaking());
        registratie.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registratie;
    }

    static final class Bewaking extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var bewaakt = new BewaakteSessie(request);
            if ("POST".equals(request.getMethod()) && (request.getContextPath() + "/inloggen").equals(request.getRequestURI())) {
                bewaakt.getSession(false);
                if (bewaakt.storing) {
                    response.sendRedirect(request.getContextPath() + "/inloggen?storing");
                    return;
                }
            }
            chain.doFilter(bewaakt, response);
        }
    }

    /** The request with Spring Session's session, or, while the database is gone, a throw-away one. */
    static final class BewaakteSessie extends HttpServletRequestWrapper {
        boolean storing;
        private HttpSession wegwerp;

        BewaakteSessie(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean maak) {
            if (!storing) {
                try {
                    return super.getSession(maak);
                } catch (RuntimeException e) {
                    if (!DatabaseOnbereikbaar.isOorzaak(e)) {
                        throw e;
                    }
                    storing = true;
                    log.warn("Sessie niet leesbaar: database niet bereikbaar ({})", getRequestURI());
                }
            }
            if (wegwerp == null && maak) {
                wegwerp = new Wegwerpsessie(getServletContext());
            }
            return wegwerp;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            if (!storing) {
                try {
                    return super.isRequestedSessionIdValid();
                } catch (RuntimeException e) {
                    if (!DatabaseOnbereikbaar.isOorzaak(e)) {
                        throw e;
                    }
                    storing = true;
                }
            }
            return false;
        }

        @Override
        public String changeSessionId() {
            if (storing && wegwerp != null) {
                return wegwerp.getId();
            }
            return super.changeSessionId();
        }
    }

    /** A session kept for one request only, never stored: what there is while the database is gone. */
    static final class Wegwerpsessie implements HttpSession {
        private final String id = UUID.randomUUID().toString();
        private final long gemaakt = System.currentTimeMillis();
        private final ServletContext context;
        private final Map<String, Object> attributen = new HashMap<>();
        private int maxInactief = 1800;

        Wegwerpsessie(ServletContext context) {
            this.context = context;
        }

        @Override public long getCreationTime() { return gemaakt; }
        @Override public String getId() { return id; }
        @Override public long getLastAccessedTime() { return gemaakt; }
        @Override public ServletContext getServletContext() { return context; }
        @Override public void setMaxInactiveInterval(int interval) { maxInactief = interval; }
        @Override public int getMaxInactiveInterval() { return maxInactief; }
        @Override public Object getAttribute(String name) { return attributen.get(name); }
        @Override public Enumeration<String> getAttributeNames() { return Collections.enumeration(attributen.keySet()); }
        @Override public void setAttribute(String name, Object value) { attributen.put(name, value); }
        @Override public void removeAttribute(String name) { attributen.remove(name); }
        @Override public void invalidate() { attributen.clear(); }
        @Override public boolean isNew() { return true; }
    }
}
