// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

/** What a user may do. Which data they may see follows from their organisation ({@link Scope}). */
public enum Rol {
    /** Works for a gemeente: its locations, residents, payments and claims. */
    GEMEENTE_MEDEWERKER,
    /** Coordinates a safety region: reads its gemeenten, matches placement requests. */
    REGIO_COORDINATOR,
    /** National placement desk (LCVS). */
    LCVS_PLAATSER,
    /** National information hub (KCIO): capacity reports. */
    KCIO_ANALIST,
    /** National reception organisation (NOO): decides transition fees and declarations. */
    NOO_MEDEWERKER,
    /** Ministry of Justice and Security: records target decisions. */
    OPGAVE_VASTSTELLER,
    /** Matching organisation for private reception. */
    MATCHER,
    /** Works for a province: records the provincial plan of the 2024 distribution law (regietafel). */
    PROVINCIE_REGISSEUR,
    /** Sees and handles records of children travelling alone (alleenreizende minderjarigen), besides a gemeente role. */
    MINDERJARIGEN,
    /** National administrator: reference data, rates, norm amounts. */
    BEHEERDER;

    /**
     * Whether this role belongs to the organisation: the NOO's role gives rights only to an employee of
     * the NOO, the LCVS's only to the LCVS, a gemeente's only in a gemeente. An identity provider (or a
     * local account) that gives a role to the wrong organisation, by mistake or on purpose, grants
     * nothing: access is decided by organisation and role together. The national organisations are the
     * ones Onderdak registers itself (OrganisatieLader), by their fixed codes.
     */
    public boolean pastBij(Organisatie organisatie) {
        var soort = organisatie.soort();
        return switch (this) {
            case GEMEENTE_MEDEWERKER -> soort == Organisatie.Soort.GEMEENTE;
            case REGIO_COORDINATOR -> soort == Organisatie.Soort.VEILIGHEIDSREGIO;
            case LCVS_PLAATSER -> landelijk(organisatie, "LCVS");
            case KCIO_ANALIST -> landelijk(organisatie, "KCIO");
            case NOO_MEDEWERKER -> landelijk(organisatie, "NOO");
            // Target decisions: the ministry, and national administration (which also keeps the rates).
            case OPGAVE_VASTSTELLER -> landelijk(organisatie, "JENV") || landelijk(organisatie, "BEHEER");
            case BEHEERDER -> landelijk(organisatie, "BEHEER");
            case MATCHER -> soort == Organisatie.Soort.MATCHING;
            case PROVINCIE_REGISSEUR -> soort == Organisatie.Soort.PROVINCIE;
            // Those who handle a child's case: the gemeente, the region that matches, the LCVS that places.
            case MINDERJARIGEN -> soort == Organisatie.Soort.GEMEENTE || soort == Organisatie.Soort.VEILIGHEIDSREGIO
                    || landelijk(organisatie, "LCVS");
        };
    }

    private static boolean landelijk(Organisatie organisatie, String code) {
        return organisatie.soort() == Organisatie.Soort.LANDELIJK && code.equals(organisatie.code());
    }
}
