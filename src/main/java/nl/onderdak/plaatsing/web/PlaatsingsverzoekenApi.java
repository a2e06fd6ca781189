// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.onderdak.plaatsing.internal.PlaatsingValidatie;
import nl.onderdak.plaatsing.internal.Plaatsingsverzoeken;
import nl.onderdak.plaatsing.internal.VerzoekId;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Placement requests from gemeente to region to LCVS, and back to the receiving gemeente. */
@RestController
@RequestMapping("/api/v1/plaatsingsverzoeken")
@Tag(name = "Plaatsingsverzoeken", description = "Een plek zoeken via de regio en het LCVS")
class PlaatsingsverzoekenApi {

    record VerzoekIn(@Nullable String huishouden, @Schema(format = "date") @Nullable String verwachteAankomst,
            @Nullable String toelichting) {
    }

    record VoorstelIn(@Nullable String opvanglocatie,
            @Schema(description = "lang (standaard) of kort; kort alleen door het LCVS") @Nullable String verblijfsduur) {
    }

    record AcceptatieIn(@Schema(format = "date") @Nullable String vanaf) {
    }

    record BehoefteUit(int personen, int minderjarigen, boolean toegankelijk, boolean medisch) {
    }

    @Schema(description = "Eén lid zoals plaatsing het nodig heeft: leeftijd op de verwachte aankomst, geslacht en behoeften; nooit naam, geboortedatum of BSN")
    record LidUit(int leeftijd, String geslacht, boolean alleenreizendMinderjarig, boolean medischeZorg, boolean toegankelijkheid,
            @Nullable String taal) {
    }

    record AfwijzingIn(@Schema(description = "Waarom de plek niet past (hoogstens 500 tekens)") @Nullable String reden) {
    }

    record VerzoekUit(UUID id, UUID huishouden, String aanvragendeGemeente, String veiligheidsregio,
            @Schema(format = "date") LocalDate verwachteAankomst, @Nullable String toelichting, String status,
            @Nullable UUID voorgesteldeLocatie, @Nullable String voorgesteldeVerblijfsduur, @Nullable String ontvangendeGemeente,
            @Nullable String voorgesteldDoor, @Nullable UUID plaatsing, Instant ingediendOp, @Nullable Instant naarLcvsOp,
            @Nullable Instant voorgesteldOp, @Nullable Instant geplaatstOp, @Nullable Double doorlooptijdUren, BehoefteUit behoefte,
            @Schema(description = "De samenstelling: per lid leeftijd, geslacht en behoeften") List<LidUit> samenstelling,
            @Nullable Instant afgewezenOp, @Nullable String afwijzingsreden, @Nullable Instant ingetrokkenOp) {
    }

    record SuggestieUit(UUID opvanglocatie, String naam, String gemeenteCode,
            @Schema(description = "lang of kort (crisisopvang, alleen voor het LCVS)") String verblijfsduur, int vrijeBedden,
            @Schema(description = "afstand tussen de middelpunten van de gemeenten, in km; leeg als onbekend") @Nullable Integer afstandKm,
            int score, List<String> redenen) {
    }

    record WerkvoorraadUit(List<VerzoekUit> plaatsingsverzoeken) {
    }

    record SuggestiesUit(List<SuggestieUit> suggesties) {
    }

    private final Plaatsingsverzoeken verzoeken;
    private final Toegang toegang;

    PlaatsingsverzoekenApi(Plaatsingsverzoeken verzoeken, Toegang toegang) {
        this.verzoeken = verzoeken;
        this.toegang = toegang;
    }

    @PostMapping
    @Operation(summary = "Dien een plaatsingsverzoek in bij de eigen veiligheidsregio (gemeente)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<VerzoekUit> dienIn(@RequestBody VerzoekIn in) {
        var gebruiker = gebruiker();
        // Only a gemeente employee asks for a place: 403 before their input is read, as always.
        gebruiker.eigenGemeente();
        var v = in == null ? new VerzoekIn(null, null, null) : in;
        var indiening = PlaatsingValidatie.indiening(v.huishouden(), v.verwachteAankomst(), v.toelichting());
        var verzoek = verzoeken.dienIn(indiening.huishouden(), indiening.verwachteAankomst(), indiening.toelichting(), gebruiker);
        return ResponseEntity.created(URI.create("/api/v1/plaatsingsverzoeken/" + verzoek.verzoek().id())).body(uit(verzoek));
    }

