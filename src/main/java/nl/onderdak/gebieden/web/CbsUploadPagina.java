// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden.web;

import java.io.IOException;
import java.time.LocalDate;
import nl.onderdak.gebieden.internal.CbsImport;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload of a newer CBS gemeente file by a national administrator (path secured as /beheer/**). */
@Controller
class CbsUploadPagina {

    private final CbsImport cbsImport;
    CbsUploadPagina(CbsImport cbsImport) {
        this.cbsImport = cbsImport;
    }

    @GetMapping("/beheer/cbs")
    String formulier() {
        return "beheer/cbs";
    }

    @PostMapping("/beheer/cbs")
    String upload(@RequestParam(required = false) String indeling, @RequestParam(required = false) MultipartFile bestand,
            @RequestParam(required = false) String bron, Principal principal, Model model,
            RedirectAttributes redirect) throws IOException {
        var fouten = new java.util.LinkedHashMap<String, String>();
        // 1-1-2025 as well as the 2025-01-01 a date field sends; a wrong date is named as everywhere, never as JJJJ-MM-DD.
        var datumfouten = new java.util.ArrayList<nl.onderdak.platform.OngeldigeInvoer.Veld>();
        LocalDate datum = nl.onderdak.platform.Invoer.datum(indeling, "indeling", false, datumfouten);
        if (!datumfouten.isEmpty()) {
            fouten.put("indeling", datumfouten.getFirst().reason());
        } else if (datum == null) {
            fouten.put("indeling", nl.onderdak.platform.Berichten.tekst("cbs.fout.indeling"));
        }
        if (bestand == null || bestand.isEmpty()) {
            fouten.put("bestand", nl.onderdak.platform.Berichten.tekst("cbs.fout.bestand"));
        }
        if (bron == null || bron.isBlank()) {
            fouten.put("bron", nl.onderdak.platform.Berichten.tekst("cbs.fout.bron"));
        }
        model.addAttribute("invoer", java.util.Map.of("indeling", indeling == null ? "" : indeling, "bron", bron == null ? "" : bron));
        if (!fouten.isEmpty()) {
            model.addAttribute("fouten", fouten);
            return "beheer/cbs";
        }
        var door = principal.getName();
        var uitkomst = cbsImport.importeer(datum, bestand.getBytes(), bron.strip(), door);
        if (!uitkomst.gelukt()) {
            model.addAttribute("regelfouten", uitkomst.fouten());
            return "beheer/cbs";
        }
        redirect.addFlashAttribute("gelukt", uitkomst.aantalGemeenten());
        redirect.addFlashAttribute("geladenIndeling", datum.toString());
        return "redirect:/beheer/cbs";
    }
}
