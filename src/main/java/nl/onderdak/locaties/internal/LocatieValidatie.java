// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.onderdak.locaties.Beddenwijziging;
import nl.onderdak.locaties.Faciliteit;
import nl.onderdak.locaties.NieuweLocatie;
import nl.onderdak.locaties.NieuweStatus;
import nl.onderdak.locaties.Postcode;
import nl.onderdak.locaties.Soort;
import nl.onderdak.locaties.Status;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.platform.Weergave;
import org.jspecify.annotations.Nullable;

import static nl.onderdak.platform.Invoer.datum;
import static nl.onderdak.platform.Invoer.geheelGetal;
import static nl.onderdak.platform.Invoer.schoon;
import static nl.onderdak.platform.Invoer.verplicht;

/**
 * Reads what a user typed into the typed commands of {@code locaties}, naming every wrong field. The
 * form, the API and each row of a spreadsheet import all come through here, so all three apply the
 * same rules; behind it nothing parses text again.
 */
public final class LocatieValidatie {

    /** Above this a number of beds for one location is surely a typing error (the largest locations had about 1,500). */
    static final int MAXIMUM_BEDDEN = 10_000;

    /** The longest street name (the BAG's longest public space name has 80 characters). */
    static final int STRAAT_MAX = 100;
    /** The longest name of an operator. */
    static final int EXPLOITANT_MAX = 200;

    /** The location when every field is right ({@code fouten} empty), else the wrong fields. */
    record Uitkomst(@Nullable NieuweLocatie locatie, List<Veld> fouten) {
    }

    private LocatieValidatie() {
    }

