package nl.onderdak.plaatsing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.Huishouden;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.locaties.Opvanglocatie;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.plaatsing.Plaatsingen;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
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

/** A household's page: members, likely duplicates, where they sleep, check-in and check-out. */
@Controller
class HuishoudenPagina {

    private final Huishoudens huishoudens;
    private final Plaatsingen plaatsingen;
    private final Opvanglocaties locaties;
    private final Toegang toegang;
    private final Clock clock;

    HuishoudenPagina(Huishoudens huishoudens, Plaatsingen plaatsingen, Opvanglocaties locaties, Toegang toegang, Clock clock) {
        this.huishoudens = huishoudens;
        this.plaatsingen = plaatsingen;
        this.locaties = locaties;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/{id}")
    String huishouden(@PathVariable String id, Model model) {
        var gebruiker = gebruiker();
        var huishouden = huishoudens.bekijk(uuid(id), gebruiker, toegang.scopeVan(gebruiker))
                .orElseThrow(() -> new NietGevonden("Huishouden"));
        vul(model, huishouden, gebruiker, Map.of("vanaf", LocalDate.now(clock).toString()), null);
        return "plaatsing/huishouden";
    }

    @PostMapping("/huishoudens/{id}/plaatsingen")
    String checkIn(@PathVariable String id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        var gebruiker = gebruiker();
        var huishouden = huishoudens.lees(uuid(id), gebruiker, toegang.scopeVan(gebruiker))
                .orElseThrow(() -> new NietGevonden("Huishouden"));
        try {
            plaatsingen.plaats(id, p.get("opvanglocatie"), p.get("vanaf"), p.get("verblijfsduur"), null, null, gebruiker);
            redirect.addFlashAttribute("melding", "plaatsing.ingecheckt");
            return "redirect:/huishoudens/" + id;
        } catch (OngeldigeInvoer e) {
            vul(model, getoond(huishouden, gebruiker), gebruiker, p, e.alsKaart());
        } catch (Conflict | NietGevonden e) {
            vul(model, getoond(huishouden, gebruiker), gebruiker, p, Map.of("opvanglocatie", e.getMessage()));
        }
        return "plaatsing/huishouden";
    }

    /** The household read again for showing the form with its errors: a view, logged like any other. */
    private nl.onderdak.bewoners.Huishouden getoond(nl.onderdak.bewoners.Huishouden huishouden, nl.onderdak.toegang.Gebruiker gebruiker) {
        return huishoudens.bekijk(huishouden.id(), gebruiker, toegang.scopeVan(gebruiker))
                .orElseThrow(() -> new NietGevonden("Huishouden"));
    }

    @PostMapping("/plaatsingen/{id}/uitchecken")
    String checkUit(@PathVariable String id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        var gebruiker = gebruiker();
        var plaatsing = plaatsingen.vind(uuid(id)).orElseThrow(() -> new NietGevonden("Plaatsing"));
        try {
            plaatsingen.checkUit(plaatsing.id(), p.get("uit-datum"), p.get("uit-reden"), gebruiker);
            redirect.addFlashAttribute("melding", "plaatsing.uitgecheckt");
            return "redirect:/huishoudens/" + plaatsing.huishoudenId();
        } catch (OngeldigeInvoer e) {
            // Shown again with the errors: a view of the household, logged like any other.
            var huishouden = huishoudens.bekijk(plaatsing.huishoudenId(), gebruiker, toegang.scopeVan(gebruiker))
                    .orElseThrow(() -> new NietGevonden("Huishouden"));
            var fouten = new LinkedHashMap<String, String>();
            e.alsKaart().forEach((veld, melding) -> fouten.put("uit-" + veld, melding));
            vul(model, huishouden, gebruiker, Map.of("vanaf", LocalDate.now(clock).toString()), fouten);
            return "plaatsing/huishouden";
        }
    }

    @PostMapping("/plaatsingen/{id}/verhuizen")
    String verhuis(@PathVariable String id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        var gebruiker = gebruiker();
        var plaatsing = plaatsingen.vind(uuid(id)).orElseThrow(() -> new NietGevonden("Plaatsing"));
        try {
            plaatsingen.verhuis(plaatsing.id(), p.get("opvanglocatie"), p.get("datum"), gebruiker);
            redirect.addFlashAttribute("melding", "plaatsing.verhuisd");
        } catch (Conflict | OngeldigeInvoer e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/huishoudens/" + plaatsing.huishoudenId();
    }

    @PostMapping("/bewoners/{id}/samenvoegen")
    String voegSamen(@PathVariable String id, @RequestParam(required = false) String dubbel, RedirectAttributes redirect) {
        var gebruiker = gebruiker();
        var scope = toegang.scopeVan(gebruiker);
        try {
            var behouden = huishoudens.voegSamen(uuid(id), uuid(dubbel == null ? "" : dubbel), gebruiker, scope);
            redirect.addFlashAttribute("melding", "bewoner.samengevoegd");
            return "redirect:/huishoudens/" + behouden.huishoudenId();
        } catch (Conflict | OngeldigeInvoer e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
            return "redirect:/huishoudens";
        }
    }

    private void vul(Model model, Huishouden huishouden, Gebruiker gebruiker, Map<String, String> invoer, Map<String, String> fouten) {
        var vandaag = LocalDate.now(clock);
        var scope = toegang.scopeVan(gebruiker);
        boolean gemeente = gebruiker.isGemeenteMedewerker();
        model.addAttribute("huishouden", huishouden);
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("volledig", gemeente);
        model.addAttribute("invoer", invoer);
        model.addAttribute("fouten", fouten);
        model.addAttribute("leden", huishouden.leden().stream().collect(Collectors.toMap(Bewoner::id, Function.identity())));
        var geplaatst = plaatsingen.bekijkVanHuishouden(huishouden, gebruiker);
        model.addAttribute("plaatsingen", geplaatst);
        var locatieNamen = new LinkedHashMap<UUID, String>();
        for (var p : geplaatst) {
            locaties.vind(p.opvanglocatieId(), scope, vandaag).ifPresent(l -> locatieNamen.put(l.id(), l.naam()));
        }
        model.addAttribute("locatieNamen", locatieNamen);
        if (gemeente) {
            model.addAttribute("eigenLocaties", locaties.lijst(scope, vandaag).stream().filter(Opvanglocatie::beschikbaarVandaag).toList());
            model.addAttribute("dubbelen", huishouden.leden().stream()
                    .collect(Collectors.toMap(Bewoner::id, b -> huishoudens.waarschijnlijkeDubbelen(b, gebruiker, scope)
                            .stream().filter(d -> !d.huishoudenId().equals(huishouden.id())).toList())));
            model.addAttribute("redenen", Plaatsingen.VERTREKREDENEN.stream().sorted().toList());
        } else {
            model.addAttribute("eigenLocaties", List.of());
            model.addAttribute("dubbelen", Map.of());
        }
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static UUID uuid(String id) {
        return Invoer.idInAdres(id, "Huishouden");
    }
}
