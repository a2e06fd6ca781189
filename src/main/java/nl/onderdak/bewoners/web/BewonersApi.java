// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.web;

import org.jspecify.annotations.Nullable;
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
import java.util.Map;
import nl.onderdak.bewoners.Bewonerwijzigingen;
import nl.onderdak.bewoners.Huishoudenlijst;
import nl.onderdak.bewoners.internal.TeVaakGeweigerd;
import nl.onderdak.bewoners.internal.VersieVerouderd;
import nl.onderdak.platform.Berichten;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
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
            boolean toegankelijkheid, String taal,
            @Schema(description = "Stijgt bij elke wijziging; ook de ETag, mee te sturen als If-Match bij PATCH") int versie) {
        static LidAntwoord van(Bewoner b, boolean volledig, LocalDate vandaag) {
            return new LidAntwoord(b.id(), volledig ? b.voornaam() : initiaal(b.voornaam()),
                    volledig ? b.achternaam() : initiaal(b.achternaam()), volledig ? b.voornaamOrigineel() : null,
                    volledig ? b.achternaamOrigineel() : null, volledig ? b.geboortedatum() : null, b.leeftijdOp(vandaag),
                    b.geslacht(), b.nationaliteitCategorie(), volledig ? b.identiteitsdocumenten() : List.of(),
                    volledig && b.bsn() != null ? b.bsn().waarde() : null, b.brpStatus(), volledig ? b.brpDatum() : null,
                    b.indStatus(), volledig ? b.indUitgenodigdOp() : null, volledig ? b.indAfspraakOp() : null,
                    b.beschermingTot(), b.alleenreizendMinderjarig(), b.medischeZorg(), b.toegankelijkheid(), b.taal(), b.versie());
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
    private final Bewonerwijzigingen wijzigingen;
    private final Huishoudenlijst lijst;
    private final Toegang toegang;
    private final java.time.Clock clock;

    BewonersApi(Huishoudens huishoudens, Bewonerwijzigingen wijzigingen, Huishoudenlijst lijst, Toegang toegang,
            java.time.Clock clock) {
        this.huishoudens = huishoudens;
        this.wijzigingen = wijzigingen;
        this.lijst = lijst;
        this.toegang = toegang;
        this.clock = clock;
    }

    record LijstAntwoord(List<HuishoudenAntwoord> huishoudens, long totaal,
            @Schema(description = "Het nummer van deze pagina; de eerste pagina is 1") int pagina,
            @Schema(description = "Huishoudens per pagina") int aantal) {
    }

    @GetMapping("/huishoudens")
    @Operation(summary = "De huishoudens van de eigen gemeente, doorzoekbaar en per pagina (gemeentemedewerker)",
            description = "zoek: deel van een naam in Latijns of Cyrillisch schrift (hoofdletterongevoelig, ook via transliteratie); "
                    + "locatie: id van een eigen opvanglocatie (wie er vandaag slaapt); status: geplaatst of niet_geplaatst; "
                    + "sorteer: nieuwste (standaard), oudste of naam; pagina vanaf 1; aantal 1 tot en met "
                    + Huishoudenlijst.MAX_AANTAL + " (standaard " + Huishoudenlijst.STANDAARD_AANTAL + "). totaal telt alle "
                    + "pagina's. Elke getoonde persoon wordt vastgelegd in het verwerkingslogboek.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    LijstAntwoord lijst(@RequestParam(required = false) String zoek, @RequestParam(required = false) String locatie,
            @RequestParam(required = false) String status, @RequestParam(required = false) String sorteer,
            @RequestParam(required = false) String pagina, @RequestParam(required = false) String aantal) {
        var gebruiker = gebruiker();
        var p = lijst.zoek(gebruiker, zoek, locatie, status, sorteer, pagina, aantal);
        var vandaag = LocalDate.now(clock);
        return new LijstAntwoord(p.regels().stream().map(r -> HuishoudenAntwoord.van(r.huishouden(), true, vandaag)).toList(),
                p.totaal(), p.pagina(), p.aantal());
    }

    @PatchMapping(path = "/bewoners/{id}", consumes = {"application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Corrigeer of vul een bewoner aan (JSON merge patch, gemeentemedewerker)",
            description = "Alleen de meegestuurde velden veranderen; null maakt een veld leeg (niet bij verplichte velden). "
                    + "Dezelfde controles als bij de intake (BSN: elfproef en niet al in Onderdak; een BSN dat later komt zet de "
                    + "BRP-status op ingeschreven). 400 noemt elk fout veld; 404 buiten de eigen gemeente. Elke wijziging staat "
                    + "met voor en na in de geschiedenis van het huishouden en in het verwerkingslogboek. Stuur de ETag mee als "
                    + "If-Match: 412 als iemand anders de bewoner intussen wijzigde. Zonder If-Match worden gelijktijdige "
                    + "wijzigingen na elkaar toegepast.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<LidAntwoord> wijzig(@PathVariable String id, @RequestBody(required = false) Map<String, Object> patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var gebruiker = gebruiker();
        var bewoner = wijzigingen.wijzig(Invoer.idInAdres(id, "Bewoner"), patch, versie(ifMatch), gebruiker,
                toegang.scopeVan(gebruiker));
        return ResponseEntity.ok().eTag("\"" + bewoner.versie() + "\"").body(LidAntwoord.van(bewoner, true, LocalDate.now(clock)));
    }

    @PostMapping("/huishoudens/{id}/leden")
    @Operation(summary = "Voeg een lid toe aan een huishouden (gemeentemedewerker), gecontroleerd als bij de intake",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<LidAntwoord> voegLidToe(@PathVariable String id, @RequestBody(required = false) LidVerzoek lid) {
        var gebruiker = gebruiker();
        var invoer = lid == null ? new LidVerzoek(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null).invoer() : lid.invoer();
        var bewoner = wijzigingen.voegLidToe(uuid(id), invoer, gebruiker, toegang.scopeVan(gebruiker));
        return ResponseEntity.created(URI.create("/api/v1/huishoudens/" + bewoner.huishoudenId()))
                .eTag("\"" + bewoner.versie() + "\"").body(LidAntwoord.van(bewoner, true, LocalDate.now(clock)));
    }

    record SplitsVerzoek(@Schema(description = "ids van de leden die een eigen huishouden vormen") List<String> leden,
            String reden) {
    }

    record SplitsAntwoord(@Schema(description = "id van het nieuwe huishouden") UUID huishouden) {
    }

    @PostMapping({"/huishoudens/{id}/_splitsen", "/huishoudens/{id}/leden/_verwijderen"})
    @Operation(summary = "Splits leden af in een eigen huishouden, met een reden (gemeentemedewerker)",
            description = "leden/_verwijderen doet hetzelfde voor één lid: de persoon blijft bestaan, met zijn geschiedenis, in een "
                    + "eigen huishouden. Minstens één lid blijft achter.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<SplitsAntwoord> splits(@PathVariable String id, @RequestBody(required = false) SplitsVerzoek verzoek,
            jakarta.servlet.http.HttpServletRequest request) {
        var gebruiker = gebruiker();
        var fouten = new java.util.ArrayList<nl.onderdak.platform.OngeldigeInvoer.Veld>();
        var leden = new java.util.ArrayList<UUID>();
        var v = verzoek == null ? new SplitsVerzoek(List.of(), null) : verzoek;
        if (v.leden() != null) {
            for (int i = 0; i < v.leden().size(); i++) {
                var lid = Invoer.id(v.leden().get(i), "leden[" + i + "]", Berichten.tekst("bewoner.fout.lidId"), fouten);
                if (lid != null) {
                    leden.add(lid);
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw new nl.onderdak.platform.OngeldigeInvoer(fouten);
        }
        var soort = request.getRequestURI().endsWith("/leden/_verwijderen") ? Bewonerwijzigingen.Soort.LID_VERWIJDERD
                : Bewonerwijzigingen.Soort.AFGESPLITST;
        var nieuw = wijzigingen.splits(uuid(id), leden, v.reden(), soort, gebruiker, toegang.scopeVan(gebruiker));
        return ResponseEntity.created(URI.create("/api/v1/huishoudens/" + nieuw)).body(new SplitsAntwoord(nieuw));
    }

    record WijzigingUit(String soort, UUID bewoner, String naam, String veld, String voor, String na, String reden, String door,
            java.time.OffsetDateTime op) {
    }

    record GeschiedenisUit(List<WijzigingUit> wijzigingen) {
    }

    @GetMapping("/huishoudens/{id}/geschiedenis")
    @Operation(summary = "De geschiedenis van een huishouden: elke wijziging met voor en na, door wie en wanneer",
            description = "Alleen voor een gemeentemedewerker die het huishouden mag zien; een BSN staat er alleen gemaskeerd in.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    GeschiedenisUit geschiedenis(@PathVariable String id) {
        var gebruiker = gebruiker();
        gebruiker.eigenGemeente();
        var h = huishoudens.bekijk(uuid(id), gebruiker, toegang.scopeVan(gebruiker)).orElseThrow(() -> new NietGevonden("Huishouden"));
        return new GeschiedenisUit(wijzigingen.geschiedenis(h.id()).stream()
                .map(w -> new WijzigingUit(w.soort().code(), w.bewoner(), w.naam(), w.veld(), w.voor(), w.na(), w.reden(), w.door(),
                        w.op().atZone(nl.onderdak.platform.Weergave.TIJDZONE).toOffsetDateTime()))
                .toList());
    }

    /** The version an If-Match names ("3" or W/"3"); null without the header. */
    private static Integer versie(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        var w = ifMatch.strip();
        if (w.startsWith("W/")) {
            w = w.substring(2);
        }
        w = w.replace("\"", "");
        try {
            return Integer.parseInt(w);
        } catch (NumberFormatException e) {
            throw nl.onderdak.platform.OngeldigeInvoer.veld("If-Match", Berichten.tekst("bewoner.fout.ifMatch"));
        }
    }

    /** Someone else changed the person since the version the caller had: 412 problem+json. */
    @ExceptionHandler(VersieVerouderd.class)
    ResponseEntity<ProblemDetail> verouderd(VersieVerouderd e) {
        return ResponseEntity.status(412).contentType(MediaType.parseMediaType(ProblemResponses.MEDIA_TYPE))
                .eTag("\"" + e.huidig() + "\"")
                .body(ProblemResponses.probleem(412, "versie-verouderd", Berichten.tekst("probleem.versieVerouderd"), e.getMessage()));
    }

    @PostMapping("/huishoudens")
    @Operation(summary = "Registreer een huishouden met zijn leden (gemeentemedewerker)",
            description = "409 bsn-bestaat als een BSN al in Onderdak staat (zonder de andere gemeente te noemen; gelogd); "
                    + "429 na " + Huishoudens.WEIGERINGEN_PER_DAG + " zulke weigeringen per gebruiker per dag.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<HuishoudenAntwoord> registreer(@RequestBody(required = false) @Nullable HuishoudenVerzoek verzoek) {
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
    ZoekAntwoord zoek(@RequestBody(required = false) @Nullable ZoekVerzoek verzoek) {
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
    LidAntwoord voegSamen(@PathVariable String id, @RequestBody(required = false) @Nullable SamenvoegVerzoek verzoek) {
        var gebruiker = gebruiker();
        UUID dubbel;
        try {
            dubbel = UUID.fromString(verzoek == null || verzoek.dubbel() == null ? "" : verzoek.dubbel());
        } catch (IllegalArgumentException e) {
            throw nl.onderdak.platform.OngeldigeInvoer.veld("dubbel", Berichten.tekst("bewoner.fout.dubbelId"));
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
                .body(ProblemResponses.probleem(429, "te-vaak-geweigerd", Berichten.tekst("probleem.teVaakGeweigerd"), e.getMessage()));
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
