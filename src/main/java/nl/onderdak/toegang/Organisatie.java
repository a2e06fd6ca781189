// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import org.jspecify.annotations.Nullable;

/**
 * An organisation users belong to. A gemeente organisation carries its CBS code, a region
 * organisation its region code (a province organisation its province code as {@link #code()}); national and matching organisations carry neither. Serializable, as part
 * of the {@link Gebruiker} in a web session stored in the database.
 */
public record Organisatie(String code, String naam, Soort soort, @Nullable String gemeenteCode,
        @Nullable String veiligheidsregioCode) implements java.io.Serializable {

    /**
     * {@code PROVINCIE}: one of the 12 provinces, which leads the provincial table (regietafel) of the 2024
     * distribution law; its {@link #code()} is the CBS province code (PV26). It sees no person's data.
     */
    public enum Soort { GEMEENTE, VEILIGHEIDSREGIO, LANDELIJK, MATCHING, PROVINCIE }
}
