// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import java.util.UUID;

/** The id of a reception location; parsed once at the edge, typed behind it. */
public record LocatieId(UUID waarde) {

    public LocatieId {
        java.util.Objects.requireNonNull(waarde, "waarde");
    }

    public static LocatieId nieuw() {
        return new LocatieId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
