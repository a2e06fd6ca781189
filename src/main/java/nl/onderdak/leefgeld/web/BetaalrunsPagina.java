// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import nl.onderdak.leefgeld.internal.Maanden;
import nl.onderdak.leefgeld.internal.betaalrun.Bankafstemming;
import nl.onderdak.leefgeld.internal.betaalrun.Betaalbestanden;
import nl.onderdak.leefgeld.internal.betaalrun.Betaalrun;
import nl.onderdak.leefgeld.internal.betaalrun.BetaalrunId;
import nl.onderdak.leefgeld.internal.betaalrun.Betaalrunlevenscyclus;
import nl.onderdak.leefgeld.internal.betaalrun.Betalingen;
import nl.onderdak.leefgeld.internal.betaalrun.Betaalrunstatus;
import nl.onderdak.leefgeld.internal.betaalrun.Gemeenterekening;
import nl.onderdak.platform.Achtergrondtaken;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Payment runs in the UI: the list with a form for a new month, a progress page while the preview
 * is computed (htmx polling), the run with its lines, approval, execution, files and reconciliation.
 */
@Controller
class BetaalrunsPagina {

    /** The kind of background task, for the task's owner check and the log. */
    private static final Achtergrondtaken.Soort<BetaalrunId> TAAKSOORT = new Achtergrondtaken.Soort<>("betaalrun",
            new tools.jackson.core.type.TypeReference<BetaalrunId>() { });
    /** The message key of the sentence a failed task shows, in the language of the user who started it. */
    private static final String MISLUKT = "betaalruns.mislukt";

    /** What the progress page shows of a preview being computed (the template's names since before Achtergrondtaken). */
    record Taakstand(Achtergrondtaken.TaakId id, int verwerkt, @Nullable BetaalrunId run, @Nullable String fout, boolean klaar) {
        static Taakstand van(Achtergrondtaken.Taak<BetaalrunId> t) {
            return new Taakstand(t.id(), t.verwerkt(), t.uitkomst(), t.fout(), t.klaar());
        }
    }

    private final Betaalrunlevenscyclus runs;
    private final Betaalbestanden bestanden;
    private final Bankafstemming afstemming;
    private final Gemeenterekening rekeningen;
    private final Achtergrondtaken taken;
    private final Betalingen betalingen;
    private final Toegang toegang;
    private final Clock clock;

