// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import nl.onderdak.locaties.Locatieverzoeken;
import nl.onderdak.platform.Csv;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The claim downloads opened as Dutch Excel opens them: split on {@code ;}, UTF-8 because of the byte
 * order mark, a comma as decimal sign. A location named like a formula comes out as inert text.
 */
class ClaimExportTest extends IntegratieTest {

    private static final Pattern GETAL = Pattern.compile("-?\\d+(,\\d+)?");
    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
    private static final List<String> NAMEN = List.of("=HYPERLINK(\"http://x\",\"klik\") " + TAG, "+1+1 " + TAG, "@SUM(1) " + TAG,
            "Opvang;=HYPERLINK(\"http://x\",\"klik\") " + TAG, "  -2+3 " + TAG, "\uFF1D1+1 " + TAG);
    private static boolean aangemaakt;

    private synchronized void maakLocaties() {
        if (aangemaakt) {
            return;
        }
        for (var naam : NAMEN) {
            var a = post(Locatieverzoeken.PAD, "utrecht", Locatieverzoeken.locatie(naam, "2026-01-01", 10));
            assertThat(a.status()).as(a.toString()).isEqualTo(201);
        }
        aangemaakt = true;
    }

    /** Whether Excel would compute this cell: it starts, after white space, with a formula sign and is no plain number. */
    static boolean formule(String cel) {
        if (GETAL.matcher(cel).matches()) {
            return false;
        }
        var zonder = cel.stripLeading();
        return !zonder.isEmpty() && "=+-@\uFF1D\uFF0B\uFF0D\uFF20\u2212".indexOf(zonder.charAt(0)) >= 0
                || !cel.isEmpty() && (cel.charAt(0) == '\t' || cel.charAt(0) == '\r');
    }

    @Test
    void claimCsvOpentInNederlandseExcelZonderFormulesMetDecimaleKomma() {
        maakLocaties();
        var sessie = new Websessie(poort).inloggen("utrecht");

        var antwoord = sessie.get("/bekostiging/claim.csv?gemeente=GM0344&van=2026-01-01&tot=2026-01-31");

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        var bytes = antwoord.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        var tekst = new String(bytes, StandardCharsets.UTF_8).substring(1);
        // Dutch Excel splits on ';' only
        var regels = Csv.lees(tekst, ';').stream().map(Csv.Regel::velden).toList();
        assertThat(regels.getFirst()).first().isEqualTo("gemeentecode");
        assertThat(regels).allSatisfy(r -> assertThat(r).hasSize(regels.getFirst().size()));
        var cellen = regels.stream().flatMap(List::stream).toList();
        assertThat(cellen).noneMatch(ClaimExportTest::formule);
        int omschrijving = regels.getFirst().indexOf("omschrijving");
        var omschrijvingen = regels.stream().map(r -> r.get(omschrijving)).toList();
        assertThat(omschrijvingen).contains("'=HYPERLINK(\"http://x\",\"klik\") " + TAG, "'+1+1 " + TAG, "'@SUM(1) " + TAG,
                "'-2+3 " + TAG, "'\uFF1D1+1 " + TAG, "Opvang;=HYPERLINK(\"http://x\",\"klik\") " + TAG);
        int bedrag = regels.getFirst().indexOf("bedrag");
        var bedragen = regels.subList(1, regels.size()).stream().map(r -> r.get(bedrag)).toList();
        assertThat(bedragen).isNotEmpty().allMatch(b -> GETAL.matcher(b).matches()).anyMatch(b -> b.contains(","));
    }

    @Test
    void claimXlsxHeeftGeenFormulesUitGebruikerstekst() throws Exception {
        maakLocaties();
        var sessie = new Websessie(poort).inloggen("utrecht");

        var antwoord = sessie.get("/bekostiging/claim.xlsx?gemeente=GM0344&van=2026-01-01&tot=2026-01-31");

        assertThat(antwoord.statusCode()).isEqualTo(200);
        var teksten = new ArrayList<String>();
        try (var werkboek = new ReadableWorkbook(new ByteArrayInputStream(antwoord.body()))) {
            for (var blad : werkboek.getSheets().toList()) {
                for (var rij : blad.read()) {
                    for (var cel : rij) {
                        if (cel == null) {
                            continue;
                        }
                        assertThat(cel.getType()).isNotEqualTo(CellType.FORMULA);
                        if (cel.getType() == CellType.STRING) {
                            teksten.add(cel.asString());
                        }
                    }
                }
            }
        }
        assertThat(teksten).noneMatch(ClaimExportTest::formule);
        assertThat(teksten).contains("'" + NAMEN.getFirst());
    }

