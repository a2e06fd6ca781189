// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure of an API controller into problem+json. */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiFoutafhandeling {

    private static final Logger log = LoggerFactory.getLogger(ApiFoutafhandeling.class);

    private final tools.jackson.databind.json.JsonMapper json;

    ApiFoutafhandeling(tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(OngeldigeInvoer.class)
    ResponseEntity<ProblemDetail> ongeldig(OngeldigeInvoer e, HttpServletRequest req) {
        return antwoord(ProblemResponses.ongeldig(e.velden(), e.type()), req);
    }

    @ExceptionHandler(NietGevonden.class)
    ResponseEntity<ProblemDetail> nietGevonden(NietGevonden e, HttpServletRequest req) {
        return antwoord(ProblemResponses.probleem(404, "niet-gevonden", Berichten.tekst("probleem.nietGevonden"), e.getMessage()), req);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> geenBron(NoResourceFoundException e, HttpServletRequest req) {
        return antwoord(ProblemResponses.probleem(404, "niet-gevonden", Berichten.tekst("probleem.nietGevonden"),
                Berichten.tekst("probleem.geenBron")), req);
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<ProblemDetail> conflict(Conflict e, HttpServletRequest req) {
        return antwoord(ProblemResponses.probleem(409, e.type(), Berichten.tekst("probleem.conflict"), e.getMessage()), req);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> geenToegang(AccessDeniedException e, HttpServletRequest req) {
        return antwoord(ProblemResponses.probleem(403, "geen-toegang", Berichten.tekst("probleem.geenToegang"),
                Berichten.tekst("probleem.geenToegangUitleg")), req);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> nietGeldig(MethodArgumentNotValidException e, HttpServletRequest req) {
        var velden = new ArrayList<OngeldigeInvoer.Veld>();
        e.getBindingResult().getFieldErrors()
                .forEach(f -> velden.add(new OngeldigeInvoer.Veld(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors()
                .forEach(g -> velden.add(new OngeldigeInvoer.Veld(g.getObjectName(), g.getDefaultMessage())));
        return ongeldig(new OngeldigeInvoer(velden), req);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> verkeerdType(MethodArgumentTypeMismatchException e, HttpServletRequest req) {
        return ongeldig(OngeldigeInvoer.veld(e.getName(), Berichten.tekst("invoer.verkeerdeVorm", Invoer.uittreksel(e.getValue()))), req);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> ontbreekt(MissingServletRequestParameterException e, HttpServletRequest req) {
        return ongeldig(OngeldigeInvoer.veld(e.getParameterName(), Berichten.tekst("invoer.parameterVerplicht")), req);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> onleesbaar(HttpMessageNotReadableException e, HttpServletRequest req,
            org.springframework.web.method.@org.jspecify.annotations.Nullable HandlerMethod methode) {
        // A body of valid JSON with fields of the wrong type: name every one of them, as for any other wrong input.
        var velden = VerkeerdeVelden.van(req, methode, json, e.getMostSpecificCause());
        if (!velden.isEmpty()) {
            return ongeldig(new OngeldigeInvoer(velden), req);
        }
        return antwoord(ProblemResponses.probleem(400, "onleesbaar-verzoek", Berichten.tekst("invoer.onleesbaarTitel"),
                Berichten.tekst("invoer.onleesbaar")), req);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest req) {
        return antwoord(ProblemResponses.probleem(415, "mediatype-niet-ondersteund", Berichten.tekst("probleem.mediatype"),
                Berichten.tekst("invoer.mediatype")), req);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methode(HttpRequestMethodNotSupportedException e, HttpServletRequest req) {
        return antwoord(ProblemResponses.probleem(405, "methode-niet-toegestaan", Berichten.tekst("probleem.methode"),
                Berichten.tekst("probleem.methodeUitleg", e.getMethod())), req);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> teGroot(MaxUploadSizeExceededException e, HttpServletRequest req) {
        return antwoord(ProblemResponses.probleem(413, "bestand-te-groot", Berichten.tekst("probleem.teGroot"),
                Berichten.tekst("invoer.bestandTeGroot")), req);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onverwacht(Exception e, HttpServletRequest req) {
        log.error("Onverwachte fout bij {} {}", req.getMethod(), req.getRequestURI(), e);
        return antwoord(ProblemResponses.probleem(500, "interne-fout", Berichten.tekst("probleem.intern"),
                Berichten.tekst("probleem.internUitleg")), req);
    }

    private static ResponseEntity<ProblemDetail> antwoord(ProblemDetail p, HttpServletRequest req) {
        p.setInstance(java.net.URI.create(ProblemResponses.instance(req.getRequestURI())));
        return ResponseEntity.status(p.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
