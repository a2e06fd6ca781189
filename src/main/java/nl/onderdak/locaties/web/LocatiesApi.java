// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.web;

import org.jspecify.annotations.Nullable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.onderdak.locaties.Faciliteit;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Opvanglocatie;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.locaties.internal.BeddenInvoer;
import nl.onderdak.locaties.internal.Bezettingsbord;
import nl.onderdak.locaties.internal.Locatieoverzicht;
import nl.onderdak.locaties.internal.Beddenmutatie;
import nl.onderdak.locaties.internal.LocatieInvoer;
import nl.onderdak.locaties.internal.Locatiewijziging;
import nl.onderdak.locaties.internal.Locatiebeheer;
import nl.onderdak.locaties.internal.StatusInvoer;
import nl.onderdak.locaties.internal.Statuswijziging;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Reception locations for gemeenten, regions and national users. A location outside the caller's
 * scope answers 404, whatever the reason, so that its existence does not leak.
 */
@RestController
@RequestMapping("/api/v1/opvanglocaties")
@Tag(name = "Opvanglocaties", description = "Opvanglocaties met hun bedden en status door de tijd")
class LocatiesApi {

    /** Numbers may come as JSON numbers or text; both are checked the same way. */
    record AdresVerzoek(String postcode, Object huisnummer, String huisnummertoevoeging, String plaats, String straat) {
    }

    record LocatieVerzoek(String naam, String soort, AdresVerzoek adres, String exploitant,
            @Schema(format = "date") String beschikbaarVanaf, @Schema(format = "date") String beschikbaarTot,
            @Schema(description = "in_voorbereiding, beschikbaar (standaard), tijdelijk_gesloten of gesloten") String status,
            @Schema(description = "rolstoeltoegankelijk, gezinskamers, catering, eigenKeuken, huisdierenToegestaan")
            List<String> faciliteiten,
            @Schema(description = "Bruikbare bedden voor lang verblijf vanaf beschikbaarVanaf") Object bedden,
            @Schema(description = "Bruikbare bedden voor kort verblijf (crisisopvang, korter dan 72 uur)")
            Object beddenKortVerblijf) {
    }

    record BeddenVerzoek(@Schema(format = "date") String ingangsdatum,
            @Schema(description = "lang (standaard) of kort") String verblijfsduur, Object opgegeven, Object buitenGebruik,
            String buitenGebruikReden, String reden) {
    }

    record StatusVerzoek(@Schema(format = "date") String ingangsdatum, String status, String reden) {
    }

    record AdresAntwoord(String postcode, int huisnummer, String huisnummertoevoeging, String plaats, String straat) {
    }

    record BeddenAntwoord(int opgegeven, int buitenGebruik, int bruikbaar) {
        static BeddenAntwoord van(Opvanglocatie.Bedden b) {
            return new BeddenAntwoord(b.opgegeven(), b.buitenGebruik(), b.bruikbaar());
        }
    }

    record LocatieAntwoord(UUID id, String gemeenteCode, String naam, String soort, AdresAntwoord adres,
            String exploitant, @Schema(format = "date") LocalDate beschikbaarVanaf,
            @Schema(format = "date") LocalDate beschikbaarTot, List<String> faciliteiten,
            @Schema(format = "date") LocalDate peildatum, String status, boolean beschikbaar,
            BeddenAntwoord langVerblijf, BeddenAntwoord kortVerblijf, int bruikbareBedden,
            boolean eindigtBinnenDrieMaanden) {
        static LocatieAntwoord van(Opvanglocatie l, LocalDate vandaag) {
            var a = l.adres();
            return new LocatieAntwoord(l.id(), l.gemeenteCode(), l.naam(), l.soort().code(),
                    new AdresAntwoord(a.postcode().toString(), a.huisnummer(), a.toevoeging(), a.plaats(), a.straat()), l.exploitant(),
                    l.beschikbaarVanaf(), l.beschikbaarTot(), l.faciliteiten().stream().map(Faciliteit::code).toList(),
                    l.peildatum(), l.status().code(), l.beschikbaarOp(l.peildatum()), BeddenAntwoord.van(l.langVerblijf()),
                    BeddenAntwoord.van(l.kortVerblijf()), l.bruikbareBedden(), l.eindigtBinnenDrieMaanden(vandaag));
        }
    }

    record LocatiesAntwoord(@Schema(format = "date") LocalDate peildatum, List<LocatieAntwoord> opvanglocaties,
            @Schema(description = "aantal locaties dat aan het filter voldoet, over alle pagina's") int totaal,
            @Schema(description = "bruikbare bedden van alle locaties die aan het filter voldoen") int totaalBruikbaar,
            @Schema(description = "de pagina (1 = eerste); zonder pagina en aantal komt alles in één antwoord") int pagina) {
    }

