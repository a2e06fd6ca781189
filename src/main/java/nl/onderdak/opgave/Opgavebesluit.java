// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A published target decision: the national total for a half-year and the regional targets
 * computed from it when it was recorded. Never changed; a newer decision supersedes it.
 */
public record Opgavebesluit(
        UUID id,
        Halfjaar halfjaar,
        int landelijkTotaal,
        int peiljaar,
        LocalDate aankondigingsdatum,
        boolean spoed,
        String spoedReden,
        String toelichting,
        UUID vervangt,
        UUID vervangenDoor,
        Instant vastgelegdOp,
        String vastgelegdDoor,
        List<Verdeelsleutel.RegioOpgave> regios) {

    public boolean geldend() {
        return vervangenDoor == null;
    }
}
