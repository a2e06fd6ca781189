// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is and which part of the country they may see. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Toegang")
class ToegangApi {

    record OrganisatieAntwoord(String code, String naam, String soort) {
    }

    /** {@code gemeenten} is null for a national scope: everything. */
    record MijAntwoord(String gebruikersnaam, String weergavenaam, OrganisatieAntwoord organisatie, List<String> rollen,
            boolean landelijk, @Nullable Set<String> gemeenten) {
    }

    private final Toegang toegang;

    ToegangApi(Toegang toegang) {
        this.toegang = toegang;
    }

    @GetMapping("/mij")
    @Operation(summary = "De ingelogde gebruiker, de organisatie, rollen en de gemeenten binnen bereik")
    MijAntwoord mij() {
        var g = toegang.huidigeGebruiker().orElseThrow(() -> new NietGevonden("Gebruiker"));
        var scope = toegang.scopeVan(g);
        var org = g.organisatie();
        return new MijAntwoord(g.gebruikersnaam(), g.weergavenaam(),
                new OrganisatieAntwoord(org.code(), org.naam(), org.soort().name().toLowerCase(java.util.Locale.ROOT)),
                g.rollen().stream().map(Enum::name).sorted().toList(), scope.landelijk(),
                scope.gemeenten().map(s -> (Set<String>) new java.util.TreeSet<>(s)).orElse(null));
    }
}
