// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave.internal;

import java.util.List;
import nl.onderdak.opgave.Halfjaar;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.OngeldigeInvoer;

/** Guards the rule that a national total is announced at least thirteen weeks before its half-year. */
public class AankondigingTeLaat extends OngeldigeInvoer {
    public AankondigingTeLaat(Halfjaar halfjaar, java.time.LocalDate aankondiging) {
        super("aankondiging-te-laat", List.of(new Veld("aankondigingsdatum",
                Berichten.tekst("besluit.fout.teLaat", datum(aankondiging), datum(halfjaar.begin()),
                        datum(halfjaar.uitersteAankondiging())))));
    }

    /** As 5-12-2026, the way every date is shown, in the language of the request. */
    private static String datum(java.time.LocalDate dag) {
        return nl.onderdak.platform.Weergave.in(Berichten.taal()).datum(dag);
    }
}
