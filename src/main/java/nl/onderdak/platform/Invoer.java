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

    /** A date as people write it in the Netherlands: 24-2-2022 or 24-02-2022 (next to JJJJ-MM-DD of the API). */
    private static final java.util.regex.Pattern NEDERLANDSE_DATUM = java.util.regex.Pattern.compile("\\d{1,2}-\\d{1,2}-\\d{4}");
    private static final java.time.format.DateTimeFormatter D_M_JJJJ = java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** A month as people write it: 11-2023 (next to JJJJ-MM of the API and the browser's month field). */
    private static final java.util.regex.Pattern MAAND_JAAR = java.util.regex.Pattern.compile("\\d{1,2}-\\d{4}");
    private static final java.time.format.DateTimeFormatter M_JJJJ = java.time.format.DateTimeFormatter.ofPattern("M-uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

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
            fouten.add(new Veld(veld, Berichten.tekst("invoer.stuurteken")));
        } else if (w.length() > max) {
            fouten.add(new Veld(veld, Berichten.tekst("invoer.teLang", Weergave.in(Berichten.taal()).getal(max))));
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
            fouten.add(new Veld(veld, Berichten.tekst("invoer.stuurteken")));
        } else if (w.length() > max) {
            fouten.add(new Veld(veld, Berichten.tekst("invoer.teLang", Weergave.in(Berichten.taal()).getal(max))));
        }
        return w;
    }

    /** A whole number from {@code min} to {@code max}; null when absent or wrong. */
    public static Integer geheelGetal(String s, String veld, int min, int max, boolean verplicht, List<Veld> fouten) {
        var w = schoon(s);
        if (w == null) {
            if (verplicht) {
                fouten.add(new Veld(veld, Berichten.tekst("invoer.geheelGetalVerplicht")));
            }
            return null;
        }
        try {
            int getal = Integer.parseInt(w);
            if (getal < min || getal > max) {
                fouten.add(new Veld(veld, Berichten.tekst("invoer.geheelGetalBereik", Weergave.in(Berichten.taal()).getal(min),
                        Weergave.in(Berichten.taal()).getal(max))));
            }
            return getal;
        } catch (NumberFormatException e) {
            fouten.add(new Veld(veld, Berichten.tekst("invoer.geenGeheelGetal", uittreksel(w))));
            return null;
        }
    }

    /** A date as JJJJ-MM-DD or D-M-JJJJ; null when absent or wrong. */
    public static LocalDate datum(String s, String veld, boolean verplicht, List<Veld> fouten) {
        var w = schoon(s);
        if (w == null) {
            if (verplicht) {
                fouten.add(new Veld(veld, Berichten.tekst("invoer.datumVerplicht")));
            }
            return null;
        }
        try {
            var datum = NEDERLANDSE_DATUM.matcher(w).matches() ? LocalDate.parse(w, D_M_JJJJ) : LocalDate.parse(w);
            if (!binnenBereik(datum)) {
                fouten.add(new Veld(veld, buitenBereik()));
                return null;
            }
            return datum;
        } catch (DateTimeParseException e) {
            fouten.add(new Veld(veld, Berichten.tekst("invoer.geenDatum", uittreksel(w))));
            return null;
        }
    }

    /** A month as JJJJ-MM or M-JJJJ; null when absent or wrong. */
    public static YearMonth maand(String s, String veld, boolean verplicht, List<Veld> fouten) {
        var w = schoon(s);
        if (w == null) {
            if (verplicht) {
                fouten.add(new Veld(veld, Berichten.tekst("invoer.maandVerplicht")));
            }
            return null;
        }
        try {
            var maand = MAAND_JAAR.matcher(w).matches() ? YearMonth.parse(w, M_JJJJ) : YearMonth.parse(w);
            if (!binnenBereik(maand.atDay(1))) {
                fouten.add(new Veld(veld, buitenBereik()));
                return null;
            }
            return maand;
        } catch (DateTimeParseException e) {
            fouten.add(new Veld(veld, Berichten.tekst("invoer.geenMaand", uittreksel(w))));
            return null;
        }
    }

    /** The message for a date outside {@link #EERSTE_DATUM} to {@link #LAATSTE_DATUM}, in Dutch. */
    public static final String BUITEN_BEREIK = "Vul een datum in van 1 januari 1900 tot en met 31 december 2100.";

    /** The message for a date outside {@link #EERSTE_DATUM} to {@link #LAATSTE_DATUM}, in the user's language. */
    public static String buitenBereik() {
        return Berichten.tekst("invoer.buitenBereik");
    }

    /** Whether a date lies from {@link #EERSTE_DATUM} to {@link #LAATSTE_DATUM}. */
    public static boolean binnenBereik(LocalDate datum) {
        return datum != null && !datum.isBefore(EERSTE_DATUM) && !datum.isAfter(LAATSTE_DATUM);
    }

    /**
     * An amount in euro greater than zero and at most {@code max}, as a Dutch user writes it: "1.250,00",
     * "1250,00", "1250", "€ 1.250,00" (the API's "1250.50" too); two decimals on return, null when absent
     * or wrong. What could mean two things ("1.250": twelve hundred and fifty, or one euro and a quarter?)
     * is refused with a message that shows how to write it.
     *
     * <p>The Dutch notation is accepted in every language. A user who chose English may also write the
     * English way, with commas between thousands and a decimal point: "1,250.00", "1,250,000". In Dutch
     * mode that is refused (to a Dutch reader "1,250.00" is no number). Nothing is read two ways: "1.250"
     * is refused in both languages, and in English mode "1,250" too (a thousand two hundred and fifty to
     * an English reader, one euro and a quarter in Dutch); "12,50" has no English reading and stays
     * twelve euro fifty. See docs/api.md, "Amounts".
     */
    public static BigDecimal bedrag(String s, String veld, boolean verplicht, BigDecimal max, List<Veld> fouten) {
        return bedrag(s, veld, verplicht, false, max, fouten);
    }

    /** As {@link #bedrag}, but zero is allowed too (a rate that is nil). */
    public static BigDecimal bedragOfNul(String s, String veld, boolean verplicht, BigDecimal max, List<Veld> fouten) {
        return bedrag(s, veld, verplicht, true, max, fouten);
    }

    /** Digits with dots between groups of three and a decimal comma: 1.250,00 or 1.250.000. */
    private static final java.util.regex.Pattern MET_DUIZENDTALLEN = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    /** Digits with at most one decimal comma or point: 1250,00, 1250.5, 1250. */
    private static final java.util.regex.Pattern ZONDER_DUIZENDTALLEN = java.util.regex.Pattern.compile("\\d+([.,]\\d+)?");
    /** One dot and then exactly three digits: 1.250 is 1250 to a Dutch reader and 1.25 to an English one. */
    private static final java.util.regex.Pattern DUBBELZINNIG = java.util.regex.Pattern.compile("\\d{1,3}\\.\\d{3}");
    /** English notation: digits with commas between groups of three and a decimal point, 1,250.00 or 1,250,000. */
    private static final java.util.regex.Pattern ENGELS_MET_DUIZENDTALLEN = java.util.regex.Pattern
            .compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** One comma and then exactly three digits: 1,250 is 1250 to an English reader and 1.25 to a Dutch one. */
    private static final java.util.regex.Pattern DUBBELZINNIG_ENGELS = java.util.regex.Pattern.compile("\\d{1,3},\\d{3}");

    private static BigDecimal bedrag(String s, String veld, boolean verplicht, boolean nulMag, BigDecimal max, List<Veld> fouten) {
        var w = schoon(s);
        if (w == null) {
            if (verplicht) {
                fouten.add(new Veld(veld, Berichten.tekst("invoer.bedragVerplicht")));
            }
            return null;
        }
        boolean engels = "en".equals(Berichten.taal().getLanguage());
        var getal = leesBedrag(w, engels);
        if (getal == null) {
            fouten.add(new Veld(veld, dubbelzinnig(kaal(w), engels)
                    ? Berichten.tekst("invoer.bedragDubbelzinnig", uittreksel(w))
                    : Berichten.tekst("invoer.geenBedrag", uittreksel(w))));
            return null;
        }
        if (getal.scale() > 2) {
            fouten.add(new Veld(veld, Berichten.tekst("invoer.bedragCenten")));
            return null;
        }
        if (nulMag ? getal.signum() < 0 : getal.signum() <= 0) {
            fouten.add(new Veld(veld, Berichten.tekst(nulMag ? "invoer.bedragNegatief" : "invoer.bedragNul")));
            return null;
        }
        if (getal.compareTo(max) > 0) {
            fouten.add(new Veld(veld, Berichten.tekst("invoer.bedragMaximum", Weergave.in(Berichten.taal()).bedrag(max))));
            return null;
        }
        return getal.setScale(2);
    }

    /** The amount a text in Dutch notation stands for, or null when it is none or could mean two. */
    static BigDecimal leesBedrag(String tekst) {
        return leesBedrag(tekst, false);
    }

    /**
     * The amount a text stands for, or null when it is none or could mean two: Dutch notation always,
     * English notation ("1,250.00") too when {@code engels}.
     */
    static BigDecimal leesBedrag(String tekst, boolean engels) {
        var w = kaal(tekst);
        boolean negatief = w.startsWith("-");
        if (negatief) {
            w = w.substring(1);
        }
        if (w.isEmpty() || w.length() > 20 || dubbelzinnig(w, engels)) {
            return null;
        }
        String gewoon;
        if (MET_DUIZENDTALLEN.matcher(w).matches()) {
            gewoon = w.replace(".", "").replace(',', '.');
        } else if (engels && ENGELS_MET_DUIZENDTALLEN.matcher(w).matches()) {
            gewoon = w.replace(",", "");
        } else if (ZONDER_DUIZENDTALLEN.matcher(w).matches()) {
            gewoon = w.replace(',', '.');
        } else {
            return null;
        }
        var getal = new BigDecimal(gewoon);
        return negatief ? getal.negate() : getal;
    }

    /** Whether a text (without sign) reads as two different amounts in the notations the user may write. */
    private static boolean dubbelzinnig(String w, boolean engels) {
        var kaal = w.startsWith("-") ? w.substring(1) : w;
        return DUBBELZINNIG.matcher(kaal).matches() || (engels && DUBBELZINNIG_ENGELS.matcher(kaal).matches());
    }

    /** The text without euro sign, "EUR" and spaces (also the non-breaking ones a copied amount carries). */
    private static String kaal(String tekst) {
        var w = tekst.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (w.startsWith("-€") || w.startsWith("€-")) {
            w = "-" + w.substring(2);
        } else if (w.startsWith("€")) {
            w = w.substring(1);
        } else if (w.toUpperCase(java.util.Locale.ROOT).startsWith("EUR")) {
            w = w.substring(3);
        }
        return w;
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
