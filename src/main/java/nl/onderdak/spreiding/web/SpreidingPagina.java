// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.spreiding.Tegenprestatie;
import nl.onderdak.spreiding.internal.Spreidingsdienst;
import nl.onderdak.spreiding.internal.Spreidingssleutel;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the distribution law: the cycle with the key, the provincial plan, the realisation. */
@Controller
class SpreidingPagina {

    private final Spreidingsdienst dienst;
    private final Toegang toegang;

    SpreidingPagina(Spreidingsdienst dienst, Toegang toegang) {
        this.dienst = dienst;
        this.toegang = toegang;
    }

    private Gebruiker lezer() {
        var g = toegang.vereisGebruiker();
        if (!Spreidingsdienst.magLezen(g)) {
            throw new AccessDeniedException("geen toegang");
        }
        return g;
    }

    @GetMapping("/spreiding")
    String overzicht(Model model) {
        lezer();
        var vandaag = dienst.vandaag();
        var cycli = dienst.cycli();
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("cycli", cycli);
        model.addAttribute("provincies", dienst.provincienamen());
        if (!cycli.isEmpty()) {
            // The cycle that has started most recently (the newest estimate published); else the first one.
            var c = cycli.stream().filter(x -> !x.raming().isAfter(vandaag)).findFirst().orElse(cycli.getLast());
            model.addAttribute("sleutelcyclus", c);
            model.addAttribute("berekening", dienst.bereken(c.totaal(), c.amv(), c.peiljaar()));
            model.addAttribute("vergelijking", dienst.vergelijking(c.code()));
            model.addAttribute("statussen", dienst.provincienamen().keySet().stream()
                    .collect(java.util.stream.Collectors.toMap(k -> k, k -> dienst.status(c.code(), k))));
        }
        model.addAttribute("methode", Spreidingssleutel.METHODE);
        return "spreiding/overzicht";
    }

    @GetMapping("/spreiding/cycli/{cyclus}/provincies/{provincie}")
    String plan(@PathVariable String cyclus, @PathVariable String provincie, Model model) {
        var g = lezer();
        vulPlan(cyclus, provincie, g, model);
        return "spreiding/plan";
    }

    private void vulPlan(String cyclus, String provincie, Gebruiker g, Model model) {
        var plan = dienst.plan(cyclus, provincie);
        model.addAttribute("plan", plan);
        model.addAttribute("cyclus", dienst.cyclus(cyclus));
        model.addAttribute("magWijzigen", Spreidingsdienst.magPlanWijzigen(g, provincie)
                && plan.status() == nl.onderdak.spreiding.Planstatus.CONCEPT);
        model.addAttribute("tegenprestaties", Tegenprestatie.values());
    }

    @PostMapping("/spreiding/cycli/{cyclus}/provincies/{provincie}/toezegging")
    String toezegging(@PathVariable String cyclus, @PathVariable String provincie, @RequestParam Map<String, String> p,
            Model model, RedirectAttributes redirect) {
        var g = toegang.vereisGebruiker();
        try {
            var gemeente = p.getOrDefault("gemeente", "");
            if (dienst.plan(cyclus, provincie).gemeenten().stream().noneMatch(t -> t.gemeenteCode().equals(gemeente))) {
                throw OngeldigeInvoer.veld("gemeente", nl.onderdak.platform.Berichten.tekst("spreiding.fout.gemeenteBuitenProvincie"));
            }
            dienst.legToezeggingVast(cyclus, provincie, gemeente, p.get("plaatsen"), p.get("amv"), g);
            redirect.addFlashAttribute("melding", "spreiding.plan.opgeslagen");
            return "redirect:/spreiding/cycli/" + cyclus + "/provincies/" + provincie;
        } catch (OngeldigeInvoer e) {
            vulPlan(cyclus, provincie, g, model);
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("invoer", p);
            return "spreiding/plan";
        }
    }

    @PostMapping("/spreiding/cycli/{cyclus}/provincies/{provincie}/ruil")
    String ruil(@PathVariable String cyclus, @PathVariable String provincie, @RequestParam Map<String, String> p,
            Model model, RedirectAttributes redirect) {
        var g = toegang.vereisGebruiker();
        try {
            dienst.voegRuilToe(cyclus, provincie, p.get("gemeenteAsiel"), p.get("gemeenteTegen"), p.get("tegenprestatie"),
                    p.get("aantal"), p.get("toelichting"), g);
            redirect.addFlashAttribute("melding", "spreiding.plan.ruil.toegevoegd");
            return "redirect:/spreiding/cycli/" + cyclus + "/provincies/" + provincie;
        } catch (OngeldigeInvoer e) {
            vulPlan(cyclus, provincie, g, model);
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("invoer", p);
            return "spreiding/plan";
        }
    }

    @PostMapping("/spreiding/cycli/{cyclus}/provincies/{provincie}/indienen")
    String indienen(@PathVariable String cyclus, @PathVariable String provincie, RedirectAttributes redirect) {
        dienst.dienIn(cyclus, provincie, toegang.vereisGebruiker());
        redirect.addFlashAttribute("melding", "spreiding.plan.ingediend");
        return "redirect:/spreiding/cycli/" + cyclus + "/provincies/" + provincie;
    }

    @GetMapping("/spreiding/cycli/{cyclus}/realisatie")
    String realisatie(@PathVariable String cyclus, Model model) {
        lezer();
        model.addAttribute("realisatie", dienst.realisatie(cyclus));
        return "spreiding/realisatie";
    }

    @GetMapping("/spreiding/cycli/{cyclus}/realisatie.csv")
    ResponseEntity<byte[]> realisatieCsv(@PathVariable String cyclus) {
        lezer();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"spreiding-realisatie-" + cyclus + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(Realisatieexport.csv(dienst.realisatie(cyclus)));
    }
}
