// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;

/**
 * A gemeente in one layout with its CBS figures for one reference year. {@code inwoners} and
 * {@code landoppervlakteHa} are null where CBS publishes no figure on these boundaries.
 */
public record Gemeente(
        String code,
        String naam,
        String veiligheidsregioCode,
        String veiligheidsregioNaam,
        String provincieCode,
        String provincieNaam,
        LocalDate indeling,
        int peiljaar,
        @Nullable Integer inwoners,
        @Nullable Integer landoppervlakteHa) {

    public Grootteklasse grootteklasse() {
        return Grootteklasse.van(inwoners);
    }
}
