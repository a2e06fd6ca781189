// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the database cannot be reached (stopped, crashed, network gone), every request that needs it
 * answers 503 "Database niet bereikbaar": problem+json under {@code /api}, a plain Dutch page
 * elsewhere; never a 500 and never a message about a wrong password. The connection pool waits a
 * few seconds at most ({@code spring.datasource.hikari.connection-timeout}) and reconnects by
 * itself once the database is back.
 *
 * <p>A resolver of its own, ordered before Spring MVC's {@code @ExceptionHandler}s, so that the
 * catch-all handlers of {@link ApiFoutafhandeling} never see these failures. Code outside Spring MVC
 * (a login filter) can ask {@link #isOorzaak(Throwable)} and answer with {@link #schrijf} (API) or
 * {@link #alsPagina} (pages).
 */
@Component
public class DatabaseOnbereikbaar implements HandlerExceptionResolver, Ordered {

    public static final String TYPE = "database-niet-bereikbaar";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOnbereikbaar.class);

    /** True when {@code fout} or one of its causes says the database cannot be reached. */
    public static boolean isOorzaak(Throwable fout) {
        for (var t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or starting.
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    /** Tells the error page ({@link Foutpagina}) to show this page, for a filter's 503 outside Spring MVC. */
    static final String PAGINA = DatabaseOnbereikbaar.class.getName() + ".pagina";

    /**
     * Answers a page request (not {@code /api}) from code outside Spring MVC, a filter, with the same 503
     * page as the resolver below: through the container's error page, so with the layout and the user's language.
     */
    public static void alsPagina(HttpServletRequest req, HttpServletResponse res) throws IOException {
        req.setAttribute(PAGINA, Boolean.TRUE);
        res.setHeader("Retry-After", "30");
        res.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /**
     * Writes the 503 problem+json answer (for code outside Spring MVC), in the language the client asked
     * for, like every other problem: the texts come from messages, not from the code, and need no database.
     */
    public static void schrijf(HttpServletResponse res, String instance) throws IOException {
        res.setHeader("Retry-After", "30");
        ProblemResponses.schrijf(res, 503, TYPE, Berichten.tekst("database.onbereikbaar.titel"),
                Berichten.tekst("database.onbereikbaar.uitleg"), instance);
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest req, HttpServletResponse res, Object handler, Exception fout) {
        if (!isOorzaak(fout) || res.isCommitted()) {
            return null;
        }
        log.warn("Database niet bereikbaar bij {} {} ({})", req.getMethod(), req.getRequestURI(), diepsteOorzaak(fout));
        try {
            if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
                res.resetBuffer();
                schrijf(res, req.getRequestURI());
                return new ModelAndView();
            }
        } catch (IOException e) {
            return null;
        }
        res.setHeader("Retry-After", "30");
        var pagina = new ModelAndView("database-onbereikbaar");
        pagina.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return pagina;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    /** The class of the deepest cause: enough to tell what happened, never a statement or a value. */
    private static String diepsteOorzaak(Throwable fout) {
        var t = fout;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }
}
