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
 * quoted field is doubled, and quoted fields may hold commas and line breaks.
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

    public static List<Regel> lees(String tekst) {
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
            } else if (c == ',') {
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

    /**
     * Makes a cell value safe to open in a spreadsheet: a value that a spreadsheet would run as a
     * formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe.
     */
    public static String formuleVeilig(String waarde) {
        if (waarde == null || waarde.isEmpty()) {
            return waarde;
        }
        char eerste = waarde.charAt(0);
        if (eerste == '=' || eerste == '+' || eerste == '-' || eerste == '@' || eerste == '\t' || eerste == '\r') {
            return "'" + waarde;
        }
        return waarde;
    }

    /**
     * A whole table as CSV text: the headings, then one line per row, lines ending in CRLF, every
     * value written with {@link #veld} (null as an empty field, numbers and dates as their text).
     */
    public static String tabel(List<String> kolommen, List<? extends List<?>> rijen) {
        var tekst = new StringBuilder();
        tekst.append(String.join(",", kolommen.stream().map(Csv::veld).toList())).append("\r\n");
        for (var rij : rijen) {
            tekst.append(String.join(",", rij.stream().map(w -> veld(w == null ? "" : w.toString())).toList())).append("\r\n");
        }
        return tekst.toString();
    }

    /** Quotes a field for writing when it needs it, after making it formula-safe. */
    public static String veld(String waarde) {
        var veilig = formuleVeilig(waarde == null ? "" : waarde);
        if (veilig.contains(",") || veilig.contains("\"") || veilig.contains("\n") || veilig.contains("\r")) {
            return '"' + veilig.replace("\"", "\"\"") + '"';
        }
        return veilig;
    }
}
