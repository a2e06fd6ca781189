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
 */
record Bestand(List<String> koppen, List<Rij> rijen) {

    /** One person's row: its number in the file and its cells (missing cells are null). */
    record Rij(int nummer, @Nullable String[] cellen) {
        @Nullable String cel(int kolom) {
            return kolom < 0 || kolom >= cellen.length ? null : cellen[kolom];
        }
    }

    /** Why a file cannot be read at all, in the language of the request that checks it. */
    static final class Onleesbaar extends Exception {
        Onleesbaar(String melding) {
            super(melding, null, false, false);
        }
    }

    static Bestand lees(byte[] inhoud, @Nullable String datumkolom) throws Onleesbaar {
        if (inhoud.length == 0) {
            throw new Onleesbaar(Berichten.tekst("bewonersimport.fout.leeg"));
        }
        if (inhoud.length >= 2 && inhoud[0] == 'P' && inhoud[1] == 'K') {
            return xlsx(inhoud, datumkolom);
        }
        var tekst = Csv.alsTekst(inhoud).orElseThrow(() -> new Onleesbaar(
                Berichten.tekst("bewonersimport.fout.geenCsv")));
        int eindeKop = tekst.indexOf('\n');
        var kop = eindeKop < 0 ? tekst : tekst.substring(0, eindeKop);
        char scheiding = kop.indexOf(';') < 0 && kop.indexOf(',') >= 0 ? ',' : Csv.SCHEIDINGSTEKEN;
        var regels = Csv.lees(tekst, scheiding);
        if (regels.isEmpty()) {
            throw new Onleesbaar(Berichten.tekst("bewonersimport.fout.leeg"));
        }
        var koppen = regels.getFirst().velden().stream().map(Bestand::kop).toList();
        var rijen = new ArrayList<Rij>(regels.size());
        for (int i = 1; i < regels.size(); i++) {
            var regel = regels.get(i);
            var cellen = new String[regel.velden().size()];
            boolean leeg = true;
            for (int k = 0; k < cellen.length; k++) {
                var w = regel.velden().get(k);
                cellen[k] = w.isBlank() ? null : w.strip();
                leeg &= cellen[k] == null;
            }
            if (!leeg) {
                rijen.add(new Rij(regel.regelnummer(), cellen));
            }
        }
        return new Bestand(koppen, rijen);
    }

    private static Bestand xlsx(byte[] inhoud, @Nullable String datumkolom) throws Onleesbaar {
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
            var rijen = new ArrayList<Rij>();
            while (iterator.hasNext()) {
                var rij = iterator.next();
                var cellen = new String[Math.max(koppen.size(), rij.getCellCount())];
                boolean leeg = true;
                for (int k = 0; k < cellen.length; k++) {
                    cellen[k] = tekst(rij, k, k == datum);
                    leeg &= cellen[k] == null;
                }
                if (!leeg) {
                    rijen.add(new Rij(rij.getRowNum(), cellen));
                }
            }
            return new Bestand(koppen, rijen);
        } catch (IOException | RuntimeException e) {
            throw new Onleesbaar(Berichten.tekst("bewonersimport.fout.geenXlsx"));
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
