// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.leefgeld.internal.Huishoudleefgeld;
import nl.onderdak.leefgeld.internal.betaalrun.Betalingen;
import nl.onderdak.leefgeld.internal.LeefgeldTarieven;
import nl.onderdak.leefgeld.internal.Maanden;
import nl.onderdak.plaatsing.Gastverblijven;
import nl.onderdak.platform.Invoer;
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

/** A household's living allowance in the UI: the month's amount with its explanation, how it is paid, decisions and host stays. */
@Controller
class LeefgeldPagina {

    private final Huishoudleefgeld leefgeld;
    private final Gastverblijven gastverblijven;
    private final LeefgeldTarieven tarieven;
    private final Betalingen betalingen;
    private final Toegang toegang;
    private final Clock clock;

    LeefgeldPagina(Huishoudleefgeld leefgeld, Gastverblijven gastverblijven, LeefgeldTarieven tarieven, Betalingen betalingen,
            Toegang toegang, Clock clock) {
        this.leefgeld = leefgeld;
        this.betalingen = betalingen;
        this.gastverblijven = gastverblijven;
        this.tarieven = tarieven;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/{id}/leefgeld")
    String leefgeld(@PathVariable String id, @RequestParam(required = false) String maand, Model model) {
        var gebruiker = toegang.vereisGebruiker();
        var huishouden = uuid(id);
        YearMonth m;
        try {
            m = maand == null || maand.isBlank() ? YearMonth.now(clock) : Maanden.lees(maand, "maand");
        } catch (OngeldigeInvoer e) {
            model.addAttribute("maandfouten", e.alsKaart());
            m = YearMonth.now(clock);
        }
        model.addAttribute("huishoudenId", huishouden);
        model.addAttribute("maand", m.toString());
        model.addAttribute("uitkomst", leefgeld.berekening(huishouden, m, gebruiker));
        model.addAttribute("betaalwijze", leefgeld.betaalwijze(huishouden, gebruiker).orElse(null));
        model.addAttribute("besluiten", leefgeld.besluiten(huishouden, gebruiker));
        model.addAttribute("gastverblijven", gastverblijven.van(huishouden, gebruiker));
        // In scope: the calls above checked it (404 otherwise) and logged the view of the members.
        model.addAttribute("betalingen", betalingen.vanHuishouden(huishouden.waarde(), gebruiker));
        return "leefgeld/huishouden";
    }

    @PostMapping("/huishoudens/{id}/betaalwijze")
    String betaalwijze(@PathVariable String id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        return actie(id, p, redirect, "betaalwijzefouten", "leefgeld.betaalwijzeVastgelegd",
                () -> leefgeld.legBetaalwijzeVast(uuid(id), new Huishoudleefgeld.BetaalwijzeInvoer(p.get("methode"), p.get("iban"),
                        p.get("tenaamstelling"), p.get("kaartnummer")), gebruiker()));
    }

    @PostMapping("/huishoudens/{id}/leefgeldbesluiten")
    String besluit(@PathVariable String id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        return actie(id, p, redirect, "besluitfouten", "leefgeld.besluitVastgelegd",
                () -> leefgeld.neemBesluit(uuid(id), new Huishoudleefgeld.BesluitInvoer(p.get("soort"), p.get("vanaf"), p.get("tot"),
                        p.get("reden")), gebruiker()));
    }

    @PostMapping("/huishoudens/{id}/gastverblijven")
    String gastverblijf(@PathVariable String id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        return actie(id, p, redirect, "gastfouten", "leefgeld.gastverblijfVastgelegd",
                () -> gastverblijven.legVast(uuid(id), p.get("gastVan"), p.get("gastTot"), p.get("gastgezin"), gebruiker()));
    }

    @GetMapping("/leefgeld/tarieven")
    String tarieven(Model model) {
        var gebruiker = toegang.vereisGebruiker();
        model.addAttribute("rijen", tarieven.rijen());
        model.addAttribute("magToevoegen", LeefgeldTarieven.magTariefToevoegen(gebruiker));
        return "leefgeld/tarieven";
    }

    @PostMapping("/leefgeld/tarieven")
    String voegTariefToe(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            tarieven.voegToe(p.get("geldigVanaf"), p.get("geldigTot"), p.get("component"), p.get("leeftijdsgroep"), p.get("huishoudenMin"),
                    p.get("huishoudenMax"), p.get("bedrag"), p.get("bron"), toegang.vereisGebruiker());
            redirect.addFlashAttribute("melding", "tarieven.toegevoegd");
            return "redirect:/leefgeld/tarieven";
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("invoer", p);
            return tarieven(model);
        }
    }

    private String actie(String id, Map<String, String> p, RedirectAttributes redirect, String foutsleutel, String melding, Runnable stap) {
        try {
            stap.run();
            redirect.addFlashAttribute("melding", melding);
        } catch (OngeldigeInvoer e) {
            // Field names are prefixed per form on the page, so messages land next to the right field.
            var kaart = new java.util.LinkedHashMap<String, String>();
            e.alsKaart().forEach((k, v) -> kaart.put(veldnaam(foutsleutel, k), v));
            redirect.addFlashAttribute(foutsleutel, kaart);
            redirect.addFlashAttribute("invoer", p);
        } catch (nl.onderdak.platform.Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/huishoudens/" + id + "/leefgeld" + (p.get("maand") == null ? "" : "?maand=" + p.get("maand"));
    }

    private static String veldnaam(String formulier, String veld) {
        return formulier.equals("gastfouten") && (veld.equals("van") || veld.equals("tot"))
                ? "gast" + Character.toUpperCase(veld.charAt(0)) + veld.substring(1) : veld;
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static HuishoudenId uuid(String id) {
        return new HuishoudenId(Invoer.idInAdres(id, "Huishouden"));
    }
}
