// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.bestanden;

import nl.onderdak.leefgeld.Iban;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import nl.onderdak.leefgeld.internal.bestanden.Sepa.OngeldigBestand;
import nl.onderdak.leefgeld.internal.bestanden.Sepa.Opdrachtgever;
import nl.onderdak.leefgeld.internal.bestanden.Sepa.Overboeking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/** The pain.001.001.09 payment file: content per the EPC guidelines, the schema check, character set and limits. */
class SepaTest {

    private static final OffsetDateTime AANGEMAAKT = OffsetDateTime.of(2026, 3, 2, 9, 30, 15, 123_000_000, ZoneOffset.ofHours(1));
    private static final LocalDate UITVOERDATUM = LocalDate.of(2026, 3, 4);
    private static final Opdrachtgever GEMEENTE = new Opdrachtgever("Gemeente Utrecht", new Iban("NL91ABNA0417164300"), "ABNANL2A");

    private static List<Overboeking> drie() {
        return List.of(
                new Overboeking("LG-2026-03-000001", "Olena Kovalenko-Ševčenko", new Iban("NL44RABO0123456789"),
                        new BigDecimal("250.00"), "Leefgeld maart 2026"),
                new Overboeking("LG-2026-03-000002", "Андрій Шевченко", new Iban("DE89370400440532013000"),
                        new BigDecimal("125.5"), "Leefgeld maart 2026"),
                new Overboeking("LG-2026-03-000003", "Zoë Müller", new Iban("BE68539007547034"),
                        new BigDecimal("0.01"), null));
    }

    private static byte[] schrijf(Opdrachtgever opdrachtgever, List<Overboeking> overboekingen) {
        var uit = new ByteArrayOutputStream();
        Sepa.schrijf("LG-2026-03", AANGEMAAKT, opdrachtgever, UITVOERDATUM, overboekingen, uit);
        return uit.toByteArray();
    }

    private static Document lees(byte[] xml) throws Exception {
        var fabriek = DocumentBuilderFactory.newDefaultInstance();
        fabriek.setNamespaceAware(true);
        fabriek.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return fabriek.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static XPath xpath() {
        var xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "p".equals(prefix) ? Sepa.NAAMRUIMTE : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }

    private static String waarde(Document document, String pad) throws Exception {
        return xpath().evaluate(pad, document);
    }

    @Test
    void eenBestandMetDrieOverboekingenVoldoetAanHetSchemaEnTeltGoed() throws Exception {
        var xml = schrijf(GEMEENTE, drie());

        assertThatCode(() -> Sepa.valideer(xml)).doesNotThrowAnyException();

        var document = lees(xml);
        assertThat(waarde(document, "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:NbOfTxs")).isEqualTo("3");
        assertThat(waarde(document, "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum")).isEqualTo("375.51");
        assertThat(waarde(document, "//p:PmtInf/p:NbOfTxs")).isEqualTo("3");
        assertThat(waarde(document, "//p:PmtInf/p:CtrlSum")).isEqualTo("375.51");
        assertThat(waarde(document, "//p:GrpHdr/p:MsgId")).isEqualTo("LG-2026-03");
        assertThat(waarde(document, "//p:GrpHdr/p:CreDtTm")).isEqualTo("2026-03-02T09:30:15+01:00");
        assertThat(waarde(document, "//p:GrpHdr/p:InitgPty/p:Nm")).isEqualTo("Gemeente Utrecht");
        assertThat(waarde(document, "//p:PmtInf/p:PmtMtd")).isEqualTo("TRF");
        assertThat(waarde(document, "//p:PmtInf/p:BtchBookg")).isEqualTo("true");
        assertThat(waarde(document, "//p:PmtInf/p:PmtTpInf/p:SvcLvl/p:Cd")).isEqualTo("SEPA");
        assertThat(waarde(document, "//p:PmtInf/p:ReqdExctnDt/p:Dt")).isEqualTo("2026-03-04");
        assertThat(waarde(document, "//p:PmtInf/p:DbtrAcct/p:Id/p:IBAN")).isEqualTo("NL91ABNA0417164300");
        assertThat(waarde(document, "//p:PmtInf/p:DbtrAgt/p:FinInstnId/p:BICFI")).isEqualTo("ABNANL2A");
        assertThat(waarde(document, "//p:PmtInf/p:ChrgBr")).isEqualTo("SLEV");
        assertThat(waarde(document, "count(//p:CdtTrfTxInf)")).isEqualTo("3");
        assertThat(waarde(document, "//p:CdtTrfTxInf[2]/p:PmtId/p:EndToEndId")).isEqualTo("LG-2026-03-000002");
        assertThat(waarde(document, "//p:CdtTrfTxInf[2]/p:Amt/p:InstdAmt")).isEqualTo("125.50");
        assertThat(waarde(document, "//p:CdtTrfTxInf[2]/p:Amt/p:InstdAmt/@Ccy")).isEqualTo("EUR");
        assertThat(waarde(document, "//p:CdtTrfTxInf[3]/p:Amt/p:InstdAmt")).isEqualTo("0.01");
        assertThat(waarde(document, "//p:CdtTrfTxInf[2]/p:CdtrAcct/p:Id/p:IBAN")).isEqualTo("DE89370400440532013000");
        assertThat(waarde(document, "//p:CdtTrfTxInf[1]/p:RmtInf/p:Ustrd")).isEqualTo("Leefgeld maart 2026");
        assertThat(waarde(document, "count(//p:CdtTrfTxInf[3]/p:RmtInf)")).as("no text, no RmtInf").isEqualTo("0");
    }

    @Test
    void hetBestandIsUtf8MetXmlDeclaratieEnEenElementPerRegel() {
        var tekst = new String(schrijf(GEMEENTE, drie()), StandardCharsets.UTF_8);

        assertThat(tekst).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"" + Sepa.NAAMRUIMTE + "\">");
        assertThat(tekst).contains("\n          <InstdAmt Ccy=\"EUR\">250.00</InstdAmt>\n");
    }

