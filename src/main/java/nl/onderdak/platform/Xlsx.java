// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes a one-sheet XLSX workbook. Text cells are made formula-safe ({@link Csv#formuleVeilig}),
 * numbers stay numbers and dates are real dates, so a spreadsheet can sum them.
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {
    }

    /** A sheet: its name, column headings, rows of values (String, Number, LocalDate or null). */
    public record Blad(String naam, List<String> kolommen, List<List<Object>> rijen) {
    }

    public static void schrijf(Blad blad, OutputStream uit) {
        schrijf(List.of(blad), uit);
    }

    /** A workbook with the sheets in order. */
    public static void schrijf(List<Blad> bladen, OutputStream uit) {
        try {
            var werkboek = new Workbook(uit, "Onderdak", "1.0");
            for (var blad : bladen) {
                schrijfBlad(werkboek, blad);
            }
            werkboek.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void schrijfBlad(Workbook werkboek, Blad blad) {
        var ws = werkboek.newWorksheet(blad.naam());
        for (int k = 0; k < blad.kolommen().size(); k++) {
            ws.value(0, k, Csv.formuleVeilig(blad.kolommen().get(k)));
            ws.style(0, k).bold().set();
        }
        for (int r = 0; r < blad.rijen().size(); r++) {
            var rij = blad.rijen().get(r);
            for (int k = 0; k < rij.size(); k++) {
                switch (rij.get(k)) {
                    case null -> { }
                    case BigDecimal b -> ws.value(r + 1, k, b);
                    case Number n -> ws.value(r + 1, k, n);
                    case LocalDate d -> {
                        ws.value(r + 1, k, d);
                        ws.style(r + 1, k).format("yyyy-mm-dd").set();
                    }
                    case Boolean b -> ws.value(r + 1, k, b);
                    default -> ws.value(r + 1, k, Csv.formuleVeilig(rij.get(k).toString()));
                }
            }
        }
        ws.freezePane(0, 1);
    }
}
