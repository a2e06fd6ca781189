// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.util.UUID;
import nl.onderdak.platform.Invoer;

/** The id of a transitievergoeding; read once from an address, then passed on typed so that it cannot be mixed up with another id. */
public record TransitievergoedingId(UUID waarde) {

    /** Reads an id from a URL; anything else is a 404, as a missing transitievergoeding would be. */
    public static TransitievergoedingId uitAdres(String tekst) {
        return new TransitievergoedingId(Invoer.idInAdres(tekst, "Transitievergoeding"));
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
