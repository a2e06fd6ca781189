// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import nl.onderdak.bekostiging.internal.DeclaratieId;
import nl.onderdak.bekostiging.internal.DeclaratieToegang;
import nl.onderdak.bekostiging.internal.DeclaratieValidatie;
import nl.onderdak.bekostiging.internal.Declaratiecategorie;
import nl.onderdak.bekostiging.internal.Declaraties;
import nl.onderdak.platform.Besluitwoorden;
import nl.onderdak.platform.Bijlagecontrole;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Declarations in the UI: the list with (for a gemeente) the form to submit one with attachments; a
 * declaration with its history and attachments, where the gemeente adds attachments and the NOO
 * approves or rejects.
 */
@Controller
class DeclaratiesPagina {

    private final Declaraties declaraties;
    private final Toegang toegang;
    private final Clock clock;

    DeclaratiesPagina(Declaraties declaraties, Toegang toegang, Clock clock) {
        this.declaraties = declaraties;
        this.toegang = toegang;
        this.clock = clock;
    }

    /**
     * The declarations the user sees: filtered by status, searched, sorted and paged with the total over all
     * pages, so every older declaration can be reached. Wrong parameters are named next to their field and the
     * unfiltered first page is shown.
     */
    @GetMapping("/declaraties")
    String lijst(@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String zoek,
            @RequestParam(required = false) @Nullable String sorteer, @RequestParam(required = false) @Nullable String pagina,
            @RequestParam(required = false) @Nullable String aantal, Model model) {
        var gebruiker = toegang.vereisGebruiker();
        // The order of these parameters is the order in the paging links' addresses.
        var invoer = new LinkedHashMap<String, String>();
        invoer.put("status", status == null ? "" : status);
        invoer.put("zoek", zoek == null ? "" : zoek);
        invoer.put("sorteer", sorteer == null ? "" : sorteer);
        invoer.put("aantal", aantal == null ? "" : aantal);
        model.addAttribute("invoer", invoer);
        try {
            model.addAttribute("lijst", declaraties.zoek(status, zoek, sorteer, pagina, aantal, gebruiker));
        } catch (OngeldigeInvoer e) {
            model.addAttribute("lijstfouten", e.alsKaart());
            model.addAttribute("lijst", declaraties.zoek(null, null, null, null, null, gebruiker));
        }
        model.addAttribute("statussen", Besluitwoorden.STANDAARD.alle());
        model.addAttribute("volgorden", Arrays.stream(Declaraties.Volgorde.values()).map(Declaraties.Volgorde::woord).toList());
        model.addAttribute("woorden", Besluitwoorden.STANDAARD);
        model.addAttribute("categorieen", Declaratiecategorie.codes());
        model.addAttribute("magIndienen", DeclaratieToegang.magIndienen(gebruiker));
        model.addAttribute("landelijk", !gebruiker.isGemeenteMedewerker());
        if (!model.containsAttribute("invulling")) {
            model.addAttribute("invulling", DeclaratieValidatie.Invulling.LEEG);
        }
        return "bekostiging/declaraties";
    }

    @PostMapping("/declaraties")
    String indienen(@RequestParam(required = false) String bedrag, @RequestParam(required = false) String categorie,
            @RequestParam(required = false) String periodeVan, @RequestParam(required = false) String periodeTot,
            @RequestParam(required = false) String omschrijving, @RequestParam(required = false) List<MultipartFile> bijlagen,
            Model model, RedirectAttributes redirect) throws IOException {
        var gebruiker = toegang.vereisGebruiker();
        var invulling = new DeclaratieValidatie.Invulling(bedrag, categorie, periodeVan, periodeTot, omschrijving);
        try {
            var d = declaraties.indienen(DeclaratieValidatie.indiening(invulling, bestanden(bijlagen), declaraties.vandaag()), gebruiker);
            redirect.addFlashAttribute("melding", "declaratie.ingediend.melding");
            return "redirect:/declaraties/" + d.declaratie().id();
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("invulling", invulling);
            return lijst(null, null, null, null, null, model);
        }
    }

