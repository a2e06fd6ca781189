// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.internal.importeren;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Csv;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * A file as rows of text: the first row holds the headings, every further non-empty row one person.
 * CSV as Dutch Excel writes it ({@code ;} between fields, UTF-8, with or without byte order mark; a
 * file with commas and no semicolon in its heading is read with commas) or the first sheet of an XLSX
 * workbook. Row numbers are those a spreadsheet shows (the heading is row 1).
 *
 * <p>Read as a stream ({@link #lees(byte[], String, Lezer)}): each row goes to the {@link Lezer} as soon
 * as it is read and is not kept, so checking 100,000 rows holds what the check keeps, not the file's
 * 1.3 million cells as well (ADR 0020: the collector's work on those cells was a large part of the
 * check's time). CSV is split by the rules of {@link Csv#lees} (RFC 4180: quoted fields, doubled quotes,
 * line breaks inside quotes; a row's number is the line it starts on).
 */
final class Bestand {

    private Bestand() {
    }

    /** One person's row: its number in the file and its cells (missing cells are null). */
    record Rij(int nummer, @Nullable String[] cellen) {
        @Nullable String cel(int kolom) {
            return kolom < 0 || kolom >= cellen.length ? null : cellen[kolom];
        }
    }

    /** Receives the headings once, then every non-empty row in file order. */
    interface Lezer {
        void koppen(List<String> koppen);

        void rij(Rij rij);
    }

    /** Why a file cannot be read at all, in the language of the request that checks it. */
    static final class Onleesbaar extends Exception {
        Onleesbaar(String melding) {
            super(melding, null, false, false);
        }
    }

    /** Reads the file and hands its headings and rows to {@code lezer}, one row at a time. */
    static void lees(byte[] inhoud, @Nullable String datumkolom, Lezer lezer) throws Onleesbaar {
        if (inhoud.length == 0) {
            throw new Onleesbaar(Berichten.tekst("bewonersimport.fout.leeg"));
        }
        if (inhoud.length >= 2 && inhoud[0] == 'P' && inhoud[1] == 'K') {
            xlsx(inhoud, datumkolom, lezer);
            return;
        }
        var tekst = Csv.alsTekst(inhoud).orElseThrow(() -> new Onleesbaar(
                Berichten.tekst("bewonersimport.fout.geenCsv")));
        int eindeKop = tekst.indexOf('\n');
        var kop = eindeKop < 0 ? tekst : tekst.substring(0, eindeKop);
        char scheiding = kop.indexOf(';') < 0 && kop.indexOf(',') >= 0 ? ',' : Csv.SCHEIDINGSTEKEN;
        if (!csv(tekst, scheiding, lezer)) {
            throw new Onleesbaar(Berichten.tekst("bewonersimport.fout.leeg"));
        }
    }

    /**
     * Splits CSV text as {@link Csv#lees} does and hands each record on: the first as headings, then
     * every record with a non-blank cell. Returns whether there was a heading at all.
     */
    private static boolean csv(String tekst, char scheiding, Lezer lezer) {
        var velden = new ArrayList<String>(16);
        var veld = new StringBuilder(64);
        boolean binnen = false;
        boolean gequote = false;
        boolean kopGelezen = false;
        int regel = 1;
        int startRegel = 1;
        int n = tekst.length();
        int i = 0;
        while (i < n) {
            char c = tekst.charAt(i);
            if (binnen) {
                if (c == '"') {
                    if (i + 1 < n && tekst.charAt(i + 1) == '"') {
                        veld.append('"');
                        i++;
                    } else {
                        binnen = false;
                    }
                } else {
                    if (c == '\n') {
                        regel++;
                    }
                    veld.append(c);
                }
            } else if (c == '"' && veld.isEmpty() && !gequote) {
                binnen = true;
                gequote = true;
            } else if (c == scheiding) {
                velden.add(veld.toString());
                veld.setLength(0);
                gequote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && tekst.charAt(i + 1) == '\n') {
                    i++;
                }
                velden.add(veld.toString());
                veld.setLength(0);
                gequote = false;
                kopGelezen |= geef(velden, startRegel, kopGelezen, lezer);
                velden.clear();
                regel++;
                startRegel = regel;
            } else {
                veld.append(c);
            }
            i++;
        }
        if (!veld.isEmpty() || !velden.isEmpty() || gequote) {
            velden.add(veld.toString());
            kopGelezen |= geef(velden, startRegel, kopGelezen, lezer);
        }
        return kopGelezen;
    }

    /** One record: skipped when it is one empty field (as {@link Csv#lees}); the headings, or a row with any non-blank cell. */
    private static boolean geef(List<String> velden, int regelnummer, boolean kopGelezen, Lezer lezer) {
        if (velden.size() == 1 && velden.getFirst().isEmpty()) {
            return false;
        }
        if (!kopGelezen) {
            lezer.koppen(velden.stream().map(Bestand::kop).toList());
            return true;
        }
        var cellen = new String[velden.size()];
        boolean leeg = true;
        for (int k = 0; k < cellen.length; k++) {
            var w = velden.get(k);
            cellen[k] = w.isBlank() ? null : w.strip();
            leeg &= cellen[k] == null;
        }
        if (!leeg) {
            lezer.rij(new Rij(regelnummer, cellen));
        }
        return true;
    }

    private static void xlsx(byte[] inhoud, @Nullable String datumkolom, Lezer lezer) throws Onleesbaar {
        try (var werkboek = new ReadableWorkbook(new ByteArrayInputStream(inhoud));
             var stroom = werkboek.getFirstSheet().openStream()) {
            var iterator = stroom.iterator();
            if (!iterator.hasNext()) {
                throw new Onleesbaar(Berichten.tekst("bewonersimport.fout.leeg"));
            }
            var kopRij = iterator.next();
            var koppen = new ArrayList<String>();
            for (int k = 0; k < kopRij.getCellCount(); k++) {
                var t = tekst(kopRij, k, false);
                koppen.add(t == null ? "" : kop(t));
            }
            int datum = datumkolom == null ? -1 : koppen.indexOf(datumkolom);
            doorgeven(() -> lezer.koppen(koppen));
            while (iterator.hasNext()) {
                var rij = iterator.next();
                var cellen = new String[Math.max(koppen.size(), rij.getCellCount())];
                boolean leeg = true;
                for (int k = 0; k < cellen.length; k++) {
                    cellen[k] = tekst(rij, k, k == datum);
                    leeg &= cellen[k] == null;
                }
                if (!leeg) {
                    var gelezen = new Rij(rij.getRowNum(), cellen);
                    doorgeven(() -> lezer.rij(gelezen));
                }
            }
        } catch (Doorgegeven e) {
            throw e.oorzaak;
        } catch (IOException | RuntimeException e) {
            throw new Onleesbaar(Berichten.tekst("bewonersimport.fout.geenXlsx"));
        }
    }

    /** What the lezer throws (a refusal of the file) passes through the catch of the workbook's own errors. */
    private static final class Doorgegeven extends RuntimeException {
        private final RuntimeException oorzaak;

        Doorgegeven(RuntimeException oorzaak) {
            super(null, null, false, false);
            this.oorzaak = oorzaak;
        }
    }

    private static void doorgeven(Runnable stap) {
        try {
            stap.run();
        } catch (RuntimeException e) {
            throw new Doorgegeven(e);
        }
    }

    /** A cell as text; whole numbers without ".0"; a date cell (or a day count in the date column) as JJJJ-MM-DD. */
    private static @Nullable String tekst(Row rij, int k, boolean datum) {
        if (!rij.hasCell(k) || rij.getCell(k) == null || rij.getCell(k).getType() == CellType.EMPTY) {
            return null;
        }
        var cel = rij.getCell(k);
        if (cel.getType() == CellType.NUMBER) {
            BigDecimal getal = cel.asNumber();
            if (datum && getal.signum() > 0 && getal.compareTo(BigDecimal.valueOf(2_958_465)) <= 0) {
                // A spreadsheet date is a day count since 30-12-1899.
                return LocalDate.of(1899, 12, 30).plusDays(getal.longValue()).toString();
            }
            return getal.stripTrailingZeros().scale() <= 0 ? getal.toBigInteger().toString() : getal.toPlainString();
        }
        var t = cel.getText();
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** A heading compared without case, spaces or underscores: "Geslachts naam" is "geslachtsnaam". */
    static String kop(String tekst) {
        return tekst.replace("\uFEFF", "").replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
