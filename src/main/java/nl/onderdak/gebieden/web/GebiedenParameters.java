// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.gebieden.GemeenteCode;
import nl.onderdak.gebieden.GemeenteFilter;
import nl.onderdak.gebieden.Grootteklasse;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import org.springframework.stereotype.Component;

/**
 * Reads the query parameters of the geography pages and endpoints, the same way for both, and
 * names every wrong one at once.
 */
@Component
class GebiedenParameters {

    record Keuze(LocalDate indeling, int peiljaar) {
    }

    private final Gebieden gebieden;

    GebiedenParameters(Gebieden gebieden) {
        this.gebieden = gebieden;
    }

    /**
     * A gemeente code from an address; text that is no code names no gemeente, so it is simply not
     * found (404), as an unknown code is.
     */
    static Optional<GemeenteCode> gemeentecode(String code) {
        return GemeenteCode.isGeldig(code) ? Optional.of(new GemeenteCode(code)) : Optional.empty();
    }

    Keuze keuze(String indeling, String peiljaar) {
        var fouten = new ArrayList<Veld>();
        var keuze = keuze(indeling, peiljaar, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return keuze;
    }

    GemeenteFilter filter(String naam, String veiligheidsregio, String provincie, String grootteklasse, String sorteer,
            List<Veld> fouten) {
        if (leeg(naam)) {
            naam = null;
        }
        if (!leeg(veiligheidsregio) && !veiligheidsregio.matches("VR\\d{2}")) {
            fouten.add(new Veld("veiligheidsregio", Berichten.tekst("gebieden.fout.regio")));
        }
        if (!leeg(provincie) && gebieden.provincies().stream().noneMatch(p -> p.code().equals(provincie))) {
            fouten.add(new Veld("provincie", Berichten.tekst("gebieden.fout.provincie")));
        }
        Grootteklasse klasse = null;
        if (!leeg(grootteklasse)) {
            try {
                klasse = Grootteklasse.valueOf(grootteklasse.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fouten.add(new Veld("grootteklasse", Berichten.tekst("gebieden.fout.grootteklasse")));
            }
        }
        var sortering = GemeenteFilter.Sortering.NAAM;
        boolean aflopend = false;
        if (!leeg(sorteer)) {
            var veld = sorteer.strip();
            aflopend = veld.startsWith("-");
            var gevonden = GemeenteFilter.Sortering.vanVeld(aflopend ? veld.substring(1) : veld);
            if (gevonden.isEmpty()) {
                fouten.add(new Veld("sorteer",
                        Berichten.tekst("gebieden.fout.sorteer")));
            } else {
                sortering = gevonden.get();
            }
        }
        return new GemeenteFilter(naam, leeg(veiligheidsregio) ? null : veiligheidsregio,
                leeg(provincie) ? null : provincie, klasse, sortering, aflopend);
    }

    /** The known divisions as the API writes them (JJJJ-MM-DD, the form the parameter takes), in words. */
    private static String datums(List<LocalDate> indelingen) {
        return Berichten.opsomming(indelingen.stream().map(LocalDate::toString).toList());
    }

    Keuze keuze(String indeling, String peiljaar, List<Veld> fouten) {
        var indelingen = gebieden.indelingen();
        LocalDate gekozen = indelingen.getLast();
        if (!leeg(indeling)) {
            try {
                gekozen = LocalDate.parse(indeling.strip());
                if (!indelingen.contains(gekozen)) {
                    fouten.add(new Veld("indeling", Berichten.tekst("gebieden.fout.indeling", datums(indelingen))));
                    gekozen = indelingen.getLast();
                }
            } catch (DateTimeParseException e) {
                fouten.add(new Veld("indeling", Berichten.tekst("gebieden.fout.indelingVorm", datums(indelingen))));
            }
        }
        var jaren = gebieden.peiljaren(gekozen);
        int jaar = jaren.isEmpty() ? gekozen.getYear() : jaren.getLast();
        if (!leeg(peiljaar)) {
            try {
                jaar = Integer.parseInt(peiljaar.strip());
                if (!jaren.contains(jaar)) {
                    fouten.add(new Veld("peiljaar", Berichten.tekst("gebieden.fout.peiljaar",
                            nl.onderdak.platform.Weergave.in(Berichten.taal()).datum(gekozen), Berichten.opsomming(jaren))));
                }
            } catch (NumberFormatException e) {
                fouten.add(new Veld("peiljaar", Berichten.tekst("gebieden.fout.geenJaartal", nl.onderdak.platform.Invoer.uittreksel(peiljaar.strip()))));
            }
        }
        return new Keuze(gekozen, jaar);
    }

    static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
