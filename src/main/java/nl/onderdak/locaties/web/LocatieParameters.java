// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;

/** Reading query parameters of the locations pages and API, with a message that names the parameter. */
final class LocatieParameters {

    private LocatieParameters() {
    }

    static Optional<LocalDate> datum(String waarde, String naam) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var dag = Invoer.datum(waarde, naam, false, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return Optional.ofNullable(dag);
    }
}
