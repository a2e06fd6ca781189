// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.onderdak.toegang.Toegang;
import nl.onderdak.werkvoorraad.Werkvoorraad;
import nl.onderdak.werkvoorraad.internal.Abonnementen;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own settings: whether to get an e-mail when new work arrives, and at which address. */
@Controller
class InstellingenPagina {

    /** Enough to catch typing errors; the mail server has the last word. */
    private static final Pattern EMAILADRES = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    /** The form as typed. */
    record Invoer(boolean mail, String emailadres) {
    }

    private final Toegang toegang;
    private final Abonnementen abonnementen;
    private final Werkvoorraad werkvoorraad;
    private final MessageSource berichten;
    private final boolean mailAan;

    InstellingenPagina(Toegang toegang, Abonnementen abonnementen, Werkvoorraad werkvoorraad, MessageSource berichten,
            @Value("${onderdak.werkvoorraad.mail.aan:false}") boolean mailAan) {
        this.toegang = toegang;
        this.abonnementen = abonnementen;
        this.werkvoorraad = werkvoorraad;
        this.berichten = berichten;
        this.mailAan = mailAan;
    }

    @GetMapping("/instellingen")
    String instellingen(Model model) {
        var gebruiker = toegang.vereisGebruiker();
        var abonnement = abonnementen.van(gebruiker.gebruikersnaam());
        model.addAttribute("invoer", new Invoer(abonnement.isPresent(),
                abonnement.map(Abonnementen.Abonnement::emailadres).orElse("")));
        model.addAttribute("mailAan", mailAan);
        return "werkvoorraad/instellingen";
    }

    @PostMapping("/instellingen")
    String bewaar(@RequestParam(required = false) @Nullable String mail,
            @RequestParam(required = false) @Nullable String emailadres, Locale taal, Model model,
            RedirectAttributes redirect) {
        var gebruiker = toegang.vereisGebruiker();
        var invoer = new Invoer("ja".equals(mail), emailadres == null ? "" : emailadres.strip());
        if (invoer.mail()) {
            var fouten = new LinkedHashMap<String, String>();
            if (invoer.emailadres().isEmpty()) {
                fouten.put("emailadres", berichten.getMessage("instellingen.emailadres.leeg", null, taal));
            } else if (invoer.emailadres().length() > 254 || !EMAILADRES.matcher(invoer.emailadres()).matches()) {
                fouten.put("emailadres", berichten.getMessage("instellingen.emailadres.ongeldig", null, taal));
            }
            if (!fouten.isEmpty()) {
                model.addAttribute("invoer", invoer);
                model.addAttribute("fouten", fouten);
                model.addAttribute("mailAan", mailAan);
                return "werkvoorraad/instellingen";
            }
            var huidig = werkvoorraad.voor(gebruiker, taal, Abonnementen.VENSTER).items().stream().map(Werkvoorraad.Item::werk).toList();
            abonnementen.aanmelden(gebruiker, invoer.emailadres(), taal, huidig);
        } else {
            abonnementen.afmelden(gebruiker.gebruikersnaam());
        }
        redirect.addFlashAttribute("opgeslagen", true);
        return "redirect:/instellingen";
    }
}
