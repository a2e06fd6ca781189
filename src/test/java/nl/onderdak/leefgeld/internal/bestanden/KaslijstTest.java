// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.bestanden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.leefgeld.internal.bestanden.Kaslijst.Kasbetaling;
import nl.onderdak.leefgeld.internal.bestanden.Kaslijst.Kop;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printable list for paying living allowance in cash, read back as text with PDFBox. */
class KaslijstTest {

    private static final Kop KOP = new Kop("Utrecht", YearMonth.of(2023, 11), "RUN-2023-11-007", LocalDate.of(2023, 11, 24));

    private static final List<Kasbetaling> DRIE = List.of(
            new Kasbetaling("LG-0001", "Олена Коваленко", 3, new BigDecimal("1234.56")),
            new Kasbetaling("LG-0002", "Zoë Müller-Đorđević", 1, new BigDecimal("245.50")),
            new Kasbetaling("LG-0003", "Mykola Shevchenko", 2, new BigDecimal("88")));

    @Test
    void drieBetalingenStaanMetNaamBedragEnTotaalOpDeLijst() throws IOException {
        var pdf = schrijf(KOP, DRIE);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var tekst = tekst(pdf);
        assertThat(tekst).contains("Leefgeld contant — Utrecht — november 2023", "RUN-2023-11-007",
                "24 november 2023");
        assertThat(tekst).contains("Олена Коваленко", "Zoë Müller-Đorđević", "Mykola Shevchenko");
        assertThat(tekst).contains("LG-0001", "LG-0002", "LG-0003");
        assertThat(tekst).contains("€ 1.234,56", "€ 245,50", "€ 88,00");
        assertThat(tekst).contains("Aantal betalingen: 3", "Totaalbedrag: € 1.568,06", "Personen: 6");
        assertThat(tekst).contains("Nr.", "Referentie", "Ontvanger", "Personen", "Bedrag", "Handtekening",
                "Datum uitgereikt");
        assertThat(tekst).contains("Medewerker 1", "Medewerker 2", "Naam", "Pagina 1 van 1");
    }

    @Test
    void honderdtwintigBetalingenBeslaanMeerderePaginasMetDeKopOpElkePagina() throws IOException {
        var betalingen = new ArrayList<Kasbetaling>();
        for (int i = 1; i <= 120; i++) {
            var naam = i % 2 == 0 ? "Ірина Петренко " + i : "Anna de Vries " + i;
            betalingen.add(new Kasbetaling("LG-%04d".formatted(i), naam, 1 + i % 4, new BigDecimal("100.25")));
        }

        var pdf = schrijf(KOP, betalingen);

        try (var document = Loader.loadPDF(pdf)) {
            int paginas = document.getNumberOfPages();
            assertThat(paginas).isGreaterThan(2);
            var alles = new PDFTextStripper().getText(document);
            assertThat(alles).contains("Pagina 2 van " + paginas, "Pagina " + paginas + " van " + paginas);
            for (int i = 1; i <= 120; i++) {
                assertThat(alles).contains("LG-%04d".formatted(i));
            }
            assertThat(alles).contains("Ірина Петренко 120", "Anna de Vries 119");
            for (int p = 1; p <= paginas; p++) {
                var pagina = tekst(document, p);
                assertThat(pagina).as("pagina " + p).contains("Leefgeld contant — Utrecht — november 2023",
                        "RUN-2023-11-007", "Pagina " + p + " van " + paginas);
                if (p < paginas) {
                    assertThat(pagina).as("pagina " + p).contains("Referentie", "Ontvanger", "Handtekening",
                            "Datum uitgereikt");
                }
            }
            var laatste = tekst(document, paginas);
            assertThat(laatste).contains("Aantal betalingen: 120", "Totaalbedrag: € 12.030,00", "Medewerker 1",
                    "Medewerker 2");
            assertThat(tekst(document, 1)).doesNotContain("Totaalbedrag", "Medewerker 1");
        }
    }

    @Test
    void totalenEnVierOgenStaanSamenOpDeLaatstePaginaHoeveelRijenErOokZijn() throws IOException {
        var betalingen = new ArrayList<Kasbetaling>();
        for (int n = 1; n <= 35; n++) {
            betalingen.add(new Kasbetaling("LG-%04d".formatted(n), "Ontvanger " + n, 1, new BigDecimal("10.00")));
            try (var document = Loader.loadPDF(schrijf(KOP, betalingen))) {
                int paginas = document.getNumberOfPages();
                var laatste = tekst(document, paginas);
                assertThat(laatste).as(n + " rijen")
                        .contains("Aantal betalingen: " + n, "Totaalbedrag: " + Kaslijst.bedrag(BigDecimal.TEN.multiply(
                                BigDecimal.valueOf(n))), "Medewerker 1", "Medewerker 2", "Pagina " + paginas + " van " + paginas);
                for (int p = 1; p < paginas; p++) {
                    assertThat(tekst(document, p)).as(n + " rijen, pagina " + p).doesNotContain("Totaalbedrag", "Medewerker");
                }
                var alles = new PDFTextStripper().getText(document);
                assertThat(alles).as(n + " rijen").contains("LG-%04d".formatted(n), "Ontvanger " + n);
            }
        }
    }

    @Test
    void eenLegeLijstZegtGeenContanteBetalingen() throws IOException {
        var pdf = schrijf(KOP, List.of());

        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        var tekst = tekst(pdf);
        assertThat(tekst).contains("Geen contante betalingen", "Leefgeld contant — Utrecht — november 2023",
                "Pagina 1 van 1");
        assertThat(tekst).doesNotContain("Handtekening");
    }

