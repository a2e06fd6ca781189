// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.onderdak.plaatsing.PlaatsingId;
import nl.onderdak.plaatsing.Plaatsingen;
import nl.onderdak.plaatsing.internal.PlaatsingValidatie;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Checking households in to and out of the beds of a gemeente's own locations. */
@RestController
@RequestMapping("/api/v1/plaatsingen")
@Tag(name = "Plaatsingen", description = "Wie slaapt waar: in- en uitchecken")
class PlaatsingenApi {

    record PlaatsingVerzoek(@Schema(description = "id van het huishouden") @Nullable String huishouden,
            @Schema(description = "id van de opvanglocatie (van de eigen gemeente)") @Nullable String opvanglocatie,
            @Schema(format = "date", description = "Eerste nacht; mag in het verleden liggen") @Nullable String vanaf,
            @Schema(description = "lang (standaard) of kort") @Nullable String verblijfsduur,
            @Schema(description = "Alleen deze leden (ids); dan is een splitsingsreden nodig") @Nullable List<String> leden,
            @Nullable String splitsingsreden) {
    }

    record UitcheckVerzoek(
            @Schema(format = "date", description = "Vertrekdag: de eerste nacht niet meer op de locatie") @Nullable String datum,
            @Schema(description = "eigen_woning, terug_naar_oekraine, andere_gemeente, coa, onbekende_bestemming, overleden")
            @Nullable String reden) {
    }

    record BedAntwoord(UUID bewoner, int bednummer, @Schema(format = "date") LocalDate vanaf,
            @Schema(format = "date") @Nullable LocalDate tot) {
    }

    record PlaatsingAntwoord(UUID id, UUID huishouden, UUID opvanglocatie, String verblijfsduur, int personen,
            @Schema(format = "date") LocalDate vanaf, @Schema(format = "date") @Nullable LocalDate tot, @Nullable String vertrekreden,
            @Nullable String splitsingsreden, List<BedAntwoord> bedden) {
        static PlaatsingAntwoord van(Plaatsingen.Plaatsing p) {
            return new PlaatsingAntwoord(p.id().waarde(), p.huishoudenId().waarde(), p.opvanglocatieId().waarde(), p.verblijfsduur().code(),
                    p.personen(), p.vanaf(), p.tot(), p.vertrekreden() == null ? null : p.vertrekreden().code(), p.splitsingsreden(),
                    p.bedden().stream().map(b -> new BedAntwoord(b.bewonerId().waarde(), b.bednummer(), b.vanaf(), b.tot())).toList());
        }
    }

    private final Plaatsingen plaatsingen;
    private final Toegang toegang;
    private final Clock clock;
    private final MessageSource berichten;

    PlaatsingenApi(Plaatsingen plaatsingen, Toegang toegang, Clock clock, MessageSource berichten) {
        this.berichten = berichten;
        this.plaatsingen = plaatsingen;
        this.toegang = toegang;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Check een huishouden in op vrije bedden van een locatie van de eigen gemeente",
            description = "409 als de locatie vanaf die datum te weinig vrije bedden heeft of een lid al geplaatst is.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<PlaatsingAntwoord> plaats(@RequestBody(required = false) @Nullable PlaatsingVerzoek verzoek) {
        var gebruiker = gebruiker();
        // Only a gemeente employee places: 403 before their input is read, as always.
        gebruiker.eigenGemeente();
        var v = verzoek == null ? new PlaatsingVerzoek(null, null, null, null, null, null) : verzoek;
        var opdracht = PlaatsingValidatie.plaatsing(v.huishouden(), v.opvanglocatie(), v.vanaf(), v.verblijfsduur(), v.leden(),
                v.splitsingsreden(), LocalDate.now(clock));
        var plaatsing = plaatsingen.plaats(opdracht, gebruiker);
        return ResponseEntity.created(URI.create("/api/v1/plaatsingen/" + plaatsing.id())).body(PlaatsingAntwoord.van(plaatsing));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén plaatsing (van een locatie van de eigen gemeente)",
            description = "Ook voor de regio en het LCVS zolang zij een plaatsingsverzoek van het huishouden behandelen; anders 404.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    PlaatsingAntwoord plaatsing(@PathVariable String id) {
        var gebruiker = gebruiker();
        var scope = toegang.scopeVan(gebruiker);
        return plaatsingen.bekijk(id(id), gebruiker, scope).map(PlaatsingAntwoord::van).orElseThrow(() -> new NietGevonden("Plaatsing"));
    }

    @PostMapping("/{id}/_uitchecken")
    @Operation(summary = "Check een plaatsing uit met vertrekdatum en reden",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    PlaatsingAntwoord checkUit(@PathVariable String id, @RequestBody(required = false) @Nullable UitcheckVerzoek verzoek) {
        var gebruiker = gebruiker();
        var plaatsing = plaatsingen.teBeheren(id(id), gebruiker);
        var v = verzoek == null ? new UitcheckVerzoek(null, null) : verzoek;
        var uit = PlaatsingValidatie.uitchecken(v.datum(), v.reden(), plaatsing, berichten);
        return PlaatsingAntwoord.van(plaatsingen.checkUit(plaatsing.id(), uit.datum(), uit.reden(), gebruiker));
    }

    record VerhuisVerzoek(@Schema(description = "id van de nieuwe opvanglocatie (eigen gemeente)") @Nullable String opvanglocatie,
            @Schema(format = "date", description = "Eerste nacht op de nieuwe locatie") @Nullable String datum) {
    }

    @PostMapping("/{id}/_verhuizen")
    @Operation(summary = "Verhuis de leden van een plaatsing naar een andere locatie van de eigen gemeente",
            description = "Uitchecken (reden verhuizing) en inchecken in één transactie; 409 als de nieuwe locatie te weinig vrije bedden heeft.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<PlaatsingAntwoord> verhuis(@PathVariable String id, @RequestBody(required = false) @Nullable VerhuisVerzoek verzoek) {
        var gebruiker = gebruiker();
        var oud = plaatsingen.teBeheren(id(id), gebruiker);
        var v = verzoek == null ? new VerhuisVerzoek(null, null) : verzoek;
        var verhuizing = PlaatsingValidatie.verhuizing(v.opvanglocatie(), v.datum(), oud);
        var nieuw = plaatsingen.verhuis(oud.id(), verhuizing.naar(), verhuizing.datum(), gebruiker);
        return ResponseEntity.created(URI.create("/api/v1/plaatsingen/" + nieuw.id())).body(PlaatsingAntwoord.van(nieuw));
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static PlaatsingId id(String id) {
        return new PlaatsingId(Invoer.idInAdres(id, "Plaatsing"));
    }
}