    BetaalrunsPagina(Betaalrunlevenscyclus runs, Betaalbestanden bestanden, Bankafstemming afstemming, Gemeenterekening rekeningen,
            Achtergrondtaken taken, Betalingen betalingen, Toegang toegang, Clock clock) {
        this.betalingen = betalingen;
        this.runs = runs;
        this.bestanden = bestanden;
        this.afstemming = afstemming;
        this.rekeningen = rekeningen;
        this.taken = taken;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/betaalruns")
    String lijst(Model model) {
        var gebruiker = gebruiker();
        model.addAttribute("runs", runs.vanGemeente(gebruiker));
        model.addAttribute("rekening", rekeningen.rekening(gebruiker.eigenGemeente()).orElse(null));
        var voorstel = rekeningen.rekeningvoorstel(gebruiker).orElse(null);
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
        YearMonth m;
        try {
            m = Maanden.lees(maand, "maand");
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("maand", maand);
            return lijst(model);
        }
        // Finished tasks are kept 24 hours for their progress page (in the database, for every instance); a failure is logged by Achtergrondtaken.
        var taak = taken.start(TAAKSOORT, gebruiker.gebruikersnaam(), Berichten.tekst(MISLUKT),
                voortgang -> runs.maak(m, gebruiker, voortgang::verwerkt).id());
        return "redirect:/betaalruns/taak/" + taak.id();
    }

    /**
     * The failed payments of the user's gemeente that wait for a correction, each with what to do next:
     * searched, sorted and paged ({@code huishouden} narrows it to one household, as the work item links).
     * Wrong parameters are named next to their field and the unfiltered first page is shown.
     */
    @GetMapping("/betaalruns/mislukt")
    String mislukt(@RequestParam(required = false) @Nullable String zoek, @RequestParam(required = false) @Nullable String huishouden,
            @RequestParam(required = false) @Nullable String sorteer, @RequestParam(required = false) @Nullable String pagina,
            @RequestParam(required = false) @Nullable String aantal, Model model) {
        var gebruiker = gebruiker();
        // The order of these parameters is the order in the paging links' addresses.
        var invoer = new java.util.LinkedHashMap<String, String>();
        invoer.put("zoek", zoek == null ? "" : zoek);
        invoer.put("huishouden", huishouden == null ? "" : huishouden);
        invoer.put("sorteer", sorteer == null ? "" : sorteer);
        invoer.put("aantal", aantal == null ? "" : aantal);
        model.addAttribute("invoer", invoer);
        try {
            model.addAttribute("lijst", betalingen.zoekTeCorrigeren(gebruiker, zoek, huishouden, sorteer, pagina, aantal));
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            invoer.put("huishouden", "");
            model.addAttribute("lijst", betalingen.zoekTeCorrigeren(gebruiker, null, null, null, null, null));
        }
        return "leefgeld/mislukt";
    }

    /** Progress of a preview being computed; htmx refreshes the status part until it is done. */
    @GetMapping("/betaalruns/taak/{id}")
    String taak(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var gebruiker = gebruiker();
        var taak = taken.<BetaalrunId>vind(new Achtergrondtaken.TaakId(Invoer.idInAdres(id, "Taak")), TAAKSOORT, gebruiker.gebruikersnaam())
                .map(Taakstand::van).orElseThrow(() -> new NietGevonden("Taak"));
        if (taak.run() != null && htmx == null) {
            return "redirect:/betaalruns/" + taak.run();
        }
        model.addAttribute("taak", taak);
        return htmx != null ? "leefgeld/taak :: stand" : "leefgeld/taak";
    }

    /**
     * A run with its lines: searched, sorted and paged, with the number of all of them, so an approver of a large
     * gemeente reaches every household. Wrong parameters are named next to their field and the first page is shown.
     */
    @GetMapping("/betaalruns/{id}")
    String run(@PathVariable String id, @RequestParam(required = false) @Nullable String zoek,
            @RequestParam(required = false) @Nullable String sorteer, @RequestParam(required = false) @Nullable String pagina,
            @RequestParam(required = false) @Nullable String aantal, Model model) {
        var gebruiker = gebruiker();
        var run = runs.eigen(uuid(id), gebruiker);
        model.addAttribute("run", run);
        // The order of these parameters is the order in the paging links' addresses.
        var invoer = new java.util.LinkedHashMap<String, String>();
        invoer.put("zoek", zoek == null ? "" : zoek);
        invoer.put("sorteer", sorteer == null ? "" : sorteer);
        invoer.put("aantal", aantal == null ? "" : aantal);
        model.addAttribute("invoer", invoer);
        try {
            model.addAttribute("lijst", runs.zoekRegels(run.id(), gebruiker, zoek, sorteer, pagina, aantal));
        } catch (OngeldigeInvoer e) {
            model.addAttribute("fouten", e.alsKaart());
            model.addAttribute("lijst", runs.zoekRegels(run.id(), gebruiker, null, null, null, null));
        }
        model.addAttribute("afgeschermdeRegels", runs.afgeschermdeRegels(run.id(), gebruiker));
        model.addAttribute("redenen", nl.onderdak.leefgeld.internal.betaalrun.Tegenhoudreden.IN_TAAL);
        model.addAttribute("magGoedkeuren", run.status() == Betaalrunstatus.CONCEPT
                && run.magGoedkeuren(gebruiker));
        model.addAttribute("rekening", rekeningen.rekening(run.gemeenteCode()).orElse(null));
        model.addAttribute("mislukmeldingen", afstemming.openMislukmeldingen(run.id(), gebruiker));
        model.addAttribute("gebruikersnaam", gebruiker.gebruikersnaam());
        // The page asks per method word (afgeschermd.get('bank')), as the message keys do.
        var afgeschermd = new HashMap<String, Integer>();
        bestanden.afgeschermdeBetalingen(run.id(), gebruiker).forEach((m, n) -> afgeschermd.put(m.woord(), n));
        model.addAttribute("afgeschermd", afgeschermd);
        model.addAttribute("magAfgeschermd", gebruiker.heeft(Rol.MINDERJARIGEN));
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
            var a = afstemming.verwerkBankresultaat(uuid(id), inhoud, gebruiker());
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
        return actie(id, redirect, "betaalrun.mislukkingBevestigd", () -> afstemming.bevestigMislukking(uuid(id), endToEndId, gebruiker()));
    }

    @PostMapping("/betaalruns/{id}/mislukmeldingen/{endToEndId}/afwijzen")
    String wijsMislukkingAf(@PathVariable String id, @PathVariable String endToEndId, RedirectAttributes redirect) {
        return actie(id, redirect, "betaalrun.mislukkingAfgewezen", () -> afstemming.wijsMislukkingAf(uuid(id), endToEndId, gebruiker()));
    }

    @PostMapping("/betaalruns/rekening/{voorstel}/bevestigen")
    String bevestigRekening(@PathVariable String voorstel, RedirectAttributes redirect) {
        return rekeningActie(redirect, "betaalrun.rekeningBevestigd",
                () -> rekeningen.bevestigRekening(Invoer.idInAdres(voorstel, "Voorstel"), gebruiker()));
    }

    @PostMapping("/betaalruns/rekening/{voorstel}/afwijzen")
    String wijsRekeningAf(@PathVariable String voorstel, RedirectAttributes redirect) {
        return rekeningActie(redirect, "betaalrun.rekeningAfgewezen",
                () -> rekeningen.wijsRekeningAf(Invoer.idInAdres(voorstel, "Voorstel"), gebruiker()));
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
            rekeningen.stelRekeningVoor(iban, bic, gebruiker());
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
        var g = gebruiker();
        return bestand(bestanden.sepa(uuid(id), afgeschermd, g), MediaType.APPLICATION_XML,
                bestandsnaam("leefgeld", afgeschermd, runs.eigen(uuid(id), g), "xml"));
    }

    @GetMapping("/betaalruns/{id}/kaslijst.pdf")
    ResponseEntity<byte[]> kaslijst(@PathVariable String id, @RequestParam(defaultValue = "false") boolean afgeschermd) {
        var g = gebruiker();
        return bestand(bestanden.kaslijst(uuid(id), afgeschermd, g), MediaType.APPLICATION_PDF,
                bestandsnaam("kaslijst", afgeschermd, runs.eigen(uuid(id), g), "pdf"));
    }

    @GetMapping("/betaalruns/{id}/prepaid.csv")
    ResponseEntity<byte[]> prepaid(@PathVariable String id, @RequestParam(defaultValue = "false") boolean afgeschermd) {
        var g = gebruiker();
        return bestand(bestanden.prepaidlijst(uuid(id), afgeschermd, g).getBytes(StandardCharsets.UTF_8),
                MediaType.parseMediaType("text/csv;charset=UTF-8"), bestandsnaam("prepaid", afgeschermd, runs.eigen(uuid(id), g), "csv"));
    }

    /**
     * A file name that says what the file is: kind, gemeente and month ({@code leefgeld-GM0344-2024-11.xml}), with
     * {@code afgeschermd} for the separate files of households with a child travelling alone. A second run of the same
     * month (second attempts) gets its number ({@code -run2}), so two downloads never overwrite each other unnoticed.
     */
    static String bestandsnaam(String soort, boolean afgeschermd, Betaalrun run, String extensie) {
        return soort + (afgeschermd ? "-afgeschermd-" : "-") + run.gemeenteCode() + "-" + run.maand()
                + (run.volgnummer() > 1 ? "-run" + run.volgnummer() : "") + "." + extensie;
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

    private static BetaalrunId uuid(String id) {
        return new BetaalrunId(Invoer.idInAdres(id, "Betaalrun"));
    }
}
