// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.web;

import java.time.Clock;
import java.time.LocalDate;
import nl.onderdak.bewoners.internal.Termijnen;
import nl.onderdak.toegang.Toegang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The gemeente's deadlines: protection ending, unanswered IND invitations, missing residence documents. */
@Controller
class TermijnenPagina {

    private final Termijnen termijnen;
    private final Toegang toegang;
    private final Clock clock;

    TermijnenPagina(Termijnen termijnen, Toegang toegang, Clock clock) {
        this.termijnen = termijnen;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/termijnen")
    String termijnen(Model model) {
        var gebruiker = toegang.vereisGebruiker();
        model.addAttribute("overzicht", termijnen.voor(gebruiker));
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "bewoners/termijnen";
    }
}
