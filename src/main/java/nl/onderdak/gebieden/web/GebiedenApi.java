// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.gebieden.GemeenteFilter;
import nl.onderdak.gebieden.Gemeente;
import nl.onderdak.gebieden.Provincie;
import nl.onderdak.gebieden.Veiligheidsregio;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data: gemeenten, veiligheidsregio's and provincies with their CBS figures. No login needed. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Gebieden", description = "Referentiegeografie van het CBS (open data)")
class GebiedenApi {

    record Verwijzing(String code, String naam) {
    }

    record GemeenteAntwoord(String code, String naam, Verwijzing veiligheidsregio, Verwijzing provincie,
            LocalDate indeling, int peiljaar, Integer inwoners, Integer landoppervlakteHa, String grootteklasse) {
        static GemeenteAntwoord van(Gemeente g) {
            return new GemeenteAntwoord(g.code(), g.naam(), new Verwijzing(g.veiligheidsregioCode(), g.veiligheidsregioNaam()),
                    new Verwijzing(g.provincieCode(), g.provincieNaam()), g.indeling(), g.peiljaar(), g.inwoners(),
                    g.landoppervlakteHa(), g.grootteklasse().code());
        }
    }

    record GemeentenAntwoord(LocalDate indeling, int peiljaar, int aantal, List<GemeenteAntwoord> gemeenten) {
    }

    record RegioAntwoord(String code, String naam, Verwijzing provincie, LocalDate indeling, int peiljaar,
            int aantalGemeenten, Long inwoners, Long landoppervlakteHa) {
        static RegioAntwoord van(Veiligheidsregio v) {
            return new RegioAntwoord(v.code(), v.naam(), new Verwijzing(v.provincieCode(), v.provincieNaam()),
                    v.indeling(), v.peiljaar(), v.aantalGemeenten(), v.inwoners(), v.landoppervlakteHa());
        }
    }

    record RegiosAntwoord(LocalDate indeling, int peiljaar, int aantal, List<RegioAntwoord> veiligheidsregios) {
    }

    record RegioMetGemeenten(RegioAntwoord veiligheidsregio, List<GemeenteAntwoord> gemeenten) {
    }

    record ProvinciesAntwoord(List<Provincie> provincies) {
    }

    private final Gebieden gebieden;
    private final GebiedenParameters parameters;

    GebiedenApi(Gebieden gebieden, GebiedenParameters parameters) {
        this.gebieden = gebieden;
        this.parameters = parameters;
    }

    @GetMapping("/gemeenten")
    @Operation(summary = "Gemeenten met inwoners, landoppervlakte en grootteklasse",
            description = "Standaard de huidige indeling en het nieuwste peiljaar. Een onbekend cijfer is null.")
    GemeentenAntwoord gemeenten(
            @RequestParam(required = false) String indeling,
            @RequestParam(required = false) String peiljaar,
            @RequestParam(required = false) String naam,
            @RequestParam(required = false) String veiligheidsregio,
            @RequestParam(required = false) String provincie,
            @RequestParam(required = false) String grootteklasse,
            @RequestParam(required = false) String sorteer) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var keuze = parameters.keuze(indeling, peiljaar, fouten);
        var filter = parameters.filter(naam, veiligheidsregio, provincie, grootteklasse, sorteer, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var lijst = gebieden.gemeenten(keuze.indeling(), keuze.peiljaar(), filter).stream()
                .map(GemeenteAntwoord::van).toList();
        return new GemeentenAntwoord(keuze.indeling(), keuze.peiljaar(), lijst.size(), lijst);
    }

    @GetMapping("/gemeenten/{code}")
    @Operation(summary = "Eén gemeente")
    GemeenteAntwoord gemeente(@PathVariable String code,
            @RequestParam(required = false) String indeling,
            @RequestParam(required = false) String peiljaar) {
        var keuze = parameters.keuze(indeling, peiljaar);
        return GebiedenParameters.gemeentecode(code)
                .flatMap(c -> gebieden.gemeente(c, keuze.indeling(), keuze.peiljaar())).map(GemeenteAntwoord::van)
                .orElseThrow(() -> new NietGevonden("Gemeente " + code + " in indeling " + keuze.indeling()));
    }

    @GetMapping("/veiligheidsregios")
    @Operation(summary = "Veiligheidsregio's met de sommen van hun gemeenten",
            description = "Een som is null als een cijfer van een van de gemeenten onbekend is.")
    RegiosAntwoord veiligheidsregios(@RequestParam(required = false) String indeling,
            @RequestParam(required = false) String peiljaar) {
        var keuze = parameters.keuze(indeling, peiljaar);
        var lijst = gebieden.veiligheidsregios(keuze.indeling(), keuze.peiljaar()).stream().map(RegioAntwoord::van).toList();
        return new RegiosAntwoord(keuze.indeling(), keuze.peiljaar(), lijst.size(), lijst);
    }

    @GetMapping("/veiligheidsregios/{code}")
    @Operation(summary = "Eén veiligheidsregio met haar gemeenten")
    RegioMetGemeenten veiligheidsregio(@PathVariable String code,
            @RequestParam(required = false) String indeling,
            @RequestParam(required = false) String peiljaar) {
        var keuze = parameters.keuze(indeling, peiljaar);
        var regio = gebieden.veiligheidsregio(code, keuze.indeling(), keuze.peiljaar())
                .orElseThrow(() -> new NietGevonden("Veiligheidsregio " + code));
        var filter = new GemeenteFilter(null, code, null, null, GemeenteFilter.Sortering.NAAM, false);
        return new RegioMetGemeenten(RegioAntwoord.van(regio),
                gebieden.gemeenten(keuze.indeling(), keuze.peiljaar(), filter).stream().map(GemeenteAntwoord::van).toList());
    }

    @GetMapping("/provincies")
    @Operation(summary = "Provincies")
    ProvinciesAntwoord provincies() {
        return new ProvinciesAntwoord(gebieden.provincies());
    }
}
