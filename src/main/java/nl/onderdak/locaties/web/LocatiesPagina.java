// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.locaties.Faciliteit;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Opvanglocatie;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.locaties.Soort;
import nl.onderdak.locaties.Status;
import nl.onderdak.locaties.internal.BeddenInvoer;
import nl.onderdak.locaties.internal.LocatieInvoer;
import nl.onderdak.locaties.internal.Locatiebeheer;
import nl.onderdak.locaties.internal.StatusInvoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to list, register and change reception locations. */
@Controller
class LocatiesPagina {

    private final Opvanglocaties locaties;
    private final Locatiebeheer beheer;
    private final Toegang toegang;

    LocatiesPagina(Opvanglocaties locaties, Locatiebeheer beheer, Toegang toegang) {
        this.locaties = locaties;
        this.beheer = beheer;
        this.toegang = toegang;
    }

    @GetMapping("/opvanglocaties")
    String lijst(@RequestParam(required = false) String peildatum, Model model) {
        var dag = LocatieParameters.datum(peildatum, "peildatum").orElseGet(locaties::vandaag);
        var lijst = locaties.lijst(toegang.scope(), dag);
        model.addAttribute("peildatum", dag);
        model.addAttribute("locaties", lijst);
        model.addAttribute("vandaag", locaties.vandaag());
        model.addAttribute("totaalBruikbaar", lijst.stream().mapToInt(Opvanglocatie::bruikbareBedden).sum());
        model.addAttribute("magRegistreren", magRegistreren());
        return "locaties/lijst";
    }

    @GetMapping("/opvanglocaties/nieuw")
    String nieuw(Model model) {
        vereisGemeente();
        vulFormulier(model, new LocatieInvoer("", "", "", "", "", "", "", locaties.vandaag().toString(), "", "beschikbaar",
                java.util.Set.of(), "", ""), null);
        return "locaties/nieuw";
    }

    @PostMapping("/opvanglocaties/nieuw")
    String registreer(@RequestParam MultiValueMap<String, String> p, Model model, RedirectAttributes redirect) {
        var gebruiker = vereisGemeente();
        var faciliteiten = new LinkedHashSet<String>(p.getOrDefault("faciliteiten", List.of()));
        var invoer = new LocatieInvoer(p.getFirst("naam"), p.getFirst("soort"), p.getFirst("adres.postcode"),
                p.getFirst("adres.huisnummer"), p.getFirst("adres.huisnummertoevoeging"), p.getFirst("adres.plaats"),
                p.getFirst("exploitant"), p.getFirst("beschikbaarVanaf"), p.getFirst("beschikbaarTot"), p.getFirst("status"),
                faciliteiten, p.getFirst("bedden"), p.getFirst("beddenKortVerblijf"));
        try {
            var locatie = beheer.registreer(invoer, gebruiker);
            redirect.addFlashAttribute("melding", "locatie.geregistreerd");
            return "redirect:/opvanglocaties/" + locatie.id();
        } catch (OngeldigeInvoer e) {
            vulFormulier(model, invoer, e.alsKaart());
            return "locaties/nieuw";
        }
    }

    @GetMapping("/opvanglocaties/{id}")
    String detail(@PathVariable String id, @RequestParam(required = false) String peildatum, Model model) {
        var dag = LocatieParameters.datum(peildatum, "peildatum").orElseGet(locaties::vandaag);
        var locatie = zichtbaar(id, dag);
        vulDetail(model, locatie, null, null, new BeddenInvoer(locaties.vandaag().toString(), "lang", "", "0", "", ""),
                new StatusInvoer(locaties.vandaag().toString(), "", ""));
        return "locaties/detail";
    }

