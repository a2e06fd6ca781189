// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import java.util.Objects;
import java.util.UUID;

/** The id of a placement (a household's stay at a location); parsed once at the edge, typed behind it. */
public record PlaatsingId(UUID waarde) {

    public PlaatsingId {
        Objects.requireNonNull(waarde, "waarde");
    }

    public static PlaatsingId nieuw() {
        return new PlaatsingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
