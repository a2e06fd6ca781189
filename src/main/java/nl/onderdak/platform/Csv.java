// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads comma-separated text as RFC 4180 describes it: fields may be quoted, a quote inside a
 * quoted field is doubled, and quoted fields may hold commas and line breaks. Writes downloads for
 * Dutch Excel: {@code ;} between fields, a decimal comma in numbers, a UTF-8 byte order mark, and
 * no cell that a spreadsheet would run as a formula (docs/api.md, "CSV").
 */
public final class Csv {

    private Csv() {
    }

    /** One record with the 1-based line number on which it starts in the file. */
    public record Regel(int regelnummer, List<String> velden) {
    }

    /**
     * Decodes bytes as UTF-8 text meant to be CSV, or says why they are not: binary content (a
     * spreadsheet, a PDF, an image) and text in another encoding are refused rather than read as
     * garbage.
     */
    public static Optional<String> alsTekst(byte[] inhoud) {
        if (inhoud.length >= 2 && inhoud[0] == 'P' && inhoud[1] == 'K') {
            return Optional.empty(); // zip container: xlsx, docx, ods
        }
        for (byte b : inhoud) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        try {
            var tekst = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(inhoud)).toString();
            if (tekst.startsWith("\uFEFF")) {
                tekst = tekst.substring(1);
            }
            if (tekst.startsWith("%PDF")) {
                return Optional.empty();
            }
            return Optional.of(tekst);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Reads comma-separated text (the CBS files, bank results, reference data). */
    public static List<Regel> lees(String tekst) {
        return lees(tekst, ',');
    }

    /** Reads text separated by {@code scheidingsteken} ({@code ;} for what Dutch Excel writes). */
    public static List<Regel> lees(String tekst, char scheidingsteken) {
        var regels = new ArrayList<Regel>();
        var velden = new ArrayList<String>();
        var veld = new StringBuilder();
        boolean binnenAanhalingstekens = false;
        boolean veldWasGequote = false;
        int regel = 1;
        int startRegel = 1;
        int i = 0;
        int n = tekst.length();
        while (i < n) {
            char c = tekst.charAt(i);
            if (binnenAanhalingstekens) {
                if (c == '"') {
                    if (i + 1 < n && tekst.charAt(i + 1) == '"') {
                        veld.append('"');
                        i++;
                    } else {
                        binnenAanhalingstekens = false;
                    }
                } else {
                    if (c == '\n') {
                        regel++;
                    }
                    veld.append(c);
                }
            } else if (c == '"' && veld.isEmpty() && !veldWasGequote) {
                binnenAanhalingstekens = true;
                veldWasGequote = true;
            } else if (c == scheidingsteken) {
                velden.add(veld.toString());
                veld.setLength(0);
                veldWasGequote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && tekst.charAt(i + 1) == '\n') {
                    i++;
                }
                velden.add(veld.toString());
                veld.setLength(0);
                veldWasGequote = false;
                voegToe(regels, startRegel, velden);
                velden = new ArrayList<>();
                regel++;
                startRegel = regel;
            } else {
                veld.append(c);
            }
            i++;
        }
        if (!veld.isEmpty() || !velden.isEmpty() || veldWasGequote) {
            velden.add(veld.toString());
            voegToe(regels, startRegel, velden);
        }
        return regels;
    }

    private static void voegToe(List<Regel> regels, int regelnummer, List<String> velden) {
        boolean leeg = velden.size() == 1 && velden.getFirst().isEmpty();
        if (!leeg) {
            regels.add(new Regel(regelnummer, List.copyOf(velden)));
        }
    }