    @Test
    void zonderBicWordtDeBankVanDeOpdrachtgeverAlsNotprovidedOpgegeven() throws Exception {
        var zonderBic = new Opdrachtgever("Gemeente Utrecht", new Iban("NL91ABNA0417164300"), null);
        var xml = schrijf(zonderBic, drie());

        assertThatCode(() -> Sepa.valideer(xml)).doesNotThrowAnyException();
        var document = lees(xml);
        assertThat(waarde(document, "//p:DbtrAgt/p:FinInstnId/p:Othr/p:Id")).isEqualTo("NOTPROVIDED");
        assertThat(waarde(document, "count(//p:DbtrAgt//p:BICFI)")).isEqualTo("0");
    }

    @Test
    void namenInHetBestandZijnTeruggebrachtTotDeSepaTekenset() throws Exception {
        var document = lees(schrijf(GEMEENTE, drie()));

        assertThat(waarde(document, "//p:CdtTrfTxInf[1]/p:Cdtr/p:Nm")).isEqualTo("Olena Kovalenko-Sevcenko");
        assertThat(waarde(document, "//p:CdtTrfTxInf[2]/p:Cdtr/p:Nm")).isEqualTo("Andrii Shevchenko");
        assertThat(waarde(document, "//p:CdtTrfTxInf[3]/p:Cdtr/p:Nm")).isEqualTo("Zoe Muller");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Olena Kovalenko-Ševčenko | Olena Kovalenko-Sevcenko",
            "Zoë Müller-Lüdenscheidt | Zoe Muller-Ludenscheidt",
            "Ćirić Łukasz Øster | Ciric Lukasz Oster",
            "Straße | Strasse",
            "François D’Hondt | Francois D'Hondt",
            "Jan – de Vries | Jan - de Vries",
            "Олена Коваленко | Olena Kovalenko",
            "Huur & servicekosten <maart> | Huur servicekosten maart",
            "\"Leefgeld\"   april;  2026 | Leefgeld april 2026",
            "Noord/Zuid (a+b) ? 1,5: 'x'. | Noord/Zuid (a+b) ? 1,5: 'x'.",
            "吴 Wei 🙂 | Wei"})
    void tekstenWordenTeruggebrachtTotDeSepaTekenset(String tekst, String verwacht) {
        assertThat(Sepa.sepaTekst(tekst, 140)).isEqualTo(verwacht);
    }

    @Test
    void namenEnOmschrijvingenWordenAfgekaptOpHunMaximum() throws Exception {
        var langeNaam = "Kovalenko ".repeat(12);
        var langeTekst = "Leefgeld ".repeat(20);
        var overboeking = new Overboeking("LG-1", langeNaam, new Iban("NL44RABO0123456789"), BigDecimal.TEN, langeTekst);
        var xml = schrijf(GEMEENTE, List.of(overboeking));

        assertThatCode(() -> Sepa.valideer(xml)).doesNotThrowAnyException();
        var document = lees(xml);
        var naam = waarde(document, "//p:Cdtr/p:Nm");
        var omschrijving = waarde(document, "//p:Ustrd");
        assertThat(naam).hasSizeLessThanOrEqualTo(70).isEqualTo(langeNaam.substring(0, 70).strip());
        assertThat(omschrijving).hasSizeLessThanOrEqualTo(140).isEqualTo(langeTekst.substring(0, 140).strip());
        assertThat(Sepa.sepaTekst(null, 70)).isEmpty();
    }

    @Test
    void eenBedragMetDrieDecimalenDoorDeHandIngevuldWordtAfgekeurdMetRegelEnKolom() {
        var tekst = new String(schrijf(GEMEENTE, drie()), StandardCharsets.UTF_8)
                .replace(">250.00</InstdAmt>", ">250.001</InstdAmt>");

        assertThatThrownBy(() -> Sepa.valideer(tekst.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(OngeldigBestand.class, e -> {
                    assertThat(e.regel()).isEqualTo(regelVan(tekst, "250.001"));
                    assertThat(e.kolom()).isPositive();
                    assertThat(e.getMessage()).startsWith("regel " + e.regel() + ", kolom " + e.kolom() + ": ")
                            .contains("250.001");
                });
    }

    @Test
    void eenOntbrekendVerplichtElementWordtAfgekeurdMetDeNaamVanHetElement() {
        var tekst = new String(schrijf(GEMEENTE, drie()), StandardCharsets.UTF_8)
                .replaceFirst("\\s*<Dbtr>\\s*<Nm>Gemeente Utrecht</Nm>\\s*</Dbtr>", "");

        assertThatThrownBy(() -> Sepa.valideer(tekst.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(OngeldigBestand.class)
                .hasMessageContaining("DbtrAcct")
                .hasMessageContaining("Dbtr")
                .hasMessageStartingWith("regel " + regelVan(tekst, "<DbtrAcct>"));
    }

    @Test
    void eenTeLangeNaamDoorDeHandIngevuldWordtAfgekeurd() {
        var tekst = new String(schrijf(GEMEENTE, drie()), StandardCharsets.UTF_8)
                .replace("<Nm>Zoe Muller</Nm>", "<Nm>" + "Z".repeat(71) + "</Nm>");

        assertThatThrownBy(() -> Sepa.valideer(tekst.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(OngeldigBestand.class)
                .hasMessageContaining("70");
    }

    @Test
    void eenAnderBerichtOfAndereNaamruimteWordtAfgekeurd() {
        var tekst = new String(schrijf(GEMEENTE, drie()), StandardCharsets.UTF_8)
                .replace("pain.001.001.09", "pain.001.001.03");

        assertThatThrownBy(() -> Sepa.valideer(tekst.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(OngeldigBestand.class)
                .hasMessageContaining("Document");
    }

    @Test
    void eenDoctypeMetExterneEntiteitWordtGeweigerdZonderDeEntiteitTeLezen() {
        var xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Document [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn>&geheim;</CstmrCdtTrfInitn></Document>
                """;

        assertThatThrownBy(() -> Sepa.valideer(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(OngeldigBestand.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void geenXmlWordtAfgekeurd() {
        assertThatThrownBy(() -> Sepa.valideer("end_to_end_id,status\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(OngeldigBestand.class)
                .hasMessageStartingWith("regel 1, kolom 1: ");
        assertThatThrownBy(() -> Sepa.valideer(new byte[0])).isInstanceOf(OngeldigBestand.class);
    }

    @Test
    void honderdduizendOverboekingenWordenGeschrevenEnGevalideerd() {
        var ibans = new ArrayList<Iban>();
        for (int i = 0; i < 1_000; i++) {
            ibans.add(new Iban(nl.onderdak.leefgeld.IbanTest.metControlecijfers("NL", "INGB" + String.format("%010d", 1_000_000 + i))));
        }
        var overboekingen = new ArrayList<Overboeking>(100_000);
        var som = BigDecimal.ZERO;
        for (int i = 0; i < 100_000; i++) {
            var bedrag = BigDecimal.valueOf(10_000 + i % 50_000, 2);
            som = som.add(bedrag);
            overboekingen.add(new Overboeking("LG-2026-03-" + String.format("%06d", i), "Ontvanger Kovalenko-Ševčenko " + i,
                    ibans.get(i % ibans.size()), bedrag, "Leefgeld maart 2026 huishouden " + i));
        }

        var uit = new ByteArrayOutputStream(64 << 20);
        long start = System.nanoTime();
        Sepa.schrijf("LG-2026-03-GROOT", AANGEMAAKT, GEMEENTE, UITVOERDATUM, overboekingen, uit);
        long geschreven = System.nanoTime();
        var xml = uit.toByteArray();
        Sepa.valideer(xml);
        long gevalideerd = System.nanoTime();

        System.out.printf("100.000 overboekingen: %,d bytes; schrijven %d ms, valideren %d ms, samen %d ms%n", xml.length,
                (geschreven - start) / 1_000_000, (gevalideerd - geschreven) / 1_000_000, (gevalideerd - start) / 1_000_000);
        var kop = new String(xml, 0, 2_000, StandardCharsets.UTF_8);
        assertThat(kop).contains("<NbOfTxs>100000</NbOfTxs>").contains("<CtrlSum>" + som.setScale(2).toPlainString() + "</CtrlSum>");
    }

    @Test
    void eenLegeLijstWordtGeweigerd() {
        assertThatThrownBy(() -> schrijf(GEMEENTE, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schrijf(GEMEENTE, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "0.00", "-1.00", "10.005", "0.001", "1000000000.00", "999999999.991"})
    void eenBedragVanNulOfMinderMeerDanTweeDecimalenOfBovenHetMaximumWordtGeweigerd(String bedrag) {
        assertThatThrownBy(() -> new Overboeking("LG-1", "Olena", new Iban("NL44RABO0123456789"), new BigDecimal(bedrag), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"999999999.99, 999999999.99", "10.500, 10.50", "7, 7.00", "0.01, 0.01", "1E+2, 100.00"})
    void eenBedragWordtMetPreciesTweeDecimalenGeschreven(String bedrag, String geschreven) {
        var overboeking = new Overboeking("LG-1", "Olena", new Iban("NL44RABO0123456789"), new BigDecimal(bedrag), null);
        var xml = schrijf(GEMEENTE, List.of(overboeking));

        assertThatCode(() -> Sepa.valideer(xml)).doesNotThrowAnyException();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<InstdAmt Ccy=\"EUR\">" + geschreven + "</InstdAmt>");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "LG_2026_1", "/LG-1", "LG-1/", "LG//1", "LG-Ševčenko", "123456789012345678901234567890123456"})
    void eenOnbruikbareEndToEndIdWordtGeweigerdInPlaatsVanVeranderd(String id) {
        assertThatThrownBy(() -> new Overboeking(id, "Olena", new Iban("NL44RABO0123456789"), BigDecimal.TEN, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eenEndToEndIdVanPrecies35TekensMag() {
        assertThatCode(() -> new Overboeking("1".repeat(35), "Olena", new Iban("NL44RABO0123456789"), BigDecimal.TEN, null))
                .doesNotThrowAnyException();
    }

    @Test
    void eenDubbeleEndToEndIdInEenBestandWordtGeweigerd() {
        var a = new Overboeking("LG-1", "Olena", new Iban("NL44RABO0123456789"), BigDecimal.TEN, null);
        var b = new Overboeking("LG-1", "Andrii", new Iban("BE68539007547034"), BigDecimal.ONE, null);

        assertThatThrownBy(() -> schrijf(GEMEENTE, List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LG-1");
    }

    @Test
    void ontbrekendeOfOnbruikbareGegevensWordenGeweigerd() {
        var iban = new Iban("NL44RABO0123456789");
        assertThatThrownBy(() -> new Overboeking("LG-1", "  ", iban, BigDecimal.TEN, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Overboeking("LG-1", "🙂", iban, BigDecimal.TEN, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Overboeking("LG-1", "Olena", null, BigDecimal.TEN, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Overboeking("LG-1", "Olena", iban, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Opdrachtgever("", iban, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Opdrachtgever("Gemeente Utrecht", iban, "ABNA NL 2A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Opdrachtgever("Gemeente Utrecht", iban, "ABNANL2")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Opdrachtgever("Gemeente Utrecht", iban, " abnanl2axxx ").bic()).isEqualTo("ABNANL2AXXX");
        assertThat(new Opdrachtgever("Gemeente Utrecht", iban, " ").bic()).isNull();

        var uit = new ByteArrayOutputStream();
        var een = List.of(new Overboeking("LG-1", "Olena", iban, BigDecimal.TEN, null));
        assertThatThrownBy(() -> Sepa.schrijf("", AANGEMAAKT, GEMEENTE, UITVOERDATUM, een, uit)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sepa.schrijf("x".repeat(36), AANGEMAAKT, GEMEENTE, UITVOERDATUM, een, uit)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sepa.schrijf("LG-1", AANGEMAAKT, GEMEENTE, null, een, uit)).isInstanceOf(NullPointerException.class);
        assertThat(uit.size()).as("nothing written for a refused file").isZero();
    }

    @Test
    void deUitvoerstroomWordtNietGesloten() {
        var gesloten = new boolean[1];
        var uit = new ByteArrayOutputStream() {
            @Override
            public void close() {
                gesloten[0] = true;
            }
        };
        Sepa.schrijf("LG-1", AANGEMAAKT, GEMEENTE, UITVOERDATUM, drie(), uit);

        assertThat(gesloten[0]).isFalse();
        assertThat(uit.size()).isPositive();
    }

    private static int regelVan(String tekst, String stuk) {
        int index = tekst.indexOf(stuk);
        return (int) tekst.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
