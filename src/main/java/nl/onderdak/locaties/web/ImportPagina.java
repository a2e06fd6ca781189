// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.web;

import java.io.IOException;
import nl.onderdak.locaties.internal.LocatieImport;
import nl.onderdak.platform.Achtergrondtaken;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.Xlsx;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
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

/** Template download and upload of a gemeente's locations, with progress while the import runs. */
@Controller
class ImportPagina {

    private final LocatieImport locatieImport;
    private final Toegang toegang;

    ImportPagina(LocatieImport locatieImport, Toegang toegang) {
        this.locatieImport = locatieImport;
        this.toegang = toegang;
    }

    @GetMapping("/opvanglocaties/import")
    String formulier() {
        gemeentemedewerker();
        return "locaties/import";
    }

    @GetMapping("/opvanglocaties/import/sjabloon.xlsx")
    ResponseEntity<byte[]> sjabloon() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"onderdak-locaties-sjabloon.xlsx\"")
                .contentType(MediaType.parseMediaType(Xlsx.MEDIA_TYPE))
                .body(LocatieImport.sjabloon());
    }

    @PostMapping("/opvanglocaties/import")
    String upload(@RequestParam(required = false) MultipartFile bestand, Model model) throws IOException {
        var gebruiker = gemeentemedewerker();
        if (bestand == null || bestand.isEmpty()) {
            model.addAttribute("fouten", java.util.Map.of("bestand", nl.onderdak.platform.Berichten.tekst("import.fout.bestand")));
            return "locaties/import";
        }
        var voortgang = locatieImport.start(bestand.getBytes(), gebruiker);
        return "redirect:/opvanglocaties/import/" + voortgang.id();
    }

    /** The progress page; htmx refreshes its status part until the import has finished. */
    @GetMapping("/opvanglocaties/import/{id}")
    String voortgang(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var gebruiker = gemeentemedewerker();
        var taak = new Achtergrondtaken.TaakId(Invoer.idInAdres(id, "Import"));
        model.addAttribute("voortgang", locatieImport.voortgang(taak, gebruiker).orElseThrow(() -> new NietGevonden("Import")));
        return htmx != null ? "locaties/import-voortgang :: stand" : "locaties/import-voortgang";
    }

    private Gebruiker gemeentemedewerker() {
        var gebruiker = toegang.vereisGebruiker();
        gebruiker.eigenGemeente();
        return gebruiker;
    }
}
