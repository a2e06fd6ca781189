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
    BEHEERDER
}
