// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.opgave.Halfjaar;
import nl.onderdak.opgave.NieuwOpgavebesluit;
import nl.onderdak.opgave.Verdeelsleutel;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads what a user typed on the pages and in the API into the typed requests of opgave, naming
 * every wrong field at once in one {@link OngeldigeInvoer}. A reference year counts only when
 * gebieden has complete figures for it, so the message can list the years that do.
 */
@Component
public class Opgavelezer {

    /** A national total to split on the figures of a reference year. */
    public record Verdeelvraag(int landelijkTotaal, int peiljaar) {
    }

    private final Gebieden gebieden;
    private final Clock clock;

    Opgavelezer(Gebieden gebieden, Clock clock) {
        this.gebieden = gebieden;
        this.clock = clock;
    }

    public Verdeelvraag verdeelvraag(@Nullable String totaal, @Nullable String peiljaar) {
        var fouten = new ArrayList<Veld>();
        var landelijk = totaal("totaal", totaal, fouten);
        var jaar = peiljaar("peiljaar", peiljaar, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Verdeelvraag(landelijk, jaar);
    }

    public NieuwOpgavebesluit besluit(OpgaveInvoer invoer) {
        var fouten = new ArrayList<Veld>();
        var halfjaar = Halfjaar.lees(invoer.halfjaar());
        if (halfjaar.isEmpty()) {
            fouten.add(new Veld("halfjaar", Berichten.tekst("besluit.fout.halfjaar")));
        }
        var totaal = totaal("landelijkTotaal", invoer.landelijkTotaal(), fouten);
        var peiljaar = peiljaar("peiljaar", invoer.peiljaar(), fouten);
        LocalDate aankondiging = null;
        try {
            aankondiging = LocalDate.parse(leeg(invoer.aankondigingsdatum()) ? "" : invoer.aankondigingsdatum().strip());
        } catch (DateTimeParseException e) {
            fouten.add(new Veld("aankondigingsdatum", Berichten.tekst("besluit.fout.aankondiging")));
        }
        if (aankondiging != null && aankondiging.isAfter(LocalDate.now(clock))) {
            fouten.add(new Veld("aankondigingsdatum", Berichten.tekst("besluit.fout.aankondigingInToekomst")));
        }
        if (invoer.spoed() && leeg(invoer.spoedReden())) {
            fouten.add(new Veld("spoedReden", Berichten.tekst("besluit.fout.spoedReden")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new NieuwOpgavebesluit(halfjaar.get(), totaal, peiljaar, aankondiging, invoer.spoed(),
                invoer.spoed() ? invoer.spoedReden() : null, invoer.toelichting());
    }

    private static int totaal(String naam, @Nullable String tekst, List<Veld> fouten) {
        if (leeg(tekst)) {
            fouten.add(new Veld(naam, Berichten.tekst("besluit.fout.totaal")));
            return 0;
        }
        try {
            int totaal = Integer.parseInt(tekst.strip());
            if (totaal < Verdeelsleutel.BASIS_LANDELIJK) {
                fouten.add(new Veld(naam, Berichten.tekst("besluit.fout.totaalTeKlein")));
            } else if (totaal > Verdeelsleutel.MAXIMUM_LANDELIJK) {
                fouten.add(new Veld(naam, Berichten.tekst("besluit.fout.totaalTeGroot")));
            }
            return totaal;
        } catch (NumberFormatException e) {
            fouten.add(new Veld(naam, Berichten.tekst("invoer.geenGeheelGetal", Invoer.uittreksel(tekst.strip()))));
            return 0;
        }
    }

    private int peiljaar(String naam, @Nullable String tekst, List<Veld> fouten) {
        var bekend = gebieden.peiljarenMetVolledigeCijfers();
        if (leeg(tekst)) {
            fouten.add(new Veld(naam, Berichten.tekst("besluit.fout.peiljaar", Berichten.opsomming(bekend))));
            return 0;
        }
        try {
            int jaar = Integer.parseInt(tekst.strip());
            if (!bekend.contains(jaar)) {
                fouten.add(new Veld(naam, Berichten.tekst("besluit.fout.peiljaarOnvolledig", Invoer.uittreksel(tekst.strip()),
                        Berichten.opsomming(bekend))));
            }
            return jaar;
        } catch (NumberFormatException e) {
            fouten.add(new Veld(naam, Berichten.tekst("besluit.fout.geenJaartal", Invoer.uittreksel(tekst.strip()), Berichten.opsomming(bekend))));
            return 0;
        }
    }

    private static boolean leeg(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
