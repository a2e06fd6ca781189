// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the full API version on every response, also on errors answered by the security filters
 * (NL API Design Rules, /core/version-header). Runs before every other filter for that reason.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiVersionFilter extends OncePerRequestFilter {

    static final String HEADER = "API-Version";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, ApiVersie.VERSIE);
        chain.doFilter(request, response);
    }
}
