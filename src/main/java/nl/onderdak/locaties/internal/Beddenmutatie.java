// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import java.time.Instant;
import java.time.LocalDate;
import nl.onderdak.locaties.Verblijfsduur;

/** One change of a location's beds from a date on; the history is kept, never overwritten. */
public record Beddenmutatie(long id, Verblijfsduur verblijfsduur, LocalDate ingangsdatum, int opgegeven,
        int buitenGebruik, String buitenGebruikReden, String reden, Instant vastgelegdOp, String vastgelegdDoor) {

    public int bruikbaar() {
        return opgegeven - buitenGebruik;
    }
}