    @GetMapping("/declaraties/{id}")
    String declaratie(@PathVariable String id, Model model) {
        var gebruiker = toegang.vereisGebruiker();
        var details = declaraties.een(uuid(id), gebruiker);
        var d = details.declaratie();
        model.addAttribute("details", details);
        model.addAttribute("d", d);
        model.addAttribute("omschrijvingRegels", d.omschrijving().lines().toList());
        boolean open = !d.status().besloten();
        model.addAttribute("magToevoegen", open && DeclaratieToegang.magBijlagenToevoegen(gebruiker, d.gemeenteCode()));
        model.addAttribute("magBeoordelen", open && DeclaratieToegang.magBeoordelen(gebruiker, d.gemeenteCode()));
        model.addAttribute("woorden", Besluitwoorden.STANDAARD);
        model.addAttribute("tijdzone", clock.getZone());
        model.addAttribute("landelijk", !gebruiker.isGemeenteMedewerker());
        return "bekostiging/declaratie";
    }

    @PostMapping("/declaraties/{id}/bijlagen")
    String voegBijlagenToe(@PathVariable String id, @RequestParam(required = false) List<MultipartFile> bijlagen, Model model,
            RedirectAttributes redirect) throws IOException {
        var gebruiker = toegang.vereisGebruiker();
        var declaratie = uuid(id);
        var bestanden = bestanden(bijlagen);
        try {
            var toegevoegd = declaraties.voegBijlagenToe(declaratie, DeclaratieValidatie.bijlagen(bestanden, "bijlagen"), gebruiker);
            redirect.addFlashAttribute("melding", toegevoegd.stream().allMatch(Declaraties.Toegevoegd::nieuw)
                    ? "declaratie.bijlagenToegevoegd" : "declaratie.bijlagenAlAanwezig");
        } catch (OngeldigeInvoer e) {
            model.addAttribute("bijlagefouten", e.alsKaart());
            return declaratie(id, model);
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/declaraties/" + declaratie;
    }

    @PostMapping("/declaraties/{id}/beoordelen")
    String beoordeel(@PathVariable String id, @RequestParam(required = false) String besluit, @RequestParam(required = false) String reden,
            Model model, RedirectAttributes redirect) {
        var gebruiker = toegang.vereisGebruiker();
        var declaratie = uuid(id);
        try {
            var d = declaraties.beoordeel(declaratie, DeclaratieValidatie.besluit(besluit, reden), gebruiker);
            redirect.addFlashAttribute("melding", "declaratie.beoordeeld." + Declaraties.woord(d.declaratie().status()));
        } catch (OngeldigeInvoer e) {
            model.addAttribute("besluitfouten", e.alsKaart());
            model.addAttribute("besluit", besluit);
            model.addAttribute("reden", reden);
            return declaratie(id, model);
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/declaraties/" + declaratie;
    }

    @GetMapping("/declaraties/{id}/bijlagen/{bijlageId}")
    ResponseEntity<byte[]> bijlage(@PathVariable String id, @PathVariable String bijlageId) {
        return alsBijlage(declaraties.bijlage(uuid(id), Invoer.idInAdres(bijlageId, "Bijlage"), toegang.vereisGebruiker()));
    }

    /**
     * An attachment as a download: its recognised media type, always saved rather than shown
     * ({@code attachment}), no content sniffing by the browser, and a sandbox should it be opened anyway.
     */
    static ResponseEntity<byte[]> alsBijlage(Declaraties.Download download) {
        var b = download.bijlage();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(b.mediatype()))
                .contentLength(download.inhoud().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(b.bestandsnaam(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(download.inhoud());
    }

    /** The chosen files; a browser sends an empty part when none was chosen. */
    private static List<Bijlagecontrole.Bestand> bestanden(List<MultipartFile> bijlagen) throws IOException {
        var bestanden = new ArrayList<Bijlagecontrole.Bestand>();
        for (var f : bijlagen == null ? List.<MultipartFile>of() : bijlagen) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue;
            }
            bestanden.add(new Bijlagecontrole.Bestand(f.getOriginalFilename(), f.getBytes()));
        }
        return bestanden;
    }

    private static DeclaratieId uuid(String id) {
        return DeclaratieId.uitAdres(id);
    }
}
