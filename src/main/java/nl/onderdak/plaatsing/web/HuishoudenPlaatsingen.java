// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.bewoners.Huishouden;
import nl.onderdak.bewoners.Huishoudenpagina;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.locaties.Opvanglocatie;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.plaatsing.internal.Plaatsingsverzoeken;
import nl.onderdak.toegang.Scope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.plaatsing.PlaatsingId;
import nl.onderdak.plaatsing.Plaatsingen;
import nl.onderdak.plaatsing.Vertrekreden;
import nl.onderdak.plaatsing.internal.PlaatsingValidatie;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Plaatsing's section of the household page (whose home is bewoners): where the household sleeps, and
 * the forms to check it in, out and move it. A form with errors shows the household page again through
 * {@link Huishoudenpagina}, with the errors next to the form.
 */
@Controller
class HuishoudenPlaatsingen implements Huishoudenpagina.Deel {

    private final Huishoudenpagina pagina;
    private final Huishoudens huishoudens;
    private final Plaatsingen plaatsingen;
    private final Opvanglocaties locaties;
    private final Toegang toegang;
    private final Plaatsingsverzoeken verzoeken;
    private final Gebieden gebieden;
    private final MessageSource berichten;
    private final Clock clock;

    HuishoudenPlaatsingen(Huishoudenpagina pagina, Huishoudens huishoudens, Plaatsingen plaatsingen, Opvanglocaties locaties,
            Toegang toegang, Plaatsingsverzoeken verzoeken, Gebieden gebieden, MessageSource berichten, Clock clock) {
        this.verzoeken = verzoeken;
        this.gebieden = gebieden;
        this.berichten = berichten;
        this.pagina = pagina;
        this.huishoudens = huishoudens;
        this.plaatsingen = plaatsingen;
        this.locaties = locaties;
        this.toegang = toegang;
        this.clock = clock;
    }

    @Override
    public String fragment() {
        return "plaatsing/huishouden :: plaatsingen";
    }

    @Override
    public void vul(Huishouden huishouden, Gebruiker gebruiker, Model model) {
        var vandaag = LocalDate.now(clock);
        var scope = toegang.scopeVan(gebruiker);
        var geplaatst = plaatsingen.bekijkVanHuishouden(huishouden, gebruiker);
        model.addAttribute("plaatsingen", geplaatst);
        var locatieNamen = new LinkedHashMap<UUID, String>();
        // Where the household went when the location lies outside the viewer's scope (placed through a request in
        // another gemeente): the sending gemeente tells the family where to go. Name, address and gemeente are no
        // person's data; the viewer may see the household, so they may know where it lives.
        var elders = new LinkedHashMap<UUID, String>();
        for (var p : geplaatst) {
            var id = p.opvanglocatieId().waarde();
            locaties.vind(id, scope, vandaag).ifPresentOrElse(l -> locatieNamen.put(l.id(), l.naam()),
                    () -> locaties.vind(id, new Scope.Landelijk(), vandaag).ifPresent(l -> elders.put(l.id(), berichten.getMessage(
                            "plaatsing.eldersIn", new Object[] {l.naam(), l.adres().toString(),
                                    gebieden.gemeenteNaam(l.gemeenteCode()).orElse(l.gemeenteCode()) + " (" + l.gemeenteCode() + ")"},
                            LocaleContextHolder.getLocale()))));
        }
        model.addAttribute("locatieNamen", locatieNamen);
        model.addAttribute("locatieElders", elders);
        if (gebruiker.isGemeenteMedewerker()) {
            var eigen = locaties.lijst(scope, vandaag).stream().filter(Opvanglocatie::beschikbaarVandaag).toList();
            model.addAttribute("eigenLocaties", eigen);
            // Free beds (usable minus occupied) for a long stay from today, the kind a check-in here takes.
            model.addAttribute("vrijeBedden", verzoeken.vrijeBedden(eigen.stream().map(Opvanglocatie::id).toList(), Verblijfsduur.LANG, vandaag));
            model.addAttribute("redenen", Vertrekreden.keuzes());
        } else {
            model.addAttribute("eigenLocaties", List.of());
            model.addAttribute("vrijeBedden", Map.of());
        }
    }

    @PostMapping("/huishoudens/{id}/plaatsingen")
    String checkIn(@PathVariable String id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        var gebruiker = toegang.vereisGebruiker();
        var huishouden = huishoudens.lees(Invoer.idInAdres(id, "Huishouden"), gebruiker, toegang.scopeVan(gebruiker))
                .orElseThrow(() -> new NietGevonden("Huishouden"));
        try {
            // Only a gemeente employee checks in: 403 before the form is read, as always.
            gebruiker.eigenGemeente();
            var opdracht = PlaatsingValidatie.plaatsing(id, p.get("opvanglocatie"), p.get("vanaf"), p.get("verblijfsduur"), null, null,
                    LocalDate.now(clock));
            plaatsingen.plaats(opdracht, gebruiker);
            redirect.addFlashAttribute("melding", "plaatsing.ingecheckt");
            return "redirect:/huishoudens/" + id;
        } catch (OngeldigeInvoer e) {
            return pagina.toon(huishouden.id(), gebruiker, model, p, e.alsKaart());
        } catch (Conflict | NietGevonden e) {
            return pagina.toon(huishouden.id(), gebruiker, model, p, Map.of("opvanglocatie", e.getMessage()));
        }
    }

    @PostMapping("/plaatsingen/{id}/uitchecken")
    String checkUit(@PathVariable String id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        var gebruiker = toegang.vereisGebruiker();
        var plaatsing = plaatsingen.vind(plaatsingId(id)).orElseThrow(() -> new NietGevonden("Plaatsing"));
        try {
            var eigen = plaatsingen.teBeheren(plaatsing.id(), gebruiker);
            var uit = PlaatsingValidatie.uitchecken(p.get("uit-datum"), p.get("uit-reden"), eigen, berichten);
            plaatsingen.checkUit(plaatsing.id(), uit.datum(), uit.reden(), gebruiker);
            redirect.addFlashAttribute("melding", "plaatsing.uitgecheckt");
            return "redirect:/huishoudens/" + plaatsing.huishoudenId();
        } catch (OngeldigeInvoer e) {
            // Shown again with the errors next to the check-out form: a view of the household, logged like any other.
            var fouten = new LinkedHashMap<String, String>();
            e.alsKaart().forEach((veld, melding) -> fouten.put("uit-" + veld, melding));
            return pagina.toon(plaatsing.huishoudenId().waarde(), gebruiker, model, Map.of(), fouten);
        }
    }

    @PostMapping("/plaatsingen/{id}/verhuizen")
    String verhuis(@PathVariable String id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        var gebruiker = toegang.vereisGebruiker();
        var plaatsing = plaatsingen.vind(plaatsingId(id)).orElseThrow(() -> new NietGevonden("Plaatsing"));
        try {
            var oud = plaatsingen.teBeheren(plaatsing.id(), gebruiker);
            var verhuizing = PlaatsingValidatie.verhuizing(p.get("opvanglocatie"), p.get("datum"), oud);
            plaatsingen.verhuis(oud.id(), verhuizing.naar(), verhuizing.datum(), gebruiker);
            redirect.addFlashAttribute("melding", "plaatsing.verhuisd");
        } catch (Conflict | OngeldigeInvoer e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/huishoudens/" + plaatsing.huishoudenId();
    }

    private static PlaatsingId plaatsingId(String id) {
        // As before the page answers an address that is no id as a household it cannot find.
        return new PlaatsingId(Invoer.idInAdres(id, "Huishouden"));
    }
}
