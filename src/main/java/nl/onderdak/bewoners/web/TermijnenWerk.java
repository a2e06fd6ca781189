// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.onderdak.bewoners.internal.Termijnen;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkbron;
import nl.onderdak.werkvoorraad.Werkstapel;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Deadlines that fall due this week, for the gemeente employee who follows them up (the same rule as
 * the deadlines page): protection that ends within seven days or has ended (leave within 28 days), IND
 * invitations unanswered for four weeks, and residents of 14 or older without a residence document.
 * Each item links to the form where the record is brought up to date, after which it disappears. The
 * description names the rule and its dates, never the person; the missing document counts from the
 * month the person turned 14, not the day, which is their birth date plus 14 years. So, like the rest
 * of the work list, listing writes no processing-log record: the form the item opens logs the view.
 */
@Component
class TermijnenWerk implements Werkbron {

    static final String SOORT = "termijn";
    static final int DEZE_WEEK_DAGEN = 7;
    /** The deadlines page, where the whole list lives. */
    static final String LIJST = "/termijnen";

    private final Termijnen termijnen;
    private final MessageSource berichten;

    TermijnenWerk(Termijnen termijnen, MessageSource berichten) {
        this.termijnen = termijnen;
        this.berichten = berichten;
    }

    @Override
    public List<Werkstapel> werkVoor(Gebruiker gebruiker, Locale taal, int perSoort) {
        if (!Termijnen.magTermijnenZien(gebruiker)) {
            return List.of();
        }
        // Counted and limited in SQL: a gemeente with 100,000 residents has some 80,000 deadlines.
        var termijnenlijst = termijnen.oudsteVoorWerk(gebruiker, perSoort, DEZE_WEEK_DAGEN);
        var weergave = Weergave.in(taal);
        var werk = termijnenlijst.oudste().stream().map(t -> switch (t.soort()) {
            case BESCHERMING_EINDIGT -> werk(t, berichten.getMessage("werk.beschermingEindigt",
                    new Object[] {weergave.datum(t.datum()), weergave.datum(t.vertrekUiterlijk())}, taal), t.vertrekUiterlijk());
            case IND_ONBEANTWOORD -> werk(t, berichten.getMessage("werk.indOnbeantwoord",
                    new Object[] {weergave.datum(t.datum()), weergave.datum(t.vertrekUiterlijk())}, taal), null);
            case ZONDER_DOCUMENT -> werk(t, berichten.getMessage("werk.zonderDocument", new Object[] {weergave.maand(t.datum())}, taal),
                    t.vertrekUiterlijk());
        }).sorted(Werkstapel.OUDSTE_EERST).limit(perSoort).toList();
        return List.of(new Werkstapel(SOORT, termijnenlijst.totaal(), werk, LIJST));
    }

    private static Werk werk(Termijnen.Werktermijn t, String omschrijving, @Nullable LocalDate uiterlijk) {
        return new Werk(SOORT, omschrijving, t.datum().atStartOfDay(Weergave.TIJDZONE).toInstant(),
                "/bewoners/" + t.bewonerId() + "/wijzigen", uiterlijk);
    }
}
