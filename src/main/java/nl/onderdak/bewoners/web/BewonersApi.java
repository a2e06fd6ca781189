// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.Huishouden;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.bewoners.LidInvoer;
import nl.onderdak.bewoners.internal.TeVaakGeweigerd;
import nl.onderdak.platform.ProblemResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Toegang;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Households and residents. Personal data: outside the caller's scope everything answers 404; the
 * BSN travels only in request and response bodies, never in a URL.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Bewoners", description = "Huishoudens en bewoners (persoonsgegevens)")
class BewonersApi {

    record LidVerzoek(String voornaam, String achternaam, String voornaamOrigineel, String achternaamOrigineel,
            @Schema(format = "date") String geboortedatum, @Schema(description = "man, vrouw, anders of onbekend") String geslacht,
            @Schema(description = "oekraiens, derdelander, gezinslid of overig") String nationaliteitCategorie,
            List<String> identiteitsdocumenten, @Schema(description = "9 cijfers, elfproef") String bsn,
            @Schema(description = "niet_ingeschreven, afspraak_gepland, ingeschreven, uitgeschreven") String brpStatus,
            @Schema(format = "date") String brpDatum,
            @Schema(description = "niet_nodig, uitgenodigd_nodig, uitgenodigd, opgehaald, geweigerd, buiten_behandeling")
            String indStatus, @Schema(format = "date") String indUitgenodigdOp, @Schema(format = "date") String indAfspraakOp,
            @Schema(format = "date") String beschermingTot, Boolean alleenreizendMinderjarig, Boolean medischeZorg,
            Boolean toegankelijkheid, String taal) {
        LidInvoer invoer() {
            return new LidInvoer(voornaam, achternaam, voornaamOrigineel, achternaamOrigineel, geboortedatum, geslacht,
                    nationaliteitCategorie, identiteitsdocumenten, bsn, brpStatus, brpDatum, indStatus, indUitgenodigdOp,
                    indAfspraakOp, beschermingTot, alleenreizendMinderjarig, medischeZorg, toegankelijkheid, taal);
        }
    }

    record HuishoudenVerzoek(List<LidVerzoek> leden) {
    }

    record LidAntwoord(UUID id, String voornaam, String achternaam, String voornaamOrigineel, String achternaamOrigineel,
            @Schema(format = "date") LocalDate geboortedatum, int leeftijd, String geslacht, String nationaliteitCategorie,
            List<String> identiteitsdocumenten, @Schema(description = "Alleen voor gemeentemedewerkers") String bsn,
            String brpStatus, @Schema(format = "date") LocalDate brpDatum, String indStatus,
            @Schema(format = "date") LocalDate indUitgenodigdOp, @Schema(format = "date") LocalDate indAfspraakOp,
            @Schema(format = "date") LocalDate beschermingTot, boolean alleenreizendMinderjarig, boolean medischeZorg,
            boolean toegankelijkheid, String taal) {
        static LidAntwoord van(Bewoner b, boolean volledig, LocalDate vandaag) {
            return new LidAntwoord(b.id(), volledig ? b.voornaam() : initiaal(b.voornaam()),
                    volledig ? b.achternaam() : initiaal(b.achternaam()), volledig ? b.voornaamOrigineel() : null,
                    volledig ? b.achternaamOrigineel() : null, volledig ? b.geboortedatum() : null, b.leeftijdOp(vandaag),
                    b.geslacht(), b.nationaliteitCategorie(), volledig ? b.identiteitsdocumenten() : List.of(),
                    volledig && b.bsn() != null ? b.bsn().waarde() : null, b.brpStatus(), volledig ? b.brpDatum() : null,
                    b.indStatus(), volledig ? b.indUitgenodigdOp() : null, volledig ? b.indAfspraakOp() : null,
                    b.beschermingTot(), b.alleenreizendMinderjarig(), b.medischeZorg(), b.toegankelijkheid(), b.taal());
        }

        private static String initiaal(String naam) {
            return naam == null || naam.isEmpty() ? null : naam.substring(0, 1) + ".";
        }
    }

    record HuishoudenAntwoord(UUID id, String gemeenteCode, int aantalLeden, List<LidAntwoord> leden) {
        static HuishoudenAntwoord van(Huishouden h, boolean volledig, LocalDate vandaag) {
            return new HuishoudenAntwoord(h.id(), h.gemeenteCode(), h.leden().size(),
                    h.leden().stream().map(b -> LidAntwoord.van(b, volledig, vandaag)).toList());
        }
    }

    record ZoekVerzoek(String bsn, String naam, @Schema(format = "date") String geboortedatum) {
    }

    record ZoekAntwoord(List<LidAntwoord> bewoners) {
    }

    private final Huishoudens huishoudens;
    private final Toegang toegang;
    private final java.time.Clock clock;

    BewonersApi(Huishoudens huishoudens, Toegang toegang, java.time.Clock clock) {
        this.huishoudens = huishoudens;
        this.toegang = toegang;
        this.clock = clock;
    }

