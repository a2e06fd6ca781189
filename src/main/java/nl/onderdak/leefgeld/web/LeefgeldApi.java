// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.leefgeld.Betaalwijze;
import nl.onderdak.leefgeld.internal.Component;
import nl.onderdak.leefgeld.internal.Huishoudleefgeld;
import nl.onderdak.leefgeld.internal.LeefgeldTarieven;
import nl.onderdak.leefgeld.internal.Leefgeldberekening;
import nl.onderdak.leefgeld.internal.Maanden;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A household's living allowance, how it is paid and decisions; and the rates. Host stays moved to plaatsing (GastverblijvenApi). */
@RestController
@Tag(name = "Leefgeld", description = "Leefgeld per huishouden per maand, met uitleg; tarieven")
class LeefgeldApi {

    record RegelUit(UUID lid, String naam, String component, @Schema(format = "date") LocalDate van,
            @Schema(format = "date") LocalDate tot, int dagen, int dagenInMaand, BigDecimal tarief,
            @Schema(format = "date") LocalDate tariefVanaf, @Schema(format = "date") LocalDate tariefTot, String bron, BigDecimal bedrag,
            String uitleg) {
    }

    record LeefgeldUit(UUID huishouden, String maand, @Schema(description = "totaal in euro, twee decimalen") BigDecimal bedrag,
            boolean tegengehouden, List<String> ontbrekend, List<String> toelichting,
            @Schema(description = "totaal per component") java.util.Map<String, BigDecimal> componenten, List<RegelUit> regels) {
    }

    record BetaalwijzeIn(String methode, String iban, String tenaamstelling, String kaartnummer) {
    }

    record BesluitIn(@Schema(description = "stoppen, voedsel_in_natura of kleding_in_natura") String soort,
            @Schema(format = "date") String vanaf, @Schema(format = "date") String tot, String reden) {
    }

    record BesluitenUit(List<Huishoudleefgeld.OpgeslagenBesluit> besluiten) {
    }

    record TariefIn(@Schema(format = "date") String geldigVanaf, @Schema(format = "date") String geldigTot, String component,
            String leeftijdsgroep, String huishoudenMin, String huishoudenMax, String bedrag, String bron) {
    }

    record TariefUit(long id, @Schema(format = "date") LocalDate geldigVanaf, @Schema(format = "date") LocalDate geldigTot,
            String component, String leeftijdsgroep, int huishoudenMin, Integer huishoudenMax, BigDecimal bedragPerMaand, String bron) {
    }

    record TarievenUit(List<TariefUit> tarieven) {
    }

    private final Huishoudleefgeld leefgeld;
    private final LeefgeldTarieven tarieven;
    private final Toegang toegang;

    LeefgeldApi(Huishoudleefgeld leefgeld, LeefgeldTarieven tarieven, Toegang toegang) {
        this.leefgeld = leefgeld;
        this.tarieven = tarieven;
        this.toegang = toegang;
    }

    @GetMapping("/api/v1/huishoudens/{id}/leefgeld")
    @Operation(summary = "Leefgeld van een huishouden voor een maand, met per onderdeel dagen, tarief en bron (gemeente)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    LeefgeldUit leefgeld(@PathVariable String id, @RequestParam(required = false) String maand) {
        var huishouden = uuid(id);
        var m = Maanden.lees(maand, "maand");
        return uit(huishouden, leefgeld.berekening(huishouden, m, gebruiker()));
    }

    static LeefgeldUit uit(HuishoudenId huishouden, Leefgeldberekening.Uitkomst u) {
        return uit(huishouden.waarde(), u);
    }

    static LeefgeldUit uit(UUID huishouden, Leefgeldberekening.Uitkomst u) {
        var componenten = new LinkedHashMap<String, BigDecimal>();
        for (var c : Component.values()) {
            var som = u.regels().stream().filter(r -> r.component() == c).map(Leefgeldberekening.Regel::bedrag)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            componenten.put(c.code(), u.tegengehouden() ? BigDecimal.ZERO.setScale(2) : som);
        }
        return new LeefgeldUit(huishouden, u.maand().toString(), u.bedrag(), u.tegengehouden(), u.ontbrekend(), u.toelichting(), componenten,
                u.regels().stream().map(r -> new RegelUit(r.lidId(), r.naam(), r.component().code(), r.van(), r.tot(), r.dagen(),
                        r.dagenInMaand(), r.tarief(), r.tariefVanaf(), r.tariefTot(), r.bron(), r.bedrag(), r.uitleg())).toList());
    }

