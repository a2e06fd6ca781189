// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.bestanden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.onderdak.leefgeld.internal.bestanden.Bankresultaat.Resultaat;
import nl.onderdak.leefgeld.internal.bestanden.Bankresultaat.Uitkomst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the bank's result of a payment file: our CSV and camt.054.001.08, all or nothing. */
class BankresultaatTest {

    private static byte[] bestand(String naam) {
        try (var in = BankresultaatTest.class.getResourceAsStream("/leefgeld/" + naam)) {
            assertThat(in).as(naam).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] tekst(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    // --- CSV ---

    @Test
    void csvMetBetaaldeEnMisluktePostenWordtGelezen() {
        var resultaat = Bankresultaat.leesCsv(bestand("bankresultaat.csv"));

        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.uitkomsten()).containsExactly(
                new Uitkomst("LG-2026-03-000001", true, null),
                new Uitkomst("LG-2026-03-000002", false, "AC04 rekening opgeheven"),
                new Uitkomst("LG-2026-03-000003", false, "Rekening staat op naam van een ander, geld teruggestort"),
                new Uitkomst("LG-2026-03-000004", true, null),
                new Uitkomst("LG-2026-03-000005", false, "MD07 rekeninghouder overleden"));
    }

    @Test
    void elkeFouteRegelInDeCsvWordtMetRegelnummerGenoemdEnNietsWordtGeleverd() {
        var resultaat = Bankresultaat.leesCsv(bestand("bankresultaat-fouten.csv"));

        assertThat(resultaat.uitkomsten()).as("all or nothing").isEmpty();
        assertThat(resultaat.fouten()).containsExactly(
                "regel 3: end_to_end_id ontbreekt",
                "regel 4: onbekende status 'onbekend' (betaald of mislukt)",
                "regel 5: reden ontbreekt bij status mislukt",
                "regel 6: end_to_end_id LG-1 staat ook op regel 2",
                "regel 7: 3 velden verwacht, 1 gevonden",
                "regel 8: 3 velden verwacht, 4 gevonden",
                "regel 9: end_to_end_id 'LG-6?op twee regels' is geen SEPA-kenmerk (1 tot 35 tekens: letters, cijfers,"
                        + " spatie en / - ? : ( ) . , ' +)",
                "regel 11: status ontbreekt (betaald of mislukt)",
                "regel 12: end_to_end_id 'LG_8' is geen SEPA-kenmerk (1 tot 35 tekens: letters, cijfers,"
                        + " spatie en / - ? : ( ) . , ' +)");
    }

    @Test
    void eenVerkeerdeKopregelWordtGeweigerd() {
        var resultaat = Bankresultaat.leesCsv(bestand("bankresultaat-verkeerde-kop.csv"));

        assertThat(resultaat.uitkomsten()).isEmpty();
        assertThat(resultaat.fouten()).containsExactly(
                "regel 1: kopregel moet end_to_end_id,status,reden zijn, maar is id,status,reason");
    }

    @Test
    void eenKopregelMetHoofdlettersEnSpatiesMagEnEenBomOok() {
        var resultaat = Bankresultaat.leesCsv(tekst("\uFEFFEnd_To_End_Id, Status ,REDEN\nLG-1,betaald,\n"));

        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.uitkomsten()).containsExactly(new Uitkomst("LG-1", true, null));
    }

    @Test
    void eenLegeCsvOfAlleenEenKopregelIsEenFout() {
        assertThat(Bankresultaat.leesCsv(new byte[0]).fouten()).singleElement().asString().contains("leeg");
        assertThat(Bankresultaat.leesCsv(tekst("end_to_end_id,status,reden\n")).fouten())
                .containsExactly("geen regels na de kopregel");
    }

    @Test
    void eenSpreadsheetOfAnderBinairBestandAlsCsvWordtGeweigerd() {
        var xlsx = new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0};

