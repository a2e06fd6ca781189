// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad.web;

import java.util.Locale;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Toegang;
import nl.onderdak.werkvoorraad.Werkvoorraad;
import nl.onderdak.werkvoorraad.internal.Abonnementen;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: for a visitor the public introduction with the open data; for a logged-in user
 * what waits for them today, grouped by kind, oldest first, each item linking to where it is done.
 * Login leads here ({@code /}), so every role lands on its own work.
 */
@Controller
class StartPagina {

    /**
     * At most this many items per kind on the page, the oldest: a gemeente with 100,000 residents has
     * some 80,000 deadlines, and a page listing all of them took half a minute. The heading counts all,
     * and the page links to the module's list where the rest is.
     */
    static final int TOON_PER_SOORT = 100;

    private final Toegang toegang;
    private final Werkvoorraad werkvoorraad;
    private final Abonnementen abonnementen;

    StartPagina(Toegang toegang, Werkvoorraad werkvoorraad, Abonnementen abonnementen) {
        this.toegang = toegang;
        this.werkvoorraad = werkvoorraad;
        this.abonnementen = abonnementen;
    }

    @GetMapping("/")
    String start(Model model, Locale taal) {
        var gebruiker = toegang.huidigeGebruiker().orElse(null);
        if (gebruiker != null) {
            var overzicht = werkvoorraad.voor(gebruiker, taal, TOON_PER_SOORT);
            model.addAttribute("werk", overzicht);
            model.addAttribute("toonPerSoort", TOON_PER_SOORT);
            if (model.getAttribute("werktelling") instanceof WerktellingAdvies.Werktelling telling) {
                telling.gebruik(overzicht);
            }
            model.addAttribute("gidsen", Gidsen.voor(gebruiker));
            model.addAttribute("abonnement", abonnementen.van(gebruiker.gebruikersnaam()).orElse(null));
            abonnementen.vernieuw(gebruiker);
            // The rates page answers 403 to other roles (leefgeld's rule: administrator or gemeente).
            model.addAttribute("tarievenZichtbaar", gebruiker.isGemeenteMedewerker() || gebruiker.heeft(Rol.BEHEERDER));
        }
        return "start";
    }
}
