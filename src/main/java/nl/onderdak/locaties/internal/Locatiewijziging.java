// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One field of a location's description changed by one edit: before and after as the history keeps
 * them (facilities as comma-separated codes), who and when. The rows of one edit share
 * {@code wijzigingId}.
 */
public record Locatiewijziging(long id, UUID wijzigingId, String veld, @Nullable String voor, @Nullable String na,
        Instant gewijzigdOp, String gewijzigdDoor) {
}
