// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A household: the gemeente that registered it and its members (those the viewer may see). */
public record Huishouden(UUID id, String gemeenteCode, Instant aangemaaktOp, List<Bewoner> leden) {
}
