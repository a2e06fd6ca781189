// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.logboek.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Instant;
import java.util.ArrayList;
import nl.onderdak.logboek.Ketencontrole;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/verwerkingslog/controle: the check of the processing log's hash chain as JSON, for role beheer only. */
@RestController
class VerwerkingslogControleApi {

    /** The outcome: intact with the number of records, or the number and time of the first that does not match. */
    record ControleUit(boolean intact, long aantalGoed, @Nullable String afwijking, @Nullable Long volgnummer,
            @Nullable Instant tijdstip, @Nullable Long laatsteVolgnummer, @Nullable String laatsteHash) {
    }

    private final Ketencontrole controle;
    private final Toegang toegang;

    VerwerkingslogControleApi(Ketencontrole controle, Toegang toegang) {
        this.controle = controle;
        this.toegang = toegang;
    }

    @GetMapping("/api/v1/verwerkingslog/controle")
    @Operation(summary = "Controleer de hashketen van het verwerkingslog (alleen beheer): intact met het aantal records, "
            + "of volgnummer en tijdstip van het eerste record dat niet meer klopt",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ControleUit api(@RequestParam(required = false) String volgnummer, @RequestParam(required = false) String hash) {
        if (!toegang.vereisGebruiker().heeft(Rol.BEHEERDER)) {
            throw new AccessDeniedException("alleen beheer");
        }
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var anker = VerwerkingslogControle.anker(volgnummer, hash, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var u = controle.controleer(anker);
        return new ControleUit(u.intact(), u.aantal(), u.afwijking() == null ? null : u.afwijking().name().toLowerCase(java.util.Locale.ROOT),
                u.volgnummer(), u.tijdstip(), u.laatsteVolgnummer(), u.laatsteHash());
    }
}
