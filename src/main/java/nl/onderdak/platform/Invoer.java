// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import nl.onderdak.platform.OngeldigeInvoer.Veld;

/**
 * Reading typed input (form fields, JSON values, spreadsheet cells, query parameters) as text, so
 * that every wrong field is named at once: each reader adds a {@link Veld} to the list instead of
 * throwing. The same rules and messages everywhere.
 */
public final class Invoer {

    /** The earliest date any field accepts: older dates are typing errors (docs/api.md, "Limits"). */
    public static final LocalDate EERSTE_DATUM = LocalDate.of(1900, 1, 1);
    /** The latest date any field accepts. */
    public static final LocalDate LAATSTE_DATUM = LocalDate.of(2100, 12, 31);
    /** The longest text of an ordinary field (a name, a code, a source). */
    public static final int TEKST_MAX = 1_000;
    /** The longest free-text explanation (toelichting, uitleg, motivering, reden, opmerking). */
    public static final int TOELICHTING_MAX = 10_000;
    /** How much of a wrong value a message repeats at most. */
    public static final int UITTREKSEL_MAX = 40;

    private Invoer() {
    }

    /**
     * A short excerpt of a wrong value to repeat in a message: at most {@value #UITTREKSEL_MAX}
     * characters, then "…"; control characters (NUL included) shown as a space.
     */
    public static String uittreksel(Object waarde) {
        if (waarde == null) {
            return "";
        }
        var s = waarde.toString();
        var kort = s.length() > UITTREKSEL_MAX ? s.substring(0, UITTREKSEL_MAX) + "…" : s;
        var b = new StringBuilder(kort.length());
        kort.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return b.toString();
    }

