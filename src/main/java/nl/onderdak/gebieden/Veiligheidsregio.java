// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;

/**
 * A safety region with the sums of its gemeenten's figures for one layout and reference year. A sum
 * is null when a figure of any of its gemeenten is unknown: a partial sum would look exact and be wrong.
 */
public record Veiligheidsregio(
        String code,
        String naam,
        String provincieCode,
        String provincieNaam,
        LocalDate indeling,
        int peiljaar,
        int aantalGemeenten,
        @Nullable Long inwoners,
        @Nullable Long landoppervlakteHa) {
}
