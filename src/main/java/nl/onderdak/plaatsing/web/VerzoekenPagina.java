// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.onderdak.plaatsing.internal.PlaatsingValidatie;
import nl.onderdak.plaatsing.internal.Plaatsingsverzoeken;
import nl.onderdak.plaatsing.internal.VerzoekId;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.toegang.Scope;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
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
    private final Opvanglocaties locaties;
    private final Gebieden gebieden;
    private final Clock clock;

    VerzoekenPagina(Plaatsingsverzoeken verzoeken, Toegang toegang, Opvanglocaties locaties, Gebieden gebieden, Clock clock) {
        this.verzoeken = verzoeken;
        this.toegang = toegang;
        this.locaties = locaties;
        this.gebieden = gebieden;
        this.clock = clock;
    }

    /** A location the receiving gemeente may take the household to instead, with its free beds of the proposed kind. */
    record EigenLocatie(String id, String naam, int vrijeBedden) {
    }

    /** Requests per page of the list page: a coordinator's screen, not the API's default. */
    static final int PAGINA_AANTAL = 25;

    /**
     * One page of the requests the user works on, newest first, with the total and links to the other
     * pages. A page number that is not one (typed into the address) shows the first page.
     */
    @GetMapping("/plaatsingsverzoeken")
    String lijst(@RequestParam(required = false) @Nullable String pagina, Model model) {
        var gebruiker = gebruiker();
        var nummer = Invoer.geheelGetal(pagina, "pagina", 1, 1_000_000, false, new java.util.ArrayList<>());
        var lijstPagina = verzoeken.werkvoorraad(gebruiker, nummer == null || nummer < 1 || nummer > 1_000_000 ? 1 : nummer, PAGINA_AANTAL);
        var lijst = lijstPagina.regels();
        model.addAttribute("lijst", lijstPagina);
        // The paging links carry no other parameters: this list has no search or filter.
        model.addAttribute("invoer", Map.<String, String>of());
        model.addAttribute("verzoeken", lijst.stream().map(Plaatsingsverzoeken.Inzicht::verzoek).toList());
        model.addAttribute("gemeenteNamen", gemeenteNamen(lijst.stream().map(i -> i.verzoek().aanvragendeGemeente()).toList()));
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
        model.addAttribute("plek", inzicht.plek());
        model.addAttribute("geschiedenis", inzicht.geschiedenis());
        model.addAttribute("aanvrager", gebieden.gemeenteNaam(verzoek.aanvragendeGemeente()).orElse(verzoek.aanvragendeGemeente()));
        model.addAttribute("regioNaam", verzoeken.regioNaam(verzoek.veiligheidsregio()));
        // The buttons follow the request's own transition rules, so the page offers only what the service allows.
        boolean voorstellen = verzoek.magVoorstellen(gebruiker);
        boolean lcvs = voorstellen && gebruiker.heeft(Rol.LCVS_PLAATSER);
        model.addAttribute("magVoorstellen", voorstellen);
        model.addAttribute("magDoorsturen", verzoek.magDoorsturen(gebruiker));
        boolean accepteren = verzoek.voorgesteldAan(gebruiker);
        model.addAttribute("magAccepteren", accepteren);
        model.addAttribute("andereLocaties", accepteren ? andereLocaties(inzicht.plek(), inzicht.behoefte().personen()) : java.util.List.of());
        model.addAttribute("magIntrekken", verzoek.magIntrekken(gebruiker));
        var suggesties = voorstellen ? verzoeken.suggesties(verzoek.id(), gebruiker) : java.util.List.<Plaatsingsverzoeken.Suggestie>of();
        model.addAttribute("suggestiesLang", suggesties.stream().filter(s -> s.verblijfsduur() == Verblijfsduur.LANG).toList());
        model.addAttribute("suggestiesKort", suggesties.stream().filter(s -> s.verblijfsduur() == Verblijfsduur.KORT).toList());
        model.addAttribute("gemeenteNamen", gemeenteNamen(suggesties.stream().map(Plaatsingsverzoeken.Suggestie::gemeenteCode).toList()));
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
    String accepteer(@PathVariable String id, @RequestParam(required = false) @Nullable String vanaf,
            @RequestParam(required = false) @Nullable String opvanglocatie, RedirectAttributes redirect) {
        try {
            var gebruiker = gebruiker();
            var verzoek = verzoeken.teBeslissen(uuid(id), gebruiker);
            var datum = PlaatsingValidatie.acceptatiedatum(vanaf);
            var andere = PlaatsingValidatie.andereLocatie(opvanglocatie);
            verzoeken.accepteer(verzoek.id(), datum, andere != null && andere.equals(verzoek.voorgesteldeLocatie()) ? null : andere, gebruiker);
            redirect.addFlashAttribute("melding", "verzoek.geplaatst");
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute("fouten", e.alsKaart());
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/plaatsingsverzoeken/" + id;
    }

    @PostMapping("/plaatsingsverzoeken/{id}/afwijzen")
    String wijsAf(@PathVariable String id, @RequestParam(required = false) @Nullable String reden, RedirectAttributes redirect) {
        try {
            var gebruiker = gebruiker();
            var verzoek = verzoeken.teBeslissen(uuid(id), gebruiker);
            verzoeken.wijsAf(verzoek.id(), PlaatsingValidatie.afwijzingsreden(reden), gebruiker);
            redirect.addFlashAttribute("melding", "verzoek.afgewezen");
            return "redirect:/plaatsingsverzoeken";
        } catch (OngeldigeInvoer e) {
            // The reason shows next to its field, with what was typed kept.
            redirect.addFlashAttribute("fouten", e.alsKaart());
            redirect.addFlashAttribute("reden", reden);
            return "redirect:/plaatsingsverzoeken/" + id;
        } catch (Conflict e) {
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

    /**
     * The receiving gemeente's other locations available on the arrival day where the household fits in
     * the kind of bed proposed, with their free beds; the proposed one first in the form, not here.
     */
    private java.util.List<EigenLocatie> andereLocaties(Plaatsingsverzoeken.@Nullable Plek plek, int personen) {
        if (plek == null) {
            return java.util.List.of();
        }
        var scope = new Scope.Gemeente(plek.gemeenteCode());
        var eigen = locaties.lijst(scope, plek.peildatum()).stream()
                .filter(l -> l.beschikbaarOp(plek.peildatum()) && !l.id().equals(plek.locatieId().waarde())).toList();
        var vrij = verzoeken.vrijeBedden(eigen.stream().map(nl.onderdak.locaties.Opvanglocatie::id).toList(), plek.verblijfsduur(),
                plek.peildatum());
        return eigen.stream().map(l -> new EigenLocatie(l.id().toString(), l.naam(), vrij.getOrDefault(l.id(), 0)))
                .filter(l -> l.vrijeBedden() >= personen)
                .toList();
    }

    private Map<String, String> gemeenteNamen(java.util.Collection<String> codes) {
        var namen = new java.util.HashMap<String, String>();
        for (var code : new java.util.HashSet<>(codes)) {
            namen.put(code, gebieden.gemeenteNaam(code).orElse(code));
        }
        return namen;
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static VerzoekId uuid(String id) {
        return new VerzoekId(Invoer.idInAdres(id, "Plaatsingsverzoek"));
    }
}
