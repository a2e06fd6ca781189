// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Besluit;
import nl.onderdak.platform.Besluitstatus;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import org.jspecify.annotations.Nullable;

/**
 * Text about transition fees read once at the edge (page or API) into typed values.
 * Some checks need the stored request or the user (does the location belong to the gemeente, is the
 * amount granted more than was asked); the service adds those to the same list of wrong fields, in
 * the place where the field stands, so that the answer names every wrong field at once as before.
 */
public final class TransitieInvoer {

    /** The largest amount a request or application may name (ten digits before the comma). */
    static final BigDecimal MAX_BEDRAG = new BigDecimal("9999999999.99");
    static final int MAX_TEKST = 4000;

    private TransitieInvoer() {
    }

    /** A gemeente's request: the location (its own, checked by the service), the amount asked and why. */
    public record Aanvraag(@Nullable LocatieId opvanglocatie, @Nullable BigDecimal bedrag, @Nullable String toelichting, List<Veld> fouten) {
    }

    /** The NOO's decision on a transition fee, with the amount granted; the service checks it against the amount asked. */
    public record Beslissing(@Nullable Besluitstatus uitkomst, @Nullable BigDecimal toegekendBedrag, @Nullable String reden,
            List<Veld> fouten) {
    }

    /** Months of submission for the lead-time report, both optional. */
    public record Maanden(@Nullable YearMonth van, @Nullable YearMonth tot) {
    }

    public static Aanvraag aanvraag(@Nullable String opvanglocatie, @Nullable String bedrag, @Nullable String toelichting) {
        var fouten = new ArrayList<Veld>();
        LocatieId locatie = null;
        if (Invoer.schoon(opvanglocatie) == null) {
            fouten.add(new Veld("opvanglocatie", Berichten.tekst("transitie.fout.opvanglocatie")));
        } else {
            var id = Invoer.id(opvanglocatie, "opvanglocatie", Berichten.tekst("transitie.fout.geenLocatieId", Invoer.uittreksel(opvanglocatie.strip())),
                    fouten);
            locatie = id == null ? null : new LocatieId(id);
        }
        var euro = Invoer.bedrag(bedrag, "bedrag", true, MAX_BEDRAG, fouten);
        var tekst = Invoer.verplicht(toelichting, "toelichting", Berichten.tekst("transitie.fout.toelichting"), MAX_TEKST, fouten);
        return new Aanvraag(locatie, euro, tekst, fouten);
    }

    public static Beslissing beslissing(@Nullable String besluit, @Nullable String toegekendBedrag, @Nullable String reden) {
        var fouten = new ArrayList<Veld>();
        var uitkomst = Besluit.leesUitkomst(besluit, Aanvraagsoort.TRANSITIEVERGOEDING.woorden, false, fouten);
        var bedrag = Invoer.bedrag(toegekendBedrag, "toegekendBedrag", uitkomst == Besluitstatus.GOEDGEKEURD, MAX_BEDRAG, fouten);
        if (uitkomst == Besluitstatus.AFGEWEZEN && bedrag != null) {
            fouten.add(new Veld("toegekendBedrag", Berichten.tekst("transitie.fout.bedragBijAfwijzing")));
        }
        var r = Besluit.leesReden(uitkomst, reden, Berichten.tekst("regiokosten.fout.afwijzingsreden"), MAX_TEKST, fouten);
        return new Beslissing(uitkomst, bedrag, r, fouten);
    }

    public static Gelezen<Maanden> maanden(@Nullable String van, @Nullable String tot) {
        var fouten = new ArrayList<Veld>();
        var vanaf = Invoer.maand(van, "van", false, fouten);
        var totMet = Invoer.maand(tot, "tot", false, fouten);
        if (vanaf != null && totMet != null && totMet.isBefore(vanaf)) {
            fouten.add(new Veld("tot", Berichten.tekst("transitie.fout.maanden")));
        }
        return new Gelezen<>(new Maanden(vanaf, totMet), fouten);
    }

    /** Adds a check the service made to the wrong fields, before the first field that comes after it in the form. */
    static void voegToe(List<Veld> fouten, Veld fout, List<String> velden) {
        int plaats = velden.indexOf(fout.name());
        int index = 0;
        while (index < fouten.size() && velden.indexOf(fouten.get(index).name()) <= plaats) {
            index++;
        }
        fouten.add(index, fout);
    }

    static void vereisGeen(List<Veld> fouten) {
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
    }
}