    static Uitkomst valideer(LocatieInvoer in) {
        var fouten = new ArrayList<Veld>();
        var naam = verplicht(in.naam(), "naam", Berichten.tekst("locatie.fout.naam"), 200, fouten);
        var soort = Soort.van(schoon(in.soort()));
        if (soort.isEmpty()) {
            fouten.add(new Veld("soort", Berichten.tekst("locatie.fout.soort", Soort.codes())));
        }
        var postcode = Postcode.lees(in.postcode());
        if (postcode.isEmpty()) {
            fouten.add(new Veld("adres.postcode", Berichten.tekst("locatie.fout.postcode")));
        }
        var huisnummer = geheelGetal(in.huisnummer(), "adres.huisnummer", 1, 99_999, true, fouten);
        var toevoeging = schoon(in.huisnummertoevoeging());
        if (toevoeging != null && toevoeging.length() > 10) {
            fouten.add(new Veld("adres.huisnummertoevoeging", Berichten.tekst("locatie.fout.toevoeging")));
        }
        var plaats = verplicht(in.plaats(), "adres.plaats", Berichten.tekst("locatie.fout.plaats"), 100, fouten);
        var straat = Invoer.tekst(in.straat(), "adres.straat", STRAAT_MAX, fouten);
        var exploitant = schoon(in.exploitant());
        var vanaf = datum(in.beschikbaarVanaf(), "beschikbaarVanaf", true, fouten);
        var tot = datum(in.beschikbaarTot(), "beschikbaarTot", false, fouten);
        if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
            fouten.add(new Veld("beschikbaarTot", Berichten.tekst("locatie.fout.totVoorVanaf")));
        }
        Status status = Status.BESCHIKBAAR;
        if (schoon(in.status()) != null) {
            var gelezen = Status.van(schoon(in.status()));
            if (gelezen.isEmpty()) {
                fouten.add(new Veld("status", Berichten.tekst("locatie.fout.status", Status.codes())));
            } else {
                status = gelezen.get();
            }
        }
        var faciliteiten = EnumSet.noneOf(Faciliteit.class);
        for (var code : in.faciliteiten() == null ? Set.<String>of() : in.faciliteiten()) {
            Faciliteit.van(code).ifPresentOrElse(faciliteiten::add,
                    () -> fouten.add(new Veld("faciliteiten", Berichten.tekst("locatie.fout.faciliteit", Invoer.uittreksel(code)))));
        }
        var bedden = geheelGetal(in.bedden(), "bedden", 0, MAXIMUM_BEDDEN, true, fouten);
        var kort = geheelGetal(in.beddenKortVerblijf(), "beddenKortVerblijf", 0, MAXIMUM_BEDDEN, false, fouten);
        if (!fouten.isEmpty()) {
            return new Uitkomst(null, fouten);
        }
        return new Uitkomst(new NieuweLocatie(naam, soort.get(), postcode.get(), huisnummer, toevoeging, plaats, exploitant,
                vanaf, tot, status, faciliteiten, bedden, kort == null ? 0 : kort, straat), List.of());
    }

    /**
     * A new description of a location (edit form or merge patch laid over the current one), with
     * every wrong field named; {@code eerdereFouten} are what the edge found already (a JSON value
     * of the wrong kind, an unknown field) and are reported together with these.
     */
    static Beschrijving beschrijving(BeschrijvingInvoer in, List<Veld> eerdereFouten) {
        var fouten = new ArrayList<Veld>(eerdereFouten);
        var naam = verplicht(in.naam(), "naam", Berichten.tekst("locatie.fout.naam"), 200, fouten);
        var straat = Invoer.tekst(in.straat(), "adres.straat", STRAAT_MAX, fouten);
        var postcode = Postcode.lees(in.postcode());
        if (postcode.isEmpty()) {
            fouten.add(new Veld("adres.postcode", Berichten.tekst("locatie.fout.postcode")));
        }
        var huisnummer = geheelGetal(in.huisnummer(), "adres.huisnummer", 1, 99_999, true, fouten);
        var toevoeging = Invoer.tekst(in.huisnummertoevoeging(), "adres.huisnummertoevoeging", 10, fouten);
        var plaats = verplicht(in.plaats(), "adres.plaats", Berichten.tekst("locatie.fout.plaats"), 100, fouten);
        var exploitant = Invoer.tekst(in.exploitant(), "exploitant", EXPLOITANT_MAX, fouten);
        var faciliteiten = EnumSet.noneOf(Faciliteit.class);
        for (var code : in.faciliteiten()) {
            Faciliteit.van(code).ifPresentOrElse(faciliteiten::add, () -> fouten.add(new Veld("faciliteiten",
                    Berichten.tekst("locatie.fout.faciliteitKies", Invoer.uittreksel(code), Faciliteit.codes()))));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Beschrijving(naam, straat, postcode.get(), huisnummer, toevoeging, plaats, exploitant, faciliteiten);
    }

    /**
     * A change of beds; {@code beschikbaarVanaf} of the location bounds the date. Every wrong field
     * in one {@link OngeldigeInvoer}.
     */
    static Beddenwijziging bedden(BeddenInvoer invoer, LocalDate beschikbaarVanaf) {
        var fouten = new ArrayList<Veld>();
        var datum = Invoer.datum(invoer.ingangsdatum(), "ingangsdatum", true, fouten);
        var duur = Verblijfsduur.van(Invoer.schoon(invoer.verblijfsduur()) == null ? "lang"
                : invoer.verblijfsduur().strip());
        if (duur.isEmpty()) {
            fouten.add(new Veld("verblijfsduur", Berichten.tekst("locatie.fout.verblijfsduur")));
        }
        var opgegeven = Invoer.geheelGetal(invoer.opgegeven(), "opgegeven", 0, MAXIMUM_BEDDEN, true, fouten);
        var buiten = Invoer.geheelGetal(invoer.buitenGebruik(), "buitenGebruik", 0, MAXIMUM_BEDDEN, false, fouten);
        int buitenGebruik = buiten == null ? 0 : buiten;
        var buitenReden = Invoer.schoon(invoer.buitenGebruikReden());
        if (opgegeven != null && buitenGebruik > opgegeven) {
            fouten.add(new Veld("buitenGebruik", Berichten.tekst("locatie.fout.buitenGebruik")));
        }
        if (buitenGebruik > 0 && buitenReden == null) {
            fouten.add(new Veld("buitenGebruikReden", Berichten.tekst("locatie.fout.buitenGebruikReden")));
        }
        var reden = Invoer.verplicht(invoer.reden(), "reden", Berichten.tekst("locatie.fout.reden"), 500, fouten);
        nietVoorBeschikbaarheid(datum, beschikbaarVanaf, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Beddenwijziging(duur.get(), datum, opgegeven, buitenGebruik, buitenReden, reden);
    }

    /** A change of status; {@code beschikbaarVanaf} of the location bounds the date. */
    static NieuweStatus status(StatusInvoer invoer, LocalDate beschikbaarVanaf) {
        var fouten = new ArrayList<Veld>();
        var datum = Invoer.datum(invoer.ingangsdatum(), "ingangsdatum", true, fouten);
        var status = Status.van(Invoer.schoon(invoer.status()) == null ? "" : invoer.status().strip());
        if (status.isEmpty()) {
            fouten.add(new Veld("status", Berichten.tekst("locatie.fout.status", Status.codes())));
        }
        var reden = Invoer.verplicht(invoer.reden(), "reden", Berichten.tekst("locatie.fout.reden"), 500, fouten);
        nietVoorBeschikbaarheid(datum, beschikbaarVanaf, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new NieuweStatus(datum, status.get(), reden);
    }

    private static void nietVoorBeschikbaarheid(@Nullable LocalDate datum, LocalDate beschikbaarVanaf, List<Veld> fouten) {
        if (datum != null && datum.isBefore(beschikbaarVanaf)) {
            fouten.add(new Veld("ingangsdatum", Berichten.tekst("locatie.fout.voorBeschikbaarheid",
                    Weergave.in(Berichten.taal()).datum(beschikbaarVanaf))));
        }
    }
}
