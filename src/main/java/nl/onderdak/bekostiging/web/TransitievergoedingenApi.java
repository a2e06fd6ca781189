// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.onderdak.bekostiging.internal.TransitieInvoer;
import nl.onderdak.bekostiging.internal.TransitievergoedingId;
import nl.onderdak.bekostiging.internal.Transitievergoedingen;
import nl.onderdak.platform.NietGevonden;
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
 * Transition-fee requests: submitted by a gemeente for its own new location, decided by the NOO, with the 48-hour clock.
 * Status values in this API stay as they always were: the code's {@code GOEDGEKEURD} is {@code toegekend} here
 * ({@link Transitievergoedingen#WOORDEN}); declarations and regional costs say {@code goedgekeurd}.
 */
@RestController
@Tag(name = "Transitievergoedingen", description = "Aanvragen van gemeenten voor een transitievergoeding voor een nieuwe locatie; "
        + "de NOO streeft ernaar binnen 48 uur te beslissen (inspanningsverplichting)")
class TransitievergoedingenApi {

    private static final String PAD = "/api/v1/bekostiging/transitievergoedingen";

    record TransitievergoedingIn(@Schema(description = "id van een opvanglocatie van de eigen gemeente", format = "uuid") String opvanglocatie,
            @Schema(type = "number", description = "gevraagd bedrag in euro (getal of tekst), groter dan 0, hoogstens twee decimalen, bijvoorbeeld 125000.00")
            Object bedrag,
            @Schema(description = "waarvoor de vergoeding nodig is") String toelichting) {
    }

    record TransitiebesluitIn(@Schema(description = "toegekend of afgewezen", example = "toegekend") String besluit,
            @Schema(type = "number", description = "bij toekennen: het toegekende bedrag in euro (getal of tekst), hoogstens het gevraagde bedrag")
            Object toegekendBedrag,
            @Schema(description = "verplicht bij afwijzen") String reden) {
    }

    record TransitievergoedingUit(UUID id, String gemeenteCode, String gemeenteNaam, UUID opvanglocatie, String locatienaam,
            @Schema(description = "gevraagd bedrag in euro") BigDecimal bedrag, String toelichting, String ingediendDoor, Instant ingediendOp,
            @Schema(description = "ingediend, toegekend of afgewezen") String status, BigDecimal toegekendBedrag, String reden,
            String beslotenDoor, Instant beslotenOp, TransitieklokUit klok) {
    }

    record TransitievergoedingDetailUit(UUID id, String gemeenteCode, String gemeenteNaam, UUID opvanglocatie, String locatienaam,
            @Schema(description = "gevraagd bedrag in euro") BigDecimal bedrag, String toelichting, String ingediendDoor, Instant ingediendOp,
            @Schema(description = "ingediend, toegekend of afgewezen") String status, BigDecimal toegekendBedrag, String reden,
            String beslotenDoor, Instant beslotenOp, TransitieklokUit klok,
            @Schema(description = "alle statussen, oudste eerst; nooit gewijzigd") List<TransitiestatusUit> historie) {
    }

    record TransitieklokUit(@Schema(description = "48 uur na indienen") Instant termijn,
            @Schema(description = "open en de 48 uur zijn verstreken") boolean overTijd,
            @Schema(description = "open: hele uren tot de termijn (naar beneden afgerond)") Integer resterendeUren,
            @Schema(description = "over tijd: hele uren sinds de termijn") Integer urenOverTijd,
            @Schema(description = "besloten: uren van indienen tot besluit, één decimaal") Double doorlooptijdUren,
            @Schema(description = "besloten: binnen 48 uur") Boolean binnen48Uur) {
    }

    record TransitiestatusUit(@Schema(description = "ingediend, toegekend of afgewezen") String status, BigDecimal toegekendBedrag,
            String reden, String door, Instant op) {
    }

    record DoorlooptijdMaandUit(@Schema(description = "maand van indienen (JJJJ-MM); leeg voor de hele periode") String maand, int ingediend,
            int besloten, int open, @Schema(description = "open en al over de 48 uur") int openOverTijd,
            @Schema(description = "besloten binnen 48 uur") int binnen48Uur,
            @Schema(description = "binnen48Uur / (besloten + openOverTijd) * 100, één decimaal") Double percentageBinnen48Uur,
            @Schema(description = "mediaan van de uren tot besluit (besloten aanvragen)") Double mediaanUren,
            @Schema(description = "90e percentiel, lineair geïnterpoleerd") Double percentiel90Uren) {
    }

    record DoorlooptijdenUit(@Schema(description = "eerste maand, als gevraagd") String van,
            @Schema(description = "laatste maand, als gevraagd") String tot, int normUren, Instant peilmoment,
            List<DoorlooptijdMaandUit> maanden, DoorlooptijdMaandUit totaal) {
    }

    record TransitievergoedingenUit(List<TransitievergoedingUit> transitievergoedingen) {
    }

    private final Transitievergoedingen transitievergoedingen;
    private final Toegang toegang;

    TransitievergoedingenApi(Transitievergoedingen transitievergoedingen, Toegang toegang) {
        this.transitievergoedingen = transitievergoedingen;
        this.toegang = toegang;
    }

    @PostMapping(PAD)
    @Operation(summary = "Vraag een transitievergoeding aan voor een nieuwe opvanglocatie van de eigen gemeente (gemeente)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<TransitievergoedingDetailUit> dienIn(@RequestBody(required = false) TransitievergoedingIn in) {
        var v = in == null ? new TransitievergoedingIn(null, null, null) : in;
        var gebruiker = gebruiker();
        var aanvraag = transitievergoedingen.dienIn(TransitieInvoer.aanvraag(v.opvanglocatie(), tekst(v.bedrag()), v.toelichting()), gebruiker);
        return ResponseEntity.created(URI.create(PAD + "/" + aanvraag.id())).body(detail(aanvraag));
    }

    @GetMapping(PAD)
    @Operation(summary = "Aanvragen: een gemeente de eigen, de NOO alle; open aanvragen eerst, die over de 48 uur vooraan",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    TransitievergoedingenUit lijst() {
        return new TransitievergoedingenUit(transitievergoedingen.lijst(gebruiker()).stream().map(TransitievergoedingenApi::uit).toList());
    }

    @GetMapping(PAD + "/doorlooptijden")
    @Operation(summary = "Doorlooptijden per maand van indienen: aantal, mediaan en 90e percentiel van de uren tot het besluit, "
            + "aandeel binnen 48 uur (NOO: alle aanvragen; gemeente: de eigen)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    DoorlooptijdenUit doorlooptijden(
            @RequestParam(required = false) @Parameter(description = "eerste maand (JJJJ-MM)", example = "2026-01") String van,
            @RequestParam(required = false) @Parameter(description = "laatste maand (JJJJ-MM)", example = "2026-12") String tot) {
        var d = transitievergoedingen.doorlooptijden(TransitieInvoer.maanden(van, tot), gebruiker());
        return new DoorlooptijdenUit(d.van(), d.tot(), d.normUren(), d.peilmoment(),
                d.maanden().stream().map(TransitievergoedingenApi::uit).toList(), uit(d.totaal()));
    }

    @GetMapping(PAD + "/{id}")
    @Operation(summary = "Eén aanvraag met de 48-uursklok en de statushistorie",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    TransitievergoedingDetailUit aanvraag(@PathVariable String id) {
        var aanvraag = transitievergoedingen.zichtbaar(uuid(id), gebruiker()).orElseThrow(() -> new NietGevonden("Transitievergoeding"));
        return detail(aanvraag);
    }

    @PostMapping(PAD + "/{id}/_beslissen")
    @Operation(summary = "Beslis over een aanvraag (NOO): toegekend met een bedrag van hoogstens het gevraagde, of afgewezen met reden; "
            + "eenmaal", security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    TransitievergoedingDetailUit beslis(@PathVariable String id, @RequestBody(required = false) TransitiebesluitIn in) {
        var v = in == null ? new TransitiebesluitIn(null, null, null) : in;
        var beslissing = TransitieInvoer.beslissing(v.besluit(), tekst(v.toegekendBedrag()), v.reden());
        return detail(transitievergoedingen.beslis(uuid(id), beslissing, gebruiker()));
    }

    /** The request with its history; statuses in this API's words ({@link Transitievergoedingen#woord}: an approval is toegekend). */
    private static TransitievergoedingDetailUit detail(Transitievergoedingen.Aanvraag a) {
        return new TransitievergoedingDetailUit(a.id().waarde(), a.gemeenteCode(), a.gemeenteNaam(), a.opvanglocatieId(), a.locatienaam(),
                a.bedrag(), a.toelichting(), a.ingediendDoor(), a.ingediendOp(), Transitievergoedingen.woord(a.status()), a.toegekendBedrag(),
                a.reden(), a.beslotenDoor(), a.beslotenOp(), uit(a.klok()),
                a.geschiedenis().regels().stream()
                        .map(s -> new TransitiestatusUit(Transitievergoedingen.woord(s.status()), s.bedrag(), s.reden(), s.door(), s.op())).toList());
    }

    private static TransitievergoedingUit uit(Transitievergoedingen.Aanvraag a) {
        return new TransitievergoedingUit(a.id().waarde(), a.gemeenteCode(), a.gemeenteNaam(), a.opvanglocatieId(), a.locatienaam(), a.bedrag(),
                a.toelichting(), a.ingediendDoor(), a.ingediendOp(), Transitievergoedingen.woord(a.status()), a.toegekendBedrag(), a.reden(),
                a.beslotenDoor(), a.beslotenOp(), uit(a.klok()));
    }

    private static TransitieklokUit uit(Transitievergoedingen.Klok k) {
        return new TransitieklokUit(k.termijn(), k.overTijd(), k.resterendeUren(), k.urenOverTijd(), k.doorlooptijdUren(), k.binnen48Uur());
    }

    private static DoorlooptijdMaandUit uit(Transitievergoedingen.Maand m) {
        return new DoorlooptijdMaandUit(m.maand(), m.ingediend(), m.besloten(), m.open(), m.openOverTijd(), m.binnen48Uur(),
                m.percentageBinnen48Uur(), m.mediaanUren(), m.percentiel90Uren());
    }

    /** A JSON number or text as text; numbers in plain notation (1.0E7 becomes 10000000). */
    static String tekst(Object waarde) {
        if (waarde == null) {
            return null;
        }
        if (waarde instanceof Number n) {
            try {
                return new BigDecimal(n.toString()).toPlainString();
            } catch (NumberFormatException e) {
                return n.toString();
            }
        }
        return waarde.toString();
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static TransitievergoedingId uuid(String id) {
        return TransitievergoedingId.uitAdres(id);
    }
}
