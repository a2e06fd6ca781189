// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.onderdak.plaatsing.internal.PlaatsingValidatie;
import nl.onderdak.plaatsing.internal.Plaatsingsverzoeken;
import nl.onderdak.plaatsing.internal.VerzoekId;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.plaatsing.internal.Verzoekstatus;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Placement requests: file (gemeente), propose or pass on (region, LCVS), accept (receiving gemeente). */
@Controller
class VerzoekenPagina {

    private final Plaatsingsverzoeken verzoeken;
    private final Toegang toegang;
    private final Clock clock;

    VerzoekenPagina(Plaatsingsverzoeken verzoeken, Toegang toegang, Clock clock) {
        this.verzoeken = verzoeken;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/plaatsingsverzoeken")
    String lijst(Model model) {
        var gebruiker = gebruiker();
        var lijst = verzoeken.werkvoorraad(gebruiker);
        model.addAttribute("verzoeken", lijst.stream().map(Plaatsingsverzoeken.Inzicht::verzoek).toList());
        model.addAttribute("behoeften", lijst.stream().collect(java.util.stream.Collectors.toMap(
                i -> i.verzoek().id(), Plaatsingsverzoeken.Inzicht::behoefte)));
        return "plaatsing/verzoeken";
    }

    @PostMapping("/huishoudens/{id}/plaatsingsverzoek")
    String dienIn(@PathVariable String id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        try {
            var gebruiker = gebruiker();
            gebruiker.eigenGemeente();
            var indiening = PlaatsingValidatie.indiening(id, p.get("verwachteAankomst"), p.get("toelichting"));
            var verzoek = verzoeken.dienIn(indiening.huishouden(), indiening.verwachteAankomst(), indiening.toelichting(), gebruiker);
            redirect.addFlashAttribute("melding", "verzoek.ingediend");
            return "redirect:/plaatsingsverzoeken/" + verzoek.verzoek().id();
        } catch (OngeldigeInvoer | Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
            return "redirect:/huishoudens/" + id;
        }
    }

    @GetMapping("/plaatsingsverzoeken/{id}")
    String verzoek(@PathVariable String id, Model model) {
        var gebruiker = gebruiker();
        var inzicht = verzoeken.bekijk(uuid(id), gebruiker).orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        var verzoek = inzicht.verzoek();
        model.addAttribute("verzoek", verzoek);
        model.addAttribute("behoefte", inzicht.behoefte());
        model.addAttribute("samenstelling", inzicht.samenstelling().leden());
        // The buttons follow the request's own transition rules, so the page offers only what the service allows.
        boolean voorstellen = verzoek.magVoorstellen(gebruiker);
        boolean lcvs = voorstellen && gebruiker.heeft(Rol.LCVS_PLAATSER) && verzoek.status() == Verzoekstatus.LCVS;
        model.addAttribute("magVoorstellen", voorstellen);
        model.addAttribute("magDoorsturen", voorstellen && verzoek.status() == Verzoekstatus.REGIO && gebruiker.heeft(Rol.REGIO_COORDINATOR));
        model.addAttribute("magAccepteren", verzoek.voorgesteldAan(gebruiker));
        model.addAttribute("magIntrekken", verzoek.magIntrekken(gebruiker));
        var suggesties = voorstellen ? verzoeken.suggesties(verzoek.id(), gebruiker) : java.util.List.<Plaatsingsverzoeken.Suggestie>of();
        model.addAttribute("suggestiesLang", suggesties.stream().filter(s -> s.verblijfsduur() == Verblijfsduur.LANG).toList());
        model.addAttribute("suggestiesKort", suggesties.stream().filter(s -> s.verblijfsduur() == Verblijfsduur.KORT).toList());
        model.addAttribute("lcvs", lcvs);
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "plaatsing/verzoek";
    }

    @PostMapping("/plaatsingsverzoeken/{id}/voorstellen")
    String stelVoor(@PathVariable String id, @RequestParam(required = false) @Nullable String opvanglocatie,
            @RequestParam(required = false) @Nullable String verblijfsduur, RedirectAttributes redirect) {
        return actie(id, redirect, "verzoek.voorgesteld", () -> {
            var gebruiker = gebruiker();
            var verzoek = verzoeken.teBehandelen(uuid(id), gebruiker);
            var voorstel = PlaatsingValidatie.voorstel(opvanglocatie, verblijfsduur);
            verzoeken.stelVoor(verzoek.id(), voorstel.locatie(), voorstel.verblijfsduur(), gebruiker);
        });
    }

    @PostMapping("/plaatsingsverzoeken/{id}/naar-lcvs")
    String naarLcvs(@PathVariable String id, RedirectAttributes redirect) {
        return actie(id, redirect, "verzoek.naarLcvs", () -> verzoeken.naarLcvs(uuid(id), gebruiker()));
    }

    @PostMapping("/plaatsingsverzoeken/{id}/accepteren")
    String accepteer(@PathVariable String id, @RequestParam(required = false) @Nullable String vanaf, RedirectAttributes redirect) {
        return actie(id, redirect, "verzoek.geplaatst", () -> {
            var gebruiker = gebruiker();
            var verzoek = verzoeken.teBeslissen(uuid(id), gebruiker);
            verzoeken.accepteer(verzoek.id(), PlaatsingValidatie.acceptatiedatum(vanaf), gebruiker);
        });
    }

    @PostMapping("/plaatsingsverzoeken/{id}/afwijzen")
    String wijsAf(@PathVariable String id, @RequestParam(required = false) @Nullable String reden, RedirectAttributes redirect) {
        try {
            var gebruiker = gebruiker();
            var verzoek = verzoeken.teBeslissen(uuid(id), gebruiker);
            verzoeken.wijsAf(verzoek.id(), PlaatsingValidatie.afwijzingsreden(reden), gebruiker);
            redirect.addFlashAttribute("melding", "verzoek.afgewezen");
            return "redirect:/plaatsingsverzoeken";
        } catch (OngeldigeInvoer | Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
            return "redirect:/plaatsingsverzoeken/" + id;
        }
    }

    @PostMapping("/plaatsingsverzoeken/{id}/intrekken")
    String trekIn(@PathVariable String id, RedirectAttributes redirect) {
        return actie(id, redirect, "verzoek.ingetrokken", () -> verzoeken.trekIn(uuid(id), gebruiker()));
    }

    private String actie(String id, RedirectAttributes redirect, String melding, Runnable stap) {
        try {
            stap.run();
            redirect.addFlashAttribute("melding", melding);
        } catch (OngeldigeInvoer | Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/plaatsingsverzoeken/" + id;
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static VerzoekId uuid(String id) {
        return new VerzoekId(Invoer.idInAdres(id, "Plaatsingsverzoek"));
    }
}
