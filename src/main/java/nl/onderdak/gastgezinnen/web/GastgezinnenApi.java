// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.gastgezinnen.internal.Gastgezinregister;
import nl.onderdak.gastgezinnen.internal.Gastgezinregister.GastgezinInvoer;
import nl.onderdak.gastgezinnen.internal.Koppelvoorstellen;
import nl.onderdak.gastgezinnen.internal.Particuliereopvang;
import nl.onderdak.gastgezinnen.internal.Opvolging;
import nl.onderdak.platform.Invoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Private reception over the API: hosts, screening, requests, proposals, matches and the view per area. */
@RestController
@Tag(name = "Gastgezinnen", description = "Particuliere opvang: gastgezinnen, screening, verzoeken, koppelvoorstellen en koppelingen")
class GastgezinnenApi {

    record AdresIn(@Nullable String straat, @Nullable String huisnummer, @Nullable String postcode, @Nullable String plaats) {
    }

    record GastgezinIn(@Nullable String naam, @Nullable String email, @Nullable String telefoon, @Nullable AdresIn adres,
            @Schema(description = "CBS-code, bijvoorbeeld GM0344") @Nullable String gemeente,
            @Schema(description = "aantal personen") @Nullable String plaatsen, @Nullable String kamers,
            @Schema(format = "date") @Nullable String beschikbaarVanaf, @Schema(format = "date") @Nullable String beschikbaarTot,
            @Nullable Boolean kinderenWelkom, @Schema(description = "huisdieren van gasten welkom") @Nullable Boolean huisdieren,
            @Schema(description = "toegankelijk voor een rolstoel") @Nullable Boolean toegankelijk,
            @Schema(description = "talen als ISO 639-1, bijvoorbeeld uk, ru, en, nl") @Nullable List<String> talen) {

        GastgezinInvoer invoer() {
            var a = adres == null ? new AdresIn(null, null, null, null) : adres;
            return new GastgezinInvoer(naam, email, telefoon, a.straat(), a.huisnummer(), a.postcode(), a.plaats(), gemeente, plaatsen,
                    kamers, beschikbaarVanaf, beschikbaarTot, kinderenWelkom, huisdieren, toegankelijk, talen);
        }
    }

    record ScreeningIn(@Schema(allowableValues = {"intake", "vog", "huisbezoek"}) @Nullable String stap,
            @Schema(allowableValues = {"akkoord", "afgewezen"}) @Nullable String uitkomst, @Schema(format = "date") @Nullable String datum,
            @Schema(format = "date", description = "alleen bij vog; standaard twee jaar na de datum") @Nullable String geldigTot,
            @Nullable String toelichting) {
    }

    record VerzoekIn(@Nullable String toelichting, @Nullable List<String> talen, @Nullable Boolean huisdieren, @Nullable Boolean toegankelijk,
            @Schema(format = "date") @Nullable String verwachteStart, @Schema(description = "verwachte verblijfsduur in maanden") @Nullable String maanden) {
    }

    record KoppelingIn(@Nullable String huishouden, @Nullable String gastgezin, @Schema(format = "date") @Nullable String vanaf) {
    }

    record EindeIn(@Schema(format = "date", description = "vertrekdag") @Nullable String datum,
            @Schema(allowableValues = {"terug_naar_gemeentelijke_opvang", "eigen_woning", "ander_gastgezin", "vertrokken", "conflict", "overig"})
            @Nullable String reden, @Nullable String toelichting) {
    }

    record SignaalIn(@Schema(allowableValues = {"uitbuiting", "conflict"}) @Nullable String soort, @Nullable String toelichting) {
    }

    record ContactIn(@Schema(allowableValues = {"twee_weken", "drie_maanden"}) @Nullable String soort) {
    }

    record TerugtrekkenIn(@Schema(description = "waarom het gastgezin stopt") @Nullable String reden) {
    }

    record Id(UUID id) {
    }

    private final Gastgezinregister register;
    private final Koppelvoorstellen voorstellen;
    private final Particuliereopvang overzicht;
    private final Opvolging opvolging;
    private final Toegang toegang;

    GastgezinnenApi(Gastgezinregister register, Koppelvoorstellen voorstellen, Particuliereopvang overzicht, Opvolging opvolging,
            Toegang toegang) {
        this.register = register;
        this.voorstellen = voorstellen;
        this.overzicht = overzicht;
        this.opvolging = opvolging;
        this.toegang = toegang;
    }

