// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import org.jspecify.annotations.Nullable;

/**
 * An organisation users belong to. A gemeente organisation carries its CBS code, a region
 * organisation its region code; national and matching organisations carry neither.
 */
public record Organisatie(String code, String naam, Soort soort, @Nullable String gemeenteCode,
        @Nullable String veiligheidsregioCode) {

    public enum Soort { GEMEENTE, VEILIGHEIDSREGIO, LANDELIJK, MATCHING }
}
