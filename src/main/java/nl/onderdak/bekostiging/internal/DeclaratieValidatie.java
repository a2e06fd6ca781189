// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Besluit;
import nl.onderdak.platform.Besluitstatus;
import nl.onderdak.platform.Besluitwoorden;
import nl.onderdak.platform.Bijlagecontrole;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.platform.Weergave;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a gemeente or the NOO typed about a declaration into typed commands, naming every wrong
 * field at once. Called by the page and the API; the service takes only what this produced.
 */
public final class DeclaratieValidatie {

    /** At most this many attachments per declaration. */
    public static final int MAX_BIJLAGEN = 20;
    /** The largest amount of one declaration; larger sums are a typing error or belong in several declarations. */
    public static final BigDecimal MAX_BEDRAG = new BigDecimal("10000000.00");
    /** The Russian invasion of Ukraine; no reception costs can lie before it. */
    public static final LocalDate VROEGSTE_DATUM = LocalDate.of(2022, 2, 24);
    public static final int OMSCHRIJVING_MIN = 10;
    public static final int OMSCHRIJVING_MAX = 2000;
    public static final int REDEN_MAX = 2000;


    /** What a gemeente fills in, as text, so that every wrong field can be named. */
    public record Invulling(@Nullable String bedrag, @Nullable String categorie, @Nullable String periodeVan, @Nullable String periodeTot,
            @Nullable String omschrijving) {

        public static final Invulling LEEG = new Invulling(null, null, null, null, null);
    }

    /** A valid declaration to submit, with its checked attachments. */
    public record Indiening(BigDecimal bedrag, Declaratiecategorie categorie, LocalDate periodeVan, LocalDate periodeTot, String omschrijving,
            List<Bijlagecontrole.Gecontroleerd> bijlagen) {
    }

    private DeclaratieValidatie() {
    }

    /** A submission: the fields and the attachments, checked together. */
    public static Gelezen<Indiening> indiening(@Nullable Invulling in, List<Bijlagecontrole.Bestand> bestanden, LocalDate vandaag) {
        var i = in == null ? Invulling.LEEG : in;
        var fouten = new ArrayList<Veld>();
        var bedrag = Invoer.bedrag(i.bedrag(), "bedrag", true, MAX_BEDRAG, fouten);

        var code = Invoer.schoon(i.categorie());
        Declaratiecategorie categorie = null;
        if (code == null) {
            fouten.add(new Veld("categorie", Berichten.tekst("declaratie.fout.categorie")));
        } else {
            categorie = Declaratiecategorie.lees(code).orElse(null);
            if (categorie == null) {
                fouten.add(new Veld("categorie", Berichten.tekst("declaratie.fout.onbekendeCategorie", kort(code), Declaratiecategorie.inWoorden())));
            }
        }

        var van = Invoer.datum(i.periodeVan(), "periodeVan", true, fouten);
        var tot = Invoer.datum(i.periodeTot(), "periodeTot", true, fouten);
        if (van != null && van.isBefore(VROEGSTE_DATUM)) {
            fouten.add(new Veld("periodeVan", Berichten.tekst("declaratie.fout.voorBegin")));
        }
        if (van != null && van.isAfter(vandaag)) {
            fouten.add(new Veld("periodeVan", Berichten.tekst("declaratie.fout.vanInToekomst")));
        }
        if (tot != null && tot.isAfter(vandaag)) {
            fouten.add(new Veld("periodeTot", Berichten.tekst("declaratie.fout.totInToekomst", Weergave.in(Berichten.taal()).datum(vandaag))));
        } else if (van != null && tot != null && tot.isBefore(van)) {
            fouten.add(new Veld("periodeTot", Berichten.tekst("declaratie.fout.totVoorVan")));
        }

        var omschrijving = Invoer.schoon(i.omschrijving());
        if (omschrijving == null) {
            fouten.add(new Veld("omschrijving", Berichten.tekst("declaratie.fout.omschrijving", String.valueOf(OMSCHRIJVING_MIN),
                    String.valueOf(OMSCHRIJVING_MAX))));
        } else if (lengte(omschrijving) < OMSCHRIJVING_MIN) {
            fouten.add(new Veld("omschrijving", Berichten.tekst("declaratie.fout.omschrijvingKort", String.valueOf(OMSCHRIJVING_MIN))));
        } else if (lengte(omschrijving) > OMSCHRIJVING_MAX) {
            fouten.add(new Veld("omschrijving", Berichten.tekst("declaratie.fout.omschrijvingLang", String.valueOf(OMSCHRIJVING_MAX),
                    String.valueOf(lengte(omschrijving)))));
        }

        var bijlagen = new ArrayList<Bijlagecontrole.Gecontroleerd>();
        for (var b : bestanden) {
            Bijlagecontrole.controleer(b, "bijlagen", fouten).ifPresent(bijlagen::add);
        }
        if (bijlagen.size() > MAX_BIJLAGEN) {
            fouten.add(new Veld("bijlagen", Berichten.tekst("declaratie.fout.bijlagen", MAX_BIJLAGEN)));
        }
        var waarde = fouten.isEmpty() ? new Indiening(bedrag, categorie, van, tot, omschrijving, bijlagen) : null;
        return new Gelezen<>(waarde, fouten);
    }

    /** Attachments added later, under field {@code veld}: at least one, each checked. */
    public static Gelezen<List<Bijlagecontrole.Gecontroleerd>> bijlagen(List<Bijlagecontrole.Bestand> bestanden, String veld) {
        var fouten = new ArrayList<Veld>();
        if (bestanden.isEmpty()) {
            fouten.add(new Veld(veld, Berichten.tekst("declaratie.fout.geenBestanden")));
        }
        var gecontroleerd = new ArrayList<Bijlagecontrole.Gecontroleerd>();
        bestanden.forEach(b -> Bijlagecontrole.controleer(b, veld, fouten).ifPresent(gecontroleerd::add));
        return new Gelezen<>(fouten.isEmpty() ? List.copyOf(gecontroleerd) : null, fouten);
    }

    /** The NOO's decision: goedgekeurd, or afgewezen with a reason the gemeente reads. */
    public static Gelezen<Besluit> besluit(@Nullable String besluit, @Nullable String reden) {
        var fouten = new ArrayList<Veld>();
        var uitkomst = Besluit.leesUitkomst(besluit, Besluitwoorden.STANDAARD, true, fouten);
        var r = Besluit.leesReden(uitkomst, reden, Berichten.tekst("declaratie.fout.afwijzingsreden"), REDEN_MAX, fouten);
        return new Gelezen<>(fouten.isEmpty() ? new Besluit(uitkomst, r, null) : null, fouten);
    }

    /** The status filter of the list: empty for all. */
    public static Gelezen<java.util.Optional<Besluitstatus>> statusfilter(@Nullable String status) {
        var s = Invoer.schoon(status);
        if (s == null) {
            return new Gelezen<>(java.util.Optional.empty(), List.of());
        }
        var gekozen = Besluitwoorden.STANDAARD.lees(s);
        if (gekozen.isEmpty()) {
            return new Gelezen<>(null, List.of(new Veld("status", Berichten.tekst("declaratie.fout.status", Invoer.uittreksel(s)))));
        }
        return new Gelezen<>(gekozen, List.of());
    }

    private static int lengte(String s) {
        return s.codePointCount(0, s.length());
    }

    /** A value echoed in a message, cut short so that a message never grows with the input. */
    private static String kort(String s) {
        return s.length() <= 60 ? s : s.substring(0, s.offsetByCodePoints(0, Math.min(57, s.codePointCount(0, s.length())))) + "…";
    }
}
