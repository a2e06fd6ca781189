package nl.onderdak.platform;

import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The error page for the web UI: something not found (or outside the user's scope) is 404, a wrong
 * value in an address is 400, a conflict with the state of things 409, each with the message in plain
 * words. A download that is refused answers this page too, never a broken file. API controllers answer
 * problem+json instead ({@link ApiFoutafhandeling}, which takes precedence for them).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebFoutafhandeling {

    @ExceptionHandler(NietGevonden.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String nietGevonden(NietGevonden e, Model model) {
        return fout(model, 404, e.getMessage());
    }

    @ExceptionHandler(OngeldigeInvoer.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String ongeldig(OngeldigeInvoer e, Model model) {
        return fout(model, 400, e.velden().stream().map(OngeldigeInvoer.Veld::reason).collect(Collectors.joining(" ")));
    }

    @ExceptionHandler(Conflict.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Conflict e, Model model) {
        return fout(model, 409, e.getMessage());
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String teGroot(Model model) {
        return fout(model, 413, "Het bestand is te groot: een bestand mag hoogstens 10 MB zijn, alles samen hoogstens 25 MB.");
    }

    private static String fout(Model model, int status, String melding) {
        model.addAttribute("status", status);
        model.addAttribute("melding", melding);
        return "fout";
    }
}