    record BeddenmutatieAntwoord(long id, String verblijfsduur, @Schema(format = "date") LocalDate ingangsdatum,
            int opgegeven, int buitenGebruik, int bruikbaar, String buitenGebruikReden, String reden, Instant vastgelegdOp) {
        static BeddenmutatieAntwoord van(Beddenmutatie m) {
            return new BeddenmutatieAntwoord(m.id(), m.verblijfsduur().code(), m.ingangsdatum(), m.opgegeven(),
                    m.buitenGebruik(), m.bruikbaar(), m.buitenGebruikReden(), m.reden(), m.vastgelegdOp());
        }
    }

    record BeddenhistorieAntwoord(List<BeddenmutatieAntwoord> mutaties) {
    }

    record StatuswijzigingAntwoord(long id, @Schema(format = "date") LocalDate ingangsdatum, String status, String reden,
            Instant vastgelegdOp) {
        static StatuswijzigingAntwoord van(Statuswijziging s) {
            return new StatuswijzigingAntwoord(s.id(), s.ingangsdatum(), s.status().code(), s.reden(), s.vastgelegdOp());
        }
    }

    record StatushistorieAntwoord(List<StatuswijzigingAntwoord> wijzigingen) {
    }

    record WijzigingAntwoord(UUID wijziging, String veld, String voor, String na, Instant gewijzigdOp, String gewijzigdDoor) {
        static WijzigingAntwoord van(Locatiewijziging w) {
            return new WijzigingAntwoord(w.wijzigingId(), w.veld(), w.voor(), w.na(), w.gewijzigdOp(), w.gewijzigdDoor());
        }
    }

    record WijzigingenAntwoord(List<WijzigingAntwoord> wijzigingen) {
    }

    record BewonerAntwoord(UUID id, UUID huishouden, String voornaam, String achternaam,
            @Schema(format = "date") LocalDate geboortedatum, @Schema(format = "date") LocalDate sinds,
            @Schema(format = "date", description = "vertrekdatum, als die bekend is") LocalDate vertrek,
            @Schema(description = "nummer van het bed; bedden zijn per soort verblijf genummerd") int bednummer,
            @Schema(description = "soort bed: lang of kort (crisisopvang)", allowableValues = {"lang", "kort"}) String verblijfsduur) {
    }

    record BezettingAntwoord(@Schema(format = "date") LocalDate datum, int bruikbareBedden, int bezet, int vrij,
            @Schema(description = "alleen voor de eigen gemeente van de locatie; anders null (alleen aantallen)")
            List<BewonerAntwoord> bewoners,
            @Schema(description = "bewoners die wel meetellen maar van wie u de gegevens niet ziet") int afgeschermd) {
    }

    private final Opvanglocaties locaties;
    private final Locatiebeheer beheer;
    private final Bezettingsbord bord;
    private final Locatieoverzicht overzicht;
    private final Toegang toegang;

    LocatiesApi(Opvanglocaties locaties, Locatiebeheer beheer, Bezettingsbord bord, Locatieoverzicht overzicht, Toegang toegang) {
        this.locaties = locaties;
        this.beheer = beheer;
        this.bord = bord;
        this.overzicht = overzicht;
        this.toegang = toegang;
    }

    @PostMapping
    @Operation(summary = "Registreer een opvanglocatie van de eigen gemeente",
            description = "Alleen een gemeentemedewerker; de locatie hoort bij diens gemeente. "
                    + "'bedden' zijn de bruikbare bedden vanaf beschikbaarVanaf, ook als die datum in het verleden ligt.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<LocatieAntwoord> registreer(@RequestBody(required = false) @Nullable LocatieVerzoek body) {
        // No body: every required field is named as missing, as for an empty object.
        var verzoek = body == null ? new LocatieVerzoek(null, null, null, null, null, null, null, null, null, null) : body;
        var adres = verzoek.adres() == null ? new AdresVerzoek(null, null, null, null, null) : verzoek.adres();
        Set<String> faciliteiten = verzoek.faciliteiten() == null ? Set.of() : new LinkedHashSet<>(verzoek.faciliteiten());
        var invoer = new LocatieInvoer(verzoek.naam(), verzoek.soort(), adres.postcode(), tekst(adres.huisnummer()),
                adres.huisnummertoevoeging(), adres.plaats(), verzoek.exploitant(), verzoek.beschikbaarVanaf(),
                verzoek.beschikbaarTot(), verzoek.status(), faciliteiten, tekst(verzoek.bedden()),
                tekst(verzoek.beddenKortVerblijf()), adres.straat());
        var locatie = beheer.registreer(invoer, gebruiker());
        return ResponseEntity.created(URI.create("/api/v1/opvanglocaties/" + locatie.id()))
                .body(LocatieAntwoord.van(locatie, locaties.vandaag()));
    }

