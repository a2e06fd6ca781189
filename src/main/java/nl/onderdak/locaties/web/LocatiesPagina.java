// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.web;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.locaties.Faciliteit;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Opvanglocatie;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.locaties.Soort;
import nl.onderdak.locaties.Status;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.locaties.internal.BeddenInvoer;
import nl.onderdak.locaties.internal.BeschrijvingInvoer;
import nl.onderdak.locaties.internal.Bezettingsbord;
import nl.onderdak.locaties.internal.Locatieoverzicht;
import nl.onderdak.locaties.internal.LocatieInvoer;
import nl.onderdak.locaties.internal.Locatiebeheer;
import nl.onderdak.locaties.internal.StatusInvoer;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Csv;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Xlsx;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
    private final Bezettingsbord bord;
    private final Locatieoverzicht overzicht;
    private final Gebieden gebieden;
    private final Toegang toegang;
    private final MessageSourceAccessor berichten;

    LocatiesPagina(Opvanglocaties locaties, Locatiebeheer beheer, Bezettingsbord bord, Locatieoverzicht overzicht,
            Gebieden gebieden, Toegang toegang, MessageSource berichten) {
        this.locaties = locaties;
        this.beheer = beheer;
        this.bord = bord;
        this.overzicht = overzicht;
        this.gebieden = gebieden;
        this.toegang = toegang;
        this.berichten = new MessageSourceAccessor(berichten);
    }

    @GetMapping("/opvanglocaties")
    String lijst(@RequestParam(required = false) String peildatum, @RequestParam(required = false) String regio,
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) String status,
            @RequestParam(required = false) String soort, @RequestParam(required = false) String sorteer,
            @RequestParam(required = false) String pagina, @RequestParam(required = false) String aantal, Model model) {
        var fouten = new LinkedHashMap<String, String>();
        var dag = locaties.vandaag();
        try {
            dag = LocatieParameters.datum(peildatum, "peildatum").orElse(dag);
        } catch (OngeldigeInvoer e) {
            fouten.putAll(e.alsKaart());
        }
        Locatieoverzicht.Filter filter = null;
        try {
            filter = Locatieoverzicht.filter(regio, gemeente, status, soort, sorteer, pagina, aantal);
        } catch (OngeldigeInvoer e) {
            fouten.putAll(e.alsKaart());
        }
        var scope = toegang.scope();
        model.addAttribute("peildatum", fouten.containsKey("peildatum") ? peildatum : dag.toString());
        model.addAttribute("peildag", dag);
        model.addAttribute("vandaag", locaties.vandaag());
        model.addAttribute("magRegistreren", magRegistreren());
        model.addAttribute("fouten", fouten.isEmpty() ? null : fouten);
        // Only a national user has more than one region to choose from.
        model.addAttribute("regios", scope.landelijk() ? overzicht.regios() : List.of());
        model.addAttribute("gemeenten", overzicht.gemeenten(scope, dag));
        model.addAttribute("statussen", Status.values());
        model.addAttribute("soorten", Soort.values());
        model.addAttribute("sorteringen", Locatieoverzicht.Sortering.values());
        model.addAttribute("filter", filter);
        if (fouten.isEmpty()) {
            model.addAttribute("lijst", overzicht.pagina(scope, dag, filter));
        }
        return "locaties/lijst";
    }

    @GetMapping("/opvanglocaties.csv")
    ResponseEntity<byte[]> lijstCsv(@RequestParam(required = false) String peildatum, @RequestParam(required = false) String regio,
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) String status,
            @RequestParam(required = false) String soort, @RequestParam(required = false) String sorteer) {
        var dag = LocatieParameters.datum(peildatum, "peildatum").orElseGet(locaties::vandaag);
        var regels = overzicht.alle(toegang.scope(), dag, Locatieoverzicht.filter(regio, gemeente, status, soort, sorteer, null, null));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("opvanglocaties-" + dag + ".csv").build().toString())
                .body(Csv.bestand(LIJSTKOLOMMEN, lijstRijen(regels, dag)));
    }

    @GetMapping("/opvanglocaties.xlsx")
    ResponseEntity<byte[]> lijstXlsx(@RequestParam(required = false) String peildatum, @RequestParam(required = false) String regio,
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) String status,
            @RequestParam(required = false) String soort, @RequestParam(required = false) String sorteer) {
        var dag = LocatieParameters.datum(peildatum, "peildatum").orElseGet(locaties::vandaag);
        var regels = overzicht.alle(toegang.scope(), dag, Locatieoverzicht.filter(regio, gemeente, status, soort, sorteer, null, null));
        var uit = new ByteArrayOutputStream();
        Xlsx.schrijf(new Xlsx.Blad("Opvanglocaties", LIJSTKOLOMMEN, lijstRijen(regels, dag)), uit);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Xlsx.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("opvanglocaties-" + dag + ".xlsx").build().toString())
                .body(uit.toByteArray());
    }

    static final List<String> LIJSTKOLOMMEN = List.of("peildatum", "naam", "gemeentecode", "gemeente", "veiligheidsregiocode",
            "veiligheidsregio", "soort", "status", "adres", "exploitant", "beschikbaar_vanaf", "beschikbaar_tot", "bruikbare_bedden");

    private List<List<Object>> lijstRijen(List<Locatieoverzicht.Regel> regels, java.time.LocalDate dag) {
        // Dates stay dates (JJJJ-MM-DD in CSV, real dates in XLSX; docs/api.md), words in the user's language.
        var taal = Berichten.taal();
        var rijen = new ArrayList<List<Object>>();
        for (var r : regels) {
            var l = r.locatie();
            var rij = new ArrayList<Object>();
            rij.add(dag);
            rij.add(l.naam());
            rij.add(l.gemeenteCode());
            rij.add(r.gemeenteNaam());
            rij.add(r.regioCode());
            rij.add(r.regioNaam());
            rij.add(berichten.getMessage("soort." + l.soort().code(), taal));
            rij.add(berichten.getMessage("status." + l.status().code(), taal));
            rij.add(l.adres().toString());
            rij.add(l.exploitant());
            rij.add(l.beschikbaarVanaf());
            rij.add(l.beschikbaarTot());
            rij.add(l.bruikbareBedden());
            rijen.add(rij);
        }
        return rijen;
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
                faciliteiten, p.getFirst("bedden"), p.getFirst("beddenKortVerblijf"), p.getFirst("adres.straat"));
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

    @GetMapping("/opvanglocaties/{id}/wijzigen")
    String wijzigFormulier(@PathVariable String id, Model model) {
        var locatie = zichtbaar(id, locaties.vandaag());
        vereisWijzigen(locatie);
        vulWijzigen(model, locatie, BeschrijvingInvoer.van(locatie), locatie.versie(), null);
        return "locaties/wijzigen";
    }

    @PostMapping("/opvanglocaties/{id}/wijzigen")
    String wijzig(@PathVariable String id, @RequestParam MultiValueMap<String, String> p, Model model,
            RedirectAttributes redirect) {
        var gebruiker = toegang.vereisGebruiker();
        var locatie = zichtbaar(id, locaties.vandaag());
        var invoer = new BeschrijvingInvoer(p.getFirst("naam"), p.getFirst("adres.straat"), p.getFirst("adres.postcode"),
                p.getFirst("adres.huisnummer"), p.getFirst("adres.huisnummertoevoeging"), p.getFirst("adres.plaats"),
                p.getFirst("exploitant"), new LinkedHashSet<>(p.getOrDefault("faciliteiten", List.of())));
        Integer versie;
        try {
            versie = Integer.valueOf(String.valueOf(p.getFirst("versie")).strip());
        } catch (NumberFormatException e) {
            // A form always carries the version it was read at; without it the edit could overwrite unseen changes.
            versie = -1;
        }
        try {
            beheer.wijzigBeschrijving(new LocatieId(locatie.id()), huidig -> invoer, List.of(), versie, gebruiker,
                    toegang.scopeVan(gebruiker));
            redirect.addFlashAttribute("melding", "locatie.gewijzigd");
            return "redirect:/opvanglocaties/" + locatie.id();
        } catch (OngeldigeInvoer e) {
            vulWijzigen(model, locatie, invoer, versie, e.alsKaart());
            return "locaties/wijzigen";
        } catch (Conflict e) {
            vulWijzigen(model, locatie, invoer, versie, Map.of("naam", e.getMessage()));
            model.addAttribute("intussenGewijzigd", true);
            return "locaties/wijzigen";
        }
    }

    @GetMapping("/opvanglocaties/{id}/bezetting")
    String bezetting(@PathVariable String id, @RequestParam(required = false) String datum, Model model) {
        var gebruiker = toegang.vereisGebruiker();
        var locatie = zichtbaar(id, locaties.vandaag());
        var fouten = new LinkedHashMap<String, String>();
        var dag = locaties.vandaag();
        try {
            dag = LocatieParameters.datum(datum, "datum").orElse(dag);
        } catch (OngeldigeInvoer e) {
            fouten.putAll(e.alsKaart());
        }
        model.addAttribute("locatie", locatie);
        model.addAttribute("datum", fouten.isEmpty() ? dag.toString() : datum);
        model.addAttribute("fouten", fouten.isEmpty() ? null : fouten);
        if (fouten.isEmpty()) {
            model.addAttribute("bord", bord.bekijk(new LocatieId(locatie.id()), dag, gebruiker, toegang.scopeVan(gebruiker)));
        }
        return "locaties/bezetting";
    }

    @GetMapping("/opvanglocaties/{id}/bewoners.csv")
    ResponseEntity<byte[]> bewonersCsv(@PathVariable String id, @RequestParam(required = false) String datum) {
        var b = exportBord(id, datum);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, bijlage(b, "csv"))
                .body(Csv.bestand(BEWONERKOLOMMEN, bewonerRijen(b)));
    }

    @GetMapping("/opvanglocaties/{id}/bewoners.xlsx")
    ResponseEntity<byte[]> bewonersXlsx(@PathVariable String id, @RequestParam(required = false) String datum) {
        var b = exportBord(id, datum);
        var uit = new ByteArrayOutputStream();
        Xlsx.schrijf(new Xlsx.Blad("Bewoners", BEWONERKOLOMMEN, bewonerRijen(b)), uit);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Xlsx.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, bijlage(b, "xlsx")).body(uit.toByteArray());
    }

    static final List<String> BEWONERKOLOMMEN = List.of("locatie", "datum", "achternaam", "voornaam", "geboortedatum",
            "geslacht", "sinds", "vertrek", "bednummer", "verblijfsduur");

    private Bezettingsbord.Bord exportBord(String id, String datum) {
        var gebruiker = toegang.vereisGebruiker();
        var locatie = zichtbaar(id, locaties.vandaag());
        if (!Bezettingsbord.magNamenZien(gebruiker, locatie)) {
            // Region and national users see counts; a list of names is not theirs to download.
            throw new AccessDeniedException("alleen de eigen gemeente ziet de bewoners van een locatie");
        }
        var dag = LocatieParameters.datum(datum, "datum").orElseGet(locaties::vandaag);
        return bord.exporteer(new LocatieId(locatie.id()), dag, gebruiker, toegang.scopeVan(gebruiker));
    }

    private static List<List<Object>> bewonerRijen(Bezettingsbord.Bord b) {
        // Dates stay dates: JJJJ-MM-DD in CSV and real dates in XLSX (docs/api.md, CSV), which a spreadsheet can sort.
        var rijen = new ArrayList<List<Object>>();
        for (var r : b.bewoners() == null ? List.<Bezettingsbord.Bewoner>of() : b.bewoners()) {
            var rij = new ArrayList<Object>();
            rij.add(b.locatie().naam());
            rij.add(b.datum());
            rij.add(r.achternaam());
            rij.add(r.voornaam());
            rij.add(r.geboortedatum());
            rij.add(r.geslacht());
            rij.add(r.sinds());
            rij.add(r.tot());
            rij.add(r.bednummer());
            // In words, as the page shows it: the kind of bed the number belongs to.
            rij.add(Berichten.tekst(r.verblijfsduur() == Verblijfsduur.KORT ? "bezetting.duur.kort" : "bezetting.duur.lang"));
            rijen.add(rij);
        }
        return rijen;
    }

    /** A file name that says what it is: "bewoners-jaarbeurs-hal-5-2026-12-05.csv". */
    private static String bijlage(Bezettingsbord.Bord b, String extensie) {
        var naam = Normalizer.normalize(b.locatie().naam(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (naam.length() > 60) {
            naam = naam.substring(0, 60);
        }
        return ContentDisposition.attachment().filename("bewoners-" + (naam.isEmpty() ? "locatie" : naam) + "-" + b.datum()
                + "." + extensie).build().toString();
    }

    private void vulWijzigen(Model model, Opvanglocatie locatie, BeschrijvingInvoer invoer, Integer versie,
            Map<String, String> fouten) {
        model.addAttribute("locatie", locatie);
        model.addAttribute("invoer", invoer);
        model.addAttribute("versie", versie);
        model.addAttribute("fouten", fouten);
        model.addAttribute("faciliteiten", Faciliteit.values());
    }

    private void vereisWijzigen(Opvanglocatie locatie) {
        var gebruiker = toegang.vereisGebruiker();
        if (!Locatiebeheer.magWijzigen(gebruiker, locatie)) {
            throw new AccessDeniedException("alleen de eigen gemeente wijzigt een locatie");
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
        model.addAttribute("wijzigingen", Wijzigingsregel.groepeer(beheer.wijzigingen(new LocatieId(locatie.id())), berichten));
        model.addAttribute("bezetting", bord.aantallen(new LocatieId(locatie.id()), locatie.peildatum(), toegang.scope()));
        model.addAttribute("gemeenteNaam", gebieden.gemeenteNaam(locatie.gemeenteCode()).orElse(null));
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
