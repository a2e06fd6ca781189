// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.util.UUID;
import nl.onderdak.platform.Invoer;

/** The id of a declaratie; read once from an address, then passed on typed so that it cannot be mixed up with another id. */
public record DeclaratieId(UUID waarde) {

    /** Reads an id from a URL; anything else is a 404, as a missing declaratie would be. */
    public static DeclaratieId uitAdres(String tekst) {
        return new DeclaratieId(Invoer.idInAdres(tekst, "Declaratie"));
    }

    @Override
    public String toString() {
        return waarde.toString();
    }
}