    @GetMapping
    @Operation(summary = "De opvanglocaties binnen het eigen bereik, zoals ze op de peildatum (standaard vandaag) zijn",
            description = "Filter op regio (VRnn), gemeente (GMnnnn), status en soort; sorteer op naam, gemeente, regio, soort, "
                    + "status, tot of bedden (met '-' ervoor aflopend). Met pagina en/of aantal (standaard 50, hoogstens 500) "
                    + "komt één pagina; totaal telt alles wat aan het filter voldoet.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    LocatiesAntwoord lijst(@RequestParam(required = false) @Schema(format = "date") String peildatum,
            @RequestParam(required = false) String regio, @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String status, @RequestParam(required = false) String soort,
            @RequestParam(required = false) String sorteer, @RequestParam(required = false) String pagina,
            @RequestParam(required = false) String aantal) {
        gebruiker();
        var dag = peildatum(peildatum);
        var vandaag = locaties.vandaag();
        var filter = Locatieoverzicht.filter(regio, gemeente, status, soort, sorteer, pagina, aantal);
        if (pagina == null && aantal == null) {
            var alle = overzicht.alle(toegang.scope(), dag, filter);
            return new LocatiesAntwoord(dag, alle.stream().map(r -> LocatieAntwoord.van(r.locatie(), vandaag)).toList(), alle.size(),
                    alle.stream().mapToInt(r -> r.locatie().bruikbareBedden()).sum(), 1);
        }
        var p = overzicht.pagina(toegang.scope(), dag, filter);
        return new LocatiesAntwoord(dag, p.regels().stream().map(r -> LocatieAntwoord.van(r.locatie(), vandaag)).toList(),
                p.totaal(), p.totaalBruikbaar(), p.pagina());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén opvanglocatie zoals ze op de peildatum (standaard vandaag) is",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    LocatieAntwoord locatie(@PathVariable String id,
            @RequestParam(required = false) @Schema(format = "date") String peildatum) {
        gebruiker();
        var dag = peildatum(peildatum);
        return LocatieAntwoord.van(zichtbaar(id, dag), locaties.vandaag());
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Wijzig naam, adres, exploitant of faciliteiten van een locatie van de eigen gemeente",
            description = "JSON merge patch (RFC 7396): alleen de velden die wijzigen; null maakt een niet-verplicht veld leeg "
                    + "(adres.straat, adres.huisnummertoevoeging, exploitant); faciliteiten vervangt de hele lijst. "
                    + "Elke gewijzigd veld komt met voor en na in GET /{id}/wijzigingen. Met If-Match: de versie uit het "
                    + "antwoord (ETag); een locatie die intussen gewijzigd is geeft dan 409. "
                    + "Fout veld: 400 met elk fout veld; locatie buiten bereik: 404; niet de eigen gemeente: 403.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<LocatieAntwoord> wijzig(@PathVariable String id, @RequestBody(required = false) JsonNode patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var gebruiker = gebruiker();
        var locatieId = locatieId(id);
        var gelezen = Locatiepatch.lees(patch);
        var locatie = beheer.wijzigBeschrijving(locatieId, gelezen.wijziging(), gelezen.fouten(), versie(ifMatch), gebruiker,
                toegang.scopeVan(gebruiker));
        return ResponseEntity.ok().eTag(Integer.toString(locatie.versie())).body(LocatieAntwoord.van(locatie, locaties.vandaag()));
    }

    @GetMapping("/{id}/wijzigingen")
    @Operation(summary = "Wijzigingen van naam, adres, exploitant en faciliteiten, nieuwste eerst, met voor en na",
            description = "Faciliteiten staan als namen gescheiden door komma's; een leeg veld is null.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    WijzigingenAntwoord wijzigingen(@PathVariable String id) {
        gebruiker();
        var locatie = zichtbaar(id, locaties.vandaag());
        return new WijzigingenAntwoord(
                beheer.wijzigingen(new LocatieId(locatie.id())).stream().map(WijzigingAntwoord::van).toList());
    }

