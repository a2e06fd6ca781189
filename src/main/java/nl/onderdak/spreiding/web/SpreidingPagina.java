// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.web;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.onderdak.platform.Berichten;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.jspecify.annotations.Nullable;

/** Pages of the distribution law: the cycle with the key, the provincial plan, the realisation. */
@Controller
class SpreidingPagina {

    private final Spreidingsdienst dienst;
    private final Toegang toegang;
    private final Realisatiekaart kaart;

    SpreidingPagina(Spreidingsdienst dienst, Toegang toegang, Realisatiekaart kaart) {
        this.dienst = dienst;
        this.toegang = toegang;
        this.kaart = kaart;
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
        var g = toegang.vereisGebruiker();
        model.addAttribute("magInvoer", Spreidingsdienst.magSesWoaLaden(g) || Spreidingsdienst.magOfficieleTabelLaden(g));
        return "spreiding/overzicht";
    }

    @GetMapping("/spreiding/cycli/{cyclus}/provincies/{provincie}")
    String plan(@PathVariable String cyclus, @PathVariable String provincie, Model model) {
        var g = lezer();
        vulPlan(cyclus, provincie, g, model);
        return "spreiding/plan";
    }

    /** The plan page again with the entered values and every field error next to its field. */
    private String planMetFouten(String cyclus, String provincie, Gebruiker g, Model model, OngeldigeInvoer fout, Object invoer) {
        vulPlan(cyclus, provincie, g, model);
        model.addAttribute("fouten", fout.alsKaart());
        model.addAttribute("invoer", invoer);
        return "spreiding/plan";
    }