        assertThat(Bankresultaat.leesCsv(xlsx).fouten()).singleElement().asString().contains("geen tekst");
        assertThat(Bankresultaat.leesCsv(new byte[] {(byte) 0xC3, (byte) 0x28}).fouten()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"AC01, AC01 rekeningnummer onjuist", "AC04, AC04 rekening opgeheven", "AC06, AC06 rekening geblokkeerd",
            "AG01, AG01 transactie niet toegestaan", "AM05, AM05 dubbele betaling", "BE04, BE04 adres ontvanger ontbreekt",
            "MD07, MD07 rekeninghouder overleden", "MS02, MS02 reden niet opgegeven door ontvanger",
            "MS03, MS03 reden niet opgegeven door bank", "RC01, RC01 BIC onjuist", "RR04, RR04 regelgeving",
            "XY99, code XY99"})
    void eenRedencodeKrijgtEenNederlandseOmschrijving(String code, String reden) {
        assertThat(Bankresultaat.redenMetCode(code)).isEqualTo(reden);
    }

    // --- camt.054 ---

    @Test
    void camt054BetaaldTeruggekomenEnTeruggeboektWordenHerkend() {
        var resultaat = Bankresultaat.leesCamt054(bestand("camt054-resultaat.xml"));

        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.uitkomsten()).containsExactly(
                new Uitkomst("LG-2026-03-000001", true, null),
                new Uitkomst("LG-2026-03-000002", false, "AC04 rekening opgeheven"),
                new Uitkomst("LG-2026-03-000003", false, "teruggeboekt door de bank, zonder reden"),
                new Uitkomst("LG-2026-02-000017", false, "MD07 rekeninghouder overleden"),
                new Uitkomst("LG-2026-02-000018", false, "code XY99"));
    }

    @Test
    void eenNogNietGeboekteAfschrijvingEnPostenVanAnderenTellenNietMee() {
        var resultaat = Bankresultaat.leesCamt054(bestand("camt054-resultaat.xml"));

        assertThat(resultaat.uitkomsten()).extracting(Uitkomst::endToEndId)
                .doesNotContain("LG-2026-03-000004", "NOTPROVIDED");
    }

    @Test
    void eenDubbeleAfschrijvingEnEenRetourZonderKenmerkWordenMetRegelGenoemd() {
        var resultaat = Bankresultaat.leesCamt054(bestand("camt054-fouten.xml"));

        assertThat(resultaat.uitkomsten()).as("all or nothing").isEmpty();
        assertThat(resultaat.fouten()).containsExactly(
                "regel 17: EndToEndId LG-2026-03-000001 is twee keer afgeschreven (ook op regel 12)",
                "regel 31: teruggekomen overboeking zonder EndToEndId");
    }

    @Test
    void eenDoctypeMetExterneEntiteitWordtGeweigerdZonderDeEntiteitTeLezen() {
        var resultaat = Bankresultaat.leesCamt054(bestand("camt054-xxe.xml"));

        assertThat(resultaat.uitkomsten()).isEmpty();
        assertThat(resultaat.fouten()).containsExactly("regel 4: een DOCTYPE is niet toegestaan");
    }

    @Test
    void eenEntiteitZonderDoctypeWordtNietUitgebreid() {
        var xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn><Ntfctn><Ntry>
                <CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                <NtryDtls><TxDtls><Refs><EndToEndId>&geheim;</EndToEndId></Refs></TxDtls></NtryDtls>
                </Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>
                """;

        var resultaat = Bankresultaat.leesCamt054(tekst(xml));

        assertThat(resultaat.uitkomsten()).isEmpty();
        assertThat(resultaat.fouten()).singleElement().asString().startsWith("regel 4, kolom ").contains("geheim");
    }

    @Test
    void eenCamtNoemtDeRekeningEnHetOorspronkelijkeBerichtVanElkeOverboeking() {
        var xml = nl.onderdak.leefgeld.Camt054.retour("ONDERDAK-0123", "NL91ABNA0417164300", "LG-1", "AC04");
        var resultaat = Bankresultaat.lees(tekst(xml));

        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.rekeningen()).containsExactly("NL91ABNA0417164300");
        assertThat(resultaat.berichtIds()).containsExactly(java.util.Map.entry("LG-1", "ONDERDAK-0123"));
        // Without a message id of its own the transfer takes its batch's.
        var inBatch = xml.replace("<MsgId>ONDERDAK-0123</MsgId>", "").replace("<NtryDtls>", "<NtryDtls><Btch><MsgId>ONDERDAK-4567</MsgId></Btch>");
        assertThat(Bankresultaat.lees(tekst(inBatch)).berichtIds()).containsExactly(java.util.Map.entry("LG-1", "ONDERDAK-4567"));
        assertThat(Bankresultaat.lees(tekst(xml.replace("<MsgId>ONDERDAK-0123</MsgId>", ""))).berichtIds()).isEmpty();
    }

    @Test
    void eenBestandDatGeenXmlIsWordtGeweigerd() {
        var resultaat = Bankresultaat.leesCamt054(bestand("bankresultaat.csv"));

        assertThat(resultaat.uitkomsten()).isEmpty();
        assertThat(resultaat.fouten()).singleElement().asString().startsWith("regel 1, kolom 1: geen leesbare XML: ");
        assertThat(Bankresultaat.leesCamt054(new byte[0]).fouten()).singleElement().asString().contains("geen leesbare XML");
    }

    @Test
    void eenAnderIso20022BerichtWordtGeweigerd() {
        assertThat(Bankresultaat.leesCamt054(bestand("camt053.xml")).fouten()).containsExactly(
                "geen camt.054.001.08-bestand: het hoofdelement is {urn:iso:std:iso:20022:tech:xsd:camt.053.001.08}Document");

        var betaalbestand = Bankresultaat.leesCamt054(tekst(
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn/></Document>"));
        assertThat(betaalbestand.fouten()).singleElement().asString().contains("pain.001.001.09");

        var zonderNaamruimte = Bankresultaat.leesCamt054(tekst("<Document><BkToCstmrDbtCdtNtfctn/></Document>"));
        assertThat(zonderNaamruimte.fouten()).containsExactly("geen camt.054.001.08-bestand: het hoofdelement is {}Document");
    }

    @Test
    void eenCamt054ZonderBetalingenIsEenFout() {
        var resultaat = Bankresultaat.leesCamt054(tekst("""
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>
                <GrpHdr><MsgId>1</MsgId></GrpHdr></BkToCstmrDbtCdtNtfctn></Document>"""));

        assertThat(resultaat.fouten()).containsExactly("geen betaalde of mislukte overboekingen met een EndToEndId gevonden");
    }

    @Test
    void eenUitkomstIsOfBetaaldZonderRedenOfMisluktMetReden() {
        assertThatThrownBy(() -> new Uitkomst("LG-1", true, "AC04")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Uitkomst("LG-1", false, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Uitkomst("LG-1", false, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eenResultaatMetFoutenLevertGeenUitkomsten() {
        var resultaat = new Resultaat(java.util.List.of(new Uitkomst("LG-1", true, null)), java.util.List.of("regel 3: fout"));

        assertThat(resultaat.uitkomsten()).isEmpty();
        assertThat(resultaat.fouten()).containsExactly("regel 3: fout");
    }

    @Test
    void leesHerkentCamt054AanDeInhoudOokNaEenBomEnWitregelsEnAndersCsv() throws Exception {
        byte[] camt;
        try (var in = getClass().getResourceAsStream("/leefgeld/camt054-resultaat.xml")) {
            camt = in.readAllBytes();
        }
        var metBom = new byte[camt.length + 5];
        System.arraycopy(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', ' '}, 0, metBom, 0, 5);
        System.arraycopy(camt, 0, metBom, 5, camt.length);
        assertThat(Bankresultaat.lees(metBom).uitkomsten()).isEqualTo(Bankresultaat.leesCamt054(camt).uitkomsten()).isNotEmpty();
        var csv = "end_to_end_id,status,reden\nLG-1,betaald,\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Bankresultaat.lees(csv).uitkomsten()).extracting(Bankresultaat.Uitkomst::endToEndId).containsExactly("LG-1");
    }
}
