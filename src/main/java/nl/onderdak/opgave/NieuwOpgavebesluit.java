// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A target decision to record, read and checked: the half-year, the national total, the reference
 * year of the CBS figures, when it was announced, and whether it is urgent (then with a reason).
 */
public record NieuwOpgavebesluit(Halfjaar halfjaar, int landelijkTotaal, int peiljaar, LocalDate aankondigingsdatum,
        boolean spoed, @Nullable String spoedReden, @Nullable String toelichting) {

    public NieuwOpgavebesluit {
        if (spoed && (spoedReden == null || spoedReden.isBlank())) {
            throw new IllegalArgumentException("spoed vraagt een reden");
        }
    }
}
