// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import java.time.Instant;
import java.time.LocalDate;
import nl.onderdak.locaties.Status;

/** A change of a location's status from a date on. */
public record Statuswijziging(long id, LocalDate ingangsdatum, Status status, String reden, Instant vastgelegdOp,
        String vastgelegdDoor) {
}
