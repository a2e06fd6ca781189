// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad.web;

import java.util.List;
import nl.onderdak.platform.NietGevonden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Short guides per role ({@code /hulp}) and the rule sources with their text ({@code /regels#B1}). */
@Controller
class HulpPagina {

    private final Regelbronnen regelbronnen;

    HulpPagina(Regelbronnen regelbronnen) {
        this.regelbronnen = regelbronnen;
    }

    @GetMapping("/hulp")
    String overzicht(Model model) {
        model.addAttribute("gidsen", List.of(Gidsen.values()));
        return "hulp/overzicht";
    }

    @GetMapping("/hulp/{code}")
    String gids(@PathVariable String code, Model model) {
        var gids = Gidsen.van(code).orElseThrow(() -> new NietGevonden("Gids"));
        model.addAttribute("gids", gids);
        return "hulp/gids";
    }

    @GetMapping("/regels")
    String regels(Model model) {
        model.addAttribute("bronnen", regelbronnen.alle());
        return "hulp/regels";
    }
}
