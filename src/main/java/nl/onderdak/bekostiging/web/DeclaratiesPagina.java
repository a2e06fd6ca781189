package nl.onderdak.bekostiging.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.onderdak.bekostiging.internal.Declaraties;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Toegang;
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

    DeclaratiesPagina(Declaraties declaraties, Toegang toegang) {
        this.declaraties = declaraties;
        this.toegang = toegang;
    }

    @GetMapping("/declaraties")
    String lijst(@RequestParam(required = false) String status, Model model) {
        var gebruiker = toegang.vereisGebruiker();
        Declaraties.Lijst lijst;
        try {
            lijst = declaraties.lijst(status, gebruiker);
        } catch (OngeldigeInvoer e) {
            status = null;
            lijst = declaraties.lijst(null, gebruiker);
        }
        model.addAttribute("lijst", lijst);
        model.addAttribute("status", status);
        model.addAttribute("statussen", Declaraties.STATUSSEN);
        model.addAttribute("categorieen", Declaraties.CATEGORIEEN);
        model.addAttribute("magIndienen", gebruiker.isGemeenteMedewerker());
        model.addAttribute("landelijk", !gebruiker.isGemeenteMedewerker());
        if (!model.containsAttribute("invulling")) {
            model.addAttribute("invulling", new Declaraties.Invulling(null, null, null, null, null));
        }
        return "bekostiging/declaraties";
    }

    @PostMapping("/declaraties")
    String indienen(@RequestParam(required = false) String bedrag, @RequestParam(required = false) String categorie,
            @RequestParam(required = false) String periodeVan, @RequestParam(required = false) String periodeTot,
            @RequestParam(required = false) String omschrijving, @RequestParam(required = false) List<MultipartFile> bijlagen,
            Model model, RedirectAttributes redirect) throws IOException {
        var gebruiker = toegang.vereisGebruiker();
        var invulling = new Declaraties.Invulling(bedrag, categorie, periodeVan, periodeTot, omschrijving);
        try {
            var d = declaraties.indienen(invulling, bestanden(bijlagen), gebruiker);
            redirect.addFlashAttribute("melding", "declaratie.ingediend.melding");
            return "redirect:/declaraties/" + d.declaratie().id();
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("invulling", invulling);
            return lijst(null, model);
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
        boolean ingediend = "ingediend".equals(d.status());
        model.addAttribute("magToevoegen", ingediend && gebruiker.isGemeenteMedewerker());
        model.addAttribute("magBeoordelen", ingediend && gebruiker.heeft(Rol.NOO_MEDEWERKER) && !gebruiker.isGemeenteMedewerker());
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
            var toegevoegd = declaraties.voegBijlagenToe(declaratie, bestanden, "bijlagen", gebruiker);
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
            var d = declaraties.beoordeel(declaratie, besluit, reden, gebruiker);
            redirect.addFlashAttribute("melding", "declaratie.beoordeeld." + d.declaratie().status());
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
    private static List<Declaraties.Bestand> bestanden(List<MultipartFile> bijlagen) throws IOException {
        var bestanden = new ArrayList<Declaraties.Bestand>();
        for (var f : bijlagen == null ? List.<MultipartFile>of() : bijlagen) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue;
            }
            bestanden.add(new Declaraties.Bestand(f.getOriginalFilename(), f.getBytes()));
        }
        return bestanden;
    }

    private static UUID uuid(String id) {
        return Invoer.idInAdres(id, "Declaratie");
    }
}
