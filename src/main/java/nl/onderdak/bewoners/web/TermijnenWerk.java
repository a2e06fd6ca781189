// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.onderdak.bewoners.internal.Termijnen;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkbron;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Deadlines that fall due this week, for the gemeente employee who follows them up (the same rule as
 * the deadlines page): protection that ends within seven days or has ended (leave within 28 days), IND
 * invitations unanswered for four weeks, and residents of 14 or older without a residence document.
 * Each item links to the form where the record is brought up to date, after which it disappears. The
 * description names the deadline and its dates, never the person, so listing it shows no person data.
 */
@Component
class TermijnenWerk implements Werkbron {

    static final String SOORT = "termijn";
    static final int DEZE_WEEK_DAGEN = 7;

    private final Termijnen termijnen;
    private final MessageSource berichten;
    private final Clock clock;

    TermijnenWerk(Termijnen termijnen, MessageSource berichten, Clock clock) {
        this.termijnen = termijnen;
        this.berichten = berichten;
        this.clock = clock;
    }

    @Override
    public List<Werk> werkVoor(Gebruiker gebruiker, Locale taal) {
        if (!Termijnen.magTermijnenZien(gebruiker)) {
            return List.of();
        }
        var overzicht = termijnen.lijsten(gebruiker);
        var vandaag = LocalDate.now(clock);
        var weergave = Weergave.in(taal);
        var werk = new ArrayList<Werk>();
        for (var t : overzicht.beschermingEindigt()) {
            if (t.datum() != null && !t.datum().isAfter(vandaag.plusDays(DEZE_WEEK_DAGEN))) {
                werk.add(werk(t, berichten.getMessage("werk.beschermingEindigt",
                        new Object[] {weergave.datum(t.datum()), weergave.datum(t.vertrekUiterlijk())}, taal), t.vertrekUiterlijk()));
            }
        }
        for (var t : overzicht.indOnbeantwoord()) {
            werk.add(werk(t, berichten.getMessage("werk.indOnbeantwoord",
                    new Object[] {weergave.datum(t.datum()), weergave.datum(t.vertrekUiterlijk())}, taal), null));
        }
        for (var t : overzicht.zonderDocument()) {
            werk.add(werk(t, berichten.getMessage("werk.zonderDocument", new Object[] {weergave.datum(t.datum())}, taal),
                    t.vertrekUiterlijk()));
        }
        return werk;
    }

    private static Werk werk(Termijnen.Termijn t, String omschrijving, @Nullable LocalDate uiterlijk) {
        var sinds = t.datum() == null ? java.time.Instant.EPOCH : t.datum().atStartOfDay(Weergave.TIJDZONE).toInstant();
        return new Werk(SOORT, omschrijving, sinds, "/bewoners/" + t.bewoner().id() + "/wijzigen", uiterlijk);
    }
}
