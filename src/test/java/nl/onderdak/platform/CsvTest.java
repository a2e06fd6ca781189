// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    private static List<List<String>> velden(String tekst) {
        return Csv.lees(tekst).stream().map(Csv.Regel::velden).toList();
    }

    @Test
    void leestEenvoudigeRegelsMetRegelnummers() {
        var regels = Csv.lees("a,b,c\n1,2,3\n");

        assertThat(regels).containsExactly(new Csv.Regel(1, List.of("a", "b", "c")), new Csv.Regel(2, List.of("1", "2", "3")));
    }

    @Test
    void leestGequoteVeldenMetKommaAanhalingstekensEnRegeleinden() {
        var regels = Csv.lees("naam,opmerking\n\"Bergen (L.)\",\"zegt \"\"hoi\"\", ja\"\n\"Den Haag\",\"regel 1\nregel 2\"\nlaatste,x\n");

        assertThat(regels).extracting(Csv.Regel::velden).containsExactly(
                List.of("naam", "opmerking"),
                List.of("Bergen (L.)", "zegt \"hoi\", ja"),
                List.of("Den Haag", "regel 1\nregel 2"),
                List.of("laatste", "x"));
        // A record starts on the line where it begins; the line break inside a quoted field counts.
        assertThat(regels).extracting(Csv.Regel::regelnummer).containsExactly(1, 2, 3, 5);
    }

    @Test
    void leestKommaInGequoteVeldEnLegeVelden() {
        assertThat(velden("\"a,b\",,\"\"\n")).containsExactly(List.of("a,b", "", ""));
    }

    @Test
    void leestCrlfRegeleindenAlsEenRegeleinde() {
        var regels = Csv.lees("a,b\r\n1,2\r\n3,4\r\n");

        assertThat(regels).extracting(Csv.Regel::velden)
                .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
        assertThat(regels).extracting(Csv.Regel::regelnummer).containsExactly(1, 2, 3);
    }

    @Test
    void leestLaatsteRegelZonderRegeleindeEnSlaatLegeRegelsOver() {
        var regels = Csv.lees("a,b\n\n1,2");

        assertThat(regels).containsExactly(new Csv.Regel(1, List.of("a", "b")), new Csv.Regel(3, List.of("1", "2")));
    }

    @Test
    void leestGequoteLaatsteRegelZonderRegeleinde() {
        assertThat(velden("a,b\n\"x\",\"y, z\"")).containsExactly(List.of("a", "b"), List.of("x", "y, z"));
    }

    @Test
    void alsTekstHaaltDeBomWeg() {
        byte[] metBom = "\uFEFFgm_code,gm_naam\nGM0344,Utrecht\n".getBytes(StandardCharsets.UTF_8);

        assertThat(metBom[0]).isEqualTo((byte) 0xEF);
        assertThat(Csv.alsTekst(metBom)).contains("gm_code,gm_naam\nGM0344,Utrecht\n");
        assertThat(velden(Csv.alsTekst(metBom).orElseThrow()).getFirst().getFirst()).isEqualTo("gm_code");
    }

    @Test
    void alsTekstAccepteertUtf8MetDiakrieten() {
        assertThat(Csv.alsTekst("VR02,Fryslân\n".getBytes(StandardCharsets.UTF_8))).contains("VR02,Fryslân\n");
    }

    @Test
    void alsTekstWeigertEenZipOfXlsx() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertThat(Csv.alsTekst(zip)).isEmpty();
    }

    @Test
    void alsTekstWeigertNulBytes() {
        assertThat(Csv.alsTekst("gm_code\0,gm_naam\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        // UTF-16 text is full of NUL bytes
        assertThat(Csv.alsTekst("gm_code,gm_naam\n".getBytes(StandardCharsets.UTF_16LE))).isEmpty();
    }

    @Test
    void alsTekstWeigertOngeldigeUtf8() {
        // "Fryslân" in ISO-8859-1: the byte 0xE2 alone is no valid UTF-8
        assertThat(Csv.alsTekst("VR02,Frysl\u00e2n\n".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(Csv.alsTekst(new byte[] {'a', (byte) 0xC3, (byte) 0x28})).isEmpty();
        assertThat(Csv.alsTekst(new byte[] {(byte) 0xFF, (byte) 0xFE})).isEmpty();
    }

    @Test
    void alsTekstWeigertPdf() {
        assertThat(Csv.alsTekst("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Csv.alsTekst("\uFEFF%PDF-1.4\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void alsTekstAccepteertLegeInhoud() {
        assertThat(Csv.alsTekst(new byte[0])).contains("");
        assertThat(Csv.lees("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A3)", "+31 30 123", "-1", "@cmd", "\tgetab", "\rterug", "=", "==1"})
    void formuleVeiligZetEenApostrofVoorEenMogelijkeFormule(String waarde) {
        assertThat(Csv.formuleVeilig(waarde)).isEqualTo("'" + waarde);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Utrecht", "GM0344", "1234", "'al veilig", "a=b", "x-y", "Fryslân", "e@mail", " spatie"})
    void formuleVeiligLaatGewoneWaardenOngemoeid(String waarde) {
        assertThat(Csv.formuleVeilig(waarde)).isEqualTo(waarde);
    }

    @Test
    void formuleVeiligLaatLeegEnNullOngemoeid() {
        assertThat(Csv.formuleVeilig("")).isEmpty();
        assertThat(Csv.formuleVeilig(null)).isNull();
    }

    @Test
    void veldQuoteertAlleenAlsHetMoetEnMaaktFormulesVeilig() {
        assertThat(Csv.veld("Utrecht")).isEqualTo("Utrecht");
        assertThat(Csv.veld("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.veld("zegt \"hoi\"")).isEqualTo("\"zegt \"\"hoi\"\"\"");
        assertThat(Csv.veld("regel\nnieuw")).isEqualTo("\"regel\nnieuw\"");
        assertThat(Csv.veld("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.veld("=A1,B1")).isEqualTo("\"'=A1,B1\"");
        assertThat(Csv.veld(null)).isEmpty();
    }

    @Test
    void geschrevenVeldenLezenTerugAlsDezelfdeWaarden() {
        var waarden = List.of("gewoon", "met, komma", "met \"quote\"", "twee\nregels", "crlf\r\nerin", "");
        var regel = String.join(",", waarden.stream().map(Csv::veld).toList());

        assertThat(velden(regel + "\n")).containsExactly(waarden);
    }

    @ParameterizedTest
    @ValueSource(strings = {" =spatie", "   +1+1", "\u00A0@SUM(1)", " \t-2", "\u3000=1", "\uFF1D1+1", "\uFF0B1", "\uFF20SUM(1)",
        "\u22121", "\nregel", "=HYPERLINK(\"http://x\",\"klik\")"})
    void formuleVeiligOokNaVoorloopspatiesEnVoorVolbreedteTekens(String waarde) {
        assertThat(Csv.formuleVeilig(waarde)).isEqualTo("'" + waarde);
    }

    @Test
    void eenTabelIsVoorNederlandseExcelGescheidenDoorPuntkommaMetDecimaleKommaEnVeiligeVelden() {
        var tekst = Csv.tabel(List.of("naam", "aantal", "bedrag"),
                List.of(List.of("=SOM(A1)", 3, new java.math.BigDecimal("-12.50")),
                        java.util.Arrays.asList("a;b", null, new java.math.BigDecimal("1250.00")),
                        List.of("-1", -4L, java.time.LocalDate.of(2026, 1, 31))));

        assertThat(tekst).isEqualTo("naam;aantal;bedrag\r\n'=SOM(A1);3;-12,50\r\n\"a;b\";;1250,00\r\n'-1;-4;2026-01-31\r\n");
    }

    @Test
    void eenBestandBegintMetDeBomEnLeestTerugAlsDezelfdeWaarden() {
        var bytes = Csv.bestand(List.of("naam", "uitleg"), List.of(List.of("Den Haag", "met ; puntkomma, komma en \"quote\"\nen regel")));

        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        var tekst = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(Csv.lees(tekst, ';')).extracting(Csv.Regel::velden).containsExactly(List.of("naam", "uitleg"),
                List.of("Den Haag", "met ; puntkomma, komma en \"quote\"\nen regel"));
    }

    @Test
    void veldQuoteertOokEenPuntkomma() {
        assertThat(Csv.veld("a;b")).isEqualTo("\"a;b\"");
        assertThat(Csv.MEDIA_TYPE).isEqualTo("text/csv; charset=UTF-8");
    }
}
