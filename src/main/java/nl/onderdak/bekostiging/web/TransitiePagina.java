package nl.onderdak.bekostiging.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.bekostiging.internal.Regiokosten;
import nl.onderdak.bekostiging.internal.Transitievergoedingen;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Scope;
import nl.onderdak.toegang.Toegang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Transition fees and regional costs in the UI: a gemeente's requests with a form, the NOO's work
 * list with the 48-hour clock (overdue first) and the decision on the request's page, the lead-time
 * report; the regions' half-years with deadlines and reminders, national overview, deadlines and
 * assessment.
 */
@Controller
class TransitiePagina {

    private final Transitievergoedingen transitievergoedingen;
    private final Regiokosten regiokosten;
    private final Opvanglocaties locaties;
    private final Toegang toegang;
    private final Clock clock;

    TransitiePagina(Transitievergoedingen transitievergoedingen, Regiokosten regiokosten, Opvanglocaties locaties, Toegang toegang,
            Clock clock) {
        this.transitievergoedingen = transitievergoedingen;
        this.regiokosten = regiokosten;
        this.locaties = locaties;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/transitievergoedingen")
    String transitievergoedingen(Model model) {
        var gebruiker = gebruiker();
        model.addAttribute("aanvragen", transitievergoedingen.lijst(gebruiker));
        model.addAttribute("isGemeente", gebruiker.isGemeenteMedewerker());
        model.addAttribute("isNoo", gebruiker.heeft(Rol.NOO_MEDEWERKER));
        if (gebruiker.isGemeenteMedewerker()) {
            model.addAttribute("locaties", locaties.lijst(new Scope.Gemeente(gebruiker.eigenGemeente()), LocalDate.now(clock)));
        }
        model.addAttribute("tijdzone", clock.getZone());
        return "bekostiging/transitievergoedingen";
    }

    @PostMapping("/transitievergoedingen")
    String dienTransitievergoedingIn(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            var aanvraag = transitievergoedingen.dienIn(p.get("opvanglocatie"), p.get("bedrag"), p.get("toelichting"), gebruiker());
            redirect.addFlashAttribute("melding", "transitie.ingediend");
            return "redirect:/transitievergoedingen/" + aanvraag.id();
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
        } catch (Conflict e) {
            model.addAttribute("foutmelding", e.getMessage());
        }
        model.addAttribute("invoer", p);
        return transitievergoedingen(model);
    }

    @GetMapping("/transitievergoedingen/doorlooptijden")
    String doorlooptijden(@RequestParam(required = false) String van, @RequestParam(required = false) String tot, Model model) {
        var gebruiker = gebruiker();
        try {
            model.addAttribute("rapport", transitievergoedingen.doorlooptijden(van, tot, gebruiker));
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("rapport", transitievergoedingen.doorlooptijden(null, null, gebruiker));
        }
        model.addAttribute("van", van);
        model.addAttribute("tot", tot);
        model.addAttribute("isNoo", gebruiker.heeft(Rol.NOO_MEDEWERKER));
        return "bekostiging/doorlooptijden";
    }

    @GetMapping("/transitievergoedingen/{id}")
    String transitievergoeding(@PathVariable String id, Model model) {
        var gebruiker = gebruiker();
        var aanvraag = transitievergoedingen.zichtbaar(transitieId(id), gebruiker).orElseThrow(() -> new NietGevonden("Transitievergoeding"));
        model.addAttribute("gekozen", aanvraag);
        model.addAttribute("historie", transitievergoedingen.historie(aanvraag.id(), gebruiker));
        model.addAttribute("magBeslissen", gebruiker.heeft(Rol.NOO_MEDEWERKER) && aanvraag.open());
        model.addAttribute("tijdzone", clock.getZone());
        return "bekostiging/transitievergoedingen";
    }

    @PostMapping("/transitievergoedingen/{id}/beslissen")
    String beslis(@PathVariable String id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            transitievergoedingen.beslis(transitieId(id), p.get("besluit"), p.get("toegekendBedrag"), p.get("reden"), gebruiker());
            redirect.addFlashAttribute("melding", "transitie.besloten");
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("invoer", p);
            return transitievergoeding(id, model);
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/transitievergoedingen/" + id;
    }

    @GetMapping("/regiokosten")
    String regiokosten(Model model) {
        var gebruiker = gebruiker();
        var overzicht = regiokosten.overzicht(gebruiker);
        model.addAttribute("overzicht", overzicht);
        model.addAttribute("isRegio", Regiokosten.isRegio(gebruiker));
        model.addAttribute("magTermijnVastleggen", gebruiker.heeft(Rol.BEHEERDER) || gebruiker.heeft(Rol.NOO_MEDEWERKER));
        model.addAttribute("isNoo", gebruiker.heeft(Rol.NOO_MEDEWERKER));
        model.addAttribute("indienbaar", overzicht.halfjaren().stream().filter(h -> h.aanvraag() == null)
                .map(h -> h.termijn().halfjaar().toString()).toList());
        model.addAttribute("herinneringen", overzicht.halfjaren().stream().filter(h -> h.herinnering() != null).toList());
        model.addAttribute("tijdzone", clock.getZone());
        return "bekostiging/regiokosten";
    }

    @PostMapping("/regiokosten")
    String dienRegiokostenIn(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            var aanvraag = regiokosten.dienIn(p.get("halfjaar"), p.get("bedrag"), p.get("toelichting"), gebruiker());
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
            regiokosten.legTermijnVast(p.get("halfjaar"), p.get("uiterlijk"), p.get("bron"), gebruiker());
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
        var aanvraag = regiokosten.zichtbaar(regiokostenId(id), gebruiker).orElseThrow(() -> new NietGevonden("Regiokostenaanvraag"));
        model.addAttribute("gekozen", aanvraag);
        model.addAttribute("magBeoordelen", gebruiker.heeft(Rol.NOO_MEDEWERKER) && "ingediend".equals(aanvraag.status()));
        model.addAttribute("tijdzone", clock.getZone());
        return "bekostiging/regiokosten";
    }

    @PostMapping("/regiokosten/{id}/beoordelen")
    String beoordeel(@PathVariable String id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            regiokosten.beoordeel(regiokostenId(id), p.get("besluit"), p.get("reden"), gebruiker());
            redirect.addFlashAttribute("melding", "regiokosten.beoordeeld.melding");
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("invoer", p);
            return regiokostenaanvraag(id, model);
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/regiokosten/" + id;
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static UUID transitieId(String id) {
        return Invoer.idInAdres(id, "Transitievergoeding");
    }

    private static UUID regiokostenId(String id) {
        return Invoer.idInAdres(id, "Regiokostenaanvraag");
    }
}
