// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.onderdak.leefgeld.internal.Maanden;
import nl.onderdak.leefgeld.internal.betaalrun.Bankafstemming;
import nl.onderdak.leefgeld.internal.betaalrun.Betaalbestanden;
import nl.onderdak.leefgeld.internal.betaalrun.Betaalrun;
import nl.onderdak.leefgeld.internal.betaalrun.BetaalrunId;
import nl.onderdak.leefgeld.internal.betaalrun.Betalingen;
import nl.onderdak.leefgeld.internal.betaalrun.Betaalrunlevenscyclus;
import nl.onderdak.leefgeld.internal.betaalrun.Gemeenterekening;
import nl.onderdak.platform.Invoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payment runs of the user's gemeente: preview, four-eyes approval, execution, files and reconciliation. */
@RestController
@Tag(name = "Betaalruns", description = "Leefgeld uitbetalen per gemeente per maand")
class BetaalrunsApi {

    private static final String PAD = "/api/v1/betaalruns";

    record RunIn(@Schema(description = "maand als JJJJ-MM", example = "2023-11") String maand) {
    }

    record RunUit(UUID id, String gemeenteCode, String maand, String status, String aangemaaktDoor, Instant aangemaaktOp,
            String goedgekeurdDoor, Instant goedgekeurdOp, Instant uitgevoerdOp, int huishoudens, int teBetalen, BigDecimal bedrag,
            int tegengehouden, int bank, int contant, int prepaid, int betaald, int mislukt) {
    }

    record RunsUit(List<RunUit> betaalruns) {
    }

    record RegelUit(@Schema(description = "leeg als de regel is afgeschermd") UUID huishouden, String omschrijving, BigDecimal bedrag,
            int poging, String methode, String tegengehouden,
            @Schema(description = "waar: opnieuw berekend geeft de uitleg een ander bedrag dan goedgekeurd (gegevens gewijzigd)")
            boolean gewijzigd, LeefgeldApi.LeefgeldUit uitleg,
            @Schema(description = "IBAN zoals bij de voorvertoning: hierheen wordt betaald") String iban,
            @Schema(description = "rekeninghouder zoals bij de voorvertoning") String tenaamstelling,
            @Schema(description = "prepaidkaart zoals bij de voorvertoning") String kaartnummer,
            @Schema(description = "waarom de regel bij de uitvoering is tegengehouden") String tegengehoudenBijUitvoering,
            @Schema(description = "waar: de betaalgegevens van het huishouden zijn nu anders dan goedgekeurd; de regel wordt dan "
                    + "tegengehouden") boolean betaalgegevensGewijzigd,
            @Schema(description = "aantal andere huishoudens met hetzelfde IBAN (in deze run of in de gemeente)") int gedeeldIban,
            @Schema(description = "waar: huishouden met een alleenreizende minderjarige, zonder gegevens getoond aan wie de rol "
                    + "daarvoor niet heeft") boolean afgeschermd,
            @Schema(description = "de mislukte eerdere poging van deze maand en wie haar mislukt meldde") Betaalrunlevenscyclus.EerderePoging eerderePoging,
            @Schema(description = "na uitvoering: verstuurd, betaald, mislukt of gemeld (mislukt gemeld, wacht op een collega)") String betaalstatus,
            @Schema(description = "waarom de bank de betaling niet uitvoerde, zoals de bank het gaf") String betaalreden) {
    }

    record RegelsUit(List<RegelUit> regels) {
    }

    record RekeningIn(String iban, String bic) {
    }

    private final Betaalrunlevenscyclus runs;
    private final Betaalbestanden bestanden;
    private final Bankafstemming afstemming;
    private final Gemeenterekening rekeningen;
    private final Betalingen betalingen;
    private final Toegang toegang;

    BetaalrunsApi(Betaalrunlevenscyclus runs, Betaalbestanden bestanden, Bankafstemming afstemming, Gemeenterekening rekeningen,
            Betalingen betalingen, Toegang toegang) {
        this.betalingen = betalingen;
        this.runs = runs;
        this.bestanden = bestanden;
        this.afstemming = afstemming;
        this.rekeningen = rekeningen;
        this.toegang = toegang;
    }

