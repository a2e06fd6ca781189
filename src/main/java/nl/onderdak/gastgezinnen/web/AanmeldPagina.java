// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderdak.gastgezinnen.internal.Aanmeldingen;
import nl.onderdak.gastgezinnen.internal.Gastgezinregister.GastgezinInvoer;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public host form (no login) and its confirmation by the code from the e-mail. */
@Controller
class AanmeldPagina {

    private final Aanmeldingen aanmeldingen;

    AanmeldPagina(Aanmeldingen aanmeldingen) {
        this.aanmeldingen = aanmeldingen;
    }

    @GetMapping("/aanmelden-gastgezin")
    String formulier() {
        return "gastgezinnen/aanmelden";
    }

    /** The host form's fields (gastgezinnen/velden) as an offer; the matching organisation's form has the same fields. */
    static GastgezinInvoer invoer(Map<String, String> p) {
        var talen = p.get("talen") == null || p.get("talen").isBlank() ? List.<String>of() : List.of(p.get("talen").strip().split("[,\\s]+"));
        return new GastgezinInvoer(p.get("naam"), p.get("email"), p.get("telefoon"), p.get("adres.straat"), p.get("adres.huisnummer"),
                p.get("adres.postcode"), p.get("adres.plaats"), p.get("gemeente"), p.get("plaatsen"), p.get("kamers"), p.get("beschikbaarVanaf"),
                p.get("beschikbaarTot"), p.containsKey("kinderenWelkom"), p.containsKey("huisdieren"), p.containsKey("toegankelijk"), talen);
    }

    @PostMapping("/aanmelden-gastgezin")
    String meldAan(@RequestParam Map<String, String> p, HttpServletRequest verzoek, Locale taal, Model model) {
        var in = invoer(p);
        try {
            var id = aanmeldingen.meldAan(in, verzoek.getRemoteAddr(), taal);
            return "redirect:/aanmelden-gastgezin/" + id;
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
        } catch (Conflict e) {
            model.addAttribute("foutmelding", e.getMessage());
        }
        model.addAttribute("invoer", p);
        return "gastgezinnen/aanmelden";
    }

    @GetMapping("/aanmelden-gastgezin/{id}")
    String code(@PathVariable String id, Model model) {
        model.addAttribute("id", Invoer.idInAdres(id, "Aanmelding"));
        return "gastgezinnen/bevestigen";
    }

    @PostMapping("/aanmelden-gastgezin/{id}")
    String bevestig(@PathVariable String id, @RequestParam(required = false) String code, Model model, RedirectAttributes redirect) {
        var uuid = Invoer.idInAdres(id, "Aanmelding");
        try {
            aanmeldingen.bevestig(uuid, code);
            model.addAttribute("bevestigd", true);
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
        }
        model.addAttribute("id", uuid);
        return "gastgezinnen/bevestigen";
    }
}
