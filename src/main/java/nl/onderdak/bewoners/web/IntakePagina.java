// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.bewoners.LidInvoer;
import nl.onderdak.bewoners.internal.TeVaakGeweigerd;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Intake of a household (members added one fieldset at a time, no script needed), the gemeente's
 * list of households, and the search by BSN or by name and date of birth (sent in the body, never
 * in the address).
 */
@Controller
class IntakePagina {

    static final List<String> LIDVELDEN = List.of("voornaam", "achternaam", "voornaamOrigineel", "achternaamOrigineel",
            "geboortedatum", "geslacht", "nationaliteitCategorie", "bsn", "beschermingTot", "taal");

    private final Huishoudens huishoudens;
    private final Toegang toegang;

    IntakePagina(Huishoudens huishoudens, Toegang toegang) {
        this.huishoudens = huishoudens;
        this.toegang = toegang;
    }

    @GetMapping("/huishoudens")
    String lijst(Model model) {
        model.addAttribute("huishoudens", huishoudens.vanGemeente(gemeentemedewerker()));
        return "bewoners/lijst";
    }

    @GetMapping("/huishoudens/nieuw")
    String nieuw(Model model) {
        gemeentemedewerker();
        model.addAttribute("leden", List.of(leegLid()));
        return "bewoners/nieuw";
    }

    @PostMapping("/huishoudens/nieuw")
    String registreer(@RequestParam Map<String, String> p, @RequestParam(required = false) String actie, Model model,
            RedirectAttributes redirect) {
        var gebruiker = gemeentemedewerker();
        var leden = new ArrayList<Map<String, String>>();
        for (int i = 0; i < 30 && p.containsKey("leden[" + i + "].voornaam"); i++) {
            var lid = new LinkedHashMap<String, String>();
            for (var veld : LIDVELDEN) {
                lid.put(veld, p.getOrDefault("leden[" + i + "]." + veld, ""));
            }
            for (var vinkje : List.of("alleenreizendMinderjarig", "medischeZorg", "toegankelijkheid")) {
                lid.put(vinkje, p.containsKey("leden[" + i + "]." + vinkje) ? "ja" : "");
            }
            leden.add(lid);
        }
        if ("toevoegen".equals(actie)) {
            leden.add(leegLid());
            model.addAttribute("leden", leden);
            model.addAttribute("focus", "leden[" + (leden.size() - 1) + "].voornaam");
            return "bewoners/nieuw";
        }
        try {
            var huishouden = huishoudens.registreer(leden.stream().map(IntakePagina::invoer).toList(), gebruiker);
            redirect.addFlashAttribute("melding", "huishouden.geregistreerd");
            return "redirect:/huishoudens/" + huishouden.id();
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
        } catch (Conflict | TeVaakGeweigerd e) {
            // Next to the first BSN typed: the refusal does not say which number exists elsewhere.
            int metBsn = 0;
            for (int i = 0; i < leden.size(); i++) {
                if (!leden.get(i).get("bsn").isBlank()) {
                    metBsn = i;
                    break;
                }
            }
            model.addAttribute("fouten", Map.of("leden[" + metBsn + "].bsn", e.getMessage()));
        }
        model.addAttribute("leden", leden);
        return "bewoners/nieuw";
    }

    @GetMapping("/bewoners/zoeken")
    String zoekformulier(Model model) {
        gemeentemedewerker();
        model.addAttribute("invoer", Map.of());
        return "bewoners/zoeken";
    }

    @PostMapping("/bewoners/zoeken")
    String zoek(@RequestParam Map<String, String> p, Model model) {
        var gebruiker = gemeentemedewerker();
        // The BSN typed is not sent back into the page, so it does not linger in the browser's history.
        model.addAttribute("invoer", Map.of("naam", p.getOrDefault("naam", ""), "geboortedatum", p.getOrDefault("geboortedatum", "")));
        try {
            model.addAttribute("resultaten", huishoudens.zoek(p.get("bsn"), p.get("naam"), p.get("geboortedatum"), gebruiker,
                    toegang.scopeVan(gebruiker)));
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
        }
        return "bewoners/zoeken";
    }

    private static Map<String, String> leegLid() {
        var lid = new LinkedHashMap<String, String>();
        LIDVELDEN.forEach(v -> lid.put(v, ""));
        lid.put("alleenreizendMinderjarig", "");
        lid.put("medischeZorg", "");
        lid.put("toegankelijkheid", "");
        return lid;
    }

    private static LidInvoer invoer(Map<String, String> l) {
        return new LidInvoer(l.get("voornaam"), l.get("achternaam"), l.get("voornaamOrigineel"), l.get("achternaamOrigineel"),
                l.get("geboortedatum"), l.get("geslacht"), l.get("nationaliteitCategorie"), List.of(), l.get("bsn"), null, null,
                null, null, null, l.get("beschermingTot"), !l.get("alleenreizendMinderjarig").isEmpty(),
                !l.get("medischeZorg").isEmpty(), !l.get("toegankelijkheid").isEmpty(), l.get("taal"));
    }

    private Gebruiker gemeentemedewerker() {
        var gebruiker = toegang.vereisGebruiker();
        gebruiker.eigenGemeente();
        return gebruiker;
    }
}
