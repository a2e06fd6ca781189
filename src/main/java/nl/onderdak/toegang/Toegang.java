// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import java.util.Optional;
import nl.onderdak.toegang.internal.GebruikerUitAuthenticatie;
import nl.onderdak.toegang.internal.Regiogemeenten;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Who is logged in and what they may see: the public API of this module. */
@Service
public class Toegang {

    private final Regiogemeenten regiogemeenten;
    private final Organisaties organisaties;

    Toegang(Regiogemeenten regiogemeenten, Organisaties organisaties) {
        this.regiogemeenten = regiogemeenten;
        this.organisaties = organisaties;
    }

    public Optional<Gebruiker> huidigeGebruiker() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        return GebruikerUitAuthenticatie.van(authentication, organisaties::vind);
    }

    /** The logged-in user; without one the request is refused (401 in the API, the login page in the UI). */
    public Gebruiker vereisGebruiker() {
        return huidigeGebruiker().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("niet ingelogd"));
    }

    /** The scope of the current user; without a user, nothing. */
    public Scope scope() {
        return huidigeGebruiker().map(this::scopeVan).orElse(new Scope.Geen());
    }

    public Scope scopeVan(Gebruiker gebruiker) {
        var org = gebruiker.organisatie();
        return switch (org.soort()) {
            case GEMEENTE -> new Scope.Gemeente(org.gemeenteCode());
            case VEILIGHEIDSREGIO -> new Scope.Regio(org.veiligheidsregioCode(), regiogemeenten.van(org.veiligheidsregioCode()));
            case LANDELIJK -> new Scope.Landelijk();
            case MATCHING, PROVINCIE -> new Scope.Geen();
        };
    }
}