    /** The separator Dutch Excel expects (its list separator; the comma is its decimal sign). */
    public static final char SCHEIDINGSTEKEN = ';';
    /** The byte order mark that makes Excel read the file as UTF-8 instead of Windows-1252. */
    public static final String BOM = "\uFEFF";
    /** The media type of every CSV download. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    /**
     * Makes a cell value safe to open in a spreadsheet: a value that a spreadsheet would run as a
     * formula gets a leading apostrophe. That is a value whose first character, or first character
     * after leading white space, is =, +, -, @ (also their full-width forms, which Excel folds), or
     * that starts with a tab, carriage return or line feed. Numbers written as numbers ({@link #cel})
     * do not pass here, so a negative amount stays a number.
     */
    public static String formuleVeilig(String waarde) {
        if (waarde == null || waarde.isEmpty()) {
            return waarde;
        }
        char eerste = waarde.charAt(0);
        if (eerste == '\t' || eerste == '\r' || eerste == '\n') {
            return "'" + waarde;
        }
        int i = 0;
        while (i < waarde.length() && (Character.isWhitespace(waarde.charAt(i)) || Character.isSpaceChar(waarde.charAt(i)))) {
            i++;
        }
        if (i < waarde.length() && formuleteken(waarde.charAt(i))) {
            return "'" + waarde;
        }
        return waarde;
    }

    private static boolean formuleteken(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFE62', '\uFE63', '\uFE66', '\uFF20', '\u2212' -> true;
            default -> false;
        };
    }

    /**
     * A whole table as CSV text in the form Dutch Excel opens without questions: the headings, then
     * one line per row, separated by {@code ;}, lines ending in CRLF. Text goes through {@link #veld};
     * numbers are written as numbers with a decimal comma ({@code -12,50}), dates as JJJJ-MM-DD, null
     * as an empty field. Without the byte order mark: {@link #bestand} adds it.
     */
    public static String tabel(List<String> kolommen, List<? extends List<?>> rijen) {
        var tekst = new StringBuilder();
        tekst.append(regel(kolommen));
        for (var rij : rijen) {
            tekst.append(regel(rij));
        }
        return tekst.toString();
    }

    /** {@link #tabel} as the bytes of a download: UTF-8 with a byte order mark. */
    public static byte[] bestand(List<String> kolommen, List<? extends List<?>> rijen) {
        return (BOM + tabel(kolommen, rijen)).getBytes(StandardCharsets.UTF_8);
    }

    /** One line of values (see {@link #tabel}), separated by {@code ;} and ending in CRLF. */
    public static String regel(List<?> waarden) {
        var b = new StringBuilder();
        for (int k = 0; k < waarden.size(); k++) {
            if (k > 0) {
                b.append(SCHEIDINGSTEKEN);
            }
            b.append(cel(waarden.get(k)));
        }
        return b.append("\r\n").toString();
    }

    /**
     * One cell: a number as a number with a decimal comma and no grouping (so Dutch Excel reads it
     * as a number and may sum it), anything else as formula-safe, quoted text.
     */
    public static String cel(Object waarde) {
        return switch (waarde) {
            case null -> "";
            case java.math.BigDecimal b -> b.toPlainString().replace('.', ',');
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Short s -> s.toString();
            case Byte b -> b.toString();
            case java.math.BigInteger b -> b.toString();
            case Double d when Double.isFinite(d) -> java.math.BigDecimal.valueOf(d).toPlainString().replace('.', ',');
            case Float f when Float.isFinite(f) -> java.math.BigDecimal.valueOf(f.doubleValue()).toPlainString().replace('.', ',');
            default -> veld(waarde.toString());
        };
    }

    /**
     * Quotes a text field for writing when it needs it (it holds a separator, comma or semicolon,
     * a quote or a line break), after making it formula-safe. Good for files separated by either.
     */
    public static String veld(String waarde) {
        var veilig = formuleVeilig(waarde == null ? "" : waarde);
        if (veilig.indexOf(',') >= 0 || veilig.indexOf(';') >= 0 || veilig.indexOf('"') >= 0 || veilig.indexOf('\n') >= 0
                || veilig.indexOf('\r') >= 0) {
            return '"' + veilig.replace("\"", "\"\"") + '"';
        }
        return veilig;
    }
}
