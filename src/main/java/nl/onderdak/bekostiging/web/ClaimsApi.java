// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.onderdak.bekostiging.internal.Claims;
import nl.onderdak.bekostiging.internal.Normbedrag;
import nl.onderdak.bekostiging.internal.Normbedragen;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The BooO claim of a gemeente and the dated norm amounts it is computed with. */
@RestController
@Tag(name = "Bekostiging", description = "Normbedragen en de claim per gemeente (BooO)")
class ClaimsApi {

    record NormbedragIn(@Schema(format = "date") String geldigVanaf, @Schema(format = "date") String geldigTot,
            @Schema(description = "GOO of POO") String opvangvorm, String bedrag,
            @Schema(description = "vastgesteld (standaard) of voorstel") String status, String toelichting, String bron) {
    }

    record BevestigingIn(String bron) {
    }

    record NormbedragUit(long id, @Schema(format = "date") LocalDate geldigVanaf, @Schema(format = "date") LocalDate geldigTot,
            String opvangvorm, String eenheid, BigDecimal bedrag, String status, String toelichting, String bron) {
    }

    record NormbedragenUit(List<NormbedragUit> normbedragen, List<NormbedragUit> geldend) {
    }

    private final Claims claims;
    private final Normbedragen normbedragen;
    private final Toegang toegang;

    ClaimsApi(Claims claims, Normbedragen normbedragen, Toegang toegang) {
        this.claims = claims;
        this.normbedragen = normbedragen;
        this.toegang = toegang;
    }

    @GetMapping("/api/v1/bekostiging/claims")
    @Operation(summary = "De claim van een gemeente over een periode: plekdagen en persoonmaanden maal het normbedrag van die dag, "
            + "met uitleg per locatie en tariefperiode en totalen per jaar (gemeente: eigen; NOO: alle)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Claims.Claim claim(@Parameter(example = "GM0344") @RequestParam(required = false) String gemeente,
            @Parameter(example = "2022-10-01") @RequestParam(required = false) String van,
            @Parameter(example = "2022-12-31") @RequestParam(required = false) String tot) {
        return claims.claim(gemeente, van, tot, gebruiker());
    }

    @GetMapping("/api/v1/bekostiging/claimoverzicht")
    @Operation(summary = "De claims van alle gemeenten over een periode in één overzicht, met gemeentenaam, gemeentelijke en "
            + "particuliere opvang en landelijke totalen (de som van de regels); voor de NOO, het ministerie en beheer",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Claims.Overzicht overzicht(@Parameter(example = "2024-01-01") @RequestParam(required = false) String van,
            @Parameter(example = "2024-12-31") @RequestParam(required = false) String tot) {
        return claims.overzicht(van, tot, gebruiker());
    }

    @GetMapping("/api/v1/bekostiging/normbedragen")
    @Operation(summary = "Alle normbedragen zoals vastgelegd, en de periodes die gelden",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    NormbedragenUit normbedragen() {
        gebruiker();
        var geldend = new java.util.ArrayList<NormbedragUit>();
        for (var vorm : Normbedrag.Opvangvorm.values()) {
            normbedragen.geldend(vorm).forEach(n -> geldend.add(uit(n)));
        }
        return new NormbedragenUit(normbedragen.rijen().stream().map(ClaimsApi::uit).toList(), geldend);
    }

    @PostMapping("/api/v1/bekostiging/normbedragen")
    @Operation(summary = "Voeg een normbedrag toe (landelijk beheerder); bestaande worden nooit gewijzigd",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<NormbedragUit> voegToe(@RequestBody(required = false) NormbedragIn in) {
        var v = in == null ? new NormbedragIn(null, null, null, null, null, null, null) : in;
        return ResponseEntity.status(HttpStatus.CREATED).body(uit(normbedragen.voegToe(v.geldigVanaf(), v.geldigTot(), v.opvangvorm(),
                v.bedrag(), v.status(), v.toelichting(), v.bron(), gebruiker())));
    }

    @PostMapping("/api/v1/bekostiging/normbedragen/{id}/_bevestigen")
    @Operation(summary = "Bevestig een voorstel: er komt een vastgesteld normbedrag bij; het voorstel blijft als geschiedenis",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<NormbedragUit> bevestig(@PathVariable long id, @RequestBody(required = false) BevestigingIn in) {
        return ResponseEntity.status(HttpStatus.CREATED).body(uit(normbedragen.bevestig(id, in == null ? null : in.bron(), gebruiker())));
    }

    static NormbedragUit uit(Normbedrag n) {
        return new NormbedragUit(n.id(), n.geldigVanaf(), n.geldigTot(), n.opvangvorm().name(), n.opvangvorm().eenheid(), n.bedrag(),
                n.voorstel() ? "voorstel" : "vastgesteld", n.toelichting(), n.bron());
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }
}
