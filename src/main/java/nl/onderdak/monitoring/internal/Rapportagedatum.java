// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.regex.Pattern;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;

/**
 * The day a report describes: a date, or an ISO week ({@code 2026-W47}) whose situation is that of
 * its Sunday, the last day of the week, as in the weekly KCIO reports. Without either, today.
 */
public final class Rapportagedatum {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private Rapportagedatum() {
    }

    public static LocalDate lees(String datum, String week, LocalDate vandaag) {
        var fouten = new ArrayList<Veld>();
        LocalDate uitkomst = vandaag;
        boolean heeftDatum = datum != null && !datum.isBlank();
        boolean heeftWeek = week != null && !week.isBlank();
        if (heeftDatum && heeftWeek) {
            fouten.add(new Veld("week", Berichten.tekst("capaciteit.fout.datumEnWeek")));
        } else if (heeftDatum) {
            try {
                uitkomst = LocalDate.parse(datum.strip());
                if (!nl.onderdak.platform.Invoer.binnenBereik(uitkomst)) {
                    uitkomst = vandaag;
                    fouten.add(new Veld("peildatum", nl.onderdak.platform.Invoer.buitenBereik()));
                }
            } catch (DateTimeParseException e) {
                fouten.add(new Veld("peildatum", Berichten.tekst("capaciteit.fout.geenDatum", nl.onderdak.platform.Invoer.uittreksel(datum))));
            }
        } else if (heeftWeek) {
            var m = WEEK.matcher(week.strip());
            int jaar = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            int nummer = m.matches() ? Integer.parseInt(m.group(2)) : 0;
            var maandag = m.matches() ? LocalDate.of(jaar, 6, 1).with(IsoFields.WEEK_BASED_YEAR, jaar) : null;
            if (maandag == null || nummer < 1 || nummer > maandag.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                fouten.add(new Veld("week", Berichten.tekst("capaciteit.fout.geenWeek", nl.onderdak.platform.Invoer.uittreksel(week))));
            } else {
                uitkomst = maandag.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, nummer).with(DayOfWeek.SUNDAY);
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return uitkomst;
    }

    /** The ISO week of a day, as {@code 2026-W47}. */
    public static String week(LocalDate dag) {
        return "%d-W%02d".formatted(dag.get(IsoFields.WEEK_BASED_YEAR), dag.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
