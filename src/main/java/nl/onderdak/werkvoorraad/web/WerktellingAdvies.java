// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad.web;

import java.util.Locale;
import nl.onderdak.toegang.Toegang;
import nl.onderdak.werkvoorraad.Werkvoorraad;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the counts the menu shows next to its entries. The work is gathered only when the
 * page's menu asks for a count (once per request), so fragments and redirects cost nothing. Toegang
 * builds the menu and cannot ask this module (that would be a cycle); the layout combines the two.
 */
@ControllerAdvice(annotations = Controller.class)
class WerktellingAdvies {

    /** The counts of one request, computed on first use. */
    public static final class Werktelling {

        private final Werkvoorraad werkvoorraad;
        private final Toegang toegang;
        private final Locale taal;
        private Werkvoorraad.@Nullable Overzicht overzicht;

        Werktelling(Werkvoorraad werkvoorraad, Toegang toegang, Locale taal) {
            this.werkvoorraad = werkvoorraad;
            this.toegang = toegang;
            this.taal = taal;
        }

        /** The start page gathered the work already: the menu counts the same list instead of asking again. */
        void gebruik(Werkvoorraad.Overzicht al) {
            this.overzicht = al;
        }

        /** How many items wait below the menu entry's address; 0 for a visitor. */
        public long aantal(String href) {
            if (overzicht == null) {
                var gebruiker = toegang.huidigeGebruiker().orElse(null);
                if (gebruiker == null) {
                    return 0;
                }
                overzicht = werkvoorraad.voorMenu(gebruiker, taal);
            }
            return overzicht.aantalOnder(href);
        }
    }

    private final Werkvoorraad werkvoorraad;
    private final Toegang toegang;

    WerktellingAdvies(Werkvoorraad werkvoorraad, Toegang toegang) {
        this.werkvoorraad = werkvoorraad;
        this.toegang = toegang;
    }

    @ModelAttribute
    void vulIn(Model model, Locale taal) {
        model.addAttribute("werktelling", new Werktelling(werkvoorraad, toegang, taal));
    }
}
