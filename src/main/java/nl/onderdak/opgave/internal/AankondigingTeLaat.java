// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave.internal;

import java.util.List;
import nl.onderdak.opgave.Halfjaar;
import nl.onderdak.platform.OngeldigeInvoer;

/** Guards the rule that a national total is announced at least thirteen weeks before its half-year. */
public class AankondigingTeLaat extends OngeldigeInvoer {
    public AankondigingTeLaat(Halfjaar halfjaar, java.time.LocalDate aankondiging) {
        super("aankondiging-te-laat", List.of(new Veld("aankondigingsdatum",
                "Aankondiging op " + aankondiging + " is minder dan 13 weken voor " + halfjaar.begin()
                        + " (uiterlijk " + halfjaar.uitersteAankondiging()
                        + "). Markeer het besluit als spoed en geef de reden.")));
    }
}
