// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A household's stay with a host household (private reception) in a gemeente: from the first night
 * {@code van} up to, not including, the departure day {@code tot} ({@code null} while it lasts).
 */
public record Gastverblijf(UUID id, String gemeenteCode, LocalDate van, @Nullable LocalDate tot, String gastgezin) {
}
