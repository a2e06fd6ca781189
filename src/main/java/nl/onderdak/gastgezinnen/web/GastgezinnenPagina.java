// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.gastgezinnen.Gastgezinstatus;
import nl.onderdak.gastgezinnen.internal.Gastgezinregister;
import nl.onderdak.gastgezinnen.internal.Koppelvoorstellen;
import nl.onderdak.gastgezinnen.internal.Opvolging;
import nl.onderdak.gastgezinnen.internal.Particuliereopvang;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Menubijdrage;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of private reception. The matching organisation: hosts and their screening, requests,
 * the proposal with a confirm button per pair, matches with aftercare. A gemeente: the hosts in its
 * area, its requests (and filing one), its matches (ending one), the private reception view.
 * The same service methods as the API decide access.
 */
@Controller
class GastgezinnenPagina {

    @Component
    static class Menu implements Menubijdrage {
        @Override
        public List<Ingang> ingangen() {
            return List.of(new Ingang("menu.gastgezinnen", "/gastgezinnen", 35, Gastgezinregister::magZien),
                    new Ingang("menu.particuliereOpvang", "/particuliere-opvang", 36, GastgezinnenPagina::magOverzichtZien));
        }
    }

    /**
     * Safety regions, the national bodies (LCVS, KCIO, NOO, JenV) and the matching organisation see private
     * reception as numbers. Not the national administrator: rates and reference data are its work, and
     * its menu is the longest already.
     */
    static boolean magOverzichtZien(@Nullable Gebruiker g) {
        return g != null && (g.organisatie().soort() == Organisatie.Soort.VEILIGHEIDSREGIO
                || (g.organisatie().soort() == Organisatie.Soort.LANDELIJK && !g.heeft(nl.onderdak.toegang.Rol.BEHEERDER))
                || Gastgezinregister.isMatcher(g));
    }

    /** The region page (per gemeente of the region) and the national page (per region; a region by its code). Numbers only. */
    @GetMapping("/particuliere-opvang")
    String particuliereOpvang(@RequestParam(required = false) @Nullable String regio, Model model) {
        var g = toegang.vereisGebruiker();
        if (!magOverzichtZien(g)) {
            throw new NietGevonden("Particuliere opvang");
        }
        model.addAttribute("uitsplitsing", overzicht.uitsplitsing(regio, g));
        model.addAttribute("landelijk", g.organisatie().soort() != Organisatie.Soort.VEILIGHEIDSREGIO);
        return "gastgezinnen/regio";
    }

    private final Gastgezinregister register;
    private final Koppelvoorstellen voorstellen;
    private final Opvolging opvolging;
    private final Particuliereopvang overzicht;
    private final Toegang toegang;

    GastgezinnenPagina(Gastgezinregister register, Koppelvoorstellen voorstellen, Opvolging opvolging, Particuliereopvang overzicht,
            Toegang toegang) {
        this.register = register;
        this.voorstellen = voorstellen;
        this.opvolging = opvolging;
        this.overzicht = overzicht;
        this.toegang = toegang;
    }

    private Gebruiker gebruiker() {
        var g = toegang.vereisGebruiker();
        if (!Gastgezinregister.magZien(g)) {
            throw new NietGevonden("Gastgezinnen");
        }
        return g;
    }

    /** The list's parameters as typed, in the order the page's links carry them. */
    private static Map<String, String> lijstinvoer(Map<String, String> p, String... namen) {
        var uit = new LinkedHashMap<String, String>();
        for (var n : namen) {
            uit.put(n, p.getOrDefault(n, ""));
        }
        return uit;
    }

