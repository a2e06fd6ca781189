// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.onderdak.bewoners.internal.TeVaakGeweigerd;
import nl.onderdak.bewoners.internal.importeren.Bewonersimport;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.ProblemResponses;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk intake over the API: {@code POST /api/v1/bewoners/import} with the file as the body
 * ({@code text/csv} or the XLSX media type) or as the part {@code bestand} of a multipart form. The
 * whole file is checked in the request (400 with every error by row and column); a file of at most
 * {@link #SYNCHROON_TOT} residents is then written in the request (201), a larger one in the
 * background (202, progress at the status address). The same file sent again answers the earlier
 * import (200) and writes nothing.
 */
@RestController
@RequestMapping("/api/v1/bewoners/import")
@Tag(name = "Bewoners", description = "Huishoudens en bewoners (persoonsgegevens)")
class BewonersimportApi {

    /** Up to this many residents the API writes in the request and answers 201. */
    static final int SYNCHROON_TOT = 2_000;
    /** The largest file: 32 MB (a BRP extract of 200,000 persons is about 20 MB as CSV). */
    static final int MAXIMUM_BYTES = 32 * 1024 * 1024;

    record ImportAntwoord(UUID id,
            @Schema(description = "bezig, gelukt of mislukt") String stand,
            @Schema(description = "Bewoners in het bestand") int totaal,
            @Schema(description = "Bewoners vastgelegd tot nu toe") int verwerkt, int procent,
            @Schema(description = "Vastgelegde huishoudens (als gelukt)") @Nullable Integer huishoudens,
            @Nullable OffsetDateTime geimporteerdOp,
            @Schema(description = "true: dit bestand was al eerder geïmporteerd; er is niets opnieuw vastgelegd") boolean eerder,
            @Schema(description = "Waarom de import mislukte") @Nullable String melding,
            @Schema(description = "Adres van de stand van deze import") String status) {

        static ImportAntwoord van(Bewonersimport.Uitkomst u) {
            return new ImportAntwoord(u.importId(), "gelukt", u.bewoners(), u.bewoners(), 100, u.huishoudens(),
                    u.geimporteerdOp().atZone(Weergave.TIJDZONE).toOffsetDateTime(), u.eerder(), null, pad(u.importId()));
        }

        static ImportAntwoord van(Bewonersimport.Status s) {
            var u = s.uitkomst();
            return new ImportAntwoord(s.id(), s.stand().name().toLowerCase(java.util.Locale.ROOT), s.totaal(), s.verwerkt(),
                    s.procent(), u == null ? null : u.huishoudens(),
                    u == null ? null : u.geimporteerdOp().atZone(Weergave.TIJDZONE).toOffsetDateTime(), u != null && u.eerder(),
                    s.melding(), pad(s.id()));
        }
    }

    private final Bewonersimport bewonersimport;
    private final Toegang toegang;

    BewonersimportApi(Bewonersimport bewonersimport, Toegang toegang) {
        this.bewonersimport = bewonersimport;
        this.toegang = toegang;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Bewoners importeren uit een BRP-uittreksel, als formulierdeel 'bestand' (gemeentemedewerker)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<ImportAntwoord> importeerFormulier(@RequestParam(name = "bestand", required = false) @Nullable MultipartFile bestand)
            throws IOException {
        var gebruiker = gebruiker();
        if (bestand == null || bestand.isEmpty()) {
            throw OngeldigeInvoer.veld("bestand", Berichten.tekst("bewonersimport.fout.deelBestand"));
        }
        if (bestand.getSize() > MAXIMUM_BYTES) {
            throw OngeldigeInvoer.veld("bestand", Berichten.tekst("bewonersimport.fout.teGroot"));
        }
        return importeer(bestand.getBytes(), gebruiker);
    }

    @PostMapping(consumes = {"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Bewoners importeren uit een BRP-uittreksel (CSV of XLSX als body; gemeentemedewerker)",
            description = "Kolommen (kopregel, volgorde vrij): bsn, voornamen, voorvoegsel, geslachtsnaam, geboortedatum"
                    + " (dd-mm-jjjj of jjjj-mm-dd), geslacht (M, V, X, O), nationaliteit, straat, huisnummer,"
                    + " huisnummertoevoeging, postcode, woonplaats, huishouden. CSV: ';' tussen de velden, UTF-8 (met of zonder"
                    + " BOM). Alles of niets: 400 noemt elke fout met rij en kolom (fouten[]). Tot " + SYNCHROON_TOT
                    + " bewoners 201 (vastgelegd), daarboven 202 met de stand op het adres in Location. Hetzelfde bestand"
                    + " nog eens: 200 met de eerdere import (eerder: true), er wordt niets opnieuw vastgelegd.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<ImportAntwoord> importeerBody(HttpServletRequest verzoek) throws IOException {
        var gebruiker = gebruiker();
        var inhoud = verzoek.getInputStream().readNBytes(MAXIMUM_BYTES + 1);
        if (inhoud.length > MAXIMUM_BYTES) {
            throw OngeldigeInvoer.veld("bestand", Berichten.tekst("bewonersimport.fout.teGroot"));
        }
        return importeer(inhoud, gebruiker);
    }

    private ResponseEntity<ImportAntwoord> importeer(byte[] inhoud, Gebruiker gebruiker) {
        var plan = bewonersimport.controleer(inhoud, gebruiker);
        if (plan.eerder().isPresent()) {
            return ResponseEntity.ok(ImportAntwoord.van(plan.eerder().get()));
        }
        if (plan.bewoners() <= SYNCHROON_TOT) {
            var uitkomst = bewonersimport.schrijf(plan, gebruiker);
            return ResponseEntity.status(uitkomst.eerder() ? 200 : 201).location(URI.create(pad(uitkomst.importId())))
                    .body(ImportAntwoord.van(uitkomst));
        }
        var id = bewonersimport.start(plan, gebruiker);
        var status = bewonersimport.status(id.waarde(), gebruiker).orElseThrow();
        return ResponseEntity.accepted().location(URI.create(pad(id.waarde()))).body(ImportAntwoord.van(status));
    }

    @GetMapping("/{id}")
    @Operation(summary = "De stand van een import (wie hem startte; na afloop elke medewerker van dezelfde gemeente)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ImportAntwoord stand(@PathVariable String id) {
        var gebruiker = gebruiker();
        return bewonersimport.status(Invoer.idInAdres(id, "Import"), gebruiker).map(ImportAntwoord::van)
                .orElseThrow(() -> new NietGevonden("Import"));
    }

    /** 400 with every error of the file: {@code fouten} by row and column, and {@code invalidParams} as everywhere. */
    @ExceptionHandler(Bewonersimport.Afgewezen.class)
    ResponseEntity<ProblemDetail> afgewezen(Bewonersimport.Afgewezen e) {
        var p = ProblemResponses.ongeldig(e.velden(), "ongeldig-bestand");
        p.setTitle(Berichten.tekst("bewonersimport.fout.afgewezenTitel"));
        p.setDetail(Berichten.tekst("bewonersimport.fout.afgewezenDetail", e.fouten().size()));
        p.setProperty("fouten", e.fouten().stream().map(f -> new FoutAntwoord(f.rij(), f.kolom(), f.kolomnaam(), f.melding()))
                .toList());
        return ResponseEntity.badRequest().contentType(MediaType.parseMediaType(ProblemResponses.MEDIA_TYPE)).body(p);
    }

    record FoutAntwoord(@Schema(description = "Rijnummer zoals de spreadsheet het toont (1 is de kopregel, 0 het hele bestand)")
            int rij, @Schema(description = "Kolomletter in het bestand (leeg: geen kolom)") String kolom, String kolomnaam,
            String melding) {
    }

    @ExceptionHandler(TeVaakGeweigerd.class)
    ResponseEntity<ProblemDetail> teVaak(TeVaakGeweigerd e) {
        return ResponseEntity.status(429).contentType(MediaType.parseMediaType(ProblemResponses.MEDIA_TYPE))
                .header("Retry-After", "86400")
                .body(ProblemResponses.probleem(429, "te-vaak-geweigerd", Berichten.tekst("bewonersimport.fout.teVaakTitel"), e.getMessage()));
    }

    static String pad(UUID id) {
        return "/api/v1/bewoners/import/" + id;
    }

    private Gebruiker gebruiker() {
        var gebruiker = toegang.vereisGebruiker();
        gebruiker.eigenGemeente();
        return gebruiker;
    }
}
