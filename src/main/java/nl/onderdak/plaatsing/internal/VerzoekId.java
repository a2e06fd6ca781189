// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.internal;

import java.util.Objects;
import java.util.UUID;

/** The id of a placement request; parsed once at the edge, typed behind it. */
public record VerzoekId(UUID waarde) {

    public VerzoekId {
        Objects.requireNonNull(waarde, "waarde");
    }

    public static VerzoekId nieuw() {
        return new VerzoekId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
