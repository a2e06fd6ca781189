// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave.web;

import org.jspecify.annotations.Nullable;
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
import nl.onderdak.opgave.Opgavebesluit;
import nl.onderdak.opgave.Opgavebesluiten;
import nl.onderdak.opgave.Verdeelsleutel;
import nl.onderdak.opgave.internal.OpgaveInvoer;
import nl.onderdak.opgave.internal.Opgavelezer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Toegang;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The distribution key and the target decisions: open data, recorded by national users. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Opgave", description = "Verdeelsleutel en opgavebesluiten (open data)")
class OpgaveApi {

    record RegioOpgaveAntwoord(String code, String naam, long inwoners, long landoppervlakteHa,
            BigDecimal aandeelInwoners, BigDecimal aandeelLandoppervlakte, BigDecimal exacteWaarde, int opgave) {
        static RegioOpgaveAntwoord van(Verdeelsleutel.RegioOpgave r) {
            return new RegioOpgaveAntwoord(r.code(), r.naam(), r.inwoners(), r.landoppervlakteHa(), r.aandeelInwoners(),
                    r.aandeelLandoppervlakte(), r.exacteWaarde(), r.opgave());
        }
    }

    record VerdeelsleutelAntwoord(int totaal, int peiljaar, LocalDate indeling, long inwonersNederland,
            long landoppervlakteNederlandHa, String formule, String afronding, List<RegioOpgaveAntwoord> regios) {
    }

    record BesluitAntwoord(UUID id, String halfjaar, int landelijkTotaal, int peiljaar,
            @Schema(format = "date") LocalDate aankondigingsdatum, boolean spoed, String spoedReden, String toelichting,
            UUID vervangt, UUID vervangenDoor, boolean geldend, Instant vastgelegdOp, List<RegioOpgaveAntwoord> regios) {
        static BesluitAntwoord van(Opgavebesluit b) {
            return new BesluitAntwoord(b.id(), b.halfjaar().toString(), b.landelijkTotaal(), b.peiljaar(),
                    b.aankondigingsdatum(), b.spoed(), b.spoedReden(), b.toelichting(), b.vervangt(), b.vervangenDoor(),
                    b.geldend(), b.vastgelegdOp(), b.regios().stream().map(RegioOpgaveAntwoord::van).toList());
        }
    }

    record BesluitenAntwoord(List<BesluitAntwoord> opgavebesluiten) {
    }

    /** A new target decision. {@code landelijkTotaal} and {@code peiljaar} are whole numbers. */
    record BesluitVerzoek(String halfjaar, Object landelijkTotaal, Object peiljaar,
            @Schema(format = "date") String aankondigingsdatum, Boolean spoed, String spoedReden, String toelichting) {
    }

    static final String FORMULE = "Ov = 2000 + ((Iv/In + Gv/Gn) / 2) * (On - 50000)";
    static final String AFRONDING = "Quotamethode (Balinski-Young): elke regio krijgt haar exacte waarde naar beneden "
            + "of naar boven afgerond, de som is precies On en een hoger On verlaagt nooit de opgave van een regio. "
            + "Bij gelijke stand gaat de plek naar de laagste regiocode.";

    private final Opgavebesluiten besluiten;
    private final Opgavelezer lezer;
    private final Toegang toegang;

    OpgaveApi(Opgavebesluiten besluiten, Opgavelezer lezer, Toegang toegang) {
        this.besluiten = besluiten;
        this.lezer = lezer;
        this.toegang = toegang;
    }

    @GetMapping("/verdeelsleutel")
    @Operation(summary = "Verdeel een landelijk totaal over de 25 veiligheidsregio's",
            description = FORMULE + ". " + AFRONDING)
    VerdeelsleutelAntwoord verdeelsleutel(
            @RequestParam(required = false) @Schema(description = "Landelijk totaal On, geheel getal van 50000 tot en met 1000000")
            String totaal,
            @RequestParam(required = false) @Schema(description = "Jaar van de CBS-cijfers (1 januari), bijvoorbeeld 2022")
            String peiljaar) {
        var vraag = lezer.verdeelvraag(totaal, peiljaar);
        var v = besluiten.verdeel(vraag.landelijkTotaal(), vraag.peiljaar());
        return new VerdeelsleutelAntwoord(v.landelijkTotaal(), v.peiljaar(), v.indeling(), v.inwonersNederland(),
                v.landoppervlakteNederlandHa(), FORMULE, AFRONDING,
                v.regios().stream().map(RegioOpgaveAntwoord::van).toList());
    }

    @GetMapping("/opgavebesluiten")
    @Operation(summary = "Alle opgavebesluiten, nieuwste halfjaar eerst")
    BesluitenAntwoord opgavebesluiten() {
        return new BesluitenAntwoord(besluiten.alle().stream().map(BesluitAntwoord::van).toList());
    }

    @GetMapping("/opgavebesluiten/{id}")
    @Operation(summary = "Eén opgavebesluit")
    BesluitAntwoord opgavebesluit(@PathVariable String id) {
        return parse(id).flatMap(besluiten::vind).map(BesluitAntwoord::van)
                .orElseThrow(() -> new NietGevonden("Opgavebesluit " + id));
    }

    @PostMapping("/opgavebesluiten")
    @Operation(summary = "Leg een opgavebesluit vast (JenV of landelijk beheer)",
            description = "Een aankondiging minder dan 13 weken voor het halfjaar wordt geweigerd, tenzij spoed met reden.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<BesluitAntwoord> legVast(@RequestBody(required = false) @Nullable BesluitVerzoek body) {
        var verzoek = body == null ? new BesluitVerzoek(null, null, null, null, null, null, null) : body;
        var gebruiker = toegang.vereisGebruiker();
        if (!Opgavebesluiten.magVastleggen(gebruiker)) {
            throw new AccessDeniedException("geen rol om opgavebesluiten vast te leggen");
        }
        var besluit = besluiten.legVast(lezer.besluit(new OpgaveInvoer(verzoek.halfjaar(), tekst(verzoek.landelijkTotaal()),
                tekst(verzoek.peiljaar()), verzoek.aankondigingsdatum(), Boolean.TRUE.equals(verzoek.spoed()),
                verzoek.spoedReden(), verzoek.toelichting())), gebruiker.gebruikersnaam());
        return ResponseEntity.created(URI.create("/api/v1/opgavebesluiten/" + besluit.id()))
                .body(BesluitAntwoord.van(besluit));
    }

    private static String tekst(Object waarde) {
        if (waarde == null) {
            return null;
        }
        if (waarde instanceof Number n && !(n instanceof Integer || n instanceof Long)) {
            return n.toString(); // 90000.5 stays visible as not whole
        }
        return waarde.toString();
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

}
