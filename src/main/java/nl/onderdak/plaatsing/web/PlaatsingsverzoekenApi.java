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
import org.springframework.web.bind.annotation.RequestParam;
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

    record AcceptatieIn(@Schema(format = "date") @Nullable String vanaf,
            @Schema(description = "Een andere eigen locatie dan de voorgestelde (niet verplicht); dezelfde soort bed") @Nullable String opvanglocatie) {
    }

    @Schema(description = "De voorgestelde plek, of na plaatsing waar het huishouden heen ging: naam, adres, gemeente en vrije bedden van de voorgestelde soort op de aankomstdag")
    record PlekUit(UUID opvanglocatie, String naam, @Schema(description = "postcode, huisnummer en plaats") String adres, String gemeenteCode,
            String gemeenteNaam, String verblijfsduur, int vrijeBedden, @Schema(format = "date") LocalDate peildatum) {
    }

    @Schema(description = "Eén stap in de geschiedenis van het verzoek; medewerker alleen voor collega's van dezelfde organisatie")
    record StapUit(String stap, @Nullable String van, String naar, String organisatie, String organisatieNaam, @Nullable String medewerker,
            Instant op, @Nullable String reden,
            @Schema(description = "naam van de locatie van de stap (voorgesteld, gekozen, geaccepteerd of afgewezen)") @Nullable String locatie,
            @Schema(description = "bij stap andere_locatie: de voorgestelde locatie, in plaats waarvan de gemeente locatie koos")
            @Nullable String voorgesteldeLocatie) {
    }

    record BehoefteUit(int personen, int minderjarigen, boolean toegankelijk, boolean medisch) {
    }

    @Schema(description = "Eén lid zoals plaatsing het nodig heeft: leeftijd op de verwachte aankomst, geslacht en behoeften; nooit naam, geboortedatum of BSN")
    record LidUit(int leeftijd, String geslacht, boolean alleenreizendMinderjarig, boolean medischeZorg, boolean toegankelijkheid,
            @Nullable String taal) {
    }

    record AfwijzingIn(@Schema(description = "Waarom de plek niet past (verplicht, hoogstens 500 tekens)") @Nullable String reden) {
    }

    record VerzoekUit(UUID id, UUID huishouden, String aanvragendeGemeente, String veiligheidsregio,
            @Schema(format = "date") LocalDate verwachteAankomst, @Nullable String toelichting, String status,
            @Nullable UUID voorgesteldeLocatie, @Nullable String voorgesteldeVerblijfsduur, @Nullable String ontvangendeGemeente,
            @Nullable String voorgesteldDoor, @Nullable UUID plaatsing, Instant ingediendOp, @Nullable Instant naarLcvsOp,
            @Nullable Instant voorgesteldOp, @Nullable Instant geplaatstOp, @Nullable Double doorlooptijdUren, BehoefteUit behoefte,
            @Schema(description = "De samenstelling: per lid leeftijd, geslacht en behoeften") List<LidUit> samenstelling,
            @Nullable Instant afgewezenOp, @Nullable String afwijzingsreden, @Nullable Instant ingetrokkenOp,
            @Schema(description = "Alleen bij één verzoek (niet in de lijst)") @Nullable PlekUit plek,
            @Schema(description = "Alleen bij één verzoek (niet in de lijst): de stappen, oudste eerst") @Nullable List<StapUit> geschiedenis) {
    }

    record SuggestieUit(UUID opvanglocatie, String naam, String gemeenteCode,
            @Schema(description = "lang of kort (crisisopvang, alleen voor het LCVS)") String verblijfsduur, int vrijeBedden,
            @Schema(description = "afstand tussen de middelpunten van de gemeenten, in km; leeg als onbekend") @Nullable Integer afstandKm,
            int score, List<String> redenen) {
    }

    record WerkvoorraadUit(@Schema(description = "De verzoeken op deze pagina, nieuwste eerst") List<VerzoekUit> plaatsingsverzoeken,
            @Schema(description = "Het aantal verzoeken over alle pagina's") long totaal,
            @Schema(description = "Het nummer van deze pagina; de eerste pagina is 1") int pagina,
            @Schema(description = "Verzoeken per pagina") int aantal) {
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
    ResponseEntity<VerzoekUit> dienIn(@RequestBody(required = false) @Nullable VerzoekIn in) {
        var gebruiker = gebruiker();
        // Only a gemeente employee asks for a place: 403 before their input is read, as always.
        gebruiker.eigenGemeente();
        var v = in == null ? new VerzoekIn(null, null, null) : in;
        var indiening = PlaatsingValidatie.indiening(v.huishouden(), v.verwachteAankomst(), v.toelichting());
        var verzoek = verzoeken.dienIn(indiening.huishouden(), indiening.verwachteAankomst(), indiening.toelichting(), gebruiker);
        return ResponseEntity.created(URI.create("/api/v1/plaatsingsverzoeken/" + verzoek.verzoek().id())).body(uit(verzoek));
    }

    @GetMapping
    @Operation(summary = "De verzoeken waar de gebruiker aan werkt (gemeente, regio of LCVS), nieuwste eerst en per pagina",
            description = "pagina vanaf 1 (standaard 1); aantal 1 tot en met " + Plaatsingsverzoeken.MAX_AANTAL + " (standaard "
                    + Plaatsingsverzoeken.STANDAARD_AANTAL + "). totaal telt alle pagina's. Een huishouden met een alleenreizende "
                    + "minderjarige alleen met de rol MINDERJARIGEN (ook niet meegeteld). Zonder rol voor plaatsingsverzoeken 403; "
                    + "400 noemt elke verkeerde parameter. Elk lid van een huishouden op de pagina wordt vastgelegd in het "
                    + "verwerkingslogboek.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    WerkvoorraadUit werkvoorraad(@RequestParam(required = false) @Nullable String pagina,
            @RequestParam(required = false) @Nullable String aantal) {
        var p = verzoeken.werkvoorraad(gebruiker(), pagina, aantal);
        return new WerkvoorraadUit(p.regels().stream().map(this::uit).toList(), p.totaal(), p.pagina(), p.aantal());
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
    VerzoekUit stelVoor(@PathVariable String id, @RequestBody(required = false) @Nullable VoorstelIn in) {
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
            description = "Op de voorgestelde locatie, of met `opvanglocatie` op een andere eigen locatie. Nogmaals accepteren: 409; na intrekken: 404.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    VerzoekUit accepteer(@PathVariable String id, @RequestBody(required = false) @Nullable AcceptatieIn in) {
        var gebruiker = gebruiker();
        var verzoek = verzoeken.teBeslissen(uuid(id), gebruiker);
        var vanaf = PlaatsingValidatie.acceptatiedatum(in == null ? null : in.vanaf());
        var andere = PlaatsingValidatie.andereLocatie(in == null ? null : in.opvanglocatie());
        return uit(verzoeken.accepteer(verzoek.id(), vanaf, andere, gebruiker));
    }

    @PostMapping("/{id}/_afwijzen")
    @Operation(summary = "De ontvangende gemeente wijst de voorgestelde plek af",
            description = "Met verplichte `reden`. Het verzoek krijgt status `afgewezen` en ligt weer bij wie de plek voorstelde (regio of LCVS), die opnieuw voorstelt; de aanvragende gemeente ziet de reden ook. De gemeente ziet het verzoek daarna niet meer. 204.",
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
                v.afgewezenOp(), v.afwijzingsreden(), v.ingetrokkenOp(), plek(i.plek()),
                i.geschiedenis() == null ? null : i.geschiedenis().stream()
                        .map(s -> new StapUit(s.stap(), s.van() == null ? null : s.van().code(), s.naar().code(), s.organisatie(), s.organisatieNaam(),
                                s.door(), s.op(), s.reden(), s.locatie(), s.voorgesteldeLocatie()))
                        .toList());
    }

    private static @Nullable PlekUit plek(Plaatsingsverzoeken.@Nullable Plek p) {
        return p == null ? null : new PlekUit(p.locatieId().waarde(), p.naam(), p.adres(), p.gemeenteCode(), p.gemeenteNaam(),
                p.verblijfsduur().code(), p.vrijeBedden(), p.peildatum());
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static VerzoekId uuid(String id) {
        return new VerzoekId(Invoer.idInAdres(id, "Plaatsingsverzoek"));
    }
}
