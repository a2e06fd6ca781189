package nl.onderdak.locaties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.onderdak.platform.OngeldigeInvoer.Veld;

import static nl.onderdak.platform.Invoer.datum;
import static nl.onderdak.platform.Invoer.geheelGetal;
import static nl.onderdak.platform.Invoer.schoon;
import static nl.onderdak.platform.Invoer.verplicht;

/**
 * Checks a {@link LocatieInvoer} and names every wrong field. Used for the form, the API and each
 * row of a spreadsheet import, so all three apply the same rules.
 */
final class LocatieValidatie {

    /** Above this a number of beds for one location is surely a typing error (the largest locations had about 1,500). */
    static final int MAXIMUM_BEDDEN = 10_000;

    record GeldigeLocatie(String naam, Soort soort, Postcode postcode, int huisnummer, String toevoeging, String plaats,
            String exploitant, LocalDate beschikbaarVanaf, LocalDate beschikbaarTot, Status status,
            Set<Faciliteit> faciliteiten, int bedden, int beddenKort) {
    }

    record Uitkomst(GeldigeLocatie locatie, List<Veld> fouten) {
    }

    private LocatieValidatie() {
    }

    static Uitkomst valideer(LocatieInvoer in) {
        var fouten = new ArrayList<Veld>();
        var naam = verplicht(in.naam(), "naam", "Geef de naam van de locatie.", 200, fouten);
        var soort = Soort.van(schoon(in.soort()));
        if (soort.isEmpty()) {
            fouten.add(new Veld("soort", "Kies een soort: " + Soort.codes() + "."));
        }
        var postcode = Postcode.lees(in.postcode());
        if (postcode.isEmpty()) {
            fouten.add(new Veld("adres.postcode", "Geef een Nederlandse postcode, bijvoorbeeld 3511 AB."));
        }
        var huisnummer = geheelGetal(in.huisnummer(), "adres.huisnummer", 1, 99_999, true, fouten);
        var toevoeging = schoon(in.huisnummertoevoeging());
        if (toevoeging != null && toevoeging.length() > 10) {
            fouten.add(new Veld("adres.huisnummertoevoeging", "Een toevoeging heeft hoogstens 10 tekens."));
        }
        var plaats = verplicht(in.plaats(), "adres.plaats", "Geef de plaats.", 100, fouten);
        var exploitant = schoon(in.exploitant());
        var vanaf = datum(in.beschikbaarVanaf(), "beschikbaarVanaf", true, fouten);
        var tot = datum(in.beschikbaarTot(), "beschikbaarTot", false, fouten);
        if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
            fouten.add(new Veld("beschikbaarTot", "De einddatum ligt vóór de begindatum."));
        }
        Status status = Status.BESCHIKBAAR;
        if (schoon(in.status()) != null) {
            var gelezen = Status.van(schoon(in.status()));
            if (gelezen.isEmpty()) {
                fouten.add(new Veld("status", "Kies een status: " + Status.codes() + "."));
            } else {
                status = gelezen.get();
            }
        }
        var faciliteiten = EnumSet.noneOf(Faciliteit.class);
        for (var code : in.faciliteiten() == null ? Set.<String>of() : in.faciliteiten()) {
            Faciliteit.van(code).ifPresentOrElse(faciliteiten::add,
                    () -> fouten.add(new Veld("faciliteiten", "Onbekende faciliteit '" + code + "'.")));
        }
        var bedden = geheelGetal(in.bedden(), "bedden", 0, MAXIMUM_BEDDEN, true, fouten);
        var kort = geheelGetal(in.beddenKortVerblijf(), "beddenKortVerblijf", 0, MAXIMUM_BEDDEN, false, fouten);
        if (!fouten.isEmpty()) {
            return new Uitkomst(null, fouten);
        }
        return new Uitkomst(new GeldigeLocatie(naam, soort.get(), postcode.get(), huisnummer, toevoeging, plaats, exploitant,
                vanaf, tot, status, faciliteiten, bedden, kort == null ? 0 : kort), List.of());
    }
}
