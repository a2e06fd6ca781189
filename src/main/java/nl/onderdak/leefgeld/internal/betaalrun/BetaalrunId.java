// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.betaalrun;

import java.util.Objects;
import java.util.UUID;

/** The id of a payment run; parsed once from the address, typed behind it. */
public record BetaalrunId(UUID waarde) {

    public BetaalrunId {
        Objects.requireNonNull(waarde, "waarde");
    }

    static BetaalrunId nieuw() {
        return new BetaalrunId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
