// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Failures that happen before (or outside) any Onderdak controller: an address nobody answers, a
 * method an address does not take, a query parameter of the wrong form on a page. Without this
 * advice Spring's own problem-details handler answered them, in English JSON, also in the browser
 * ("No static resource gemeentn."). Now the browser gets the Dutch (or English) error page with the
 * layout through {@link Foutpagina}, and {@code /api/**} keeps problem+json, in the language of Accept-Language.
 *
 * <p>{@link ApiFoutafhandeling} still answers first for API controllers (it is ordered before this
 * one); this advice applies to every handler, including none at all.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class AdresFoutafhandeling {

    @ExceptionHandler(NoResourceFoundException.class)
    void onbekendAdres(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (api(req)) {
            ProblemResponses.schrijf(res, 404, "niet-gevonden", Berichten.tekst("probleem.nietGevonden"), Berichten.tekst("probleem.geenBron"),
                    req.getRequestURI());
            return;
        }
        res.sendError(404);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void verkeerdeMethode(HttpRequestMethodNotSupportedException e, HttpServletRequest req, HttpServletResponse res)
            throws IOException {
        if (e.getSupportedHttpMethods() != null && !e.getSupportedHttpMethods().isEmpty()) {
            res.setHeader("Allow", e.getSupportedHttpMethods().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        if (api(req)) {
            ProblemResponses.schrijf(res, 405, "methode-niet-toegestaan", Berichten.tekst("probleem.methode"),
                    Berichten.tekst("probleem.methodeUitleg", e.getMethod()), req.getRequestURI());
            return;
        }
        res.sendError(405);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void verkeerdeVorm(MethodArgumentTypeMismatchException e, HttpServletRequest req, HttpServletResponse res)
            throws IOException {
        ongeldig(req, res, OngeldigeInvoer.veld(e.getName(),
                Berichten.tekst("invoer.verkeerdeVorm", Invoer.uittreksel(e.getValue()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    void ontbreekt(MissingServletRequestParameterException e, HttpServletRequest req, HttpServletResponse res)
            throws IOException {
        ongeldig(req, res, OngeldigeInvoer.veld(e.getParameterName(), Berichten.tekst("invoer.parameterVerplicht")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    void mediatype(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (api(req)) {
            ProblemResponses.schrijf(res, 415, "mediatype-niet-ondersteund", Berichten.tekst("probleem.mediatype"),
                    Berichten.tekst("invoer.mediatype"), req.getRequestURI());
            return;
        }
        res.sendError(415);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void nietAanvaardbaar(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.sendError(406);
    }

    private static void ongeldig(HttpServletRequest req, HttpServletResponse res, OngeldigeInvoer e) throws IOException {
        if (api(req)) {
            var p = ProblemResponses.ongeldig(e.velden(), e.type());
            var naam = e.velden().getFirst().name();
            var reden = e.velden().getFirst().reason();
            res.setStatus(400);
            res.setContentType(ProblemResponses.MEDIA_TYPE);
            res.setCharacterEncoding("UTF-8");
            res.getWriter().write(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
                    java.util.Map.of("type", p.getType().toString(), "title", p.getTitle(), "status", 400,
                            "detail", p.getDetail(), "instance", ProblemResponses.instance(req.getRequestURI()),
                            "invalidParams", java.util.List.of(java.util.Map.of("name", naam, "reason", reden)))));
            return;
        }
        req.setAttribute(Invoerbewaking.MELDING, e.velden().stream().map(OngeldigeInvoer.Veld::reason)
                .collect(Collectors.joining(" ")));
        res.sendError(400);
    }

    private static boolean api(HttpServletRequest req) {
        var pad = req.getRequestURI().substring(req.getContextPath().length());
        return pad.equals("/api") || pad.startsWith("/api/");
    }
}