    @PostMapping("/huishoudens")
    @Operation(summary = "Registreer een huishouden met zijn leden (gemeentemedewerker)",
            description = "409 bsn-bestaat als een BSN al in Onderdak staat (zonder de andere gemeente te noemen; gelogd); "
                    + "429 na " + Huishoudens.WEIGERINGEN_PER_DAG + " zulke weigeringen per gebruiker per dag.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<HuishoudenAntwoord> registreer(@RequestBody HuishoudenVerzoek verzoek) {
        var gebruiker = gebruiker();
        var leden = verzoek == null || verzoek.leden() == null ? List.<LidInvoer>of()
                : verzoek.leden().stream().map(l -> l == null ? null : l.invoer()).toList();
        var huishouden = huishoudens.registreer(leden, gebruiker);
        return ResponseEntity.created(URI.create("/api/v1/huishoudens/" + huishouden.id()))
                .body(HuishoudenAntwoord.van(huishouden, true, LocalDate.now(clock)));
    }

    @GetMapping("/huishoudens/{id}")
    @Operation(summary = "Eén huishouden, zoals de gebruiker het mag zien",
            description = "Alleen de registrerende en de opvangende gemeente zien alles; een gemeente waar alleen een plek is "
                    + "voorgesteld krijgt 404. De regiocoördinator (verzoek in de eigen regio) en het LCVS (verzoek doorgestuurd) zien "
                    + "wat plaatsing nodig heeft, nooit een BSN of volledige naam; andere landelijke organisaties krijgen 404.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    HuishoudenAntwoord huishouden(@PathVariable String id) {
        var gebruiker = gebruiker();
        return huishoudens.bekijk(uuid(id), gebruiker, toegang.scopeVan(gebruiker))
                .map(h -> HuishoudenAntwoord.van(h, volledig(gebruiker), LocalDate.now(clock)))
                .orElseThrow(() -> new NietGevonden("Huishouden"));
    }

    @PostMapping("/bewoners/_zoek")
    @Operation(summary = "Zoek bewoners op BSN, of op naam en geboortedatum (ook over schriften heen)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ZoekAntwoord zoek(@RequestBody ZoekVerzoek verzoek) {
        var gebruiker = gebruiker();
        var v = verzoek == null ? new ZoekVerzoek(null, null, null) : verzoek;
        return new ZoekAntwoord(huishoudens.zoek(v.bsn(), v.naam(), v.geboortedatum(), gebruiker, toegang.scopeVan(gebruiker))
                .stream().map(b -> LidAntwoord.van(b, true, LocalDate.now(clock))).toList());
    }

    record SamenvoegVerzoek(@Schema(description = "id van de dubbele bewoner die opgaat in deze") String dubbel) {
    }

    @PostMapping("/bewoners/{id}/_samenvoegen")
    @Operation(summary = "Voeg een dubbele registratie samen met deze bewoner (gemeentemedewerker)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    LidAntwoord voegSamen(@PathVariable String id, @RequestBody SamenvoegVerzoek verzoek) {
        var gebruiker = gebruiker();
        UUID dubbel;
        try {
            dubbel = UUID.fromString(verzoek == null || verzoek.dubbel() == null ? "" : verzoek.dubbel());
        } catch (IllegalArgumentException e) {
            throw nl.onderdak.platform.OngeldigeInvoer.veld("dubbel", "Geef het id van de dubbele bewoner.");
        }
        return LidAntwoord.van(huishoudens.voegSamen(uuid(id), dubbel, gebruiker, toegang.scopeVan(gebruiker)), true,
                LocalDate.now(clock));
    }

    record VerwerkingUit(@Schema(format = "date") LocalDate datum, String verwerkingsactiviteit, String doel, String handeling,
            String organisatie) {
    }

    record InzageUit(List<VerwerkingUit> verwerkingen) {
    }

    @GetMapping("/bewoners/{id}/verwerkingen")
    @Operation(summary = "Inzage voor de betrokkene (AVG art. 15): wanneer en waarvoor zijn gegevens zijn verwerkt",
            description = "Datum, verwerkingsactiviteit, doel, handeling en organisatie; nooit de medewerker.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    InzageUit verwerkingen(@PathVariable String id) {
        var gebruiker = gebruiker();
        return new InzageUit(huishoudens.inzage(uuid(id), gebruiker, toegang.scopeVan(gebruiker)).stream()
                .map(v -> new VerwerkingUit(v.datum(), v.verwerkingsactiviteit(), v.doel(), v.handeling(), v.organisatie()))
                .toList());
    }

    /** Today's limit of refused registrations of people registered elsewhere is reached: 429 problem+json. */
    @ExceptionHandler(TeVaakGeweigerd.class)
    ResponseEntity<ProblemDetail> teVaak(TeVaakGeweigerd e) {
        return ResponseEntity.status(429).contentType(MediaType.parseMediaType(ProblemResponses.MEDIA_TYPE))
                .header("Retry-After", "86400")
                .body(ProblemResponses.probleem(429, "te-vaak-geweigerd", "Te vaak geweigerd", e.getMessage()));
    }

    private static boolean volledig(Gebruiker g) {
        return g.organisatie().soort() == Organisatie.Soort.GEMEENTE;
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static UUID uuid(String id) {
        return Invoer.idInAdres(id, "Huishouden");
    }
}
