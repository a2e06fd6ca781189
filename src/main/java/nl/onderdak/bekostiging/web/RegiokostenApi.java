// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.onderdak.bekostiging.internal.Regiokosten;
import nl.onderdak.bekostiging.internal.RegiokostenInvoer;
import nl.onderdak.bekostiging.internal.RegiokostenaanvraagId;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The safety regions' cost applications per half-year, their deadlines (dated data) and the NOO's assessment. */
@RestController
@Tag(name = "Regiokosten", description = "Aanvragen van veiligheidsregio's om vergoeding van hun kosten, per halfjaar, "
        + "met de indientermijnen en herinneringen")
class RegiokostenApi {

    private static final String PAD = "/api/v1/bekostiging/regiokosten";

    record RegiokostenaanvraagIn(@Schema(description = "halfjaar als JJJJ-H1 of JJJJ-H2", example = "2023-H1") String halfjaar,
            @Schema(type = "number", description = "bedrag in euro (getal of tekst), groter dan 0, hoogstens twee decimalen, bijvoorbeeld 250000.00")
            Object bedrag,
            @Schema(description = "welke kosten, over welke periode") String toelichting) {
    }

    record RegiokostentermijnIn(@Schema(description = "halfjaar als JJJJ-H1 of JJJJ-H2", example = "2023-H2") String halfjaar,
            @Schema(format = "date", description = "laatste dag om in te dienen (JJJJ-MM-DD)") String uiterlijk,
            @Schema(description = "brief, regeling of besluit waarin de termijn staat") String bron) {
    }

    record RegiokostenbeoordelingIn(@Schema(description = "goedgekeurd of afgewezen", example = "goedgekeurd") String besluit,
            @Schema(description = "verplicht bij afwijzen") String reden) {
    }

    record RegiokostentermijnUit(String halfjaar, @Schema(format = "date") LocalDate uiterlijk, String bron, String vastgelegdDoor,
            Instant vastgelegdOp) {
    }

    record RegiokostenaanvraagUit(UUID id, String veiligheidsregioCode, String veiligheidsregioNaam, String halfjaar,
            @Schema(format = "date") LocalDate uiterlijk, BigDecimal bedrag, String toelichting, String ingediendDoor, Instant ingediendOp,
            @Schema(description = "ingediend na de termijn") boolean teLaat,
            @Schema(description = "ingediend, goedgekeurd of afgewezen") String status, String reden, String beoordeeldDoor,
            Instant beoordeeldOp) {
    }

    record RegiokostenherinneringUit(@Schema(description = "het herinnermoment (30, 14, 7 of 1 dag voor de termijn)") int dagenVoorTermijn,
            @Schema(description = "dagen tot en met de termijn") long dagenTotTermijn) {
    }

    record RegiokostenhalfjaarUit(String halfjaar, @Schema(format = "date") LocalDate uiterlijk,
            @Schema(description = "dagen tot de termijn; negatief als die verstreken is") long dagenTotTermijn,
            @Schema(description = "geen_aanvraag, termijn_verstreken, ingediend, goedgekeurd of afgewezen") String status,
            RegiokostenherinneringUit herinnering, RegiokostenaanvraagUit aanvraag) {
    }

    record RegiokostenUit(@Schema(description = "de eigen veiligheidsregio; leeg voor landelijke gebruikers") String veiligheidsregio,
            @Schema(format = "date") LocalDate vandaag, List<RegiokostentermijnUit> termijnen,
            @Schema(description = "de halfjaren van de eigen regio (alleen voor een veiligheidsregio)") List<RegiokostenhalfjaarUit> halfjaren,
            List<RegiokostenaanvraagUit> aanvragen) {
    }

    record RegiokostentermijnenUit(List<RegiokostentermijnUit> termijnen) {
    }

    private final Regiokosten regiokosten;
    private final Toegang toegang;

    RegiokostenApi(Regiokosten regiokosten, Toegang toegang) {
        this.regiokosten = regiokosten;
        this.toegang = toegang;
    }

