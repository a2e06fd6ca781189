// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkbron;
import nl.onderdak.werkvoorraad.Werkstapel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Which living-allowance rates are missing today and since when, as work for the national
 * administrator (soort {@code tarief-ontbreekt}): the calculation never guesses a rate, so every
 * household that needs a missing one is held back until the administrator adds it with its source.
 * One item per day a gap began, naming the component, age group and household sizes it concerns.
 */
@Component
class OntbrekendeTarieven implements Werkbron {

    /** The first day leefgeld was paid (Regeling opvang ontheemden Oekraïne); no rate is needed before it. */
    static final LocalDate EERSTE_DAG = LocalDate.of(2022, 4, 1);

    /** Household sizes that rates distinguish; 4 stands for "4 or more". */
    private static final int[] GROOTTES = {1, 2, 3, 4};

    /** A rate missing today for one kind of person, since the day the gap began. */
    record Gat(LocalDate sinds, nl.onderdak.leefgeld.internal.Component component, boolean minderjarig, int grootte) {
    }

    private final LeefgeldTarieven tarieven;
    private final MessageSource teksten;
    private final Clock clock;

    OntbrekendeTarieven(LeefgeldTarieven tarieven, MessageSource teksten, Clock clock) {
        this.tarieven = tarieven;
        this.teksten = teksten;
        this.clock = clock;
    }

    /** Every kind of person for whom a rate is missing today, with the day the gap began. */
    static List<Gat> gaten(Tarieven tabel, LocalDate vandaag) {
        // The rates change only at a row's start or the day after its end: checking those days is checking every day.
        var grenzen = new TreeSet<LocalDate>();
        grenzen.add(EERSTE_DAG);
        grenzen.add(vandaag);
        for (var t : tabel.alle()) {
            grenzen.add(t.geldigVanaf());
            if (t.geldigTot() != null) {
                grenzen.add(t.geldigTot().plusDays(1));
            }
        }
        var dagen = grenzen.subSet(EERSTE_DAG, true, vandaag, true);
        var uit = new ArrayList<Gat>();
        for (var component : nl.onderdak.leefgeld.internal.Component.values()) {
            for (var minderjarig : new boolean[] {false, true}) {
                for (var grootte : GROOTTES) {
                    LocalDate sinds = null;
                    for (var dag : dagen) {
                        if (tabel.voor(dag, component, minderjarig, grootte).isPresent()) {
                            sinds = null;
                        } else if (sinds == null) {
                            sinds = dag;
                        }
                    }
                    if (sinds != null) {
                        uit.add(new Gat(sinds, component, minderjarig, grootte));
                    }
                }
            }
        }
        return uit;
    }

    /** At most one item per day a gap began: built in full and cut. */
    @Override
    public List<Werkstapel> werkVoor(Gebruiker gebruiker, Locale taal, int perSoort) {
        if (!LeefgeldTarieven.magTariefToevoegen(gebruiker)) {
            return List.of();
        }
        return Werkstapel.uit(alles(taal), perSoort, "/leefgeld/tarieven");
    }

    private List<Werk> alles(Locale taal) {
        var vandaag = LocalDate.now(clock.withZone(Weergave.TIJDZONE));
        var perDag = new TreeMap<LocalDate, List<Gat>>();
        for (var g : gaten(tarieven.geldend(), vandaag)) {
            perDag.computeIfAbsent(g.sinds(), d -> new ArrayList<>()).add(g);
        }
        var weergave = Weergave.in(taal);
        var werk = new ArrayList<Werk>();
        perDag.forEach((sinds, gaten) -> {
            // "Voedsel: volwassene (1, 2, 3, 4 of meer personen); ..." per component and age group.
            var delen = new ArrayList<String>();
            for (var component : nl.onderdak.leefgeld.internal.Component.values()) {
                for (var minderjarig : new boolean[] {false, true}) {
                    var groottes = gaten.stream().filter(g -> g.component() == component && g.minderjarig() == minderjarig)
                            .map(g -> g.grootte() == 4 ? teksten.getMessage("tariefOntbreekt.vierOfMeer", null, taal)
                                    : Integer.toString(g.grootte()))
                            .toList();
                    if (!groottes.isEmpty()) {
                        delen.add(teksten.getMessage("tariefOntbreekt.deel", new Object[] {
                                teksten.getMessage("component." + component.code(), null, taal),
                                teksten.getMessage(minderjarig ? "leeftijdsgroep.minderjarige" : "leeftijdsgroep.volwassene", null, taal),
                                String.join(", ", groottes)}, taal));
                    }
                }
            }
            werk.add(new Werk("tarief-ontbreekt", teksten.getMessage("tariefOntbreekt.werk", new Object[] {weergave.datum(sinds),
                    String.join("; ", delen)}, taal), sinds.atStartOfDay(Weergave.TIJDZONE).toInstant(), "/leefgeld/tarieven"));
        });
        return werk;
    }
}
