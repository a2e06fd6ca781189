// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.onderdak.bekostiging.internal.Claims;
import nl.onderdak.bekostiging.internal.Normbedrag;
import nl.onderdak.bekostiging.internal.Normbedragen;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Csv;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.Xlsx;
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

/** The claim page with its CSV and XLSX export, and the norm amounts page. */
@Controller
class ClaimPagina {

    static final List<String> KOLOMMEN = List.of("gemeentecode", "gemeente", "jaar", "opvangvorm", "omschrijving", "van", "tot", "eenheden", "eenheid",
            "normbedrag", "normbedrag_vanaf", "voorstel", "bron", "bedrag", "uitleg");

    private final Claims claims;
    private final Normbedragen normbedragen;
    private final Toegang toegang;
    private final Clock clock;

    ClaimPagina(Claims claims, Normbedragen normbedragen, Toegang toegang, Clock clock) {
        this.claims = claims;
        this.normbedragen = normbedragen;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/bekostiging")
    String claim(@RequestParam(required = false) String gemeente, @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot, Model model) {
        var gebruiker = toegang.vereisGebruiker();
        var eigen = gebruiker.isGemeenteMedewerker() ? gebruiker.eigenGemeente() : null;
        var vandaag = LocalDate.now(clock);
        var g = gemeente == null || gemeente.isBlank() ? eigen : gemeente;
        var v = van == null ? vandaag.withDayOfYear(1).toString() : van;
        var t = tot == null ? vandaag.toString() : tot;
        model.addAttribute("gemeente", g);
        model.addAttribute("van", v);
        model.addAttribute("tot", t);
        model.addAttribute("kiestGemeente", eigen == null);
        if (g != null) {
            try {
                model.addAttribute("claim", claims.claim(g, v, t, gebruiker));
            } catch (OngeldigeInvoer e) {
                model.addAttribute("fouten", e.alsKaart());
            }
        }
        return "bekostiging/claim";
    }

    @GetMapping("/bekostiging/claim.csv")
    void csv(@RequestParam(required = false) String gemeente, @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot, HttpServletResponse response) throws IOException {
        var claim = claims.claim(gemeente, van, tot, toegang.vereisGebruiker());
        response.setContentType(Csv.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"claim-" + claim.gemeenteCode() + "-" + claim.van() + "-"
                + claim.tot() + ".csv\"");
        response.getOutputStream().write(Csv.bestand(KOLOMMEN, rijen(claim)));
    }

    @GetMapping("/bekostiging/claim.xlsx")
    void xlsx(@RequestParam(required = false) String gemeente, @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot, HttpServletResponse response) throws IOException {
        var claim = claims.claim(gemeente, van, tot, toegang.vereisGebruiker());
        response.setContentType(Xlsx.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"claim-" + claim.gemeenteCode() + "-" + claim.van() + "-"
                + claim.tot() + ".xlsx\"");
        var jaren = new ArrayList<List<Object>>();
        claim.perJaar().forEach(j -> jaren.add(Arrays.asList(claim.gemeenteCode(), claim.gemeente(), j.jaar(), j.goo(), j.poo(), j.totaal())));
        Xlsx.schrijf(List.of(new Xlsx.Blad("Claim", KOLOMMEN, rijen(claim)),
                new Xlsx.Blad("Per jaar (SiSa)", List.of("gemeentecode", "gemeente", "jaar", "goo", "poo", "totaal"), jaren)), response.getOutputStream());
    }

    static final List<String> OVERZICHTKOLOMMEN = List.of("gemeentecode", "gemeente", "gemeentelijke_opvang", "particuliere_opvang", "totaal",
            "voorlopig", "onvolledig");

    /**
     * The claims of all gemeenten for a period in one table, with national totals, for the NOO, the ministry and
     * beheer: searchable on part of a gemeente's name or code and sorted by name or by highest total. The total
     * row stays the national one, also when the search shows fewer gemeenten. Wrong parameters are named next
     * to their field and all gemeenten are shown by name.
     */
    @GetMapping("/bekostiging/overzicht")
    String overzicht(@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
            @RequestParam(required = false) String zoek, @RequestParam(required = false) String sorteer, Model model) {
        var gebruiker = toegang.vereisGebruiker();
        if (!Claims.magOverzichtZien(gebruiker)) {
            throw new org.springframework.security.access.AccessDeniedException("alleen landelijk");
        }
        var vandaag = LocalDate.now(clock);
        var v = van == null ? vandaag.withDayOfYear(1).toString() : van;
        var t = tot == null ? vandaag.toString() : tot;
        model.addAttribute("van", v);
        model.addAttribute("tot", t);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var z = Invoer.schoon(zoek);
        if (z != null && z.length() > ZOEK_MAX) {
            fouten.add(new OngeldigeInvoer.Veld("zoek", Berichten.tekst("overzicht.fout.zoek", ZOEK_MAX)));
            z = null;
        }
        var s = Invoer.schoon(sorteer) == null ? "gemeente" : Invoer.schoon(sorteer);
        if (!OVERZICHTVOLGORDEN.contains(s)) {
            fouten.add(new OngeldigeInvoer.Veld("sorteer", Berichten.tekst("overzicht.fout.sorteer")));
            s = "gemeente";
        }
        model.addAttribute("zoek", z == null ? "" : z);
        model.addAttribute("sorteer", s);
        model.addAttribute("volgorden", OVERZICHTVOLGORDEN);
        try {
            var o = claims.overzicht(v, t, gebruiker);
            model.addAttribute("overzicht", o);
            model.addAttribute("getoond", getoond(o.gemeenten(), z, s));
        } catch (OngeldigeInvoer e) {
            fouten.addAll(e.velden());
        }
        if (!fouten.isEmpty()) {
            model.addAttribute("fouten", new OngeldigeInvoer(fouten).alsKaart());
        }
        return "bekostiging/overzicht";
    }

    private static final int ZOEK_MAX = 100;
    private static final List<String> OVERZICHTVOLGORDEN = List.of("gemeente", "bedrag");

    /**
     * The rows that match part of the name or code, by name (as computed) or highest total first; the claims are
     * computed for every gemeente anyway for the national total, so this narrows the computed rows.
     */
    static List<Claims.Gemeenteclaim> getoond(List<Claims.Gemeenteclaim> alle, @Nullable String zoek, String sorteer) {
        var deel = zoek == null ? null : zoek.toLowerCase(java.util.Locale.ROOT);
        var rijen = alle.stream().filter(g -> deel == null || g.gemeente().toLowerCase(java.util.Locale.ROOT).contains(deel)
                || g.gemeenteCode().toLowerCase(java.util.Locale.ROOT).contains(deel));
        if (sorteer.equals("bedrag")) {
            rijen = rijen.sorted(java.util.Comparator.comparing(Claims.Gemeenteclaim::totaal).reversed()
                    .thenComparing(Claims.Gemeenteclaim::gemeenteCode));
        }
        return rijen.toList();
    }

    @GetMapping("/bekostiging/overzicht.csv")
    void overzichtCsv(@RequestParam(required = false) String van, @RequestParam(required = false) String tot, HttpServletResponse response)
            throws IOException {
        var o = claims.overzicht(van, tot, toegang.vereisGebruiker());
        response.setContentType(Csv.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"claims-alle-gemeenten-" + o.van() + "-" + o.tot() + ".csv\"");
        response.getOutputStream().write(Csv.bestand(OVERZICHTKOLOMMEN, overzichtrijen(o)));
    }

    @GetMapping("/bekostiging/overzicht.xlsx")
    void overzichtXlsx(@RequestParam(required = false) String van, @RequestParam(required = false) String tot, HttpServletResponse response)
            throws IOException {
        var o = claims.overzicht(van, tot, toegang.vereisGebruiker());
        response.setContentType(Xlsx.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"claims-alle-gemeenten-" + o.van() + "-" + o.tot() + ".xlsx\"");
        Xlsx.schrijf(new Xlsx.Blad("Claims", OVERZICHTKOLOMMEN, overzichtrijen(o)), response.getOutputStream());
    }

    /** One row per gemeente and a last row with the national totals, which are the sum of the rows above. */
    private static List<List<Object>> overzichtrijen(Claims.Overzicht o) {
        var rijen = new ArrayList<List<Object>>();
        for (var g : o.gemeenten()) {
            rijen.add(List.of(g.gemeenteCode(), g.gemeente(), g.goo(), g.poo(), g.totaal(), jaNee(g.voorlopig()), jaNee(g.onvolledig())));
        }
        rijen.add(List.of("", Berichten.tekst("claim.totaal"), o.goo(), o.poo(), o.totaal(), jaNee(o.voorlopig()), jaNee(o.onvolledig())));
        return rijen;
    }

    /** Yes or no in words, in the language of the user who downloads. */
    private static String jaNee(boolean waar) {
        return Berichten.tekst(waar ? "claim.export.ja" : "claim.export.nee");
    }

    private static List<List<Object>> rijen(Claims.Claim claim) {
        var rijen = new ArrayList<List<Object>>();
        for (var r : claim.regels()) {
            var rij = new ArrayList<Object>();
            rij.add(claim.gemeenteCode());
            rij.add(claim.gemeente());
            rij.add(r.van().getYear());
            rij.add(r.opvangvorm());
            rij.add(r.omschrijving());
            rij.add(r.van());
            rij.add(r.tot());
            rij.add(r.eenheden());
            rij.add(r.eenheid());
            rij.add(r.tarief());
            rij.add(r.tariefVanaf());
            rij.add(jaNee(r.voorstel()));
            rij.add(r.bron());
            rij.add(r.bedrag());
            rij.add(r.uitleg());
            rijen.add(rij);
        }
        return rijen;
    }

    @GetMapping("/bekostiging/normbedragen")
    String normbedragen(Model model) {
        var gebruiker = toegang.vereisGebruiker();
        model.addAttribute("rijen", normbedragen.rijen());
        var geldend = new ArrayList<Normbedrag>();
        for (var vorm : Normbedrag.Opvangvorm.values()) {
            geldend.addAll(normbedragen.geldend(vorm));
        }
        model.addAttribute("geldend", geldend);
        model.addAttribute("beheerder", gebruiker.heeft(Rol.BEHEERDER));
        return "bekostiging/normbedragen";
    }

    @PostMapping("/bekostiging/normbedragen")
    String voegToe(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        try {
            normbedragen.voegToe(p.get("geldigVanaf"), p.get("geldigTot"), p.get("opvangvorm"), p.get("bedrag"), p.get("status"),
                    p.get("toelichting"), p.get("bron"), toegang.vereisGebruiker());
            redirect.addFlashAttribute("melding", "normbedragen.toegevoegd");
            return "redirect:/bekostiging/normbedragen";
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("invoer", p);
            return normbedragen(model);
        } catch (Conflict e) {
            model.addAttribute("foutmelding", e.getMessage());
            model.addAttribute("invoer", p);
            return normbedragen(model);
        }
    }

    @PostMapping("/bekostiging/normbedragen/{id}/bevestigen")
    String bevestig(@PathVariable long id, RedirectAttributes redirect) {
        Gebruiker gebruiker = toegang.vereisGebruiker();
        try {
            normbedragen.bevestig(id, null, gebruiker);
            redirect.addFlashAttribute("melding", "normbedragen.bevestigd");
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/bekostiging/normbedragen";
    }
}