    @PostMapping("/opvanglocaties/{id}/bedden")
    String wijzigBedden(@PathVariable String id, @RequestParam Map<String, String> p, Model model,
            RedirectAttributes redirect) {
        var gebruiker = toegang.vereisGebruiker();
        var locatie = zichtbaar(id, locaties.vandaag());
        var invoer = new BeddenInvoer(p.get("ingangsdatum"), p.get("verblijfsduur"), p.get("opgegeven"),
                p.get("buitenGebruik"), p.get("buitenGebruikReden"), p.get("reden"));
        try {
            beheer.wijzigBedden(new LocatieId(locatie.id()), invoer, gebruiker, toegang.scopeVan(gebruiker));
            redirect.addFlashAttribute("melding", "locatie.beddenGewijzigd");
            return "redirect:/opvanglocaties/" + locatie.id();
        } catch (OngeldigeInvoer e) {
            vulDetail(model, locatie, e.alsKaart(), null, invoer,
                    new StatusInvoer(locaties.vandaag().toString(), "", ""));
            return "locaties/detail";
        }
    }

    @PostMapping("/opvanglocaties/{id}/statussen")
    String wijzigStatus(@PathVariable String id, @RequestParam Map<String, String> p, Model model,
            RedirectAttributes redirect) {
        var gebruiker = toegang.vereisGebruiker();
        var locatie = zichtbaar(id, locaties.vandaag());
        var invoer = new StatusInvoer(p.get("status-ingangsdatum"), p.get("status"), p.get("status-reden"));
        try {
            beheer.wijzigStatus(new LocatieId(locatie.id()), invoer, gebruiker, toegang.scopeVan(gebruiker));
            redirect.addFlashAttribute("melding", "locatie.statusGewijzigd");
            return "redirect:/opvanglocaties/" + locatie.id();
        } catch (OngeldigeInvoer e) {
            var fouten = new LinkedHashMap<String, String>();
            e.alsKaart().forEach((k, v) -> fouten.put(k.equals("status") ? k : "status-" + k, v));
            vulDetail(model, locatie, null, fouten,
                    new BeddenInvoer(locaties.vandaag().toString(), "lang", "", "0", "", ""), invoer);
            return "locaties/detail";
        }
    }

    private void vulFormulier(Model model, LocatieInvoer invoer, Map<String, String> fouten) {
        model.addAttribute("invoer", invoer);
        model.addAttribute("fouten", fouten);
        model.addAttribute("soorten", Soort.values());
        model.addAttribute("statussen", Status.values());
        model.addAttribute("faciliteiten", Faciliteit.values());
    }

    private void vulDetail(Model model, Opvanglocatie locatie, Map<String, String> beddenFouten,
            Map<String, String> statusFouten, BeddenInvoer bedden, StatusInvoer status) {
        var gebruiker = toegang.huidigeGebruiker().orElse(null);
        model.addAttribute("locatie", locatie);
        model.addAttribute("vandaag", locaties.vandaag());
        model.addAttribute("magWijzigen", Locatiebeheer.magWijzigen(gebruiker, locatie));
        model.addAttribute("beddenhistorie", beheer.beddenhistorie(new LocatieId(locatie.id())));
        model.addAttribute("statushistorie", beheer.statushistorie(new LocatieId(locatie.id())));
        model.addAttribute("statussen", Status.values());
        model.addAttribute("beddenInvoer", bedden);
        model.addAttribute("statusInvoer", status);
        model.addAttribute("beddenFouten", beddenFouten);
        model.addAttribute("statusFouten", statusFouten);
        var alle = new LinkedHashMap<String, String>();
        if (beddenFouten != null) {
            alle.putAll(beddenFouten);
        }
        if (statusFouten != null) {
            alle.putAll(statusFouten);
        }
        model.addAttribute("fouten", alle.isEmpty() ? null : alle);
    }

    private Opvanglocatie zichtbaar(String id, java.time.LocalDate dag) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NietGevonden("Opvanglocatie");
        }
        return locaties.vind(new LocatieId(uuid), toegang.scope(), dag).orElseThrow(() -> new NietGevonden("Opvanglocatie"));
    }

    private boolean magRegistreren() {
        return toegang.huidigeGebruiker().map(Gebruiker::isGemeenteMedewerker).orElse(false);
    }

    private Gebruiker vereisGemeente() {
        var gebruiker = toegang.vereisGebruiker();
        gebruiker.eigenGemeente();
        return gebruiker;
    }

}
