// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.onderdak.bewoners.internal.TeVaakGeweigerd;
import nl.onderdak.bewoners.internal.importeren.Bewonersimport;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Csv;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page where a gemeente uploads a BRP extract: the whole file is checked on upload (errors by row
 * and column on the same page, nothing written), then written in the background with a progress page.
 */
@Controller
class BewonersimportPagina {

    private final Bewonersimport bewonersimport;
    private final Toegang toegang;

    BewonersimportPagina(Bewonersimport bewonersimport, Toegang toegang) {
        this.bewonersimport = bewonersimport;
        this.toegang = toegang;
    }

    @GetMapping("/bewoners/import")
    String formulier(Model model) {
        gemeentemedewerker();
        model.addAttribute("kolommen", Arrays.asList(Bewonersimport.Kolom.values()));
        return "bewoners/import";
    }

    /** An example file with the headings and one made-up household (BSNs that pass the elfproef but are test numbers). */
    @GetMapping("/bewoners/import/voorbeeld.csv")
    ResponseEntity<byte[]> voorbeeld() {
        gemeentemedewerker();
        var koppen = Arrays.stream(Bewonersimport.Kolom.values()).map(Bewonersimport.Kolom::kop).toList();
        List<List<?>> rijen = List.of(
                List.of("999990019", "Olena", "", "Kovalenko", "14-03-1985", "V", "Oekraïense", "Stationsstraat", "12", "",
                        "3511 AB", "Utrecht", "1"),
                List.of("999990020", "Maksym", "", "Kovalenko", "02-09-2012", "M", "Oekraïense", "Stationsstraat", "12", "",
                        "3511 AB", "Utrecht", "1"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"onderdak-bewoners-voorbeeld.csv\"")
                .contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .body((Csv.BOM + Csv.tabel(koppen, rijen)).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/bewoners/import")
    String upload(@RequestParam(required = false) @Nullable MultipartFile bestand, Model model) throws IOException {
        var gebruiker = gemeentemedewerker();
        model.addAttribute("kolommen", Arrays.asList(Bewonersimport.Kolom.values()));
        if (bestand == null || bestand.isEmpty()) {
            model.addAttribute("fouten", Map.of("bestand", Berichten.tekst("bewonersimport.fout.kiesBestand")));
            return "bewoners/import";
        }
        try {
            var plan = bewonersimport.controleer(bestand.getBytes(), gebruiker);
            if (plan.eerder().isPresent()) {
                model.addAttribute("eerder", plan.eerder().get());
                return "bewoners/import";
            }
            return "redirect:/bewoners/import/" + bewonersimport.start(plan, gebruiker);
        } catch (Bewonersimport.Afgewezen e) {
            model.addAttribute("fouten", Map.of("bestand", Berichten.tekst("bewonersimport.fout.afgewezen", e.fouten().size())));
            model.addAttribute("importfouten", e.fouten());
            return "bewoners/import";
        } catch (TeVaakGeweigerd e) {
            model.addAttribute("fouten", Map.of("bestand", e.getMessage()));
            return "bewoners/import";
        }
    }

    /** The progress page; htmx refreshes its status part until the import has finished. */
    @GetMapping("/bewoners/import/{id}")
    String voortgang(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        var gebruiker = gemeentemedewerker();
        var status = bewonersimport.status(Invoer.idInAdres(id, "Import"), gebruiker).orElseThrow(() -> new NietGevonden("Import"));
        model.addAttribute("status", status);
        return htmx != null ? "bewoners/import-voortgang :: stand" : "bewoners/import-voortgang";
    }

    private Gebruiker gemeentemedewerker() {
        var gebruiker = toegang.vereisGebruiker();
        gebruiker.eigenGemeente();
        return gebruiker;
    }
}