    @GetMapping("/api/v1/huishoudens/{id}/betaalwijze")
    @Operation(summary = "Hoe het leefgeld van het huishouden wordt betaald", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    Betaalwijze betaalwijze(@PathVariable String id) {
        return leefgeld.betaalwijze(uuid(id), gebruiker()).orElseThrow(() -> new NietGevonden("Betaalwijze"));
    }

    @PutMapping("/api/v1/huishoudens/{id}/betaalwijze")
    @Operation(summary = "Leg de betaalwijze vast: bank (IBAN, tenaamstelling), contant of prepaid (kaartnummer)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    Betaalwijze legBetaalwijzeVast(@PathVariable String id, @RequestBody(required = false) BetaalwijzeIn in) {
        var v = in == null ? new BetaalwijzeIn(null, null, null, null) : in;
        return leefgeld.legBetaalwijzeVast(uuid(id), new Huishoudleefgeld.BetaalwijzeInvoer(v.methode(), v.iban(), v.tenaamstelling(),
                v.kaartnummer()), gebruiker());
    }

    @GetMapping("/api/v1/huishoudens/{id}/leefgeldbesluiten")
    @Operation(summary = "Besluiten over het leefgeld van het huishouden", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    BesluitenUit besluiten(@PathVariable String id) {
        return new BesluitenUit(leefgeld.besluiten(uuid(id), gebruiker()));
    }

    @PostMapping("/api/v1/huishoudens/{id}/leefgeldbesluiten")
    @Operation(summary = "Leg een besluit vast: stoppen (inkomen), voedsel of kleding in natura", security = {
            @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<Huishoudleefgeld.OpgeslagenBesluit> neemBesluit(@PathVariable String id, @RequestBody(required = false) BesluitIn in) {
        var v = in == null ? new BesluitIn(null, null, null, null) : in;
        return ResponseEntity.status(HttpStatus.CREATED).body(leefgeld.neemBesluit(uuid(id),
                new Huishoudleefgeld.BesluitInvoer(v.soort(), v.vanaf(), v.tot(), v.reden()), gebruiker()));
    }

    @GetMapping("/api/v1/leefgeldtarieven")
    @Operation(summary = "Alle leefgeldtarieven met hun geldigheid en bron", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    TarievenUit tarieven() {
        gebruiker();
        return new TarievenUit(tarieven.rijen().stream().map(LeefgeldApi::uit).toList());
    }

    @PostMapping("/api/v1/leefgeldtarieven")
    @Operation(summary = "Voeg een tarief toe (landelijk beheerder); bestaande tarieven worden nooit gewijzigd",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<TariefUit> voegTariefToe(@RequestBody(required = false) TariefIn in) {
        var v = in == null ? new TariefIn(null, null, null, null, null, null, null, null) : in;
        var rij = tarieven.voegToe(v.geldigVanaf(), v.geldigTot(), v.component(), v.leeftijdsgroep(), v.huishoudenMin(), v.huishoudenMax(),
                v.bedrag(), v.bron(), gebruiker());
        return ResponseEntity.status(HttpStatus.CREATED).body(uit(rij));
    }

    private static TariefUit uit(LeefgeldTarieven.Rij r) {
        var t = r.tarief();
        return new TariefUit(r.id(), t.geldigVanaf(), t.geldigTot(), t.component().code(), t.leeftijdsgroep().code(), t.huishoudenMin(),
                t.huishoudenMax(), t.bedragPerMaand(), t.bron());
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static HuishoudenId uuid(String id) {
        return new HuishoudenId(Invoer.idInAdres(id, "Huishouden"));
    }
}
