// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** What {@link Xlsx} writes, read back with fastexcel-reader as a spreadsheet program would see it. */
class XlsxTest {

    private static byte[] schrijf(List<Xlsx.Blad> bladen) {
        var uit = new ByteArrayOutputStream();
        Xlsx.schrijf(bladen, uit);
        return uit.toByteArray();
    }

    /** The rows of a sheet, with each cell's number format read as well. */
    private static List<Row> rijen(byte[] xlsx, int blad) throws IOException {
        try (var werkboek = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            return werkboek.getSheet(blad).orElseThrow().read();
        }
    }

    private static List<String> bladnamen(byte[] xlsx) throws IOException {
        try (var werkboek = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return werkboek.getSheets().map(Sheet::getName).toList();
        }
    }

    private static List<Object> rij(Object... waarden) {
        return new ArrayList<>(Arrays.asList(waarden));
    }

    @Test
    void tekstDieEenSpreadsheetAlsFormuleZouUitvoerenKrijgtEenApostrofVooraan() throws IOException {
        var gevaarlijk = List.of("=SUM(A1:A9)", "+31 6 12345678", "-2+3", "@cmd", "\tTAB", "\rCR",
                "=HYPERLINK(\"http://evil\",\"klik\")");
        var rijen = new ArrayList<List<Object>>();
        gevaarlijk.forEach(t -> rijen.add(rij(t)));

        var gelezen = rijen(schrijf(List.of(new Xlsx.Blad("Blad", List.of("waarde"), rijen))), 0);

        assertThat(gelezen).hasSize(1 + gevaarlijk.size());
        for (int i = 0; i < gevaarlijk.size(); i++) {
            Cell cel = gelezen.get(i + 1).getCell(0);
            assertThat(cel.getType()).as(gevaarlijk.get(i)).isEqualTo(CellType.STRING);
            assertThat(cel.getFormula()).as(gevaarlijk.get(i)).isNull();
            assertThat(cel.getText()).isEqualTo("'" + gevaarlijk.get(i));
        }
    }

    @Test
    void gewoneTekstEnTekstMetEenFormuletekenVerderopBlijvenOngewijzigd() throws IOException {
        var gewoon = List.of("Hotel De Linde", "3511 AB", "a=b", "e-mail@voorbeeld.nl", "Gemeente 's-Hertogenbosch");
        var rijen = new ArrayList<List<Object>>();
        gewoon.forEach(t -> rijen.add(rij(t)));

        var gelezen = rijen(schrijf(List.of(new Xlsx.Blad("Blad", List.of("waarde"), rijen))), 0);

        assertThat(gelezen.subList(1, gelezen.size())).extracting(r -> r.getCell(0).getText())
                .containsExactlyElementsOf(gewoon);
    }

    @Test
    void eenKolomkopDieMetEenFormuletekenBegintWordtOokOnschadelijkGemaakt() throws IOException {
        var gelezen = rijen(schrijf(List.of(new Xlsx.Blad("Blad", List.of("naam", "=1+1", "-saldo"), List.of()))), 0);

        assertThat(gelezen).hasSize(1);
        assertThat(gelezen.getFirst().stream().map(Cell::getText).toList()).containsExactly("naam", "'=1+1", "'-saldo");
    }

    @Test
    void getallenBlijvenGetallenOokNegatieveEnDecimale() throws IOException {
        var gelezen = rijen(schrijf(List.of(new Xlsx.Blad("Blad", List.of("a", "b", "c", "d"),
                List.of(rij(42, -7, new BigDecimal("12.5"), 3_000_000_000L))))), 0);

        var cellen = gelezen.get(1);
        for (int k = 0; k < 4; k++) {
            assertThat(cellen.getCell(k).getType()).as("kolom " + k).isEqualTo(CellType.NUMBER);
        }
        assertThat(cellen.getCell(0).asNumber()).isEqualByComparingTo("42");
        assertThat(cellen.getCell(1).asNumber()).isEqualByComparingTo("-7");
        assertThat(cellen.getCell(2).asNumber()).isEqualByComparingTo("12.5");
        assertThat(cellen.getCell(3).asNumber()).isEqualByComparingTo("3000000000");
    }

    @Test
    void datumsZijnEchteDatumsMetEenDatumopmaak() throws IOException {
        var gelezen = rijen(schrijf(List.of(new Xlsx.Blad("Blad", List.of("datum"),
                List.of(rij(LocalDate.of(2026, 1, 31)), rij(LocalDate.of(2024, 2, 29)))))), 0);

        var cel = gelezen.get(1).getCell(0);
        assertThat(cel.getType()).isEqualTo(CellType.NUMBER);
        assertThat(cel.getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(cel.asDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        // Excel's serial number for 2026-01-31 (days since 1899-12-30).
        assertThat(cel.asNumber()).isEqualByComparingTo("46053");
        assertThat(gelezen.get(2).getCell(0).asDate().toLocalDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void legeWaardenLatenDeCelLeegEnBooleansBlijvenBooleans() throws IOException {
        var gelezen = rijen(schrijf(List.of(new Xlsx.Blad("Blad", List.of("a", "b", "c"),
                List.of(rij("x", null, true))))), 0);

        var cellen = gelezen.get(1);
        assertThat(cellen.getCell(0).getText()).isEqualTo("x");
        assertThat(cellen.getCellAsString(1)).isEmpty();
        assertThat(cellen.getCell(2).getType()).isEqualTo(CellType.BOOLEAN);
        assertThat(cellen.getCell(2).asBoolean()).isTrue();
    }

    @Test
    void meerdereBladenStaanInDeOpgegevenVolgordeElkMetHunEigenRijen() throws IOException {
        var xlsx = schrijf(List.of(
                new Xlsx.Blad("Locaties", List.of("naam"), List.of(rij("eerste"))),
                new Xlsx.Blad("Toelichting", List.of("kolom", "uitleg"), List.of(rij("naam", "de naam"), rij("soort", "-"))),
                new Xlsx.Blad("Zonder rijen", List.of("leeg"), List.of())));

        assertThat(bladnamen(xlsx)).containsExactly("Locaties", "Toelichting", "Zonder rijen");
        assertThat(rijen(xlsx, 0)).extracting(r -> r.getCell(0).getText()).containsExactly("naam", "eerste");
        assertThat(rijen(xlsx, 1)).extracting(r -> r.getCell(1).getText()).containsExactly("uitleg", "de naam", "'-");
        assertThat(rijen(xlsx, 2)).extracting(r -> r.getCell(0).getText()).containsExactly("leeg");
    }

    @Test
    void eenEnkelBladSchrijvenGeeftEenWerkmapMetDatBlad() throws IOException {
        var uit = new ByteArrayOutputStream();
        Xlsx.schrijf(new Xlsx.Blad("KCIO 2026-11-22", List.of("a"), List.of(rij(1))), uit);

        assertThat(ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(uit.toByteArray(), 8))).isTrue();
        assertThat(bladnamen(uit.toByteArray())).containsExactly("KCIO 2026-11-22");
    }
}
