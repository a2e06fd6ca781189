package nl.onderdak.leefgeld.web;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.onderdak.leefgeld.Betaalruns;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Payment runs in the UI: the list with a form for a new month, a progress page while the preview
 * is computed (htmx polling), the run with its lines, approval, execution, files and reconciliation.
 */
@Controller
class BetaalrunsPagina {

    /** A preview being computed in the background, for the user who started it. */
    static final class Taak {
        final UUID id = UUID.randomUUID();
        final String gebruiker;
        final java.time.Instant gestart;
        final AtomicInteger verwerkt = new AtomicInteger();
        volatile UUID run;
        volatile String fout;

        Taak(String gebruiker, java.time.Instant gestart) {
            this.gebruiker = gebruiker;
            this.gestart = gestart;
        }

        public UUID id() {
            return id;
        }

        public int verwerkt() {
            return verwerkt.get();
        }

        public UUID run() {
            return run;
        }

        public String fout() {
            return fout;
        }

        public boolean klaar() {
            return run != null || fout != null;
        }
    }

    private final Betaalruns runs;
    private final Toegang toegang;
    private final Clock clock;
    private final Map<UUID, Taak> taken = new ConcurrentHashMap<>();
    private final ExecutorService uitvoerder = Executors.newVirtualThreadPerTaskExecutor();

