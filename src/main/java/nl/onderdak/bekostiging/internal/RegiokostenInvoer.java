// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.opgave.Halfjaar;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Besluit;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import org.jspecify.annotations.Nullable;

/**
 * Text about the regions' cost applications read once at the edge into typed values. Whether a
 * half-year has a deadline needs the stored deadlines; the service adds that to the same list of wrong
 * fields.
 */
public final class RegiokostenInvoer {

    private RegiokostenInvoer() {
    }

    /** A region's application: the half-year, the amount and what it covers. */
    public record Aanvraag(@Nullable Halfjaar halfjaar, @Nullable BigDecimal bedrag, @Nullable String toelichting, List<Veld> fouten) {
    }

    /** The deadline of a half-year with its source. */
    public record Termijn(Halfjaar halfjaar, LocalDate uiterlijk, String bron) {
    }

    public static Aanvraag aanvraag(@Nullable String halfjaar, @Nullable String bedrag, @Nullable String toelichting) {
        var fouten = new ArrayList<Veld>();
        var hj = halfjaar(halfjaar, fouten);
        var euro = Invoer.bedrag(bedrag, "bedrag", true, TransitieInvoer.MAX_BEDRAG, fouten);
        var tekst = Invoer.verplicht(toelichting, "toelichting", Berichten.tekst("regiokosten.fout.toelichting"),
                TransitieInvoer.MAX_TEKST, fouten);
        return new Aanvraag(hj, euro, tekst, fouten);
    }

    public static Gelezen<Termijn> termijn(@Nullable String halfjaar, @Nullable String uiterlijk, @Nullable String bron) {
        var fouten = new ArrayList<Veld>();
        var hj = halfjaar(halfjaar, fouten);
        var datum = Invoer.datum(uiterlijk, "uiterlijk", true, fouten);
        var bronTekst = Invoer.verplicht(bron, "bron", Berichten.tekst("regiokosten.fout.bron"), 1000, fouten);
        return new Gelezen<>(fouten.isEmpty() ? new Termijn(hj, datum, bronTekst) : null, fouten);
    }

    /** The NOO's assessment: goedgekeurd, or afgewezen with a reason. */
    public static Gelezen<Besluit> beoordeling(@Nullable String besluit, @Nullable String reden) {
        var fouten = new ArrayList<Veld>();
        var uitkomst = Besluit.leesUitkomst(besluit, Aanvraagsoort.REGIOKOSTENAANVRAAG.woorden, false, fouten);
        var r = Besluit.leesReden(uitkomst, reden, Berichten.tekst("regiokosten.fout.afwijzingsreden"), TransitieInvoer.MAX_TEKST, fouten);
        return new Gelezen<>(fouten.isEmpty() ? new Besluit(uitkomst, r, null) : null, fouten);
    }

    private static @Nullable Halfjaar halfjaar(@Nullable String tekst, List<Veld> fouten) {
        var w = Invoer.schoon(tekst);
        var hj = Halfjaar.lees(w);
        if (hj.isEmpty()) {
            fouten.add(new Veld("halfjaar", w == null ? Berichten.tekst("regiokosten.fout.halfjaar")
                    : Berichten.tekst("regiokosten.fout.geenHalfjaar", Invoer.uittreksel(w))));
            return null;
        }
        return hj.get();
    }
}
