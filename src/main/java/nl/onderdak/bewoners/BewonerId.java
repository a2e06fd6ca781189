// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.util.UUID;

/** The id of a resident (one member of a household); parsed once at the edge, typed behind it. */
public record BewonerId(UUID waarde) {

    public BewonerId {
        java.util.Objects.requireNonNull(waarde, "waarde");
    }

    public static BewonerId nieuw() {
        return new BewonerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