    @PostMapping(PAD)
    @Operation(summary = "Maak een betaalrun (voorbeeld) voor de eigen gemeente en een maand",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<RunUit> maak(@RequestBody(required = false) RunIn in) {
        var gebruiker = gebruiker();
        // Only an employee of a gemeente makes a run: refused (403) before the month is read, as always.
        Betaalrunlevenscyclus.gemeenteVan(gebruiker);
        var maand = Maanden.lees(in == null ? null : in.maand(), "maand");
        var run = runs.maak(maand, gebruiker, n -> { });
        return ResponseEntity.created(URI.create(PAD + "/" + run.id())).body(uit(run));
    }

    @GetMapping(PAD)
    @Operation(summary = "De betaalruns van de eigen gemeente", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    RunsUit lijst() {
        return new RunsUit(runs.vanGemeente(gebruiker()).stream().map(BetaalrunsApi::uit).toList());
    }

    /** One failed payment to correct, as the page lists it. */
    record MisluktUit(UUID huishouden, @Schema(description = "de leden, voornaam en achternaam, oudste eerst") String leden,
            @Schema(description = "jjjj-mm") String maand, int poging, BigDecimal bedrag, String methode, String iban,
            @Schema(description = "de reden van de bank, met de ISO-code vooraan als die er is (AC04 rekening opgeheven)") String reden,
            java.time.Instant verwerktOp, UUID betaalrun,
            @Schema(description = "corrigeren, in-volgende-run, in-run of buiten-onderdak") String actie,
            @Schema(description = "de betaalrun die de tweede poging bevat en nog wacht, als die er is") UUID openRun) {
    }

    record MisluktLijst(List<MisluktUit> mislukt, long totaal,
            @Schema(description = "Het nummer van deze pagina; de eerste pagina is 1") int pagina,
            @Schema(description = "Betalingen per pagina") int aantal) {
    }

    @GetMapping("/api/v1/mislukte-betalingen")
    @Operation(summary = "De mislukte betalingen van de eigen gemeente die nog gecorrigeerd moeten worden, doorzoekbaar en per pagina",
            description = "zoek: deel van een naam, van de reden van de bank (AC04, opgeheven) of van een IBAN; huishouden: id van één "
                    + "huishouden; sorteer: oudste (standaard), nieuwste, naam, maand of bedrag; pagina vanaf 1; aantal 1 tot en met "
                    + Betalingen.MAX_AANTAL + " (standaard " + Betalingen.STANDAARD_AANTAL + "). totaal telt alle pagina's. Alleen "
                    + "medewerkers van de gemeente (anderen 403); 400 noemt elke verkeerde parameter. Elk getoond lid wordt vastgelegd "
                    + "in het verwerkingslogboek.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    MisluktLijst mislukt(@RequestParam(required = false) String zoek, @RequestParam(required = false) String huishouden,
            @RequestParam(required = false) String sorteer, @RequestParam(required = false) String pagina,
            @RequestParam(required = false) String aantal) {
        var p = betalingen.zoekTeCorrigeren(gebruiker(), zoek, huishouden, sorteer, pagina, aantal);
        return new MisluktLijst(p.regels().stream().map(m -> new MisluktUit(m.huishoudenId(), m.leden(), m.maand().toString(), m.poging(),
                m.bedrag(), m.methode().woord(), m.iban(), m.reden(), m.verwerktOp(), m.run().waarde(), m.actie().woord(),
                m.openRun() == null ? null : m.openRun().waarde())).toList(),
                p.totaal(), p.pagina(), p.aantal());
    }

    @GetMapping(PAD + "/{id}")
    @Operation(summary = "Eén betaalrun met totalen", security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    RunUit run(@PathVariable String id) {
        return uit(runs.eigen(uuid(id), gebruiker()));
    }

    @GetMapping(PAD + "/{id}/regels")
    @Operation(summary = "De regels van de betaalrun: per huishouden bedrag en uitleg, of waarom het wordt tegengehouden",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    RegelsUit regels(@PathVariable String id, @RequestParam(defaultValue = "1000") int max) {
        return new RegelsUit(runs.regels(uuid(id), gebruiker(), Math.max(1, Math.min(max, 100_000))).stream()
                .map(r -> new RegelUit(r.huishoudenId(), r.omschrijving(), r.bedrag(), r.poging(),
                        r.methode() == null ? null : r.methode().woord(), r.tegengehouden(),
                        r.gewijzigd(), r.uitleg() == null ? null : LeefgeldApi.uit(r.huishoudenId(), r.uitleg()), r.iban(),
                        r.tenaamstelling(), r.kaartnummer(), r.tegengehoudenBijUitvoering(), r.betaalgegevensGewijzigd(), r.gedeeldIban(),
                        r.afgeschermd(), r.eerderePoging(), r.betaalstatus() == null ? null : r.betaalstatus().woord(), r.betaalreden()))
                .toList());
    }

    @PostMapping(PAD + "/{id}/_goedkeuren")
    @Operation(summary = "Keur de betaalrun goed (een tweede medewerker)", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    RunUit keurGoed(@PathVariable String id) {
        return uit(runs.keurGoed(uuid(id), gebruiker()));
    }

    @PostMapping(PAD + "/{id}/_uitvoeren")
    @Operation(summary = "Voer de goedgekeurde betaalrun uit: één betaling per huishouden; opnieuw uitvoeren verandert niets",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    RunUit voerUit(@PathVariable String id) {
        return uit(runs.voerUit(uuid(id), gebruiker()));
    }

    @PostMapping(PAD + "/{id}/_intrekken")
    @Operation(summary = "Laat een nog niet uitgevoerde betaalrun vervallen", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    RunUit trekIn(@PathVariable String id) {
        return uit(runs.laatVervallen(uuid(id), gebruiker()));
    }

    @GetMapping(value = PAD + "/{id}/sepa", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "SEPA-overboekingsbestand (pain.001.001.09) van de bankbetalingen, gevalideerd tegen het XML-schema",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<byte[]> sepa(@PathVariable String id, @RequestParam(defaultValue = "false") boolean afgeschermd) {
        var run = uuid(id);
        return BetaalrunsPagina.bestand(bestanden.sepa(run, afgeschermd, gebruiker()), MediaType.APPLICATION_XML,
                BetaalrunsPagina.bestandsnaam("leefgeld", afgeschermd, runs.eigen(run, gebruiker()), "xml"));
    }

    @GetMapping(value = PAD + "/{id}/kaslijst", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Kaslijst (PDF) met handtekeningkolom voor contante betalingen",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<byte[]> kaslijst(@PathVariable String id, @RequestParam(defaultValue = "false") boolean afgeschermd) {
        var run = uuid(id);
        return BetaalrunsPagina.bestand(bestanden.kaslijst(run, afgeschermd, gebruiker()), MediaType.APPLICATION_PDF,
                BetaalrunsPagina.bestandsnaam("kaslijst", afgeschermd, runs.eigen(run, gebruiker()), "pdf"));
    }

    @GetMapping(value = PAD + "/{id}/prepaid", produces = "text/csv")
    @Operation(summary = "Laadlijst (CSV) voor prepaidkaarten", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    ResponseEntity<byte[]> prepaid(@PathVariable String id, @RequestParam(defaultValue = "false") boolean afgeschermd) {
        var run = uuid(id);
        return BetaalrunsPagina.bestand(bestanden.prepaidlijst(run, afgeschermd, gebruiker()).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), BetaalrunsPagina.bestandsnaam("prepaid", afgeschermd, runs.eigen(run, gebruiker()), "csv"));
    }

    @PostMapping(value = PAD + "/{id}/bankresultaat", consumes = {"text/csv", "application/xml", "text/xml", "application/octet-stream"})
    @Operation(summary = "Verwerk het resultaat van de bank (CSV of camt.054): betalingen betaald of mislukt met reden; "
            + "een mislukking uit een CSV is een melding die een tweede medewerker bevestigt",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Bankafstemming.Afstemming bankresultaat(@PathVariable String id, @RequestBody(required = false) byte[] inhoud) {
        return afstemming.verwerkBankresultaat(uuid(id), inhoud, gebruiker());
    }

    record MislukmeldingenUit(List<Bankafstemming.Mislukmelding> meldingen) {
    }

    @GetMapping(PAD + "/{id}/mislukmeldingen")
    @Operation(summary = "Mislukkingen gemeld met een CSV die wachten op een tweede medewerker: wie meldde, wanneer en waarom",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    MislukmeldingenUit mislukmeldingen(@PathVariable String id) {
        return new MislukmeldingenUit(afstemming.openMislukmeldingen(uuid(id), gebruiker()));
    }

    @PostMapping(PAD + "/{id}/mislukmeldingen/{endToEndId}/_bevestigen")
    @Operation(summary = "Bevestig een gemelde mislukking (een tweede medewerker): de betaling is dan mislukt",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Bankafstemming.Mislukmelding bevestigMislukking(@PathVariable String id, @PathVariable String endToEndId) {
        return afstemming.bevestigMislukking(uuid(id), endToEndId, gebruiker());
    }

    @PostMapping(PAD + "/{id}/mislukmeldingen/{endToEndId}/_afwijzen")
    @Operation(summary = "Wijs een gemelde mislukking af (een tweede medewerker): de betaling blijft verstuurd",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Bankafstemming.Mislukmelding wijsMislukkingAf(@PathVariable String id, @PathVariable String endToEndId) {
        return afstemming.wijsMislukkingAf(uuid(id), endToEndId, gebruiker());
    }

    @GetMapping("/api/v1/leefgeldrekening")
    @Operation(summary = "De rekening van de eigen gemeente waarvan leefgeld wordt betaald", security = {
            @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Gemeenterekening.Rekening rekening() {
        var g = gebruiker();
        return rekeningen.rekening(g.eigenGemeente()).orElseThrow(() -> new nl.onderdak.platform.NietGevonden("Leefgeldrekening"));
    }

    @PutMapping("/api/v1/leefgeldrekening")
    @Operation(summary = "Stel de rekening van de eigen gemeente voor (IBAN, BIC); 202: geldt pas als een tweede medewerker "
            + "bevestigt", security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<Gemeenterekening.Rekeningvoorstel> legRekeningVast(@RequestBody(required = false) RekeningIn in) {
        return ResponseEntity.accepted().body(rekeningen.stelRekeningVoor(in == null ? null : in.iban(), in == null ? null : in.bic(),
                gebruiker()));
    }

    @GetMapping("/api/v1/leefgeldrekening/voorstel")
    @Operation(summary = "Het open voorstel voor de rekening van de eigen gemeente", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    Gemeenterekening.Rekeningvoorstel rekeningvoorstel() {
        return rekeningen.rekeningvoorstel(gebruiker()).orElseThrow(() -> new nl.onderdak.platform.NietGevonden("Voorstel"));
    }

    @PostMapping("/api/v1/leefgeldrekening/voorstel/{voorstel}/_bevestigen")
    @Operation(summary = "Bevestig het voorstel (een tweede medewerker van dezelfde gemeente): vanaf nu de rekening van de gemeente",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Gemeenterekening.Rekening bevestigRekening(@PathVariable String voorstel) {
        return rekeningen.bevestigRekening(Invoer.idInAdres(voorstel, "Voorstel"), gebruiker());
    }

    @PostMapping("/api/v1/leefgeldrekening/voorstel/{voorstel}/_afwijzen")
    @Operation(summary = "Wijs het voorstel af (een tweede medewerker); de rekening blijft zoals ze was",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Gemeenterekening.Rekeningvoorstel wijsRekeningAf(@PathVariable String voorstel) {
        return rekeningen.wijsRekeningAf(Invoer.idInAdres(voorstel, "Voorstel"), gebruiker());
    }

    static RunUit uit(Betaalrun r) {
        var t = r.totalen();
        return new RunUit(r.id().waarde(), r.gemeenteCode(), r.maand().toString(), r.status().woord(), r.aangemaaktDoor(), r.aangemaaktOp(),
                r.goedgekeurdDoor(), r.goedgekeurdOp(), r.uitgevoerdOp(), t.huishoudens(), t.teBetalen(), t.bedrag(), t.tegengehouden(),
                t.bank(), t.contant(), t.prepaid(), t.betaald(), t.mislukt());
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static BetaalrunId uuid(String id) {
        return new BetaalrunId(Invoer.idInAdres(id, "Betaalrun"));
    }
}
