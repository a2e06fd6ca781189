// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.onderdak.platform.Invoer;
import nl.onderdak.spreiding.internal.Spreidingsdienst;
import nl.onderdak.spreiding.internal.Spreidingssleutel;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The 2024 distribution law: inputs, key, cycle, provincial round, decision and realisation. */
@RestController
@RequestMapping("/api/v1/spreiding")
@Tag(name = "Spreiding", description = "Spreidingswet 2024: verdeelsleutel, cyclus, provinciale ronde, verdeelbesluit en realisatie")
class SpreidingApi {

    private final Spreidingsdienst dienst;
    private final Toegang toegang;

    SpreidingApi(Spreidingsdienst dienst, Toegang toegang) {
        this.dienst = dienst;
        this.toegang = toegang;
    }

    private Gebruiker lezer() {
        var g = toegang.vereisGebruiker();
        if (!Spreidingsdienst.magLezen(g)) {
            throw new AccessDeniedException("geen toegang");
        }
        return g;
    }

    // ---- inputs ----

    record SesWoaUploadAntwoord(UUID id, int peiljaar, String bron, java.time.Instant geuploadOp, String geuploadDoor, int aantal) {
        static SesWoaUploadAntwoord van(Spreidingsdienst.SesWoaUpload u) {
            return new SesWoaUploadAntwoord(u.id(), u.peiljaar(), u.bron(), u.geuploadOp(), u.geuploadDoor(), u.aantal());
        }
    }

