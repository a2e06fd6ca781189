// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import java.time.LocalDate;

/** A validated change of a location's status from a date on. */
public record NieuweStatus(LocalDate ingangsdatum, Status status, String reden) {
}