    BetaalrunsPagina(Betaalruns runs, Toegang toegang, Clock clock) {
        this.runs = runs;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/betaalruns")
    String lijst(Model model) {
        var gebruiker = gebruiker();
        model.addAttribute("runs", runs.vanGemeente(gebruiker));
        model.addAttribute("rekening", runs.rekening(gebruiker.eigenGemeente()).orElse(null));
        var voorstel = runs.rekeningvoorstel(gebruiker).orElse(null);
        model.addAttribute("voorstel", voorstel);
        model.addAttribute("magVoorstelBevestigen", voorstel != null && !voorstel.voorgesteldDoor().equals(gebruiker.gebruikersnaam()));
        if (!model.containsAttribute("maand")) {
            model.addAttribute("maand", YearMonth.now(clock).minusMonths(1).toString());
        }
        return "leefgeld/betaalruns";
    }

    @PostMapping("/betaalruns")
    String maak(@RequestParam(required = false) String maand, Model model) {
        var gebruiker = gebruiker();
        try {
            nl.onderdak.leefgeld.Leefgeld.maand(maand, "maand");
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("maand", maand);
            return lijst(model);
        }
        // Finished tasks are kept an hour for their progress page, then forgotten, as LocatieImport does.
        var grens = clock.instant().minusSeconds(3600);
        taken.values().removeIf(t -> t.klaar() && t.gestart.isBefore(grens));
        var taak = new Taak(gebruiker.gebruikersnaam(), clock.instant());
        taken.put(taak.id(), taak);
        uitvoerder.submit(() -> {
            try {
                taak.run = runs.maak(maand, gebruiker, taak.verwerkt::set).id();
            } catch (OngeldigeInvoer | Conflict e) {
                taak.fout = e.getMessage();
            } catch (RuntimeException e) {
                taak.fout = "De betaalrun kon niet worden gemaakt; er is niets vastgelegd. Probeer het opnieuw.";
            }
        });
        return "redirect:/betaalruns/taak/" + taak.id();
    }

    /** Progress of a preview being computed; htmx refreshes the status part until it is done. */
    @GetMapping("/betaalruns/taak/{id}")
    String taak(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var gebruiker = gebruiker();
        var taak = Optional.ofNullable(taken.get(Invoer.idInAdres(id, "Taak"))).filter(t -> t.gebruiker.equals(gebruiker.gebruikersnaam()))
                .orElseThrow(() -> new NietGevonden("Taak"));
        if (taak.run() != null && htmx == null) {
            return "redirect:/betaalruns/" + taak.run();
        }
        model.addAttribute("taak", taak);
        return htmx != null ? "leefgeld/taak :: stand" : "leefgeld/taak";
    }

    @GetMapping("/betaalruns/{id}")
    String run(@PathVariable String id, Model model) {
        var gebruiker = gebruiker();
        var run = runs.eigen(uuid(id), gebruiker);
        model.addAttribute("run", run);
        model.addAttribute("regels", runs.regels(run.id(), gebruiker, 200));
        model.addAttribute("magGoedkeuren", "concept".equals(run.status()) && !run.aangemaaktDoor().equals(gebruiker.gebruikersnaam()));
        model.addAttribute("rekening", runs.rekening(run.gemeenteCode()).orElse(null));
        model.addAttribute("mislukmeldingen", runs.openMislukmeldingen(run.id(), gebruiker));
        model.addAttribute("gebruikersnaam", gebruiker.gebruikersnaam());
        model.addAttribute("afgeschermd", runs.afgeschermdeBetalingen(run.id(), gebruiker));
        model.addAttribute("magAfgeschermd", gebruiker.heeft(nl.onderdak.toegang.Rol.MINDERJARIGEN));
        return "leefgeld/betaalrun";
    }

    @PostMapping("/betaalruns/{id}/goedkeuren")
    String keurGoed(@PathVariable String id, RedirectAttributes redirect) {
        return actie(id, redirect, "betaalrun.goedgekeurd", () -> runs.keurGoed(uuid(id), gebruiker()));
    }

    @PostMapping("/betaalruns/{id}/uitvoeren")
    String voerUit(@PathVariable String id, RedirectAttributes redirect) {
        return actie(id, redirect, "betaalrun.uitgevoerd", () -> runs.voerUit(uuid(id), gebruiker()));
    }

    @PostMapping("/betaalruns/{id}/intrekken")
    String trekIn(@PathVariable String id, RedirectAttributes redirect) {
        return actie(id, redirect, "betaalrun.ingetrokken", () -> runs.laatVervallen(uuid(id), gebruiker()));
    }

    @PostMapping("/betaalruns/{id}/bankresultaat")
    String bankresultaat(@PathVariable String id, @RequestParam(required = false) MultipartFile bestand, RedirectAttributes redirect)
            throws IOException {
        var inhoud = bestand == null ? null : bestand.getBytes();
        try {
            var a = runs.verwerkBankresultaat(uuid(id), inhoud, gebruiker());
            redirect.addFlashAttribute("afstemming", a);
        } catch (OngeldigeInvoer e) {
            redirect.addFlashAttribute("bankfouten", e.velden().stream().map(OngeldigeInvoer.Veld::reason).toList());
        } catch (Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/betaalruns/" + id;
    }

    @PostMapping("/betaalruns/{id}/mislukmeldingen/{endToEndId}/bevestigen")
    String bevestigMislukking(@PathVariable String id, @PathVariable String endToEndId, RedirectAttributes redirect) {
        return actie(id, redirect, "betaalrun.mislukkingBevestigd", () -> runs.bevestigMislukking(uuid(id), endToEndId, gebruiker()));
    }

    @PostMapping("/betaalruns/{id}/mislukmeldingen/{endToEndId}/afwijzen")
    String wijsMislukkingAf(@PathVariable String id, @PathVariable String endToEndId, RedirectAttributes redirect) {
        return actie(id, redirect, "betaalrun.mislukkingAfgewezen", () -> runs.wijsMislukkingAf(uuid(id), endToEndId, gebruiker()));
    }

    @PostMapping("/betaalruns/rekening/{voorstel}/bevestigen")
    String bevestigRekening(@PathVariable String voorstel, RedirectAttributes redirect) {
        return rekeningActie(redirect, "betaalrun.rekeningBevestigd",
                () -> runs.bevestigRekening(Invoer.idInAdres(voorstel, "Voorstel"), gebruiker()));
    }

    @PostMapping("/betaalruns/rekening/{voorstel}/afwijzen")
    String wijsRekeningAf(@PathVariable String voorstel, RedirectAttributes redirect) {
        return rekeningActie(redirect, "betaalrun.rekeningAfgewezen",
                () -> runs.wijsRekeningAf(Invoer.idInAdres(voorstel, "Voorstel"), gebruiker()));
    }

    private String rekeningActie(RedirectAttributes redirect, String melding, Runnable stap) {
        try {
            stap.run();
            redirect.addFlashAttribute("melding", melding);
        } catch (OngeldigeInvoer | Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/betaalruns";
    }

    @PostMapping("/betaalruns/rekening")
    String rekening(@RequestParam(required = false) String iban, @RequestParam(required = false) String bic, Model model,
            RedirectAttributes redirect) {
        try {
            runs.stelRekeningVoor(iban, bic, gebruiker());
            redirect.addFlashAttribute("melding", "betaalrun.rekeningVoorgesteld");
            return "redirect:/betaalruns";
        } catch (OngeldigeInvoer e) {
            model.addAttribute("rekeningfouten", e.alsKaart());
            model.addAttribute("iban", iban);
            model.addAttribute("bic", bic);
            return lijst(model);
        }
    }

    @GetMapping("/betaalruns/{id}/sepa.xml")
    ResponseEntity<byte[]> sepa(@PathVariable String id, @RequestParam(defaultValue = "false") boolean afgeschermd) {
        return bestand(runs.sepa(uuid(id), afgeschermd, gebruiker()), MediaType.APPLICATION_XML,
                (afgeschermd ? "leefgeld-afgeschermd-" : "leefgeld-") + id + ".xml");
    }

    @GetMapping("/betaalruns/{id}/kaslijst.pdf")
    ResponseEntity<byte[]> kaslijst(@PathVariable String id, @RequestParam(defaultValue = "false") boolean afgeschermd) {
        return bestand(runs.kaslijst(uuid(id), afgeschermd, gebruiker()), MediaType.APPLICATION_PDF,
                (afgeschermd ? "kaslijst-afgeschermd-" : "kaslijst-") + id + ".pdf");
    }

    @GetMapping("/betaalruns/{id}/prepaid.csv")
    ResponseEntity<byte[]> prepaid(@PathVariable String id, @RequestParam(defaultValue = "false") boolean afgeschermd) {
        return bestand(runs.prepaidlijst(uuid(id), afgeschermd, gebruiker()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                MediaType.parseMediaType("text/csv;charset=UTF-8"), (afgeschermd ? "prepaid-afgeschermd-" : "prepaid-") + id + ".csv");
    }

    /** A run's file as a download, for the page and the API alike; never shown inline. */
    static ResponseEntity<byte[]> bestand(byte[] inhoud, MediaType type, String naam) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + naam + "\"")
                .header("X-Content-Type-Options", "nosniff").body(inhoud);
    }

    private String actie(String id, RedirectAttributes redirect, String melding, Runnable stap) {
        try {
            stap.run();
            redirect.addFlashAttribute("melding", melding);
        } catch (OngeldigeInvoer | Conflict e) {
            redirect.addFlashAttribute("foutmelding", e.getMessage());
        }
        return "redirect:/betaalruns/" + id;
    }

    private Gebruiker gebruiker() {
        var g = toegang.vereisGebruiker();
        g.eigenGemeente();
        return g;
    }

    private static UUID uuid(String id) {
        return Invoer.idInAdres(id, "Betaalrun");
    }
}
