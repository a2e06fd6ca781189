// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a request's append-only history: the status it reached, who recorded it and when, the
 * reason (required for a rejection) and, where a decision grants money, the amount granted.
 */
public record Besluitregel(Besluitstatus status, String door, Instant op, @Nullable String reden, @Nullable BigDecimal bedrag) {
}
