// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns whatever authenticated the request into a {@link Gebruiker}: a local account, an OIDC login
 * or a bearer token. For OIDC and tokens the identity provider supplies (see docs/operations.md):
 * {@code preferred_username}, {@code name}, the organisation code in claim {@code organisatie}
 * (for example {@code GM0344}, {@code VR09}, {@code LCVS}) and roles named as {@link Rol} in
 * {@code realm_access.roles} (Keycloak) or a flat {@code roles} claim, {@link Rol#MINDERJARIGEN} among them.
 * Unknown role names are ignored; a token without a known organisation, or whose {@code sub} or
 * {@code preferred_username} looks like a BSN ({@link GeenBsnAlsSub}), gives no user at all. The claims
 * are documented in docs/security.md ("Login through OIDC").
 *
 * <p>Public only for {@link nl.onderdak.toegang.Toegang}: the organisation is looked up through a function,
 * so this class needs no repository and its tests need no database.
 */
public final class GebruikerUitAuthenticatie {

    private GebruikerUitAuthenticatie() {
    }

    public static Optional<Gebruiker> van(Authentication authentication, Function<String, Optional<Organisatie>> organisaties) {
        if (!authentication.isAuthenticated()) {
            return Optional.empty();
        }
        var principal = authentication.getPrincipal();
        if (principal instanceof LokaleGebruikers.Account account) {
            return Optional.of(account.gebruiker());
        }
        if (principal instanceof OidcUser oidc) {
            return uitClaims(oidc.getClaims(), organisaties);
        }
        if (principal instanceof Jwt jwt) {
            return uitClaims(jwt.getClaims(), organisaties);
        }
        return Optional.empty();
    }

    static Optional<Gebruiker> uitClaims(Map<String, Object> claims, Function<String, Optional<Organisatie>> organisaties) {
        var organisatieCode = claims.get("organisatie");
        if (!(organisatieCode instanceof String code) || GeenBsnAlsSub.weiger(claims) != null) {
            return Optional.empty();
        }
        var naam = (String) claims.getOrDefault("preferred_username", claims.get("sub"));
        var weergave = (String) claims.getOrDefault("name", naam);
        return organisaties.apply(code).map(org -> new Gebruiker(naam, weergave, org, rollen(claims)));
    }

    static Set<Rol> rollen(Map<String, Object> claims) {
        var rollen = EnumSet.noneOf(Rol.class);
        if (claims.get("realm_access") instanceof Map<?, ?> realm && realm.get("roles") instanceof Collection<?> namen) {
            voegToe(namen, rollen);
        }
        if (claims.get("roles") instanceof Collection<?> namen) {
            voegToe(namen, rollen);
        }
        return rollen;
    }

    private static void voegToe(Collection<?> namen, Set<Rol> rollen) {
        for (var naam : namen) {
            for (var rol : Rol.values()) {
                if (rol.name().equals(naam)) {
                    rollen.add(rol);
                }
            }
        }
    }
}
