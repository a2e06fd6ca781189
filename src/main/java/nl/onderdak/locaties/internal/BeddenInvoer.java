// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

/** A change of beds as typed: from which date, for which length of stay, how many, and why. */
public record BeddenInvoer(String ingangsdatum, String verblijfsduur, String opgegeven, String buitenGebruik,
        String buitenGebruikReden, String reden) {
}
