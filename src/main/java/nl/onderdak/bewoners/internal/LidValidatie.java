// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderdak.bewoners.Bsn;
import nl.onderdak.bewoners.LidInvoer;
import nl.onderdak.platform.Berichten;
import org.jspecify.annotations.Nullable;
import nl.onderdak.platform.OngeldigeInvoer.Veld;

import static nl.onderdak.platform.Invoer.datum;
import static nl.onderdak.platform.Invoer.schoon;
import static nl.onderdak.platform.Invoer.verplicht;

/** Checks a {@link LidInvoer} and names every wrong field, prefixed with the member's place ({@code leden[0].}). */
public final class LidValidatie {

    static final Set<String> GESLACHTEN = Set.of("man", "vrouw", "anders", "onbekend");
    static final Set<String> NATIONALITEITEN = Set.of("oekraiens", "derdelander", "gezinslid", "overig");
    static final Set<String> BRP = Set.of("niet_ingeschreven", "afspraak_gepland", "ingeschreven", "uitgeschreven");
    static final Set<String> IND = Set.of("niet_nodig", "uitgenodigd_nodig", "uitgenodigd", "opgehaald", "geweigerd",
            "buiten_behandeling");

    public record GeldigLid(String voornaam, String achternaam, String voornaamOrigineel, String achternaamOrigineel,
            LocalDate geboortedatum, String geslacht, String nationaliteit, List<String> documenten, Bsn bsn, String brpStatus,
            LocalDate brpDatum, String indStatus, LocalDate indUitgenodigdOp, LocalDate indAfspraakOp, LocalDate beschermingTot,
            boolean alleenreizend, boolean medisch, boolean toegankelijkheid, String taal) {
    }

    private LidValidatie() {
    }

    public static @Nullable GeldigLid valideer(LidInvoer in, String voorvoegsel, LocalDate vandaag, List<Veld> fouten) {
        int voor = fouten.size();
        var voornaam = verplicht(in.voornaam(), voorvoegsel + "voornaam", Berichten.tekst("bewoner.fout.voornaam"), 200, fouten);
        var achternaam = verplicht(in.achternaam(), voorvoegsel + "achternaam", Berichten.tekst("bewoner.fout.achternaam"), 200, fouten);
        var geboorte = datum(in.geboortedatum(), voorvoegsel + "geboortedatum", true, fouten);
        if (geboorte != null && (geboorte.isAfter(vandaag) || geboorte.isBefore(vandaag.minusYears(125)))) {
            fouten.add(new Veld(voorvoegsel + "geboortedatum", Berichten.tekst("bewoner.fout.geboortedatum")));
        }
        var geslacht = keuze(in.geslacht(), "onbekend", GESLACHTEN, voorvoegsel + "geslacht", fouten);
        var nationaliteit = keuze(in.nationaliteitCategorie(), null, NATIONALITEITEN, voorvoegsel + "nationaliteitCategorie", fouten);
        Bsn bsn = null;
        if (schoon(in.bsn()) != null) {
            bsn = Bsn.lees(in.bsn()).orElse(null);
            if (bsn == null) {
                // Never echo the number itself: it must not end up in a log or an error report.
                fouten.add(new Veld(voorvoegsel + "bsn", Berichten.tekst("bewoner.fout.bsn")));
            }
        }
        var brp = keuze(in.brpStatus(), bsn != null ? "ingeschreven" : "niet_ingeschreven", BRP, voorvoegsel + "brpStatus", fouten);
        var brpDatum = datum(in.brpDatum(), voorvoegsel + "brpDatum", false, fouten);
        if ("ingeschreven".equals(brp) && bsn == null && schoon(in.bsn()) == null) {
            fouten.add(new Veld(voorvoegsel + "bsn", Berichten.tekst("bewoner.fout.ingeschrevenZonderBsn")));
        }
        if ("ingeschreven".equals(brp) && brpDatum == null && fouten.size() == voor) {
            brpDatum = vandaag;
        }
        String indStandaard = geboorte != null && geboorte.plusYears(14).isAfter(vandaag) ? "niet_nodig" : "uitgenodigd_nodig";
        var ind = keuze(in.indStatus(), indStandaard, IND, voorvoegsel + "indStatus", fouten);
        var uitgenodigd = datum(in.indUitgenodigdOp(), voorvoegsel + "indUitgenodigdOp", false, fouten);
        var afspraak = datum(in.indAfspraakOp(), voorvoegsel + "indAfspraakOp", false, fouten);
        var bescherming = datum(in.beschermingTot(), voorvoegsel + "beschermingTot", false, fouten);
        var documenten = in.identiteitsdocumenten() == null ? List.<String>of()
                : in.identiteitsdocumenten().stream().map(nl.onderdak.platform.Invoer::schoon).filter(d -> d != null).toList();
        if (documenten.size() > MAX_DOCUMENTEN) {
            fouten.add(new Veld(voorvoegsel + "identiteitsdocumenten", Berichten.tekst("bewoner.fout.documenten", MAX_DOCUMENTEN)));
        }
        for (int i = 0; i < documenten.size() && i < MAX_DOCUMENTEN; i++) {
            hoogstens(documenten.get(i), voorvoegsel + "identiteitsdocumenten[" + i + "]", 100, fouten);
        }
        var voornaamOrigineel = hoogstens(in.voornaamOrigineel(), voorvoegsel + "voornaamOrigineel", 200, fouten);
        var achternaamOrigineel = hoogstens(in.achternaamOrigineel(), voorvoegsel + "achternaamOrigineel", 200, fouten);
        var taal = hoogstens(in.taal(), voorvoegsel + "taal", 50, fouten);
        if (fouten.size() > voor) {
            return null;
        }
        return new GeldigLid(voornaam, achternaam, voornaamOrigineel, achternaamOrigineel, geboorte,
                geslacht, nationaliteit, documenten, bsn, brp, brpDatum, ind, uitgenodigd, afspraak, bescherming,
                Boolean.TRUE.equals(in.alleenreizendMinderjarig()), Boolean.TRUE.equals(in.medischeZorg()),
                Boolean.TRUE.equals(in.toegankelijkheid()), taal);
    }

    static final int MAX_DOCUMENTEN = 10;

    /** Optional text of at most {@code max} characters; the field is named when longer. */
    public static @Nullable String hoogstens(String s, String veld, int max, List<Veld> fouten) {
        var w = schoon(s);
        if (w != null && w.length() > max) {
            fouten.add(new Veld(veld, Berichten.tekst("invoer.teLang", nl.onderdak.platform.Weergave.in(Berichten.taal()).getal(max))));
        }
        return w;
    }



    private static String keuze(String s, String standaard, Set<String> toegestaan, String veld, List<Veld> fouten) {
        var w = schoon(s);
        if (w == null) {
            if (standaard == null) {
                fouten.add(new Veld(veld, nl.onderdak.platform.Berichten.kiesUit(toegestaan.stream().sorted().toList())));
            }
            return standaard;
        }
        if (!toegestaan.contains(w)) {
            fouten.add(new Veld(veld, nl.onderdak.platform.Berichten.kiesUit(toegestaan.stream().sorted().toList())));
        }
        return w;
    }


}
