// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers errors that no controller handled (unknown address, a filter's refusal): problem+json
 * under {@code /api}, elsewhere an error page with the layout in the user's language (Dutch unless
 * English was chosen) that says what happened and what to do, for 400, 403, 404, 405, 413 and 500
 * alike; never the container's or Spring's English JSON.
 */
@Controller
class Foutpagina implements ErrorController {

    @RequestMapping("/error")
    String fout(HttpServletRequest req, HttpServletResponse res, Model model) throws IOException {
        var status = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 500;
        var uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u ? u : req.getRequestURI();
        if (uri.startsWith("/api/")) {
            var titel = Berichten.tekst(switch (status) {
                case 404 -> "probleem.nietGevonden";
                case 401 -> "probleem.nietIngelogd";
                case 403 -> "probleem.geenToegang";
                case 405 -> "probleem.methode";
                case 413 -> "probleem.verzoekTeGroot";
                default -> status >= 500 ? "probleem.intern" : "probleem.ongeldigVerzoek";
            });
            var detail = status == 404 ? Berichten.tekst("probleem.geenBron") : titel + ".";
            ProblemResponses.schrijf(res, status, status == 404 ? "niet-gevonden" : "fout-" + status, titel, detail, uri);
            return null;
        }
        if (req.getAttribute(DatabaseOnbereikbaar.PAGINA) != null) {
            res.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return "database-onbereikbaar";
        }
        res.setStatus(status);
        model.addAttribute("status", status);
        // The heading and explanation per status, from messages/algemeen*.properties in the user's language.
        var bekend = java.util.Set.of(400, 403, 404, 405, 406, 413, 415, 500).contains(status);
        model.addAttribute("kopsleutel", bekend ? "fout." + status : status >= 500 ? "fout.500" : "fout.titel");
        model.addAttribute("uitlegsleutel", switch (status) {
            case 400, 403, 404, 405, 413, 500 -> "fout." + status + ".uitleg";
            default -> status >= 500 ? "fout.500.uitleg" : "fout.algemeen.uitleg";
        });
        model.addAttribute("dubbel", req.getAttribute(Formuliertokens.DUBBEL) != null);
        if (req.getAttribute(Invoerbewaking.MELDING) instanceof String melding) {
            model.addAttribute("melding", melding);
        }
        return "fout";
    }
}