    @GetMapping
    @Operation(summary = "De verzoeken waar de gebruiker aan werkt (gemeente, regio of LCVS)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    WerkvoorraadUit werkvoorraad() {
        return new WerkvoorraadUit(verzoeken.werkvoorraad(gebruiker()).stream().map(this::uit).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén plaatsingsverzoek", security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    VerzoekUit verzoek(@PathVariable String id) {
        return uit(verzoeken.bekijk(uuid(id), gebruiker()).orElseThrow(() -> new NietGevonden("Plaatsingsverzoek")));
    }

    @GetMapping("/{id}/suggesties")
    @Operation(summary = "Passende vrije plekken, beste eerst (regio: lang verblijf in de regio; LCVS: landelijk, lang en kort verblijf)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    SuggestiesUit suggesties(@PathVariable String id) {
        return new SuggestiesUit(verzoeken.suggesties(uuid(id), gebruiker()).stream()
                .map(s -> new SuggestieUit(s.locatieId().waarde(), s.naam(), s.gemeenteCode(), s.verblijfsduur().code(), s.vrijeBedden(),
                        s.afstandKm(), s.score(), s.redenen()))
                .toList());
    }

    @PostMapping("/{id}/_voorstellen")
    @Operation(summary = "Stel een locatie voor (regio of LCVS)", security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    VerzoekUit stelVoor(@PathVariable String id, @RequestBody VoorstelIn in) {
        var gebruiker = gebruiker();
        var verzoek = verzoeken.teBehandelen(uuid(id), gebruiker);
        var voorstel = PlaatsingValidatie.voorstel(in == null ? null : in.opvanglocatie(), in == null ? null : in.verblijfsduur());
        return uit(verzoeken.stelVoor(verzoek.id(), voorstel.locatie(), voorstel.verblijfsduur(), gebruiker));
    }

    @PostMapping("/{id}/_doorsturen")
    @Operation(summary = "Geen passende plek in de regio: door naar het LCVS", security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    VerzoekUit naarLcvs(@PathVariable String id) {
        return uit(verzoeken.naarLcvs(uuid(id), gebruiker()));
    }

    @PostMapping("/{id}/_accepteren")
    @Operation(summary = "De ontvangende gemeente accepteert en checkt het huishouden in",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    VerzoekUit accepteer(@PathVariable String id, @RequestBody(required = false) @Nullable AcceptatieIn in) {
        var gebruiker = gebruiker();
        var verzoek = verzoeken.teBeslissen(uuid(id), gebruiker);
        return uit(verzoeken.accepteer(verzoek.id(), PlaatsingValidatie.acceptatiedatum(in == null ? null : in.vanaf()), gebruiker));
    }

    @PostMapping("/{id}/_afwijzen")
    @Operation(summary = "De ontvangende gemeente wijst de voorgestelde plek af",
            description = "Het verzoek gaat terug naar wie de plek voorstelde (regio of LCVS); de gemeente ziet het verzoek daarna niet meer. 204.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<Void> wijsAf(@PathVariable String id, @RequestBody(required = false) @Nullable AfwijzingIn in) {
        var gebruiker = gebruiker();
        var verzoek = verzoeken.teBeslissen(uuid(id), gebruiker);
        verzoeken.wijsAf(verzoek.id(), PlaatsingValidatie.afwijzingsreden(in == null ? null : in.reden()), gebruiker);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/_intrekken")
    @Operation(summary = "De aanvragende gemeente trekt een lopend verzoek in",
            description = "Een voorgestelde gemeente verliest daarmee elke inzage; regio en LCVS zien het verzoek niet meer.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    VerzoekUit trekIn(@PathVariable String id) {
        return uit(verzoeken.trekIn(uuid(id), gebruiker()));
    }

    private VerzoekUit uit(Plaatsingsverzoeken.Inzicht i) {
        var v = i.verzoek();
        var b = i.behoefte();
        return new VerzoekUit(v.id().waarde(), v.huishoudenId().waarde(), v.aanvragendeGemeente(), v.veiligheidsregio(),
                v.verwachteAankomst(), v.toelichting(), v.status().code(),
                v.voorgesteldeLocatie() == null ? null : v.voorgesteldeLocatie().waarde(),
                v.voorgesteldeVerblijfsduur() == null ? null : v.voorgesteldeVerblijfsduur().code(), v.ontvangendeGemeente(),
                v.voorgesteldDoor() == null ? null : v.voorgesteldDoor().code(), v.plaatsingId() == null ? null : v.plaatsingId().waarde(),
                v.ingediendOp(), v.naarLcvsOp(), v.voorgesteldOp(), v.geplaatstOp(), v.doorlooptijdUren(),
                new BehoefteUit(b.personen(), b.minderjarigen(), b.toegankelijk(), b.medisch()),
                i.samenstelling().leden().stream().map(l -> new LidUit(l.leeftijd(), l.geslacht(), l.alleenreizendMinderjarig(),
                        l.medischeZorg(), l.toegankelijkheid(), l.taal())).toList(),
                v.afgewezenOp(), v.afwijzingsreden(), v.ingetrokkenOp());
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static VerzoekId uuid(String id) {
        return new VerzoekId(Invoer.idInAdres(id, "Plaatsingsverzoek"));
    }
}
