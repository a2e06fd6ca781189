// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.prognose.internal.Beoordelingen;
import nl.onderdak.prognose.internal.Indicatoren;
import nl.onderdak.prognose.internal.Plaatsbehoefte;
import nl.onderdak.prognose.internal.Prognoselezer;
import nl.onderdak.prognose.internal.Prognoses;
import nl.onderdak.prognose.internal.Reeksen;
import nl.onderdak.prognose.internal.Toetsingen;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forecast pages: overview with the form and the scoring table, one forecast with chart and places, the review. */
@Controller
class PrognosePagina {

    static final int PER_PAGINA = 20;

    private final Prognoses prognoses;
    private final Plaatsbehoefte plaatsbehoefte;
    private final Toetsingen toetsingen;
    private final Beoordelingen beoordelingen;
    private final Toegang toegang;
    private final JdbcClient jdbc;
    private final Clock clock;

    PrognosePagina(Prognoses prognoses, Plaatsbehoefte plaatsbehoefte, Toetsingen toetsingen, Beoordelingen beoordelingen,
            Toegang toegang, JdbcClient jdbc, Clock clock) {
        this.prognoses = prognoses;
        this.plaatsbehoefte = plaatsbehoefte;
        this.toetsingen = toetsingen;
        this.beoordelingen = beoordelingen;
        this.toegang = toegang;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of the forecast list; {@code pagina()} and {@code laatste()} as fragments/lijst's paging wants them. */
    record Lijst(java.util.List<Prognoses.Prognose> regels, long totaal, int pagina, int laatste) {
    }

    /** The list's search, order and page as typed, in the order the paging links carry them. */
    record Zoekvraag(String zoek, String sorteer, int pagina) {
        public Map<String, String> alsKaart() {
            var m = new java.util.LinkedHashMap<String, String>();
            m.put("zoek", zoek);
            m.put("sorteer", sorteer);
            return m;
        }
    }

    @GetMapping("/prognoses")
    String overzicht(@RequestParam(required = false) String zoek, @RequestParam(required = false) String sorteer,
            @RequestParam(required = false) String pagina, Model model) {
        var g = inzien();
        int p = 1;
        try {
            p = pagina == null ? 1 : Math.max(1, Integer.parseInt(pagina));
        } catch (NumberFormatException e) {
            p = 1;
        }
        var fouten = new java.util.ArrayList<OngeldigeInvoer.Veld>();
        var z = Invoer.tekst(zoek, "zoek", ZOEK_MAX, fouten);
        // The order is picked from a list; an address with an unknown word shows the default order.
        var volgorde = Prognoses.Volgorde.van(sorteer).orElse(Prognoses.Volgorde.NIEUWSTE);
        var vraag = new Zoekvraag(z == null ? "" : z, volgorde.woord(), p);
        if (!fouten.isEmpty()) {
            model.addAttribute("fouten", new OngeldigeInvoer(fouten).alsKaart());
            vraag = new Zoekvraag("", volgorde.woord(), 1);
        }
        vulOverzicht(model, g, vraag);
        model.addAttribute("zoekvraag", new Zoekvraag(z == null ? "" : z, volgorde.woord(), p));
        model.addAttribute("invoer", new Prognoselezer.Tekstvraag(LocalDate.now(clock).toString(), "6", Indicatoren.OPGEVANGEN,
                "gepubliceerd", "", "", ""));
        return "prognose/overzicht";
    }

    static final int ZOEK_MAX = 200;

    private void vulOverzicht(Model model, Gebruiker g, Zoekvraag vraag) {
        var volgorde = Prognoses.Volgorde.van(vraag.sorteer()).orElse(Prognoses.Volgorde.NIEUWSTE);
        long totaal = prognoses.aantal(vraag.zoek());
        int laatste = (int) Math.max(1, (totaal + PER_PAGINA - 1) / PER_PAGINA);
        int p = Math.min(vraag.pagina(), laatste);
        model.addAttribute("lijst", new Lijst(prognoses.pagina(vraag.zoek(), volgorde, (p - 1) * PER_PAGINA, PER_PAGINA), totaal, p, laatste));
        model.addAttribute("zoekvraag", vraag);
        model.addAttribute("volgordes", Prognoses.Volgorde.values());
        model.addAttribute("magMaken", Prognoses.magMaken(g));
        model.addAttribute("indicatoren", Indicatoren.VOORSPELBAAR);
        model.addAttribute("toetsing", toetsingen.alle(Indicatoren.OPGEVANGEN, Reeksen.Bron.GEPUBLICEERD));
    }

    @PostMapping("/prognoses")
    String maak(@RequestParam Map<String, String> p, Model model) {
        var g = toegang.huidigeGebruiker().filter(Prognoses::magMaken)
                .orElseThrow(() -> new AccessDeniedException("alleen landelijke rollen maken prognoses"));
        var invoer = new Prognoselezer.Tekstvraag(p.get("peildatum"), p.get("horizonMaanden"), p.get("indicator"), p.get("bron"),
                p.get("scenarioNaam"), p.get("aankomstenPerWeek"), p.get("vertrekPercentagePerMaand"));
        try {
            var prognose = prognoses.maak(Prognoselezer.lees(invoer, LocalDate.now(clock)), g);
            return "redirect:/prognoses/" + prognose.id();
        } catch (OngeldigeInvoer e) {
            vulOverzicht(model, g, new Zoekvraag("", Prognoses.Volgorde.NIEUWSTE.woord(), 1));
            model.addAttribute("invoer", invoer);
            // Form fields are named as in the API, without the "scenario." prefix.
            var fouten = new java.util.LinkedHashMap<String, String>();
            e.alsKaart().forEach((k, v) -> fouten.put(k.replace("scenario.", "").replace("naam", "scenarioNaam"), v));
            model.addAttribute("fouten", fouten);
            return "prognose/overzicht";
        }
    }

    @GetMapping("/prognoses/{id}")
    String een(@PathVariable String id, Model model, Locale taal) {
        var g = inzien();
        var p = prognoses.vind(Invoer.idInAdres(id, "Prognose")).orElseThrow(() -> new NietGevonden("Prognose"));
        var eigen = Prognoses.eigenRegio(g, gm -> jdbc.sql("select veiligheidsregio_code from gebieden.actuele_gemeente where code = ?")
                .param(gm).query(String.class).optional().orElse(null)).orElse(null);
        var uitslag = toetsingen.van(p);
        model.addAttribute("prognose", p);
        model.addAttribute("uitslag", uitslag);
        model.addAttribute("grafiek", Grafiek.van(uitslag.werkelijk(), p.maanden(), YearMonth.from(p.peildatum()), taal));
        var werkelijk = new java.util.HashMap<YearMonth, Double>();
        uitslag.werkelijk().forEach(w -> werkelijk.put(w.maand(), w.waarde()));
        model.addAttribute("werkelijk", werkelijk);
        model.addAttribute("regios", plaatsbehoefte.bereken(p).stream().filter(r -> eigen == null || eigen.equals(r.code())).toList());
        return "prognose/prognose";
    }

    @GetMapping("/prognoses/beoordelingen")
    String beoordelingen(Model model) {
        var g = inzien();
        vulBeoordelingen(model, g);
        model.addAttribute("invoer", new Beoordelingen.Tekstinvoer("", "", "", "", "", ""));
        return "prognose/beoordelingen";
    }

    private void vulBeoordelingen(Model model, Gebruiker g) {
        model.addAttribute("beoordelingen", beoordelingen.alle());
        model.addAttribute("volgende", beoordelingen.volgendeBeoordeling().orElse(null));
        model.addAttribute("magBeoordelen", Prognoses.magBeoordelen(g));
        model.addAttribute("prognoses", prognoses.pagina(0, 20));
    }

    @PostMapping("/prognoses/beoordelingen")
    String beoordeel(@RequestParam Map<String, String> p, Model model) {
        var g = beoordelaar();
        var invoer = new Beoordelingen.Tekstinvoer(p.get("prognoseId"), p.get("scenario"), p.get("besluit"), p.get("halfjaar"),
                p.get("landelijkTotaal"), p.get("toelichting"));
        try {
            beoordelingen.leg(invoer, g.gebruikersnaam());
            return "redirect:/prognoses/beoordelingen";
        } catch (OngeldigeInvoer e) {
            vulBeoordelingen(model, g);
            model.addAttribute("invoer", invoer);
            model.addAttribute("fouten", e.alsKaart());
            return "prognose/beoordelingen";
        }
    }

    @PostMapping("/prognoses/beoordelingen/{id}/vaststellen")
    String stelVast(@PathVariable String id, RedirectAttributes redirect) {
        var g = beoordelaar();
        var b = beoordelingen.stelVast(Invoer.idInAdres(id, "Beoordeling"), g.gebruikersnaam());
        return "redirect:/opgavebesluiten/" + b.opgavebesluitId();
    }

    @PostMapping("/prognoses/beoordelingen/{id}/laten-vervallen")
    String laatVervallen(@PathVariable String id) {
        var g = beoordelaar();
        beoordelingen.laatVervallen(Invoer.idInAdres(id, "Beoordeling"), g.gebruikersnaam());
        return "redirect:/prognoses/beoordelingen";
    }

    private Gebruiker inzien() {
        return toegang.huidigeGebruiker().filter(Prognoses::magInzien)
                .orElseThrow(() -> new AccessDeniedException("geen rol om prognoses te zien"));
    }

    private Gebruiker beoordelaar() {
        return toegang.huidigeGebruiker().filter(Prognoses::magBeoordelen)
                .orElseThrow(() -> new AccessDeniedException("alleen JenV beoordeelt prognoses"));
    }
}
