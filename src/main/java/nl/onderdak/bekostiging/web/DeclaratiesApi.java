// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.onderdak.bekostiging.internal.DeclaratieId;
import nl.onderdak.bekostiging.internal.DeclaratieValidatie;
import nl.onderdak.bekostiging.internal.Declaraties;
import nl.onderdak.platform.Bijlagecontrole;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Declarations of extra costs: a gemeente submits and adds attachments, the NOO approves or rejects.
 * Attachments are sent as the raw body; their type is recognised from the content.
 */
@RestController
@Tag(name = "Declaraties", description = "Declaraties van werkelijke meerkosten (BooO): indienen door de gemeente, beoordelen door de NOO")
class DeclaratiesApi {

    private static final String PAD = "/api/v1/bekostiging/declaraties";

    record DeclaratieIn(
            @Schema(description = "euro als getal of als tekst (1250.00 of \"1250,00\"): hoogstens twee decimalen, groter dan 0 en "
                    + "hoogstens 10000000", example = "1250.00") String bedrag,
            @Schema(allowableValues = {"beveiliging", "zorg_en_begeleiding", "vervoer", "huisvesting_aanpassingen", "inrichting", "personeel",
                "tolken", "overig"}) String categorie,
            @Schema(format = "date", description = "eerste dag van de periode van de kosten") String periodeVan,
            @Schema(format = "date", description = "laatste dag, uiterlijk vandaag") String periodeTot,
            @Schema(description = "wat de kosten zijn en waarom ze uitzonderlijk zijn, 10 tot 2000 tekens") String omschrijving) {
    }

    record BesluitIn(@Schema(allowableValues = {"goedgekeurd", "afgewezen"}) String besluit,
            @Schema(description = "verplicht bij afgewezen") String reden) {
    }

    record StatusUit(String status, String door, Instant op, String reden) {
    }

    record BijlageUit(UUID id, String bestandsnaam, @Schema(description = "herkend aan de inhoud") String mediatype,
            @Schema(description = "bytes") int grootte, String sha256, String toegevoegdDoor, Instant toegevoegdOp) {
    }

    record DeclaratieUit(UUID id, String gemeenteCode, String gemeenteNaam, BigDecimal bedrag, String categorie,
            @Schema(format = "date") LocalDate periodeVan, @Schema(format = "date") LocalDate periodeTot, String omschrijving,
            String status, String ingediendDoor, Instant ingediendOp, int aantalBijlagen,
            @Schema(description = "oudste eerst") List<StatusUit> statussen, List<BijlageUit> bijlagen) {
    }

    record DeclaratieSamenvatting(UUID id, String gemeenteCode, String gemeenteNaam, BigDecimal bedrag, String categorie,
            @Schema(format = "date") LocalDate periodeVan, @Schema(format = "date") LocalDate periodeTot, String omschrijving,
            String status, String ingediendDoor, Instant ingediendOp, int aantalBijlagen) {
    }

    record DeclaratiesUit(@Schema(description = "aantal declaraties dat aan het filter voldoet") int aantal,
            @Schema(description = "de nieuwste 500, nieuwste eerst") List<DeclaratieSamenvatting> declaraties) {
    }

    private final Declaraties declaraties;
    private final Toegang toegang;

    DeclaratiesApi(Declaraties declaraties, Toegang toegang) {
        this.declaraties = declaraties;
        this.toegang = toegang;
    }

