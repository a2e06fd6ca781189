// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.plaatsing.Gastverblijf;
import nl.onderdak.plaatsing.Gastverblijven;
import nl.onderdak.platform.Invoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A household's stays with a host household (private reception); paths and bodies as when they lived under leefgeld. */
@RestController
@Tag(name = "Gastverblijven", description = "Verblijven bij een gastgezin (particuliere opvang)")
class GastverblijvenApi {

    record GastverblijfIn(@Schema(format = "date", description = "eerste nacht") String van,
            @Schema(format = "date", description = "vertrekdag (niet meer aanwezig); leeg = nog aanwezig") String tot, String gastgezin) {
    }

    record GastverblijvenUit(List<Gastverblijf> gastverblijven) {
    }

    private final Gastverblijven gastverblijven;
    private final Toegang toegang;

    GastverblijvenApi(Gastverblijven gastverblijven, Toegang toegang) {
        this.gastverblijven = gastverblijven;
        this.toegang = toegang;
    }

    @GetMapping("/api/v1/huishoudens/{id}/gastverblijven")
    @Operation(summary = "Verblijven bij een gastgezin (particuliere opvang)", security = {@SecurityRequirement(name = "bearer"),
            @SecurityRequirement(name = "basic")})
    GastverblijvenUit gastverblijven(@PathVariable String id) {
        return new GastverblijvenUit(gastverblijven.van(huishouden(id), gebruiker()));
    }

    @PostMapping("/api/v1/huishoudens/{id}/gastverblijven")
    @Operation(summary = "Leg een verblijf bij een gastgezin in de eigen gemeente vast", security = {
            @SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<Gastverblijf> gastverblijf(@PathVariable String id, @RequestBody(required = false) GastverblijfIn in) {
        var v = in == null ? new GastverblijfIn(null, null, null) : in;
        return ResponseEntity.status(HttpStatus.CREATED).body(gastverblijven.legVast(huishouden(id), v.van(), v.tot(), v.gastgezin(),
                gebruiker()));
    }

    private Gebruiker gebruiker() {
        return toegang.vereisGebruiker();
    }

    private static HuishoudenId huishouden(String id) {
        return new HuishoudenId(Invoer.idInAdres(id, "Huishouden"));
    }
}
