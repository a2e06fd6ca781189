// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The server side of the confirmation before an irreversible action (templates/fragments/bevestiging.html)
 * for a browser without JavaScript. There the dialog cannot open, so the form shows a checkbox "Ik weet
 * het zeker" next to the real button; its {@code required} is void in the forms with {@code novalidate}
 * (they show their errors next to the fields instead), so one click would act. The fragment's noscript
 * part therefore also sends the marker {@value #MARKER}={@value #VEREIST}, and a post with that marker
 * but without {@value #VINKJE}={@value #JA} is refused here with 400 and the error page saying what to do,
 * before any handler runs and before the form's one-time token is used (so going back and ticking works).
 * With JavaScript the noscript content is not in the page, the marker is not sent and nothing changes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
class Bevestigingsbewaking extends OncePerRequestFilter {

    static final String MARKER = "_bevestiging";
    static final String VEREIST = "vereist";
    static final String VINKJE = "_bevestigd";
    static final String JA = "ja";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equalsIgnoreCase(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (VEREIST.equals(parameter(request, MARKER)) && !JA.equals(parameter(request, VINKJE))) {
            // Runs before Spring knows the user's language: the same choice as the input guard (cookie, ?lang=en).
            var vorige = LocaleContextHolder.getLocaleContext();
            LocaleContextHolder.setLocale(Invoerbewaking.taal(request));
            try {
                request.setAttribute(Invoerbewaking.MELDING, Berichten.tekst("bevestiging.nietAangevinkt"));
            } finally {
                LocaleContextHolder.setLocaleContext(vorige);
            }
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String parameter(HttpServletRequest request, String naam) {
        try {
            return request.getParameter(naam);
        } catch (RuntimeException e) {
            return null; // unreadable parameters: the container and the input guard answer those
        }
    }
}