    @GetMapping("/gastgezinnen")
    String gastgezinnen(@RequestParam Map<String, String> p, Model model) {
        var g = gebruiker();
        var invoer = lijstinvoer(p, "zoek", "status", "sorteer", "aantal", "pagina");
        nl.onderdak.platform.Pagina<Gastgezinregister.Gastgezin> lijst;
        try {
            lijst = register.gastgezinnen(invoer.get("zoek"), invoer.get("status"), invoer.get("sorteer"), invoer.get("pagina"),
                    invoer.get("aantal"), g);
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            lijst = register.gastgezinnen(null, null, null, null, null, g);
        }
        model.addAttribute("matcher", Gastgezinregister.isMatcher(g));
        model.addAttribute("invoer", invoer);
        model.addAttribute("status", invoer.get("status").isBlank() ? null : invoer.get("status"));
        model.addAttribute("lijst", lijst);
        model.addAttribute("gastgezinnen", lijst.regels());
        model.addAttribute("sorteer", invoer.get("sorteer").isBlank() ? "-aangemeld" : invoer.get("sorteer"));
        model.addAttribute("statussen", java.util.Arrays.stream(Gastgezinstatus.values()).map(Gastgezinstatus::code).toList());
        model.addAttribute("overzicht", overzicht.overzicht(null, null, g));
        return "gastgezinnen/lijst";
    }

    @GetMapping("/gastgezinnen/nieuw")
    String nieuw(Model model) {
        vereisMatcher();
        model.addAttribute("matcher", true);
        return "gastgezinnen/nieuw";
    }

    /** The matching organisation records an offer it got by phone or e-mail: the same fields and checks as the API. */
    @PostMapping("/gastgezinnen/nieuw")
    String legVast(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        var g = vereisMatcher();
        try {
            var id = register.registreer(AanmeldPagina.invoer(p), g);
            redirect.addFlashAttribute("melding", "pagina.gastgezinVastgelegd");
            return "redirect:/gastgezinnen/" + id;
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
        }
        model.addAttribute("matcher", true);
        model.addAttribute("invoer", p);
        return "gastgezinnen/nieuw";
    }

    private Gebruiker vereisMatcher() {
        var g = gebruiker();
        if (!Gastgezinregister.isMatcher(g)) {
            throw new NietGevonden("Gastgezin");
        }
        return g;
    }