    private void vulPlan(String cyclus, String provincie, Gebruiker g, Model model) {
        var plan = dienst.plan(cyclus, provincie);
        model.addAttribute("plan", plan);
        model.addAttribute("cyclus", dienst.cyclus(cyclus));
        model.addAttribute("magWijzigen", Spreidingsdienst.magPlanWijzigen(g, provincie)
                && plan.status() == nl.onderdak.spreiding.Planstatus.CONCEPT);
        model.addAttribute("tegenprestaties", Tegenprestatie.values());
        model.addAttribute("magBesluiten", Spreidingsdienst.magBesluiten(g) && plan.status() != nl.onderdak.spreiding.Planstatus.BESLOTEN
                && plan.taakPlaatsen() != null);
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
            return planMetFouten(cyclus, provincie, g, model, e, p);
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
            return planMetFouten(cyclus, provincie, g, model, e, p);
        }
    }

    @PostMapping("/spreiding/cycli/{cyclus}/provincies/{provincie}/indienen")
    String indienen(@PathVariable String cyclus, @PathVariable String provincie, RedirectAttributes redirect) {
        dienst.dienIn(cyclus, provincie, toegang.vereisGebruiker());
        redirect.addFlashAttribute("melding", "spreiding.plan.ingediend");
        return "redirect:/spreiding/cycli/" + cyclus + "/provincies/" + provincie;
    }

    /**
     * JenV's decision for every gemeente of the province at once, with any designation; irreversible (the
     * page asks for confirmation). The fields are named as the API's error paths ({@code regels[i].plaatsen}),
     * so every message lands next to its field.
     */
    @PostMapping("/spreiding/cycli/{cyclus}/provincies/{provincie}/besluit")
    String besluit(@PathVariable String cyclus, @PathVariable String provincie, @RequestParam Map<String, String> p,
            Model model, RedirectAttributes redirect) {
        var g = toegang.vereisGebruiker();
        var regels = new ArrayList<Spreidingsdienst.Besluitregel>();
        for (int i = 0; i < 1000 && p.containsKey("regels[" + i + "].gemeente"); i++) {
            var pad = "regels[" + i + "].";
            regels.add(new Spreidingsdienst.Besluitregel(p.get(pad + "gemeente"), p.get(pad + "plaatsen"), p.get(pad + "amv"),
                    p.containsKey(pad + "aangewezen")));
        }
        try {
            dienst.besluit(cyclus, provincie, regels, g);
            redirect.addFlashAttribute("melding", "spreiding.besluit.vastgelegd");
            return "redirect:/spreiding/cycli/" + cyclus + "/provincies/" + provincie;
        } catch (OngeldigeInvoer e) {
            return planMetFouten(cyclus, provincie, g, model, e, p);
        }
    }

    // ---- uploads by the national administrator (SES-WOA) and JenV or the administrator (official table) ----

    private Gebruiker invoerder() {
        var g = lezer();
        if (!Spreidingsdienst.magSesWoaLaden(g) && !Spreidingsdienst.magOfficieleTabelLaden(g)) {
            throw new AccessDeniedException("geen toegang");
        }
        return g;
    }

    @GetMapping("/spreiding/invoer")
    String invoer(Model model) {
        vulInvoer(invoerder(), model);
        return "spreiding/invoer";
    }

    private void vulInvoer(Gebruiker g, Model model) {
        model.addAttribute("uploads", dienst.sesWoaUploads());
        model.addAttribute("cycli", dienst.cycli());
        model.addAttribute("magSesWoa", Spreidingsdienst.magSesWoaLaden(g));
        model.addAttribute("magTabel", Spreidingsdienst.magOfficieleTabelLaden(g));
    }

    @PostMapping("/spreiding/invoer/ses-woa")
    String sesWoa(@RequestParam(name = "seswoa-peiljaar", required = false) @Nullable String peiljaar,
            @RequestParam(name = "seswoa-bron", required = false) @Nullable String bron,
            @RequestParam(required = false) @Nullable MultipartFile bestand, Model model, RedirectAttributes redirect) {
        var g = invoerder();
        try {
            var u = dienst.laadSesWoa(peiljaar, bron, inhoud(bestand), g);
            redirect.addFlashAttribute("meldingTekst", Berichten.tekst("spreiding.invoer.sesWoaGeladen", u.aantal(),
                    String.valueOf(u.peiljaar())));
            return "redirect:/spreiding/invoer";
        } catch (OngeldigeInvoer e) {
            vulInvoer(g, model);
            model.addAttribute("fouten", opFormulier(e.alsKaart(), "seswoa-", Set.of("peiljaar", "bron")));
            model.addAttribute("invoer", Map.of("seswoa-peiljaar", peiljaar == null ? "" : peiljaar, "seswoa-bron", bron == null ? "" : bron));
            return "spreiding/invoer";
        }
    }

    @PostMapping("/spreiding/invoer/officiele-tabel")
    String officieleTabel(@RequestParam(required = false) @Nullable String cyclus,
            @RequestParam(name = "tabel-bron", required = false) @Nullable String bron,
            @RequestParam(required = false) @Nullable MultipartFile bestand, Model model, RedirectAttributes redirect) {
        var g = invoerder();
        try {
            if (cyclus == null || dienst.cycli().stream().noneMatch(c -> c.code().equals(cyclus))) {
                throw OngeldigeInvoer.veld("cyclus", Berichten.tekst("spreiding.fout.cyclus"));
            }
            var u = dienst.laadOfficieleTabel(cyclus, bron, inhoud(bestand), g);
            redirect.addFlashAttribute("meldingTekst", Berichten.tekst("spreiding.invoer.tabelGeladen", u.aantal(), u.cyclus()));
            return "redirect:/spreiding/invoer";
        } catch (OngeldigeInvoer e) {
            vulInvoer(g, model);
            model.addAttribute("fouten", opFormulier(e.alsKaart(), "tabel-", Set.of("cyclus", "bron")));
            model.addAttribute("invoer", Map.of("tabel-cyclus", cyclus == null ? "" : cyclus, "tabel-bron", bron == null ? "" : bron));
            return "spreiding/invoer";
        }
    }

    private static byte @Nullable [] inhoud(@Nullable MultipartFile bestand) {
        if (bestand == null || bestand.isEmpty()) {
            return null;
        }
        try {
            return bestand.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The service names its fields as the API does ({@code peiljaar}, {@code bron}, {@code regel[3].score});
     * on the page each form's fields carry a prefix (two forms share the page) and every line's message
     * belongs to the file field, where the lines came from.
     */
    static Map<String, String> opFormulier(Map<String, String> fouten, String voorvoegsel, Set<String> velden) {
        var uit = new LinkedHashMap<String, String>();
        fouten.forEach((veld, tekst) -> uit.merge(voorvoegsel + (velden.contains(veld) ? veld : "bestand"), tekst, (a, b) -> a + " " + b));
        return uit;
    }

    /** JenV records what a gemeente has realised (and how much of it durable, at least five years). */
    @PostMapping("/spreiding/cycli/{cyclus}/realisatie")
    String legRealisatieVast(@PathVariable String cyclus, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        var g = toegang.vereisGebruiker();
        if (!Spreidingsdienst.magBesluiten(g)) {
            throw new AccessDeniedException("alleen JenV");
        }
        var realisatie = dienst.realisatie(cyclus);
        var gemeente = p.getOrDefault("gemeente", "");
        try {
            if (realisatie.gemeenten().stream().noneMatch(r -> r.code().equals(gemeente))) {
                throw OngeldigeInvoer.veld("gemeente", Berichten.tekst("spreiding.fout.gemeente"));
            }
            dienst.legRealisatieVast(cyclus, gemeente, p.get("gerealiseerd"), p.get("duurzaam"), g);
            redirect.addFlashAttribute("melding", "spreiding.realisatie.vastgelegd");
            return "redirect:/spreiding/cycli/" + cyclus + "/realisatie";
        } catch (OngeldigeInvoer e) {
            vulRealisatie(realisatie, g, model);
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("invoer", p);
            return "spreiding/realisatie";
        }
    }

    private void vulRealisatie(Spreidingsdienst.Realisatie realisatie, Gebruiker g, Model model) {
        model.addAttribute("realisatie", realisatie);
        model.addAttribute("magVastleggen", Spreidingsdienst.magBesluiten(g));
        model.addAttribute("kaart", kaart.van(realisatie));
    }

    @GetMapping("/spreiding/cycli/{cyclus}/realisatie")
    String realisatie(@PathVariable String cyclus, Model model) {
        vulRealisatie(dienst.realisatie(cyclus), lezer(), model);
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
