// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import java.util.Set;

/**
 * The person logged in: who, for which organisation, with which roles. Serializable: the login lives in
 * the web session, and sessions are stored in the database (ADR 0017).
 */
public record Gebruiker(String gebruikersnaam, String weergavenaam, Organisatie organisatie, Set<Rol> rollen)
        implements java.io.Serializable {

    /**
     * Keeps only the roles that belong to the organisation ({@link Rol#pastBij}): every check that asks
     * {@link #heeft}, and the Spring authorities made from {@link #rollen()}, then decide by organisation
     * and role together. A session stored before this rule passes through here again when it is read.
     */
    public Gebruiker {
        var org = organisatie;
        rollen = rollen.stream().filter(r -> r.pastBij(org)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public boolean heeft(Rol rol) {
        return rollen.contains(rol);
    }

    /** An employee of a gemeente: the only one who registers and changes that gemeente's data. */
    public boolean isGemeenteMedewerker() {
        return heeft(Rol.GEMEENTE_MEDEWERKER) && organisatie.soort() == Organisatie.Soort.GEMEENTE;
    }

    /** The gemeente of a gemeente employee; anyone else may not do what asked for it (403). */
    public String eigenGemeente() {
        if (!isGemeenteMedewerker()) {
            throw new org.springframework.security.access.AccessDeniedException("alleen een medewerker van een gemeente");
        }
        return organisatie.gemeenteCode();
    }
}
