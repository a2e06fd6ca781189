// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.gebieden.GemeenteFilter;
import nl.onderdak.gebieden.Grootteklasse;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages with the reference geography: lists with filter and sort, a page per gemeente and region. */
@Controller
class GebiedenPagina {

    private final Gebieden gebieden;
    private final GebiedenParameters parameters;

    GebiedenPagina(Gebieden gebieden, GebiedenParameters parameters) {
        this.gebieden = gebieden;
        this.parameters = parameters;
    }

    @GetMapping("/gemeenten")
    String gemeenten(@RequestParam Map<String, String> p, Model model) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var keuze = parameters.keuze(p.get("indeling"), p.get("peiljaar"), fouten);
        var filter = parameters.filter(p.get("naam"), p.get("veiligheidsregio"), p.get("provincie"),
                p.get("grootteklasse"), p.get("sorteer"), fouten);
        if (!fouten.isEmpty()) {
            keuze = parameters.keuze(null, null);
            filter = GemeenteFilter.alles();
        }
        var lijst = gebieden.gemeenten(keuze.indeling(), keuze.peiljaar(), filter);
        model.addAttribute("fouten", alsKaart(fouten));
        model.addAttribute("keuze", keuze);
        model.addAttribute("filter", filter);
        model.addAttribute("param", p);
        model.addAttribute("gemeenten", lijst);
        model.addAttribute("indelingen", gebieden.indelingen());
        model.addAttribute("peiljaren", gebieden.peiljaren(keuze.indeling()));
        model.addAttribute("regios", gebieden.veiligheidsregios(keuze.indeling(), keuze.peiljaar()));
        model.addAttribute("provincies", gebieden.provincies());
        model.addAttribute("klassen", Grootteklasse.values());
        model.addAttribute("totaalInwoners", lijst.stream().allMatch(g -> g.inwoners() != null)
                ? lijst.stream().mapToLong(g -> g.inwoners()).sum() : null);
        return "gebieden/gemeenten";
    }

    @GetMapping("/gemeenten/{code}")
    String gemeente(@PathVariable String code, @RequestParam(required = false) String indeling, Model model) {
        var keuze = parameters.keuze(indeling, null);
        var gemeentecode = GebiedenParameters.gemeentecode(code).orElseThrow(() -> new NietGevonden("Gemeente " + code));
        var gemeente = gebieden.gemeente(gemeentecode, keuze.indeling(), keuze.peiljaar())
                .orElseThrow(() -> new NietGevonden("Gemeente " + code));
        var perJaar = gebieden.peiljaren(keuze.indeling()).stream()
                .map(jaar -> gebieden.gemeente(gemeentecode, keuze.indeling(), jaar).orElseThrow()).toList();
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("perJaar", perJaar);
        model.addAttribute("keuze", keuze);
        return "gebieden/gemeente";
    }

    @GetMapping("/veiligheidsregios")
    String regios(@RequestParam(required = false) String indeling, @RequestParam(required = false) String peiljaar,
            Model model) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var keuze = parameters.keuze(indeling, peiljaar, fouten);
        if (!fouten.isEmpty()) {
            keuze = parameters.keuze(null, null);
        }
        model.addAttribute("fouten", alsKaart(fouten));
        model.addAttribute("keuze", keuze);
        model.addAttribute("regios", gebieden.veiligheidsregios(keuze.indeling(), keuze.peiljaar()));
        model.addAttribute("indelingen", gebieden.indelingen());
        model.addAttribute("peiljaren", gebieden.peiljaren(keuze.indeling()));
        return "gebieden/veiligheidsregios";
    }

    @GetMapping("/veiligheidsregios/{code}")
    String regio(@PathVariable String code, @RequestParam(required = false) String indeling,
            @RequestParam(required = false) String peiljaar, Model model) {
        var keuze = parameters.keuze(indeling, peiljaar);
        var regio = gebieden.veiligheidsregio(code, keuze.indeling(), keuze.peiljaar())
                .orElseThrow(() -> new NietGevonden("Veiligheidsregio " + code));
        model.addAttribute("regio", regio);
        model.addAttribute("keuze", keuze);
        model.addAttribute("gemeenten", gebieden.gemeenten(keuze.indeling(), keuze.peiljaar(),
                new GemeenteFilter(null, code, null, null, GemeenteFilter.Sortering.NAAM, false)));
        return "gebieden/veiligheidsregio";
    }

    static Map<String, String> alsKaart(java.util.List<OngeldigeInvoer.Veld> fouten) {
        var kaart = new LinkedHashMap<String, String>();
        fouten.forEach(f -> kaart.merge(f.name(), f.reason(), (a, b) -> a + " " + b));
        return kaart;
    }
}