    @GetMapping(PAD)
    @Operation(summary = "Regiokosten: een regio ziet haar halfjaren met termijn, status en herinnering; NOO, JenV en beheer zien alle aanvragen",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    RegiokostenUit overzicht() {
        var o = regiokosten.overzicht(gebruiker());
        return new RegiokostenUit(o.veiligheidsregioCode(), o.vandaag(), o.termijnen().stream().map(RegiokostenApi::uit).toList(),
                o.halfjaren().stream().map(RegiokostenApi::uit).toList(), o.aanvragen().stream().map(RegiokostenApi::uit).toList());
    }

    @PostMapping(PAD)
    @Operation(summary = "Dien de aanvraag van de eigen regio in voor een halfjaar met een termijn; na de termijn wordt ze aangenomen en "
            + "gemarkeerd als te laat (regiocoördinator)", security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<RegiokostenaanvraagUit> dienIn(@RequestBody(required = false) RegiokostenaanvraagIn in) {
        var v = in == null ? new RegiokostenaanvraagIn(null, null, null) : in;
        var aanvraag = regiokosten.dienIn(RegiokostenInvoer.aanvraag(v.halfjaar(), TransitievergoedingenApi.tekst(v.bedrag()), v.toelichting()),
                gebruiker());
        return ResponseEntity.created(URI.create(PAD + "/" + aanvraag.id())).body(uit(aanvraag));
    }

    @GetMapping(PAD + "/termijnen")
    @Operation(summary = "De indientermijnen per halfjaar met hun bron", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    RegiokostentermijnenUit termijnen() {
        return new RegiokostentermijnenUit(regiokosten.termijnen(gebruiker()).stream().map(RegiokostenApi::uit).toList());
    }

    @PostMapping(PAD + "/termijnen")
    @Operation(summary = "Leg de indientermijn van een halfjaar vast (landelijk beheerder of NOO); een termijn wordt nooit gewijzigd",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<RegiokostentermijnUit> legTermijnVast(@RequestBody(required = false) RegiokostentermijnIn in) {
        var v = in == null ? new RegiokostentermijnIn(null, null, null) : in;
        var t = regiokosten.legTermijnVast(RegiokostenInvoer.termijn(v.halfjaar(), v.uiterlijk(), v.bron()), gebruiker());
        return ResponseEntity.status(HttpStatus.CREATED).body(uit(t));
    }

    @GetMapping(PAD + "/{id}")
    @Operation(summary = "Eén aanvraag (de eigen regio; landelijk: alle)", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    RegiokostenaanvraagUit aanvraag(@PathVariable String id) {
        return uit(regiokosten.zichtbaar(uuid(id), gebruiker()).orElseThrow(() -> new NietGevonden("Regiokostenaanvraag")));
    }

    @PostMapping(PAD + "/{id}/_beoordelen")
    @Operation(summary = "Keur een aanvraag goed of wijs haar af met reden (NOO); eenmaal", security = {
            @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    RegiokostenaanvraagUit beoordeel(@PathVariable String id, @RequestBody(required = false) RegiokostenbeoordelingIn in) {
        var v = in == null ? new RegiokostenbeoordelingIn(null, null) : in;
        return uit(regiokosten.beoordeel(uuid(id), RegiokostenInvoer.beoordeling(v.besluit(), v.reden()), gebruiker()));
    }

    private static RegiokostentermijnUit uit(Regiokosten.Termijn t) {
        return new RegiokostentermijnUit(t.halfjaar().toString(), t.uiterlijk(), t.bron(), t.vastgelegdDoor(), t.vastgelegdOp());
    }

    private static RegiokostenaanvraagUit uit(Regiokosten.Aanvraag a) {
        return new RegiokostenaanvraagUit(a.id().waarde(), a.veiligheidsregioCode(), a.veiligheidsregioNaam(), a.halfjaar().toString(),
                a.uiterlijk(), a.bedrag(), a.toelichting(), a.ingediendDoor(), a.ingediendOp(), a.teLaat(), Regiokosten.woord(a.status()),
                a.reden(), a.beoordeeldDoor(), a.beoordeeldOp());
    }

    private static RegiokostenhalfjaarUit uit(Regiokosten.HalfjaarStand s) {
        var h = s.herinnering();
        return new RegiokostenhalfjaarUit(s.termijn().halfjaar().toString(), s.termijn().uiterlijk(), s.dagenTotTermijn(), s.status(),
                h == null ? null : new RegiokostenherinneringUit(h.dagenVoorTermijn(), h.dagenTotTermijn()), s.aanvraag() == null ? null : uit(s.aanvraag()));
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static RegiokostenaanvraagId uuid(String id) {
        return RegiokostenaanvraagId.uitAdres(id);
    }
}