    @GetMapping("/{id}/bezetting")
    @Operation(summary = "Bezetting op een datum (standaard vandaag): bruikbare bedden, bezet, vrij en wie er slaapt",
            description = "Namen alleen voor een medewerker van de gemeente van de locatie, en alleen van huishoudens die die "
                    + "gemeente mag inzien (alleenreizende minderjarigen alleen met die rol); elke getoonde bewoner komt in het "
                    + "verwerkingslogboek. De regio en landelijke organisaties krijgen alleen aantallen (bewoners is null).",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    BezettingAntwoord bezetting(@PathVariable String id, @RequestParam(required = false) @Schema(format = "date") String datum) {
        var gebruiker = gebruiker();
        var locatie = zichtbaar(id, locaties.vandaag());
        var dag = LocatieParameters.datum(datum, "datum").orElseGet(locaties::vandaag);
        var b = bord.bekijk(new LocatieId(locatie.id()), dag, gebruiker, toegang.scopeVan(gebruiker));
        return new BezettingAntwoord(b.datum(), b.bedden(), b.bezet(), b.vrij(), b.bewoners() == null ? null
                : b.bewoners().stream().map(r -> new BewonerAntwoord(r.id(), r.huishoudenId(), r.voornaam(), r.achternaam(),
                        r.geboortedatum(), r.sinds(), r.tot(), r.bednummer(), r.verblijfsduur().code())).toList(), b.afgeschermd());
    }

    @GetMapping("/{id}/bedden")
    @Operation(summary = "De volledige beddenhistorie van een locatie, nieuwste eerst",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    BeddenhistorieAntwoord beddenhistorie(@PathVariable String id) {
        gebruiker();
        var locatie = zichtbaar(id, locaties.vandaag());
        return new BeddenhistorieAntwoord(
                beheer.beddenhistorie(new LocatieId(locatie.id())).stream().map(BeddenmutatieAntwoord::van).toList());
    }

    @PostMapping("/{id}/bedden")
    @Operation(summary = "Leg een wijziging van bedden vast vanaf een ingangsdatum (de historie blijft bewaard)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<LocatieAntwoord> wijzigBedden(@PathVariable String id, @RequestBody(required = false) @Nullable BeddenVerzoek body) {
        var verzoek = body == null ? new BeddenVerzoek(null, null, null, null, null, null) : body;
        var gebruiker = gebruiker();
        var locatieId = locatieId(id);
        var locatie = beheer.wijzigBedden(locatieId, new BeddenInvoer(verzoek.ingangsdatum(), verzoek.verblijfsduur(),
                tekst(verzoek.opgegeven()), tekst(verzoek.buitenGebruik()), verzoek.buitenGebruikReden(), verzoek.reden()),
                gebruiker, toegang.scopeVan(gebruiker));
        return ResponseEntity.created(URI.create("/api/v1/opvanglocaties/" + locatieId + "/bedden"))
                .body(LocatieAntwoord.van(locatie, locaties.vandaag()));
    }

    @GetMapping("/{id}/statussen")
    @Operation(summary = "De statushistorie van een locatie, nieuwste eerst",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    StatushistorieAntwoord statushistorie(@PathVariable String id) {
        gebruiker();
        var locatie = zichtbaar(id, locaties.vandaag());
        return new StatushistorieAntwoord(
                beheer.statushistorie(new LocatieId(locatie.id())).stream().map(StatuswijzigingAntwoord::van).toList());
    }

    @PostMapping("/{id}/statussen")
    @Operation(summary = "Leg een statuswijziging vast vanaf een ingangsdatum",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<LocatieAntwoord> wijzigStatus(@PathVariable String id, @RequestBody(required = false) @Nullable StatusVerzoek body) {
        var verzoek = body == null ? new StatusVerzoek(null, null, null) : body;
        var gebruiker = gebruiker();
        var locatieId = locatieId(id);
        var locatie = beheer.wijzigStatus(locatieId, new StatusInvoer(verzoek.ingangsdatum(), verzoek.status(), verzoek.reden()),
                gebruiker, toegang.scopeVan(gebruiker));
        return ResponseEntity.created(URI.create("/api/v1/opvanglocaties/" + locatieId + "/statussen"))
                .body(LocatieAntwoord.van(locatie, locaties.vandaag()));
    }

    private Opvanglocatie zichtbaar(String id, LocalDate dag) {
        return locaties.vind(locatieId(id), toegang.scope(), dag).orElseThrow(() -> new NietGevonden("Opvanglocatie"));
    }

    /** The version in an If-Match header ("3" or W/"3"); a header that names no version is refused by name. */
    private static Integer versie(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var kaal = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.valueOf(kaal);
        } catch (NumberFormatException e) {
            throw nl.onderdak.platform.OngeldigeInvoer.veld("If-Match",
                    nl.onderdak.platform.Berichten.tekst("locatie.fout.ifMatch"));
        }
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private LocalDate peildatum(String peildatum) {
        return LocatieParameters.datum(peildatum, "peildatum").orElseGet(locaties::vandaag);
    }

    private static LocatieId locatieId(String id) {
        return new LocatieId(Invoer.idInAdres(id, "Opvanglocatie"));
    }

    /** JSON numbers and strings alike become text; a fraction stays visible so it is refused as not whole. */
    static String tekst(Object waarde) {
        return waarde == null ? null : waarde.toString();
    }
}