    /** Whether a text holds a NUL or another control character besides tab and line breaks. */
    public static boolean heeftStuurteken(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Optional text of at most {@code max} characters without control characters; null when absent
     * or blank, else stripped.
     */
    public static String tekst(String s, String veld, int max, List<Veld> fouten) {
        var w = schoon(s);
        if (w == null) {
            return null;
        }
        if (heeftStuurteken(w)) {
            fouten.add(new Veld(veld, "Er staat een ongeldig teken in (zoals een NUL-teken)."));
        } else if (w.length() > max) {
            fouten.add(new Veld(veld, "Hoogstens " + max + " tekens."));
        }
        return w;
    }

    /** Null for absent or blank text, else the text without surrounding spaces. */
    public static String schoon(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Required text of at most {@code max} characters. */
    public static String verplicht(String s, String veld, String melding, int max, List<Veld> fouten) {
        var w = schoon(s);
        if (w == null) {
            fouten.add(new Veld(veld, melding));
        } else if (heeftStuurteken(w)) {
            fouten.add(new Veld(veld, "Er staat een ongeldig teken in (zoals een NUL-teken)."));
        } else if (w.length() > max) {
            fouten.add(new Veld(veld, "Hoogstens " + max + " tekens."));
        }
        return w;
    }

    /** A whole number from {@code min} to {@code max}; null when absent or wrong. */
    public static Integer geheelGetal(String s, String veld, int min, int max, boolean verplicht, List<Veld> fouten) {
        var w = schoon(s);
        if (w == null) {
            if (verplicht) {
                fouten.add(new Veld(veld, "Vul een geheel getal in."));
            }
            return null;
        }
        try {
            int getal = Integer.parseInt(w);
            if (getal < min || getal > max) {
                fouten.add(new Veld(veld, "Vul een geheel getal van " + min + " tot en met " + max + " in."));
            }
            return getal;
        } catch (NumberFormatException e) {
            fouten.add(new Veld(veld, "'" + uittreksel(w) + "' is geen geheel getal."));
            return null;
        }
    }

    /** A date as JJJJ-MM-DD; null when absent or wrong. */
    public static LocalDate datum(String s, String veld, boolean verplicht, List<Veld> fouten) {
        var w = schoon(s);
        if (w == null) {
            if (verplicht) {
                fouten.add(new Veld(veld, "Geef een datum (JJJJ-MM-DD)."));
            }
            return null;
        }
        try {
            var datum = LocalDate.parse(w);
            if (!binnenBereik(datum)) {
                fouten.add(new Veld(veld, BUITEN_BEREIK));
                return null;
            }
            return datum;
        } catch (DateTimeParseException e) {
            fouten.add(new Veld(veld, "'" + uittreksel(w) + "' is geen datum; gebruik JJJJ-MM-DD."));
            return null;
        }
    }

    /** A month as JJJJ-MM; null when absent or wrong. */
    public static YearMonth maand(String s, String veld, boolean verplicht, List<Veld> fouten) {
        var w = schoon(s);
        if (w == null) {
            if (verplicht) {
                fouten.add(new Veld(veld, "Geef een maand als JJJJ-MM, bijvoorbeeld 2023-11."));
            }
            return null;
        }
        try {
            var maand = YearMonth.parse(w);
            if (!binnenBereik(maand.atDay(1))) {
                fouten.add(new Veld(veld, BUITEN_BEREIK));
                return null;
            }
            return maand;
        } catch (DateTimeParseException e) {
            fouten.add(new Veld(veld, "'" + uittreksel(w) + "' is geen maand; gebruik JJJJ-MM, bijvoorbeeld 2023-11."));
            return null;
        }
    }

    /** The message for a date outside {@link #EERSTE_DATUM} to {@link #LAATSTE_DATUM}. */
    public static final String BUITEN_BEREIK = "Geef een datum van 1900-01-01 tot en met 2100-12-31.";

    /** Whether a date lies from {@link #EERSTE_DATUM} to {@link #LAATSTE_DATUM}. */
    public static boolean binnenBereik(LocalDate datum) {
        return datum != null && !datum.isBefore(EERSTE_DATUM) && !datum.isAfter(LAATSTE_DATUM);
    }

    /**
     * An amount in euro greater than zero and at most {@code max}: digits with a decimal comma or point
     * and at most two decimals (whole cents), without thousands separators; two decimals on return,
     * null when absent or wrong.
     */
    public static BigDecimal bedrag(String s, String veld, boolean verplicht, BigDecimal max, List<Veld> fouten) {
        return bedrag(s, veld, verplicht, false, max, fouten);
    }

    /** As {@link #bedrag}, but zero is allowed too (a rate that is nil). */
    public static BigDecimal bedragOfNul(String s, String veld, boolean verplicht, BigDecimal max, List<Veld> fouten) {
        return bedrag(s, veld, verplicht, true, max, fouten);
    }

    private static BigDecimal bedrag(String s, String veld, boolean verplicht, boolean nulMag, BigDecimal max, List<Veld> fouten) {
        var w = schoon(s);
        if (w == null) {
            if (verplicht) {
                fouten.add(new Veld(veld, "Vul het bedrag in euro in, bijvoorbeeld 1250,00."));
            }
            return null;
        }
        if (w.length() > 20 || !w.matches("-?\\d+([.,]\\d+)?")) {
            fouten.add(new Veld(veld, "'" + uittreksel(w) + "' is geen bedrag; schrijf het zonder punten voor duizendtallen, bijvoorbeeld 1250,00."));
            return null;
        }
        var getal = new BigDecimal(w.replace(',', '.'));
        if (getal.scale() > 2) {
            fouten.add(new Veld(veld, "Hoogstens twee decimalen (hele centen)."));
            return null;
        }
        if (nulMag ? getal.signum() < 0 : getal.signum() <= 0) {
            fouten.add(new Veld(veld, nulMag ? "Het bedrag kan niet negatief zijn." : "Het bedrag moet groter zijn dan € 0,00."));
            return null;
        }
        if (getal.compareTo(max) > 0) {
            fouten.add(new Veld(veld, "Hoogstens € " + String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,.2f", max) + "."));
            return null;
        }
        return getal.setScale(2);
    }

    /** An id in a body field; null (with a message) when it is not one. */
    public static UUID id(String s, String veld, String melding, List<Veld> fouten) {
        try {
            return UUID.fromString(s == null ? "" : s.strip());
        } catch (IllegalArgumentException e) {
            fouten.add(new Veld(veld, melding));
            return null;
        }
    }

    /** An id in an address: anything that is not an id does not exist (404), like an unknown one. */
    public static UUID idInAdres(String s, String wat) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NietGevonden(wat);
        }
    }
}