    @PostMapping("/gastgezinnen/{id}/_terugtrekken")
    String trekTerug(@PathVariable String id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        var g = vereisMatcher();
        try {
            register.trekTerug(Invoer.idInAdres(id, "Gastgezin"), p.get("reden"), g);
            redirect.addFlashAttribute("melding", "pagina.teruggetrokken");
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute("terugFouten", e.alsKaart());
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/gastgezinnen/" + Invoer.idInAdres(id, "Gastgezin");
    }

    @GetMapping("/gastgezinnen/{id}")
    String gastgezin(@PathVariable String id, Model model) {
        var g = gebruiker();
        model.addAttribute("matcher", Gastgezinregister.isMatcher(g));
        model.addAttribute("g", register.gastgezin(Invoer.idInAdres(id, "Gastgezin"), g));
        return "gastgezinnen/gastgezin";
    }

    @PostMapping("/gastgezinnen/{id}/screening")
    String screening(@PathVariable String id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        var g = gebruiker();
        try {
            register.screen(Invoer.idInAdres(id, "Gastgezin"), p.get("stap"), p.get("uitkomst"), p.get("datum"), p.get("geldigTot"),
                    p.get("toelichting"), g);
            redirect.addFlashAttribute("melding", "pagina.screeningVastgelegd");
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute("fouten", e.alsKaart());
            redirect.addFlashAttribute("invoer", p);
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/gastgezinnen/" + id;
    }

    @GetMapping("/gastgezinnen/verzoeken")
    String verzoeken(@RequestParam Map<String, String> p, Model model) {
        var g = gebruiker();
        var invoer = lijstinvoer(p, "zoek", "status", "sorteer", "aantal", "pagina");
        nl.onderdak.platform.Pagina<Gastgezinregister.Verzoek> lijst;
        try {
            lijst = register.verzoeken(invoer.get("zoek"), invoer.get("status"), invoer.get("sorteer"), invoer.get("pagina"), invoer.get("aantal"), g);
        } catch (OngeldigeInvoer e) {
            model.addAttribute("lijstFouten", e.alsKaart());
            lijst = register.verzoeken(null, null, null, null, null, g);
        }
        model.addAttribute("matcher", Gastgezinregister.isMatcher(g));
        model.addAttribute("lijstinvoer", invoer);
        model.addAttribute("lijst", lijst);
        model.addAttribute("verzoeken", lijst.regels());
        model.addAttribute("sorteer", invoer.get("sorteer").isBlank() ? "ingediend" : invoer.get("sorteer"));
        return "gastgezinnen/verzoeken";
    }

    /** The gemeente asks a host family for one of its households, from the household page's button. */
    @GetMapping("/huishoudens/{id}/gastgezinverzoek")
    String verzoekFormulier(@PathVariable String id, Model model) {
        var g = gebruiker();
        var huishouden = new HuishoudenId(Invoer.idInAdres(id, "Huishouden"));
        register.vereisEigenHuishouden(huishouden, g);
        model.addAttribute("huishouden", huishouden.waarde());
        model.addAttribute("lopend", register.lopendVerzoek(huishouden.waarde()).orElse(null));
        return "gastgezinnen/huishoudenverzoek";
    }

    @PostMapping("/huishoudens/{id}/gastgezinverzoek")
    String verzoekVanHuishouden(@PathVariable String id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        var g = gebruiker();
        var huishouden = new HuishoudenId(Invoer.idInAdres(id, "Huishouden"));
        register.vereisEigenHuishouden(huishouden, g);
        try {
            var talen = p.get("talen") == null || p.get("talen").isBlank() ? List.<String>of() : List.of(p.get("talen").strip().split("[,\\s]+"));
            var nieuw = register.vraagGastgezin(huishouden, p.get("toelichting"), talen, p.containsKey("huisdieren"), p.containsKey("toegankelijk"),
                    p.get("verwachteStart"), p.get("maanden"), g);
            redirect.addFlashAttribute("melding", "pagina.verzoekIngediend");
            return "redirect:/gastgezinnen/verzoeken/" + nieuw;
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
        } catch (Conflict e) {
            model.addAttribute("foutmelding", e.getMessage());
        }
        model.addAttribute("huishouden", huishouden.waarde());
        model.addAttribute("lopend", register.lopendVerzoek(huishouden.waarde()).orElse(null));
        model.addAttribute("invoer", p);
        return "gastgezinnen/huishoudenverzoek";
    }

    @GetMapping("/gastgezinnen/verzoeken/{id}")
    String verzoek(@PathVariable String id, Model model) {
        model.addAttribute("v", register.verzoek(Invoer.idInAdres(id, "Verzoek"), gebruiker()));
        return "gastgezinnen/verzoek";
    }

    @PostMapping("/gastgezinnen/verzoeken")
    String vraag(@RequestParam Map<String, String> p, RedirectAttributes redirect) {
        var g = gebruiker();
        try {
            var talen = p.get("talen") == null || p.get("talen").isBlank() ? List.<String>of()
                    : List.of(p.get("talen").split("[,\\s]+"));
            var id = register.vraagGastgezin(new HuishoudenId(Invoer.idInAdres(p.get("huishouden"), "Huishouden")), p.get("toelichting"), talen,
                    p.containsKey("huisdieren"), p.containsKey("toegankelijk"), p.get("verwachteStart"), p.get("maanden"), g);
            redirect.addFlashAttribute("melding", "pagina.verzoekIngediend");
            return "redirect:/gastgezinnen/verzoeken/" + id;
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute("fouten", e.alsKaart());
        } catch (Conflict | NietGevonden e) {
            redirect.addFlashAttribute("foutmelding", e instanceof NietGevonden ? nl.onderdak.platform.Berichten.tekst("pagina.huishoudenOnbekend") : e.getMessage());
        }
        redirect.addFlashAttribute("invoer", p);
        return "redirect:/gastgezinnen/verzoeken";
    }

    @GetMapping("/gastgezinnen/voorstellen")
    String voorstellen(Model model) {
        var g = gebruiker();
        if (!Gastgezinregister.isMatcher(g)) {
            throw new NietGevonden("Voorstellen");
        }
        model.addAttribute("vandaag", register.vandaag());
        model.addAttribute("voorstellen", voorstellen.voorstellen(g));
        return "gastgezinnen/voorstellen";
    }

    @PostMapping("/gastgezinnen/koppelingen")
    String koppel(@RequestParam Map<String, String> p, RedirectAttributes redirect) {
        var g = gebruiker();
        try {
            var k = register.koppel(p.get("huishouden"), p.get("gastgezin"), p.get("vanaf"), g);
            redirect.addFlashAttribute("melding", "pagina.gekoppeld");
            return "redirect:/gastgezinnen/koppelingen/" + k.id();
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute("foutmelding", String.join(" ", e.alsKaart().values()));
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/gastgezinnen/voorstellen";
    }

    @GetMapping("/gastgezinnen/koppelingen")
    String koppelingen(Model model) {
        model.addAttribute("koppelingen", register.koppelingen(gebruiker()));
        return "gastgezinnen/koppelingen";
    }

    @GetMapping("/gastgezinnen/koppelingen/{id}")
    String koppeling(@PathVariable String id, Model model) {
        var g = gebruiker();
        var k = register.zichtbareKoppeling(Invoer.idInAdres(id, "Koppeling"), g);
        model.addAttribute("k", k);
        model.addAttribute("matcher", Gastgezinregister.isMatcher(g));
        model.addAttribute("magBeeindigen", Gastgezinregister.isMatcher(g)
                || k.huishoudenGemeente().code().equals(g.organisatie().gemeenteCode()));
        model.addAttribute("signalen", opvolging.signalen(k.id()));
        model.addAttribute("redenen", Gastgezinregister.Einde.values());
        return "gastgezinnen/koppeling";
    }

    @PostMapping("/gastgezinnen/koppelingen/{id}/_beeindigen")
    String beeindig(@PathVariable String id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        var g = gebruiker();
        try {
            register.beeindig(Invoer.idInAdres(id, "Koppeling"), p.get("datum"), p.get("reden"), p.get("toelichting"), g);
            redirect.addFlashAttribute("melding", "pagina.beeindigd");
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute("fouten", e.alsKaart());
            redirect.addFlashAttribute("invoer", p);
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/gastgezinnen/koppelingen/" + id;
    }

    @PostMapping("/gastgezinnen/koppelingen/{id}/signalen")
    String signaal(@PathVariable String id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        try {
            opvolging.meldSignaal(Invoer.idInAdres(id, "Koppeling"), p.get("soort"), p.get("toelichting"), gebruiker());
            redirect.addFlashAttribute("melding", "pagina.signaalGemeld");
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute("foutmelding", String.join(" ", e.alsKaart().values()));
        }
        return "redirect:/gastgezinnen/koppelingen/" + id;
    }

    @PostMapping("/gastgezinnen/koppelingen/{id}/contacten")
    String contact(@PathVariable String id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        opvolging.legContactVast(Invoer.idInAdres(id, "Koppeling"), p.get("soort"), gebruiker());
        redirect.addFlashAttribute("melding", "pagina.contactVastgelegd");
        return "redirect:/gastgezinnen/koppelingen/" + id;
    }

    @PostMapping("/gastgezinnen/signalen/{id}/_afhandelen")
    String handelAf(@PathVariable String id, @RequestParam(required = false) String koppeling, RedirectAttributes redirect) {
        try {
            opvolging.handelAf(Invoer.idInAdres(id, "Signaal"), gebruiker());
            redirect.addFlashAttribute("melding", "pagina.signaalAfgehandeld");
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/gastgezinnen/koppelingen/" + Invoer.idInAdres(koppeling, "Koppeling");
    }
}