    @Test
    void claimCsvNoemtDeGemeenteNaastDeCodeEnJaNeeInDeTaalVanDeGebruiker() {
        maakLocaties();
        var sessie = new Websessie(poort).inloggen("utrecht");

        var nl = Csv.lees(sessie.tekst(sessie.get("/bekostiging/claim.csv?gemeente=GM0344&van=2026-01-01&tot=2026-01-31")).substring(1), ';')
                .stream().map(Csv.Regel::velden).toList();
        var en = Csv.lees(sessie.tekst(sessie.get("/bekostiging/claim.csv?gemeente=GM0344&van=2026-01-01&tot=2026-01-31&lang=en"))
                .substring(1), ';').stream().map(Csv.Regel::velden).toList();

        assertThat(nl.getFirst()).startsWith("gemeentecode", "gemeente", "jaar");
        int voorstel = nl.getFirst().indexOf("voorstel");
        assertThat(nl.subList(1, nl.size())).isNotEmpty().allSatisfy(r -> {
            assertThat(r.subList(0, 2)).containsExactly("GM0344", "Utrecht");
            assertThat(r.get(voorstel)).isIn("ja", "nee");
        });
        assertThat(en.subList(1, en.size())).isNotEmpty().allSatisfy(r -> assertThat(r.get(voorstel)).isIn("yes", "no"));
    }

    @Test
    void hetClaimoverzichtHeeftEenTotaalregelInDeTaalVanDeGebruiker() {
        var sessie = new Websessie(poort).inloggen("noo");

        var nl = sessie.tekst(sessie.get("/bekostiging/overzicht.csv?van=2024-01-01&tot=2024-03-31")).split("\r\n");
        var en = sessie.tekst(sessie.get("/bekostiging/overzicht.csv?van=2024-01-01&tot=2024-03-31&lang=en")).split("\r\n");

        assertThat(nl[nl.length - 1]).startsWith(";Totaal;").matches(".*;(ja|nee);(ja|nee)$");
        assertThat(en[en.length - 1]).startsWith(";Total;").matches(".*;(yes|no);(yes|no)$");
    }

    @Test
    void deUitlegVanDeClaimStaatInDeTaalVanDeGebruikerMetEenhedenEnDatumsInDieTaal() {
        maakLocaties();
        var sessie = new Websessie(poort).inloggen("utrecht");

        var nl = Csv.lees(sessie.tekst(sessie.get("/bekostiging/claim.csv?gemeente=GM0344&van=2026-01-01&tot=2026-01-31")).substring(1), ';')
                .stream().map(Csv.Regel::velden).toList();
        var en = Csv.lees(sessie.tekst(sessie.get("/bekostiging/claim.csv?gemeente=GM0344&van=2026-01-01&tot=2026-01-31&lang=en"))
                .substring(1), ';').stream().map(Csv.Regel::velden).toList();

        int uitleg = nl.getFirst().indexOf("uitleg");
        var goo = nl.subList(1, nl.size()).stream().filter(r -> r.get(uitleg).contains("plekdagen")).findFirst().orElseThrow();
        assertThat(goo.get(uitleg)).matches(".*: [\\d.]+ plekdagen van \\d{1,2}-\\d{1,2}-2026 t/m \\d{1,2}-\\d{1,2}-2026 × € [\\d.]+,\\d\\d "
                + "per gerealiseerde plek per dag \\(normbedrag vanaf .*");
        var gooEn = en.subList(1, en.size()).stream().filter(r -> r.get(uitleg).contains("place days")).findFirst().orElseThrow();
        assertThat(gooEn.get(uitleg)).matches(".*: [\\d,]+ place days from \\d{1,2}-\\d{1,2}-2026 to \\d{1,2}-\\d{1,2}-2026 × € [\\d,]+\\.\\d\\d "
                + "per realised place per day \\(norm amount from .*");
    }
}
