package nl.onderdak.plaatsing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.plaatsing.Plaatsingsverzoeken;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Toegang;
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
            var verzoek = verzoeken.dienIn(id, p.get("verwachteAankomst"), p.get("toelichting"), gebruiker());
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
        boolean regio = gebruiker.heeft(Rol.REGIO_COORDINATOR) && "regio".equals(verzoek.status());
        boolean lcvs = gebruiker.heeft(Rol.LCVS_PLAATSER) && "lcvs".equals(verzoek.status());
        model.addAttribute("magVoorstellen", regio || lcvs);
        model.addAttribute("magDoorsturen", regio);
        model.addAttribute("magAccepteren", gebruiker.organisatie().soort() == Organisatie.Soort.GEMEENTE
                && "voorgesteld".equals(verzoek.status()) && gebruiker.organisatie().gemeenteCode().equals(verzoek.ontvangendeGemeente()));
        model.addAttribute("magIntrekken", gebruiker.organisatie().soort() == Organisatie.Soort.GEMEENTE && verzoek.open()
                && gebruiker.organisatie().gemeenteCode().equals(verzoek.aanvragendeGemeente()));
        var suggesties = regio || lcvs ? verzoeken.suggesties(verzoek.id(), gebruiker) : java.util.List.<Plaatsingsverzoeken.Suggestie>of();
        model.addAttribute("suggestiesLang", suggesties.stream().filter(s -> "lang".equals(s.verblijfsduur())).toList());
        model.addAttribute("suggestiesKort", suggesties.stream().filter(s -> "kort".equals(s.verblijfsduur())).toList());
        model.addAttribute("lcvs", lcvs);
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "plaatsing/verzoek";
    }

    @PostMapping("/plaatsingsverzoeken/{id}/voorstellen")
    String stelVoor(@PathVariable String id, @RequestParam(required = false) String opvanglocatie,
            @RequestParam(required = false) String verblijfsduur, RedirectAttributes redirect) {
        return actie(id, redirect, "verzoek.voorgesteld", () -> verzoeken.stelVoor(uuid(id), opvanglocatie, verblijfsduur, gebruiker()));
    }

    @PostMapping("/plaatsingsverzoeken/{id}/naar-lcvs")
    String naarLcvs(@PathVariable String id, RedirectAttributes redirect) {
        return actie(id, redirect, "verzoek.naarLcvs", () -> verzoeken.naarLcvs(uuid(id), gebruiker()));
    }

    @PostMapping("/plaatsingsverzoeken/{id}/accepteren")
    String accepteer(@PathVariable String id, @RequestParam(required = false) String vanaf, RedirectAttributes redirect) {
        return actie(id, redirect, "verzoek.geplaatst", () -> verzoeken.accepteer(uuid(id), vanaf, gebruiker()));
    }

    @PostMapping("/plaatsingsverzoeken/{id}/afwijzen")
    String wijsAf(@PathVariable String id, @RequestParam(required = false) String reden, RedirectAttributes redirect) {
        try {
            verzoeken.wijsAf(uuid(id), reden, gebruiker());
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

    private static UUID uuid(String id) {
        return Invoer.idInAdres(id, "Plaatsingsverzoek");
    }
}
