// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A validated change of a location's beds from a date on, for one length of stay. */
public record Beddenwijziging(Verblijfsduur verblijfsduur, LocalDate ingangsdatum, int opgegeven, int buitenGebruik,
        @Nullable String buitenGebruikReden, String reden) {

    public Beddenwijziging {
        if (opgegeven < 0 || buitenGebruik < 0 || buitenGebruik > opgegeven) {
            throw new IllegalArgumentException("buiten gebruik ligt tussen 0 en het aantal opgegeven bedden");
        }
    }
}