    @PostMapping("/api/v1/gastgezinnen")
    @Operation(summary = "Leg het aanbod van een gastgezin vast (matchingsorganisatie)", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    ResponseEntity<Id> registreer(@RequestBody(required = false) @Nullable GastgezinIn in) {
        var g = gebruiker();
        var id = register.registreer(in == null ? null : in.invoer(), g);
        // Location, like every other create: a client retrying with an Idempotency-Key gets it back on the replay.
        return ResponseEntity.created(java.net.URI.create("/api/v1/gastgezinnen/" + id)).body(new Id(id));
    }

    @GetMapping("/api/v1/gastgezinnen")
    @Operation(summary = "Gastgezinnen (matchingsorganisatie: alle; gemeente: in de eigen gemeente)", security = {
            @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Map<String, Object> gastgezinnen(@RequestParam(required = false) @Nullable String status,
            @Parameter(description = "deel van de naam, de plaats of de gemeente (naam of code)") @RequestParam(required = false) @Nullable String zoek,
            @Parameter(description = "naam, gemeente, plaats, plaatsen, status, aangemeld of vog; met een min ervoor aflopend; standaard -aangemeld")
            @RequestParam(required = false) @Nullable String sorteer,
            @Parameter(description = "paginanummer, vanaf 1") @RequestParam(required = false) @Nullable String pagina,
            @Parameter(description = "gastgezinnen per pagina, 1 tot en met " + Gastgezinregister.MAX_AANTAL + " (standaard "
                    + Gastgezinregister.STANDAARD_AANTAL + ")") @RequestParam(required = false) @Nullable String aantal) {
        var p = register.gastgezinnen(zoek, status, sorteer, pagina, aantal, gebruiker());
        return Map.of("gastgezinnen", p.regels(), "totaal", p.totaal(), "pagina", p.pagina(), "aantal", p.aantal());
    }

    @GetMapping("/api/v1/gastgezinnen/{id}")
    @Operation(summary = "Een gastgezin met zijn screening", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    Gastgezinregister.Gastgezin gastgezin(@PathVariable String id) {
        return register.gastgezin(Invoer.idInAdres(id, "Gastgezin"), gebruiker());
    }

    @PostMapping("/api/v1/gastgezinnen/{id}/screening")
    @Operation(summary = "Leg een screeningsstap vast (intake, VOG, huisbezoek)", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    ResponseEntity<Gastgezinregister.Gastgezin> screening(@PathVariable String id, @RequestBody(required = false) @Nullable ScreeningIn in) {
        var g = gebruiker();
        var s = in == null ? new ScreeningIn(null, null, null, null, null) : in;
        var uuid = Invoer.idInAdres(id, "Gastgezin");
        if (!Gastgezinregister.isMatcher(g)) {
            register.gastgezin(uuid, g); // 404 for whom it is out of view, 403 for a gemeente that sees it
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(register.screen(uuid, s.stap(), s.uitkomst(), s.datum(), s.geldigTot(), s.toelichting(), g));
    }

    @PostMapping("/api/v1/gastgezinnen/{id}/_terugtrekken")
    @Operation(summary = "Het gastgezin trekt zijn aanbod in (matchingsorganisatie): niet meer voorgesteld of gekoppeld",
            description = "reden is verplicht. 409 zolang er gasten verblijven, of als het gastgezin al is afgewezen of teruggetrokken.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Gastgezinregister.Gastgezin trekTerug(@PathVariable String id, @RequestBody(required = false) @Nullable TerugtrekkenIn in) {
        var g = gebruiker();
        var uuid = Invoer.idInAdres(id, "Gastgezin");
        if (!Gastgezinregister.isMatcher(g)) {
            register.gastgezin(uuid, g); // 404 for whom it is out of view, 403 for a gemeente that sees it
        }
        return register.trekTerug(uuid, in == null ? null : in.reden(), g);
    }

    @PostMapping("/api/v1/huishoudens/{id}/gastgezinverzoeken")
    @Operation(summary = "Vraag een gastgezin voor een huishouden van de eigen gemeente", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    ResponseEntity<Id> verzoek(@PathVariable String id, @RequestBody(required = false) @Nullable VerzoekIn in) {
        var v = in == null ? new VerzoekIn(null, null, null, null, null, null) : in;
        var nieuw = register.vraagGastgezin(new HuishoudenId(Invoer.idInAdres(id, "Huishouden")), v.toelichting(), v.talen(), v.huisdieren(),
                v.toegankelijk(), v.verwachteStart(), v.maanden(), gebruiker());
        return ResponseEntity.created(java.net.URI.create("/api/v1/gastgezinverzoeken/" + nieuw)).body(new Id(nieuw));
    }

    @GetMapping("/api/v1/gastgezinverzoeken")
    @Operation(summary = "Verzoeken om een gastgezin: samenstelling, leeftijden, behoeften, talen en wensen (geen namen of BSN)", security = {
            @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Map<String, Object> verzoeken(@RequestParam(required = false) @Nullable String status,
            @Parameter(description = "deel van de gemeente (naam of code) of van de wensen") @RequestParam(required = false) @Nullable String zoek,
            @Parameter(description = "ingediend, gemeente, personen, start of status; met een min ervoor aflopend; standaard ingediend (oudste eerst)")
            @RequestParam(required = false) @Nullable String sorteer,
            @Parameter(description = "paginanummer, vanaf 1") @RequestParam(required = false) @Nullable String pagina,
            @Parameter(description = "verzoeken per pagina, 1 tot en met " + Gastgezinregister.MAX_AANTAL + " (standaard "
                    + Gastgezinregister.STANDAARD_AANTAL + ")") @RequestParam(required = false) @Nullable String aantal) {
        var p = register.verzoeken(zoek, status, sorteer, pagina, aantal, gebruiker());
        return Map.of("verzoeken", p.regels(), "totaal", p.totaal(), "pagina", p.pagina(), "aantal", p.aantal());
    }

    @GetMapping("/api/v1/gastgezinverzoeken/{id}")
    @Operation(summary = "Een verzoek om een gastgezin", security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Gastgezinregister.Verzoek verzoek(@PathVariable String id) {
        return register.verzoek(Invoer.idInAdres(id, "Verzoek"), gebruiker());
    }

    @GetMapping("/api/v1/koppelvoorstellen")
    @Operation(summary = "Optimaal voorstel voor alle open verzoeken tegelijk, met redenen per voorstel", security = {
            @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Koppelvoorstellen.Voorstellen voorstellen() {
        return voorstellen.voorstellen(gebruiker());
    }

    @PostMapping("/api/v1/koppelingen")
    @Operation(summary = "Bevestig een koppeling: het verblijf van het huishouden bij het gastgezin", security = {
            @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<Gastgezinregister.Koppeling> koppel(@RequestBody(required = false) @Nullable KoppelingIn in) {
        var k = in == null ? new KoppelingIn(null, null, null) : in;
        var koppeling = register.koppel(k.huishouden(), k.gastgezin(), k.vanaf(), gebruiker());
        return ResponseEntity.created(java.net.URI.create("/api/v1/koppelingen/" + koppeling.id())).body(koppeling);
    }

    @GetMapping("/api/v1/koppelingen")
    @Operation(summary = "Koppelingen (matchingsorganisatie: alle; gemeente: van haar huishoudens en gastgezinnen)", security = {
            @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Map<String, Object> koppelingen() {
        var lijst = register.koppelingen(gebruiker());
        return Map.of("koppelingen", lijst, "totaal", lijst.size());
    }

    @GetMapping("/api/v1/koppelingen/{id}")
    @Operation(summary = "Een koppeling", security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Gastgezinregister.Koppeling koppeling(@PathVariable String id) {
        return register.zichtbareKoppeling(Invoer.idInAdres(id, "Koppeling"), gebruiker());
    }

    @PostMapping("/api/v1/koppelingen/{id}/_beeindigen")
    @Operation(summary = "Beëindig een koppeling (vertrekdag en reden)", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    Gastgezinregister.Koppeling beeindig(@PathVariable String id, @RequestBody(required = false) @Nullable EindeIn in) {
        var e = in == null ? new EindeIn(null, null, null) : in;
        return register.beeindig(Invoer.idInAdres(id, "Koppeling"), e.datum(), e.reden(), e.toelichting(), gebruiker());
    }

    @PostMapping("/api/v1/koppelingen/{id}/signalen")
    @Operation(summary = "Meld een signaal (uitbuiting, conflict): het staat meteen op de startpagina van de gemeente", security = {
            @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<Id> signaal(@PathVariable String id, @RequestBody(required = false) @Nullable SignaalIn in) {
        var s = in == null ? new SignaalIn(null, null) : in;
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Id(opvolging.meldSignaal(Invoer.idInAdres(id, "Koppeling"), s.soort(), s.toelichting(), gebruiker())));
    }

    @PostMapping("/api/v1/koppelingen/{id}/contacten")
    @Operation(summary = "Leg een nazorgcontact vast (na twee weken, na drie maanden)", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    ResponseEntity<Void> contact(@PathVariable String id, @RequestBody(required = false) @Nullable ContactIn in) {
        opvolging.legContactVast(Invoer.idInAdres(id, "Koppeling"), in == null ? null : in.soort(), gebruiker());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/particuliere-opvang")
    @Operation(summary = "Particuliere opvang per gemeente, regio of land: gastgezinnen, plaatsen, trechter en doorlooptijden", security = {
            @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Particuliereopvang.Overzicht particuliereOpvang(@RequestParam(required = false) @Nullable String gemeente,
            @RequestParam(required = false) @Nullable String regio) {
        return overzicht.overzicht(gemeente, regio, gebruiker());
    }

    @GetMapping("/api/v1/particuliere-opvang/uitsplitsing")
    @Operation(summary = "Particuliere opvang van een regio per gemeente, of van het land per regio: alleen aantallen",
            description = "Veiligheidsregio: de eigen regio; landelijke organisaties en de matchingsorganisatie: het land, of een regio.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Particuliereopvang.Uitsplitsing uitsplitsing(@RequestParam(required = false) @Nullable String regio) {
        return overzicht.uitsplitsing(regio, gebruiker());
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }
}
