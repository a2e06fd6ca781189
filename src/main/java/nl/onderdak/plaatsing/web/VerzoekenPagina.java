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

    /** The orders the list offers, as the sorteer parameter names them; the first is the default. */
    static final Map<String, Plaatsingsverzoeken.Volgorde> VOLGORDES = volgordes();

    private static Map<String, Plaatsingsverzoeken.Volgorde> volgordes() {
        var v = new java.util.LinkedHashMap<String, Plaatsingsverzoeken.Volgorde>();
        v.put("nieuwste", Plaatsingsverzoeken.Volgorde.NIEUWSTE);
        v.put("oudste", Plaatsingsverzoeken.Volgorde.OUDSTE);
        v.put("aankomst", Plaatsingsverzoeken.Volgorde.AANKOMST);
        return java.util.Collections.unmodifiableMap(v);
    }

    /** A request number as the address shows it, or its beginning: at least four characters of the id. */
    private static final java.util.regex.Pattern NUMMER = java.util.regex.Pattern.compile("[0-9a-fA-F-]{4,36}");
    private static final java.util.regex.Pattern GEMEENTECODE = java.util.regex.Pattern.compile("(?i)GM\\d{4}");

    /**
     * One page of the requests the user works on, in the chosen order (newest first unless asked
     * otherwise), with the total and links to the other pages, which keep the search and the order.
     * The search finds requests by gemeente (name or code, requesting or receiving) or by request
     * number, never by a household's names: the region and the LCVS see no names. A page number that
     * is not one (typed into the address) shows the first page; an order the list does not know is
     * named next to its field and the default order is used.
     */
    @GetMapping("/plaatsingsverzoeken")
    String lijst(@RequestParam(required = false) @Nullable String pagina, @RequestParam(required = false) @Nullable String zoek,
            @RequestParam(required = false) @Nullable String sorteer, Model model) {
        var gebruiker = gebruiker();
        var fouten = new java.util.LinkedHashMap<String, String>();
        var sorteerCode = sorteer == null || sorteer.isBlank() ? "nieuwste" : sorteer.strip();
        var volgorde = VOLGORDES.get(sorteerCode);
        if (volgorde == null) {
            fouten.put("sorteer", nl.onderdak.platform.Berichten.tekst("verzoeken.fout.sorteer"));
            sorteerCode = "nieuwste";
            volgorde = Plaatsingsverzoeken.Volgorde.NIEUWSTE;
        }
        var zoektekst = zoek == null ? "" : zoek.strip();
        var nummer = Invoer.geheelGetal(pagina, "pagina", 1, 1_000_000, false, new java.util.ArrayList<>());
        var lijstPagina = verzoeken.werkvoorraad(gebruiker, zoekopdracht(zoektekst), volgorde,
                nummer == null || nummer < 1 || nummer > 1_000_000 ? 1 : nummer, PAGINA_AANTAL);
        var lijst = lijstPagina.regels();
        model.addAttribute("lijst", lijstPagina);
        model.addAttribute("fouten", fouten);
        var invoer = new java.util.LinkedHashMap<String, String>();
        invoer.put("zoek", zoektekst);
        invoer.put("sorteer", sorteerCode.equals("nieuwste") ? "" : sorteerCode);
        model.addAttribute("invoer", invoer);
        model.addAttribute("sorteerKeuze", sorteerCode);
        model.addAttribute("volgordes", VOLGORDES.keySet());
        model.addAttribute("verzoeken", lijst.stream().map(Plaatsingsverzoeken.Inzicht::verzoek).toList());
        model.addAttribute("gemeenteNamen", gemeenteNamen(lijst.stream().map(i -> i.verzoek().aanvragendeGemeente()).toList()));
        model.addAttribute("behoeften", lijst.stream().collect(java.util.stream.Collectors.toMap(
                i -> i.verzoek().id(), Plaatsingsverzoeken.Inzicht::behoefte)));
        return "plaatsing/verzoeken";
    }

    /**
     * The search as the query takes it: a gemeente code, the codes of the gemeenten whose current name
     * contains the text, and the text as the beginning of a request number if it can be one.
     */
    private Plaatsingsverzoeken.Zoekopdracht zoekopdracht(String tekst) {
        if (tekst.isEmpty()) {
            return Plaatsingsverzoeken.Zoekopdracht.ALLES;
        }
        var codes = new java.util.HashSet<String>();
        if (GEMEENTECODE.matcher(tekst).matches()) {
            codes.add(tekst.toUpperCase(java.util.Locale.ROOT));
        }
        gebieden.huidigeIndeling().ifPresent(indeling -> {
            var jaren = gebieden.peiljaren(indeling);
            if (!jaren.isEmpty()) {
                var filter = new nl.onderdak.gebieden.GemeenteFilter(tekst, null, null, null, null, false);
                gebieden.gemeenten(indeling, jaren.getLast(), filter).forEach(g -> codes.add(g.code()));
            }
        });
        return new Plaatsingsverzoeken.Zoekopdracht(codes, NUMMER.matcher(tekst).matches() ? tekst : null);
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
