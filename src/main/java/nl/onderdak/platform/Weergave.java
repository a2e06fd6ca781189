// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

/**
 * The one way Onderdak shows a moment, a date, a number or an amount to a person: in pages
 * ({@code #nl} in templates, see {@link WeergaveDialect}), exports and files.
 *
 * <p>Moments are always shown in Dutch time (Europe/Amsterdam), whatever zone the server or the
 * database session runs in: a declaration submitted at 22:44 Dutch time reads 22:44 on every
 * page, not 21:44 UTC. Numbers use the separators of the reader's language: Dutch by default
 * ({@code 4.440}, {@code 5,0 %}, {@code € 1.250,00}), English when the user switched.
 */
public final class Weergave {

    /** The zone every shown moment is in. */
    public static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    public static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

    private static final String LEEG = "–";

    private final Locale taal;

    private Weergave(Locale taal) {
        this.taal = isNederlands(taal) ? NEDERLANDS : Locale.UK;
    }

    /** Shows in Dutch: the default for exports and files that a Dutch office opens. */
    public static Weergave nederlands() {
        return new Weergave(NEDERLANDS);
    }

    /** Shows in the language the user chose (Dutch unless English). */
    public static Weergave in(Locale taal) {
        return new Weergave(taal == null ? NEDERLANDS : taal);
    }

    private static boolean isNederlands(Locale taal) {
        return taal == null || !"en".equals(taal.getLanguage());
    }

    /** The moment in Dutch time, to the minute: {@code 5-12-2026 14:03}. */
    public String tijdstip(Object moment) {
        var zoned = inNederlandseTijd(moment);
        return zoned == null ? LEEG : zoned.format(DateTimeFormatter.ofPattern("d-M-yyyy HH:mm", taal));
    }

    /** The day: {@code 5-12-2026}. A moment counts on its Dutch day. */
    public String datum(Object dag) {
        var datum = alsDatum(dag);
        return datum == null ? LEEG : datum.format(DateTimeFormatter.ofPattern("d-M-yyyy", taal));
    }

    /** The day written out: {@code 5 december 2026} ({@code 5 December 2026} in English). */
    public String datumVoluit(Object dag) {
        var datum = alsDatum(dag);
        return datum == null ? LEEG : datum.format(DateTimeFormatter.ofPattern("d MMMM yyyy", taal));
    }

    /** A month: {@code december 2026}. */
    public String maand(Object maand) {
        YearMonth ym = switch (maand) {
            case null -> null;
            case YearMonth m -> m;
            default -> {
                var datum = alsDatum(maand);
                yield datum == null ? null : YearMonth.from(datum);
            }
        };
        return ym == null ? LEEG : ym.format(DateTimeFormatter.ofPattern("MMMM yyyy", taal));
    }

    /** A whole number with thousands separators: {@code 4.440}. */
    public String getal(Object getal) {
        return getal(getal, 0);
    }

    /** A number with a fixed number of decimals: {@code 5,0}; thousands separated. */
    public String getal(Object getal, int decimalen) {
        var waarde = alsGetal(getal);
        if (waarde == null) {
            return LEEG;
        }
        return opmaak(decimalen).format(waarde.setScale(decimalen, RoundingMode.HALF_UP));
    }

    /** A percentage of a value already in percent: {@code 5,0 %}. */
    public String procent(Object getal, int decimalen) {
        var waarde = alsGetal(getal);
        return waarde == null ? LEEG : getal(waarde, decimalen) + (isNederlands(taal) ? " %" : "%");
    }

    /** An amount in euro with cents: {@code € 1.250,00}, or {@code -€ 12,50}. */
    public String bedrag(Object bedrag) {
        var waarde = alsGetal(bedrag);
        if (waarde == null) {
            return LEEG;
        }
        var tekst = getal(waarde.abs(), 2);
        return (waarde.signum() < 0 ? "-" : "") + "€ " + tekst;
    }

    /** The amount without the euro sign, for a column whose header says euro. */
    public String bedragZonderTeken(Object bedrag) {
        var waarde = alsGetal(bedrag);
        return waarde == null ? LEEG : getal(waarde, 2);
    }

    /** A moment as {@link ZonedDateTime} in Dutch time; {@code null} for {@code null}. */
    public static ZonedDateTime inNederlandseTijd(Object moment) {
        return switch (moment) {
            case null -> null;
            case Instant i -> i.atZone(TIJDZONE);
            case OffsetDateTime o -> o.atZoneSameInstant(TIJDZONE);
            case ZonedDateTime z -> z.withZoneSameInstant(TIJDZONE);
            case Date d -> d.toInstant().atZone(TIJDZONE);
            // A LocalDateTime carries no zone: Onderdak only makes them in Dutch time.
            case LocalDateTime l -> l.atZone(TIJDZONE);
            case LocalDate d -> d.atStartOfDay(TIJDZONE);
            default -> throw new IllegalArgumentException("Geen tijdstip: " + moment.getClass().getSimpleName());
        };
    }

    private static LocalDate alsDatum(Object dag) {
        return switch (dag) {
            case null -> null;
            case LocalDate d -> d;
            case TemporalAccessor t when !(t instanceof LocalDate) && !(t instanceof YearMonth) -> inNederlandseTijd(t).toLocalDate();
            case YearMonth m -> m.atDay(1);
            case Date d -> inNederlandseTijd(d).toLocalDate();
            default -> throw new IllegalArgumentException("Geen datum: " + dag.getClass().getSimpleName());
        };
    }

    private static BigDecimal alsGetal(Object getal) {
        return switch (getal) {
            case null -> null;
            case BigDecimal b -> b;
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case java.math.BigInteger b -> new BigDecimal(b);
            case Double d -> Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
            case Float f -> Float.isFinite(f) ? BigDecimal.valueOf(f.doubleValue()) : null;
            case Number n -> new BigDecimal(n.toString());
            default -> throw new IllegalArgumentException("Geen getal: " + getal.getClass().getSimpleName());
        };
    }

    private DecimalFormat opmaak(int decimalen) {
        var symbolen = DecimalFormatSymbols.getInstance(taal);
        var patroon = new StringBuilder("#,##0");
        if (decimalen > 0) {
            patroon.append('.').append("0".repeat(decimalen));
        }
        var opmaak = new DecimalFormat(patroon.toString(), symbolen);
        opmaak.setRoundingMode(RoundingMode.HALF_UP);
        return opmaak;
    }
}
