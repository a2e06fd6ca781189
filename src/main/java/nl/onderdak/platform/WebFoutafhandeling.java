// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The error page for the web UI: something not found (or outside the user's scope) is 404, a wrong
 * value in an address is 400, a conflict with the state of things 409, each with the message in plain
 * words. API controllers answer problem+json instead ({@link ApiFoutafhandeling}, which takes
 * precedence for them).
 *
 * <p>Every answer goes through the container's error dispatch to {@link Foutpagina}, so a refused
 * download ({@code .csv}, {@code .xml}, {@code .pdf}) gets the same HTML page with the right media
 * type, never a broken file (rendered in the download's own request, the page would take the media
 * type of the address's extension).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebFoutafhandeling {

    @ExceptionHandler(NietGevonden.class)
    void nietGevonden(NietGevonden e, HttpServletRequest req, HttpServletResponse res) throws IOException {
        fout(req, res, 404, e.getMessage());
    }

    @ExceptionHandler(OngeldigeInvoer.class)
    void ongeldig(OngeldigeInvoer e, HttpServletRequest req, HttpServletResponse res) throws IOException {
        fout(req, res, 400, e.velden().stream().map(OngeldigeInvoer.Veld::reason).collect(Collectors.joining(" ")));
    }

    @ExceptionHandler(Conflict.class)
    void conflict(Conflict e, HttpServletRequest req, HttpServletResponse res) throws IOException {
        fout(req, res, 409, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void teGroot(HttpServletRequest req, HttpServletResponse res) throws IOException {
        fout(req, res, 413, Berichten.tekst("invoer.teGrootFormulier"));
    }

    private static void fout(HttpServletRequest req, HttpServletResponse res, int status, String melding) throws IOException {
        req.setAttribute(Invoerbewaking.MELDING, melding);
        res.sendError(status);
    }
}
