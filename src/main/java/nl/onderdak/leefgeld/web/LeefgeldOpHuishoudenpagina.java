// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.web;

import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.Huishouden;
import nl.onderdak.bewoners.Huishoudenpagina;
import nl.onderdak.leefgeld.internal.betaalrun.Betaalrunlevenscyclus;
import nl.onderdak.leefgeld.internal.betaalrun.Betalingen;
import nl.onderdak.toegang.Gebruiker;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The leefgeld section of the household page: every payment attempt of the household with its status
 * and the bank's reason. Payments are the gemeente's business, so only a gemeente employee sees the
 * section; bewoners has already checked that the household is in the user's scope.
 */
@Component
class LeefgeldOpHuishoudenpagina implements Huishoudenpagina.Deel {

    private final Betalingen betalingen;

    LeefgeldOpHuishoudenpagina(Betalingen betalingen) {
        this.betalingen = betalingen;
    }

    @Override
    public String fragment() {
        return "leefgeld/betalingen :: betalingen";
    }

    @Override
    public void vul(Huishouden huishouden, Gebruiker gebruiker, Model model) {
        if (!Betaalrunlevenscyclus.magBetaalrunsZien(gebruiker)) {
            model.addAttribute("betalingen", null);
            return;
        }
        // Account numbers and amounts of the household's payments are shown: a view of its members, logged.
        model.addAttribute("betalingen",
                betalingen.vanHuishoudenGelogd(huishouden.id(), huishouden.leden().stream().map(Bewoner::id).toList(), gebruiker));
    }
}
