// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.web;

import java.time.Clock;
import java.util.Map;
import nl.onderdak.bekostiging.internal.Regiokosten;
import nl.onderdak.bekostiging.internal.RegiokostenInvoer;
import nl.onderdak.bekostiging.internal.RegiokostenaanvraagId;
import nl.onderdak.platform.Besluitwoorden;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Regional costs in the UI: a region's half-years with deadlines and reminders and the form to
 * submit; the national overview; recording deadlines; the NOO's assessment on an application's page.
 */
@Controller
class RegiokostenPagina {

    private final Regiokosten regiokosten;
    private final Toegang toegang;
    private final Clock clock;

    RegiokostenPagina(Regiokosten regiokosten, Toegang toegang, Clock clock) {
        this.regiokosten = regiokosten;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/regiokosten")
    String regiokosten(Model model) {
        var gebruiker = gebruiker();
        var overzicht = regiokosten.overzicht(gebruiker);
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("isRegio", Regiokosten.isRegio(gebruiker));
        model.addAttribute("magTermijnVastleggen", Regiokosten.magTermijnVastleggen(gebruiker));
        model.addAttribute("isNoo", Regiokosten.magBeoordelen(gebruiker));
        model.addAttribute("indienbaar", overzicht.halfjaren().stream().filter(h -> h.aanvraag() == null)
                .map(h -> h.termijn().halfjaar().toString()).toList());
        model.addAttribute("herinneringen", overzicht.halfjaren().stream().filter(h -> h.herinnering() != null).toList());
        model.addAttribute("woorden", Besluitwoorden.STANDAARD);
        model.addAttribute("tijdzone", clock.getZone());
        return "bekostiging/regiokosten";
    }

    @PostMapping("/regiokosten")
    String dienRegiokostenIn(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            var aanvraag = regiokosten.dienIn(RegiokostenInvoer.aanvraag(p.get("halfjaar"), p.get("bedrag"), p.get("toelichting")), gebruiker());
            redirect.addFlashAttribute("melding", aanvraag.teLaat() ? "regiokosten.ingediendTeLaat" : "regiokosten.ingediend");
            return "redirect:/regiokosten";
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
        } catch (Conflict e) {
            model.addAttribute("foutmelding", e.getMessage());
        }
        model.addAttribute("invoer", p);
        return regiokosten(model);
    }

    @PostMapping("/regiokosten/termijnen")
    String legTermijnVast(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            regiokosten.legTermijnVast(RegiokostenInvoer.termijn(p.get("halfjaar"), p.get("uiterlijk"), p.get("bron")), gebruiker());
            redirect.addFlashAttribute("melding", "regiokosten.termijnVastgelegd");
            return "redirect:/regiokosten";
        } catch (OngeldigeInvoer e) {
            model.addAttribute("termijnfouten", e.alsKaart());
        } catch (Conflict e) {
            model.addAttribute("foutmelding", e.getMessage());
        }
        model.addAttribute("termijninvoer", p);
        return regiokosten(model);
    }

    @GetMapping("/regiokosten/{id}")
    String regiokostenaanvraag(@PathVariable String id, Model model) {
        var gebruiker = gebruiker();
        var aanvraag = regiokosten.zichtbaar(RegiokostenaanvraagId.uitAdres(id), gebruiker)
                .orElseThrow(() -> new NietGevonden("Regiokostenaanvraag"));
        model.addAttribute("gekozen", aanvraag);
        model.addAttribute("magBeoordelen", Regiokosten.magBeoordelen(gebruiker) && !aanvraag.status().besloten());
        model.addAttribute("woorden", Besluitwoorden.STANDAARD);
        model.addAttribute("tijdzone", clock.getZone());
        return "bekostiging/regiokosten";
    }

    @PostMapping("/regiokosten/{id}/beoordelen")
    String beoordeel(@PathVariable String id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            regiokosten.beoordeel(RegiokostenaanvraagId.uitAdres(id), RegiokostenInvoer.beoordeling(p.get("besluit"), p.get("reden")), gebruiker());
            redirect.addFlashAttribute("melding", "regiokosten.beoordeeld.melding");
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("invoer", p);
            return regiokostenaanvraag(id, model);
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/regiokosten/" + RegiokostenaanvraagId.uitAdres(id);
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }
}
