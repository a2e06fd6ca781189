// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.toegang.Menubijdrage;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;

/** Puts the logged-in user and the menu that fits their roles on every page; the entries come from the modules. */
@ControllerAdvice(annotations = Controller.class)
class MenuAdvies {

    /** A menu entry: message key, address, and whether it is the current page. */
    record MenuItem(String sleutel, String href, boolean actief) {
    }

    private final Toegang toegang;
    private final List<Menubijdrage.Ingang> ingangen;

    MenuAdvies(Toegang toegang, List<Menubijdrage> bijdragen) {
        this.toegang = toegang;
        this.ingangen = bijdragen.stream().flatMap(b -> b.ingangen().stream())
                .sorted(java.util.Comparator.comparingInt(Menubijdrage.Ingang::positie)).toList();
    }

    @ModelAttribute
    void vulIn(Model model, HttpServletRequest request) {
        @Nullable Gebruiker gebruiker = toegang.huidigeGebruiker().orElse(null);
        model.addAttribute("gebruiker", gebruiker);
        var pad = request.getRequestURI();
        var menu = new ArrayList<MenuItem>();
        for (var ingang : ingangen) {
            if (ingang.zichtbaar().test(gebruiker)) {
                boolean actief = ingang.href().equals("/") ? pad.equals("/") : pad.startsWith(ingang.href());
                menu.add(new MenuItem(ingang.sleutel(), ingang.href(), actief));
            }
        }
        model.addAttribute("menu", menu);
    }
}