    @PostMapping(PAD)
    @Operation(summary = "Dien een declaratie van meerkosten in voor de eigen gemeente",
            description = "Alleen voor medewerkers van een gemeente. Elk fout veld wordt tegelijk genoemd.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "201", description = "Ingediend; Location wijst naar de declaratie")
    @ApiResponse(responseCode = "403", description = "Geen medewerker van een gemeente")
    ResponseEntity<DeclaratieUit> indienen(@RequestBody(required = false) DeclaratieIn in) {
        var invulling = in == null ? null
                : new DeclaratieValidatie.Invulling(in.bedrag(), in.categorie(), in.periodeVan(), in.periodeTot(), in.omschrijving());
        var d = declaraties.indienen(DeclaratieValidatie.indiening(invulling, List.of(), declaraties.vandaag()), gebruiker());
        return ResponseEntity.created(URI.create(PAD + "/" + d.declaratie().id())).body(uit(d));
    }

    @GetMapping(PAD)
    @Operation(summary = "De declaraties: een gemeente ziet de eigen, de NOO alle",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    DeclaratiesUit lijst(@Parameter(description = "alleen deze status: ingediend, goedgekeurd of afgewezen")
            @RequestParam(required = false) String status) {
        var lijst = declaraties.lijst(DeclaratieValidatie.statusfilter(status), gebruiker());
        return new DeclaratiesUit(lijst.aantal(), lijst.declaraties().stream()
                .map(d -> new DeclaratieSamenvatting(d.id().waarde(), d.gemeenteCode(), d.gemeenteNaam(), d.bedrag(), d.categorie().code(),
                        d.periodeVan(), d.periodeTot(), d.omschrijving(), Declaraties.woord(d.status()), d.ingediendDoor(), d.ingediendOp(),
                        d.aantalBijlagen()))
                .toList());
    }

    @GetMapping(PAD + "/{id}")
    @Operation(summary = "Eén declaratie met statusgeschiedenis en bijlagen",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    DeclaratieUit een(@PathVariable String id) {
        return uit(declaraties.een(uuid(id), gebruiker()));
    }

    @PostMapping(PAD + "/{id}/bijlagen")
    @Operation(summary = "Voeg een bijlage toe (PDF, PNG of JPEG, hoogstens 10 MB) zolang de declaratie is ingediend",
            description = "De inhoud van het bestand is de body. Het soort bestand wordt aan de inhoud herkend; de bestandsnaam en het "
                    + "opgegeven Content-Type tellen niet. Hetzelfde bestand nogmaals wordt niet opnieuw opgeslagen (200 met de bestaande "
                    + "bijlage). Alleen de gemeente die de declaratie indiende.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")},
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "201", description = "Toegevoegd; Location wijst naar de bijlage")
    @ApiResponse(responseCode = "200", description = "Dit bestand was al toegevoegd; de bestaande bijlage")
    @ApiResponse(responseCode = "403", description = "Niet de gemeente die de declaratie indiende")
    @ApiResponse(responseCode = "404", description = "Declaratie bestaat niet of valt buiten uw gemeente")
    @ApiResponse(responseCode = "409", description = "De NOO heeft al beslist, of de declaratie heeft al 20 bijlagen")
    ResponseEntity<BijlageUit> voegBijlageToe(@PathVariable String id,
            @Parameter(description = "naam van het bestand; mappen en onzichtbare tekens worden verwijderd")
            @RequestParam(required = false) String bestandsnaam, HttpServletRequest request) throws IOException {
        var declaratie = uuid(id);
        var gebruiker = gebruiker();
        var type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            throw OngeldigeInvoer.veld("bestand", nl.onderdak.platform.Berichten.tekst("declaratie.fout.multipart"));
        }
        declaraties.vereisToevoegbaar(declaratie, gebruiker); // 403, 404 or 409 before the upload is read
        // Read one byte more than allowed, never more: a larger body is refused without holding it in memory.
        var inhoud = request.getInputStream().readNBytes(Bijlagecontrole.MAX_BIJLAGE + 1);
        var gelezen = DeclaratieValidatie.bijlagen(List.of(new Bijlagecontrole.Bestand(bestandsnaam, inhoud)), "bestand");
        var t = declaraties.voegBijlagenToe(declaratie, gelezen, gebruiker).getFirst();
        var b = uit(t.bijlage());
        var adres = URI.create(PAD + "/" + declaratie + "/bijlagen/" + b.id());
        return t.nieuw() ? ResponseEntity.created(adres).body(b) : ResponseEntity.ok().location(adres).body(b);
    }

    @GetMapping(value = PAD + "/{id}/bijlagen/{bijlageId}", produces = {"application/pdf", "image/png", "image/jpeg"})
    @Operation(summary = "Download een bijlage, met het aan de inhoud herkende mediatype",
            description = "Altijd als download (Content-Disposition: attachment) met X-Content-Type-Options: nosniff.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "200", description = "De inhoud van de bijlage", content = {
        @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "403", description = "Geen gemeente en geen NOO")
    @ApiResponse(responseCode = "404", description = "Declaratie of bijlage bestaat niet of valt buiten uw gemeente")
    ResponseEntity<byte[]> bijlage(@PathVariable String id, @PathVariable String bijlageId) {
        var download = declaraties.bijlage(uuid(id), Invoer.idInAdres(bijlageId, "Bijlage"), gebruiker());
        return DeclaratiesPagina.alsBijlage(download);
    }

    @PostMapping(PAD + "/{id}/_beoordelen")
    @Operation(summary = "Keur de declaratie goed of wijs haar af met reden (NOO)",
            description = "Alleen een medewerker van de NOO, en alleen zolang de declaratie is ingediend; een tweede besluit: 409.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "200", description = "Het besluit is vastgelegd")
    @ApiResponse(responseCode = "403", description = "Geen medewerker van de NOO")
    @ApiResponse(responseCode = "404", description = "Declaratie bestaat niet")
    @ApiResponse(responseCode = "409", description = "Over deze declaratie is al beslist")
    DeclaratieUit beoordeel(@PathVariable String id, @RequestBody(required = false) BesluitIn in) {
        var besluit = DeclaratieValidatie.besluit(in == null ? null : in.besluit(), in == null ? null : in.reden());
        return uit(declaraties.beoordeel(uuid(id), besluit, gebruiker()));
    }

    private static DeclaratieUit uit(Declaraties.Details details) {
        var d = details.declaratie();
        return new DeclaratieUit(d.id().waarde(), d.gemeenteCode(), d.gemeenteNaam(), d.bedrag(), d.categorie().code(), d.periodeVan(),
                d.periodeTot(), d.omschrijving(), Declaraties.woord(d.status()), d.ingediendDoor(), d.ingediendOp(), d.aantalBijlagen(),
                details.geschiedenis().regels().stream()
                        .map(s -> new StatusUit(Declaraties.woord(s.status()), s.door(), s.op(), s.reden())).toList(),
                details.bijlagen().stream().map(DeclaratiesApi::uit).toList());
    }

    private static BijlageUit uit(Declaraties.Bijlage b) {
        return new BijlageUit(b.id(), b.bestandsnaam(), b.mediatype(), b.grootte(), b.sha256(), b.toegevoegdDoor(), b.toegevoegdOp());
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static DeclaratieId uuid(String id) {
        return DeclaratieId.uitAdres(id);
    }
}