    @PostMapping(value = "/ses-woa", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @Operation(summary = "Laad SES-WOA-scores per gemeente voor een peiljaar (CSV gm_code,score; alles of niets; landelijk beheer)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<SesWoaUploadAntwoord> laadSesWoa(@RequestParam(required = false) String peiljaar,
            @RequestParam(required = false) String bron, @RequestBody(required = false) byte @Nullable [] inhoud) {
        var upload = dienst.laadSesWoa(peiljaar, bron, inhoud, toegang.vereisGebruiker());
        return ResponseEntity.status(201).body(SesWoaUploadAntwoord.van(upload));
    }

    @GetMapping("/ses-woa")
    @Operation(summary = "De geladen SES-WOA-tabellen met hun bron, nieuwste eerst")
    List<SesWoaUploadAntwoord> sesWoaUploads() {
        lezer();
        return dienst.sesWoaUploads().stream().map(SesWoaUploadAntwoord::van).toList();
    }

    @PostMapping(value = "/cycli/{cyclus}/officiele-tabel", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @Operation(summary = "Laad de officiële tabel per gemeente van een cyclus (CSV gm_code,plaatsen,amv; JenV of landelijk beheer)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<Spreidingsdienst.OfficieleUpload> laadOfficieleTabel(@PathVariable String cyclus,
            @RequestParam(required = false) String bron, @RequestBody(required = false) byte @Nullable [] inhoud) {
        return ResponseEntity.status(201).body(dienst.laadOfficieleTabel(cyclus, bron, inhoud, toegang.vereisGebruiker()));
    }

    @GetMapping("/cycli/{cyclus}/vergelijking")
    @Operation(summary = "De officiële tabel naast de berekening, met elk verschil")
    Spreidingsdienst.Vergelijking vergelijking(@PathVariable String cyclus) {
        lezer();
        return dienst.vergelijking(cyclus);
    }

    // ---- the key ----

    record GemeenteAntwoord(String code, String naam, long inwoners, @Nullable BigDecimal sesWoa, @Nullable BigDecimal aandeel,
            @Nullable BigDecimal exactePlaatsen, @Nullable Integer plaatsen, @Nullable Integer amv) {
    }

    record ProvincieAntwoord(String code, String naam, long inwoners, @Nullable BigDecimal aandeel,
            @Nullable BigDecimal exactePlaatsen, @Nullable Integer plaatsen, @Nullable Integer amv, List<GemeenteAntwoord> gemeenten) {
    }

    record BronAntwoord(int peiljaar, String bron, UUID upload) {
    }

    record VerdelingAntwoord(int totaal, int amv, int peiljaar, LocalDate indeling, String methode, String afronding,
            boolean volledig, @Nullable String melding, List<String> zonderSesWoa, @Nullable BronAntwoord sesWoaBron,
            List<ProvincieAntwoord> provincies) {
    }

    @GetMapping("/verdeling")
    @Operation(summary = "Verdeel de capaciteitsraming over provincies en gemeenten (inwoners x (1 + SES-WOA), twee niveaus)",
            description = Spreidingssleutel.METHODE + ". " + Spreidingssleutel.AFRONDING)
    VerdelingAntwoord verdeling(@RequestParam(required = false) String totaal, @RequestParam(required = false) String amv,
            @RequestParam(required = false) String peiljaar) {
        lezer();
        var b = dienst.bereken(totaal, amv, peiljaar);
        var v = b.verdeling();
        var provincies = v.provincies().stream().map(p -> new ProvincieAntwoord(p.code(), p.naam(), p.inwoners(), p.aandeel(),
                p.exactePlaatsen(), p.plaatsen(), p.amv(), p.gemeenten().stream().map(g -> new GemeenteAntwoord(g.code(), g.naam(),
                        g.inwoners(), g.sesWoa(), g.aandeel(), g.exactePlaatsen(), g.plaatsen(), g.amv())).toList())).toList();
        var melding = v.volledig() ? null : nl.onderdak.platform.Berichten.tekst("spreiding.sesWoaOntbreekt", v.zonderScore().size());
        return new VerdelingAntwoord(v.totaal(), v.amv(), b.peiljaar(), b.indeling(), Spreidingssleutel.METHODE,
                Spreidingssleutel.AFRONDING, v.volledig(), melding, v.zonderScore(),
                b.sesWoa() == null ? null : new BronAntwoord(b.sesWoa().peiljaar(), b.sesWoa().bron(), b.sesWoa().id()), provincies);
    }

    // ---- the cycle ----

    record CyclusAntwoord(Spreidingsdienst.Cyclus cyclus, LocalDate vandaag, List<Spreidingsdienst.Mijlpaal> mijlpalen) {
    }

    @GetMapping("/cycli")
    @Operation(summary = "De cycli met hun wettelijke data en het aantal dagen dat rest")
    List<CyclusAntwoord> cycli() {
        lezer();
        var vandaag = dienst.vandaag();
        return dienst.cycli().stream().map(c -> new CyclusAntwoord(c, vandaag, c.mijlpalen(vandaag))).toList();
    }

    record CyclusVerzoek(@Nullable Object eersteJaar, @Nullable Object totaal, @Nullable Object amv, @Nullable Object peiljaar) {
    }

    @PostMapping("/cycli")
    @Operation(summary = "Stel een capaciteitsraming vast en open de cyclus; de data volgen uit de wet (JenV)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<CyclusAntwoord> nieuweCyclus(@RequestBody(required = false) @Nullable CyclusVerzoek verzoek) {
        var v = verzoek == null ? new CyclusVerzoek(null, null, null, null) : verzoek;
        var c = dienst.legCyclusVast(tekst(v.eersteJaar()), tekst(v.totaal()), tekst(v.amv()), tekst(v.peiljaar()),
                toegang.vereisGebruiker());
        return ResponseEntity.status(201).body(new CyclusAntwoord(c, dienst.vandaag(), c.mijlpalen(dienst.vandaag())));
    }

    @GetMapping("/cycli/{cyclus}")
    @Operation(summary = "Eén cyclus met haar data en het aantal dagen dat rest")
    CyclusAntwoord cyclus(@PathVariable String cyclus) {
        lezer();
        var c = dienst.cyclus(cyclus);
        var vandaag = dienst.vandaag();
        return new CyclusAntwoord(c, vandaag, c.mijlpalen(vandaag));
    }

    // ---- the provincial round ----

    @GetMapping("/cycli/{cyclus}/provincies/{provincie}")
    @Operation(summary = "Het provinciaal plan: taak, toezeggingen per gemeente, ruilen en saldo")
    Spreidingsdienst.Plan plan(@PathVariable String cyclus, @PathVariable String provincie) {
        lezer();
        return dienst.plan(cyclus, provincie);
    }

    record ToezeggingVerzoek(@Nullable Object plaatsen, @Nullable Object amv) {
    }

    @PutMapping("/cycli/{cyclus}/provincies/{provincie}/gemeenten/{gemeente}")
    @Operation(summary = "Leg vast hoeveel plaatsen (en amv) een gemeente toezegt (alleen de eigen provincie, plan in concept)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Spreidingsdienst.Plan toezegging(@PathVariable String cyclus, @PathVariable String provincie, @PathVariable String gemeente,
            @RequestBody(required = false) @Nullable ToezeggingVerzoek verzoek) {
        var v = verzoek == null ? new ToezeggingVerzoek(null, null) : verzoek;
        return dienst.legToezeggingVast(cyclus, provincie, gemeente, tekst(v.plaatsen()), tekst(v.amv()), toegang.vereisGebruiker());
    }

    record RuilVerzoek(@Nullable String gemeenteAsiel, @Nullable String gemeenteTegen, @Nullable String tegenprestatie,
            @Nullable Object aantal, @Nullable String toelichting) {
    }

    @PostMapping("/cycli/{cyclus}/provincies/{provincie}/ruilen")
    @Operation(summary = "Leg een ruil vast: gemeente A neemt meer asielplaatsen, gemeente B huisvest evenveel statushouders of vangt Oekraïners op",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<Spreidingsdienst.Ruil> ruil(@PathVariable String cyclus, @PathVariable String provincie,
            @RequestBody(required = false) @Nullable RuilVerzoek verzoek) {
        var v = verzoek == null ? new RuilVerzoek(null, null, null, null, null) : verzoek;
        return ResponseEntity.status(201).body(dienst.voegRuilToe(cyclus, provincie, v.gemeenteAsiel(), v.gemeenteTegen(),
                v.tegenprestatie(), tekst(v.aantal()), v.toelichting(), toegang.vereisGebruiker()));
    }

    @DeleteMapping("/cycli/{cyclus}/provincies/{provincie}/ruilen/{ruil}")
    @Operation(summary = "Verwijder een ruil (plan in concept)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<Void> verwijderRuil(@PathVariable String cyclus, @PathVariable String provincie, @PathVariable String ruil) {
        dienst.verwijderRuil(cyclus, provincie, Invoer.idInAdres(ruil, "Ruil"), toegang.vereisGebruiker());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cycli/{cyclus}/provincies/{provincie}/_indienen")
    @Operation(summary = "Dien het provinciaal plan in; alleen met saldo nul voor plaatsen en amv",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Spreidingsdienst.Plan dienIn(@PathVariable String cyclus, @PathVariable String provincie) {
        return dienst.dienIn(cyclus, provincie, toegang.vereisGebruiker());
    }

    record BesluitregelVerzoek(@Nullable String gemeente, @Nullable Object plaatsen, @Nullable Object amv, @Nullable Boolean aangewezen) {
    }

    record BesluitVerzoek(@Nullable List<BesluitregelVerzoek> regels) {
    }

    @PostMapping("/cycli/{cyclus}/provincies/{provincie}/besluit")
    @Operation(summary = "Leg het verdeelbesluit per gemeente vast, met eventuele aanwijzing (JenV)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Spreidingsdienst.Plan besluit(@PathVariable String cyclus, @PathVariable String provincie,
            @RequestBody(required = false) @Nullable BesluitVerzoek verzoek) {
        var regels = verzoek == null || verzoek.regels() == null ? List.<BesluitregelVerzoek>of() : verzoek.regels();
        return dienst.besluit(cyclus, provincie, regels.stream().map(r -> new Spreidingsdienst.Besluitregel(r.gemeente(),
                tekst(r.plaatsen()), tekst(r.amv()), Boolean.TRUE.equals(r.aangewezen()))).toList(), toegang.vereisGebruiker());
    }

    // ---- realisation ----

    record RealisatieVerzoek(@Nullable Object gerealiseerd, @Nullable Object duurzaam) {
    }

    @PutMapping("/cycli/{cyclus}/realisatie/{gemeente}")
    @Operation(summary = "Leg vast hoeveel plaatsen een gemeente heeft gerealiseerd, waarvan duurzaam (JenV)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<Void> legRealisatieVast(@PathVariable String cyclus, @PathVariable String gemeente,
            @RequestBody(required = false) @Nullable RealisatieVerzoek verzoek) {
        var v = verzoek == null ? new RealisatieVerzoek(null, null) : verzoek;
        dienst.legRealisatieVast(cyclus, gemeente, tekst(v.gerealiseerd()), tekst(v.duurzaam()), toegang.vereisGebruiker());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cycli/{cyclus}/realisatie")
    @Operation(summary = "Taak, toegezegd, besloten en gerealiseerd naast de Oekraïense opvang, per gemeente, provincie en landelijk")
    Spreidingsdienst.Realisatie realisatie(@PathVariable String cyclus) {
        lezer();
        return dienst.realisatie(cyclus);
    }

    @GetMapping(value = "/cycli/{cyclus}/realisatie.csv", produces = "text/csv")
    @Operation(summary = "Dezelfde tabel als CSV voor Excel (puntkomma, UTF-8 met BOM)")
    ResponseEntity<byte[]> realisatieCsv(@PathVariable String cyclus) {
        lezer();
        var bestand = Realisatieexport.csv(dienst.realisatie(cyclus));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"spreiding-realisatie-" + cyclus + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(bestand);
    }

    private static @Nullable String tekst(@Nullable Object waarde) {
        return waarde == null ? null : waarde.toString();
    }
}
