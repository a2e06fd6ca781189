// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.util.UUID;

/** The id of a household; parsed once at the edge (web or import), typed everywhere behind it. */
public record HuishoudenId(UUID waarde) {

    public HuishoudenId {
        java.util.Objects.requireNonNull(waarde, "waarde");
    }

    public static HuishoudenId nieuw() {
        return new HuishoudenId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