    @Test
    void deMaandStaatInHetNederlandsInDeTitel() {
        assertThat(Kaslijst.titel(KOP)).isEqualTo("Leefgeld contant — Utrecht — november 2023");
        var maart = new Kop("Súdwest-Fryslân", YearMonth.of(2024, 3), "R1", LocalDate.of(2024, 3, 1));
        assertThat(Kaslijst.titel(maart)).isEqualTo("Leefgeld contant — Súdwest-Fryslân — maart 2024");
    }

    @Test
    void bedragenStaanInNederlandseNotatieMetEuroteken() {
        assertThat(Kaslijst.bedrag(new BigDecimal("1234.56"))).isEqualTo("€ 1.234,56");
        assertThat(Kaslijst.bedrag(new BigDecimal("0.5"))).isEqualTo("€ 0,50");
        assertThat(Kaslijst.bedrag(new BigDecimal("260"))).isEqualTo("€ 260,00");
        assertThat(Kaslijst.bedrag(new BigDecimal("1234567.80"))).isEqualTo("€ 1.234.567,80");
    }

    @Test
    void titelTaalEnAuteurStaanInDeMetadata() throws IOException {
        try (var document = Loader.loadPDF(schrijf(KOP, DRIE))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Leefgeld contant — Utrecht — november 2023");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Utrecht");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void hetLettertypeIsDejaVuSansIngebedAlsDeelverzameling() throws IOException {
        try (var document = Loader.loadPDF(schrijf(KOP, DRIE))) {
            var hulpbronnen = document.getPage(0).getResources();
            var namen = new ArrayList<String>();
            for (var naam : hulpbronnen.getFontNames()) {
                var lettertype = hulpbronnen.getFont(naam);
                assertThat(lettertype).isInstanceOf(PDType0Font.class);
                assertThat(lettertype.isEmbedded()).isTrue();
                namen.add(lettertype.getName());
            }
            assertThat(namen).isNotEmpty().allSatisfy(n -> assertThat(n).matches("[A-Z]{6}\\+DejaVuSans"));
        }
    }

    @Test
    void dePaginaIsA4Liggend() throws IOException {
        try (var document = Loader.loadPDF(schrijf(KOP, DRIE))) {
            var formaat = document.getPage(0).getMediaBox();
            assertThat(formaat.getWidth()).isCloseTo(841.89f, offset(0.1f));
            assertThat(formaat.getHeight()).isCloseTo(595.28f, offset(0.1f));
        }
    }

    @Test
    void tekensDieHetLettertypeNietKentWordenVraagtekensZonderDeLijstTeBreken() throws IOException {
        var betalingen = List.of(new Kasbetaling("LG-0009", "王芳 Li", 1, new BigDecimal("10.00")),
                new Kasbetaling("LG-0010", "Anna\u00ADlena\u200B van\tDijk\nJansen", 1, new BigDecimal("20.00")));

        var tekst = tekst(schrijf(KOP, betalingen));

        assertThat(tekst).contains("?? Li", "Annalena van Dijk Jansen", "€ 30,00");
    }

    @Test
    void eenLangeNaamLooptDoorOpDeVolgendeRegelVanDezelfdeCel() throws IOException {
        var lang = "Oleksandra Volodymyrivna Shevchenko-Kovalenko-Bondarenko Tkachenko Kravchenko";
        var betalingen = List.of(new Kasbetaling("LG-0001", lang, 4, new BigDecimal("400.00")),
                new Kasbetaling("LG-0002", "Kort", 1, new BigDecimal("100.00")));

        var tekst = tekst(schrijf(KOP, betalingen));

        assertThat(tekst).contains("Oleksandra", "Tkachenko Kravchenko", "Kort", "€ 500,00");
        assertThat(tekst.lines().filter(l -> l.contains("Oleksandra"))).noneMatch(l -> l.contains("Kravchenko"));
    }

    @Test
    void deUitvoerstroomBlijftOpenVoorDeAanroeper() {
        var uit = new ByteArrayOutputStream();
        var bewaakt = new OutputStream() {
            boolean gesloten;

            @Override
            public void write(int b) {
                uit.write(b);
            }

            @Override
            public void write(byte[] b, int vanaf, int lengte) {
                uit.write(b, vanaf, lengte);
            }

            @Override
            public void close() {
                gesloten = true;
            }
        };

        Kaslijst.schrijf(KOP, DRIE, bewaakt);

        assertThat(bewaakt.gesloten).isFalse();
        assertThat(uit.size()).isPositive();
    }

    @Test
    void eenBetalingZonderBedragOntvangerOfPersonenWordtGeweigerd() {
        assertThatThrownBy(() -> new Kasbetaling("LG-1", "A", 1, new BigDecimal("-5.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kasbetaling("LG-1", "A", 1, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kasbetaling("LG-1", "A", 1, new BigDecimal("1.005")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kasbetaling("LG-1", " ", 1, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kasbetaling("LG-1", "A", 0, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kasbetaling(null, "A", 1, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Kasbetaling("LG-1", "A", 1, new BigDecimal("12.500")).bedrag()).isEqualByComparingTo("12.5");
    }

    private static byte[] schrijf(Kop kop, List<Kasbetaling> betalingen) {
        var uit = new ByteArrayOutputStream();
        Kaslijst.schrijf(kop, betalingen, uit);
        return uit.toByteArray();
    }

    private static String tekst(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String tekst(PDDocument document, int pagina) throws IOException {
        var lezer = new PDFTextStripper();
        lezer.setStartPage(pagina);
        lezer.setEndPage(pagina);
        return lezer.getText(document);
    }
}
