// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.onderdak.bekostiging.internal.TransitieInvoer;
import nl.onderdak.bekostiging.internal.TransitievergoedingId;
import nl.onderdak.bekostiging.internal.Transitievergoedingen;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Scope;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Transition fees in the UI: a gemeente's requests with a form, the NOO's work list with the 48-hour
 * clock (overdue first) and the decision on the request's page, the lead-time report. Regional costs
 * have their own page ({@link RegiokostenPagina}).
 */
@Controller
class TransitiePagina {

    private final Transitievergoedingen transitievergoedingen;
    private final Opvanglocaties locaties;
    private final Toegang toegang;
    private final Clock clock;

    TransitiePagina(Transitievergoedingen transitievergoedingen, Opvanglocaties locaties, Toegang toegang, Clock clock) {
        this.transitievergoedingen = transitievergoedingen;
        this.locaties = locaties;
        this.toegang = toegang;
        this.clock = clock;
    }

    /**
     * The requests: searched, sorted and paged with the total over all pages (open requests first by default).
     * Wrong parameters are named next to their field and the first page in the default order is shown.
     */
    @GetMapping("/transitievergoedingen")
    String transitievergoedingen(@RequestParam(required = false) @Nullable String zoek,
            @RequestParam(required = false) @Nullable String sorteer, @RequestParam(required = false) @Nullable String pagina,
            @RequestParam(required = false) @Nullable String aantal, Model model) {
        var gebruiker = gebruiker();
        // The order of these parameters is the order in the paging links' addresses.
        var lijstinvoer = new LinkedHashMap<String, String>();
        lijstinvoer.put("zoek", zoek == null ? "" : zoek);
        lijstinvoer.put("sorteer", sorteer == null ? "" : sorteer);
        lijstinvoer.put("aantal", aantal == null ? "" : aantal);
        model.addAttribute("lijstinvoer", lijstinvoer);
        try {
            model.addAttribute("lijst", transitievergoedingen.zoek(zoek, sorteer, pagina, aantal, gebruiker));
        } catch (OngeldigeInvoer e) {
            model.addAttribute("lijstfouten", e.alsKaart());
            model.addAttribute("lijst", transitievergoedingen.zoek(null, null, null, null, gebruiker));
        }
        model.addAttribute("volgorden", Arrays.stream(Transitievergoedingen.Volgorde.values()).map(Transitievergoedingen.Volgorde::woord).toList());
        model.addAttribute("isGemeente", gebruiker.isGemeenteMedewerker());
        model.addAttribute("isNoo", gebruiker.heeft(Rol.NOO_MEDEWERKER));
        if (gebruiker.isGemeenteMedewerker()) {
            model.addAttribute("locaties", locaties.lijst(new Scope.Gemeente(gebruiker.eigenGemeente()), LocalDate.now(clock)));
        }
        model.addAttribute("woorden", Transitievergoedingen.WOORDEN);
        model.addAttribute("tijdzone", clock.getZone());
        return "bekostiging/transitievergoedingen";
    }

    @PostMapping("/transitievergoedingen")
    String dienTransitievergoedingIn(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            var invoer = TransitieInvoer.aanvraag(p.get("opvanglocatie"), p.get("bedrag"), p.get("toelichting"));
            var aanvraag = transitievergoedingen.dienIn(invoer, gebruiker());
            redirect.addFlashAttribute("melding", "transitie.ingediend");
            return "redirect:/transitievergoedingen/" + aanvraag.id();
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
        } catch (Conflict e) {
            model.addAttribute("foutmelding", e.getMessage());
        }
        model.addAttribute("invoer", p);
        return transitievergoedingen(null, null, null, null, model);
    }

    @GetMapping("/transitievergoedingen/doorlooptijden")
    String doorlooptijden(@RequestParam(required = false) String van, @RequestParam(required = false) String tot, Model model) {
        var gebruiker = gebruiker();
        try {
            model.addAttribute("rapport", transitievergoedingen.doorlooptijden(TransitieInvoer.maanden(van, tot), gebruiker));
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("rapport", transitievergoedingen.doorlooptijden(TransitieInvoer.maanden(null, null), gebruiker));
        }
        model.addAttribute("van", van);
        model.addAttribute("tot", tot);
        model.addAttribute("isNoo", gebruiker.heeft(Rol.NOO_MEDEWERKER));
        return "bekostiging/doorlooptijden";
    }

    @GetMapping("/transitievergoedingen/{id}")
    String transitievergoeding(@PathVariable String id, Model model) {
        var gebruiker = gebruiker();
        var aanvraag = transitievergoedingen.zichtbaar(TransitievergoedingId.uitAdres(id), gebruiker)
                .orElseThrow(() -> new NietGevonden("Transitievergoeding"));
        model.addAttribute("gekozen", aanvraag);
        model.addAttribute("magBeslissen", Transitievergoedingen.magBeslissen(gebruiker) && aanvraag.open());
        model.addAttribute("woorden", Transitievergoedingen.WOORDEN);
        model.addAttribute("tijdzone", clock.getZone());
        return "bekostiging/transitievergoedingen";
    }

    @PostMapping("/transitievergoedingen/{id}/beslissen")
    String beslis(@PathVariable String id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            var beslissing = TransitieInvoer.beslissing(p.get("besluit"), p.get("toegekendBedrag"), p.get("reden"));
            transitievergoedingen.beslis(TransitievergoedingId.uitAdres(id), beslissing, gebruiker());
            redirect.addFlashAttribute("melding", "transitie.besloten");
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("invoer", p);
            return transitievergoeding(id, model);
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/transitievergoedingen/" + TransitievergoedingId.uitAdres(id);
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }
}
