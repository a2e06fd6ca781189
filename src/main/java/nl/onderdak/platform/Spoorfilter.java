// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a trace id and puts it in the log context ({@code MDC} key {@value #MDC_SLEUTEL}).
 * The JSON log lines of the request carry it (ECS format in production), and the processing log
 * records the same id ({@code logboek.verwerkingslog.trace_id}, which reads the same MDC key), so a
 * record in the processing log leads to the log lines of the request that caused it. A W3C
 * {@code traceparent} header from the load balancer or a proxy is followed, so its traces match ours;
 * otherwise a random id. The id is sent back in {@value #HEADER} for support questions. It is never
 * derived from the request's content: no BSN or other personal data can end up in it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Spoorfilter extends OncePerRequestFilter {

    static final String MDC_SLEUTEL = "traceId";
    static final String HEADER = "X-Trace-Id";
    private static final String ATTRIBUUT = Spoorfilter.class.getName() + ".id";
    /** version-traceid-parentid-flags; an all-zero trace id is invalid by the standard. */
    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // An error page is a second dispatch of the same request: it keeps the request's id.
        var id = request.getAttribute(ATTRIBUUT) instanceof String eerder ? eerder : traceId(request.getHeader("traceparent"));
        request.setAttribute(ATTRIBUUT, id);
        MDC.put(MDC_SLEUTEL, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_SLEUTEL);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    static String traceId(String traceparent) {
        if (traceparent != null) {
            var m = TRACEPARENT.matcher(traceparent.strip());
            if (m.matches() && !m.group(1).equals("0".repeat(32))) {
                return m.group(1);
            }
        }
        var b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
