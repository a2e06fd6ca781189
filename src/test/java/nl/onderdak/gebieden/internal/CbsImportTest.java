// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.onderdak.IntegratieTest;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.gebieden.GemeenteCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports through the {@link CbsImport} bean. A successful import of a partial layout would become
 * the current layout for every other test in the shared context, so those imports run in a
 * transaction that is rolled back at the end; everything is checked inside it.
 */
class CbsImportTest extends IntegratieTest {

    private static final Path CBS_2023 = Path.of("src/main/resources/referentiedata/cbs/gemeenten_2023-01-01.csv");

    @Autowired
    CbsImport cbsImport;

    @Autowired
    Gebieden gebieden;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactie;

    /** Runs the work in a transaction that is always rolled back, so the shared database stays as it was. */
    private <T> T teruggedraaid(Supplier<T> werk) {
        return transactie.execute(status -> {
            status.setRollbackOnly();
            return werk.get();
        });
    }

    /** The header and the lines of the given gemeenten from the shipped 2023 file. */
    private static byte[] uitBestand2023(String... codes) throws IOException {
        var regels = Files.readAllLines(CBS_2023, StandardCharsets.UTF_8);
        var uitvoer = new StringBuilder(regels.getFirst()).append('\n');
        for (var code : codes) {
            uitvoer.append(regels.stream().filter(r -> r.startsWith(code + ",")).findFirst().orElseThrow()).append('\n');
        }
        return uitvoer.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The whole shipped 2023 file: a complete national layout. */
    private static byte[] heelBestand2023() throws IOException {
        return Files.readAllBytes(CBS_2023);
    }

    private Map<String, Integer> tellingen() {
        return Map.of(
                "indeling", tel("select count(*) from gebieden.indeling"),
                "gemeente", tel("select count(*) from gebieden.gemeente"),
                "gemeente_kerncijfer", tel("select count(*) from gebieden.gemeente_kerncijfer"));
    }

    private int tel(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void slaatEenGeldigeNieuweIndelingOp() throws IOException {
        var datum = LocalDate.of(2030, 1, 1);
        var inhoud = heelBestand2023();

        teruggedraaid(() -> {
            var voor = tellingen();
            var uitkomst = cbsImport.importeer(datum, inhoud, "CBS StatLine test", "beheer");

            assertThat(uitkomst.fouten()).isEmpty();
            assertThat(uitkomst.gelukt()).isTrue();
            assertThat(uitkomst.aantalGemeenten()).isEqualTo(342);
            var na = tellingen();
            assertThat(na.get("indeling")).isEqualTo(voor.get("indeling") + 1);
            assertThat(na.get("gemeente")).isEqualTo(voor.get("gemeente") + 342);
            assertThat(na.get("gemeente_kerncijfer")).isEqualTo(voor.get("gemeente_kerncijfer") + 684);

            var indeling = jdbc.sql("select bron, geladen_door from gebieden.indeling where datum = ?").param(datum)
                    .query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).single();
            assertThat(indeling).containsExactly("CBS StatLine test", "beheer");
            assertThat(gebieden.indelingen()).contains(datum);
            assertThat(gebieden.peiljaren(datum)).containsExactly(2022, 2024);

            var utrecht = gebieden.gemeente(new GemeenteCode("GM0344"), datum, 2024).orElseThrow();
            assertThat(utrecht.inwoners()).isEqualTo(374_238);
            assertThat(utrecht.landoppervlakteHa()).isEqualTo(9377);
            assertThat(utrecht.veiligheidsregioCode()).isEqualTo("VR09");
            var bron = jdbc.sql("select bron from gebieden.gemeente_kerncijfer where indeling = ? and gemeente_code = 'GM0344' "
                    + "and peiljaar = 2022").param(datum).query(String.class).single();
            assertThat(bron).startsWith("CBS StatLine test — ").contains("1-1-2023");
            return null;
        });
        assertThat(gebieden.indelingen()).as("teruggedraaid").doesNotContain(datum);
    }

    @Test
    void slaatVanEenOngeldigBestandNietsOpEnMeldtAlleFouten() {
        var datum = LocalDate.of(2031, 1, 1);
        var inhoud = ("""
                gm_code,gm_naam,vr_code,vr_naam,pv_code,pv_naam,inwoners_2030_01_01,opp_land_ha
                GM0344,Utrecht,VR09,Utrecht,PV26,Utrecht,380000,9377
                GM0307,Amersfoort,VR09,Utrecht,PV26,Utrecht,,6249
                GM0344,Utrecht,VR09,Utrecht,PV26,Utrecht,380000,9377
                GM0014,Groningen,VR01,Groningen,PV21,Groningen,250000,18553
                GM0599,Rotterdam,VR17,Rotterdam-Rijnmond,PV28,Zuid-Holland,-1,21000
                """).getBytes(StandardCharsets.UTF_8);
        var voor = tellingen();

        var uitkomst = cbsImport.importeer(datum, inhoud, "test", "beheer");

        assertThat(uitkomst.gelukt()).isFalse();
        assertThat(uitkomst.aantalGemeenten()).isZero();
        assertThat(uitkomst.fouten()).extracting(CbsImport.Melding::regel, CbsImport.Melding::kolom).containsExactly(
                tuple(3, "inwoners_2030_01_01"), tuple(4, "gm_code"), tuple(5, "pv_code"),
                tuple(6, "inwoners_2030_01_01"));
        assertThat(uitkomst.fouten().get(1).melding()).contains("regel 2");
        assertThat(tellingen()).isEqualTo(voor);
        assertThat(tel("select count(*) from gebieden.indeling where datum = '2031-01-01'")).isZero();
        assertThat(gebieden.indelingen()).doesNotContain(datum);
    }

    @Test
    void slaatVanEenSpreadsheetNietsOp() {
        var voor = tellingen();

        var uitkomst = cbsImport.importeer(LocalDate.of(2032, 1, 1),
                new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 0, 0}, "test", "beheer");

        assertThat(uitkomst.fouten()).singleElement()
                .satisfies(m -> assertThat(m.melding()).contains("geen CSV"));
        assertThat(tellingen()).isEqualTo(voor);
    }

    @Test
    void weigertEenIndelingDieAlGeladenIs() throws IOException {
        var voor = tellingen();

        var uitkomst = cbsImport.importeer(LocalDate.of(2023, 1, 1), uitBestand2023("GM0344"), "test", "beheer");

        assertThat(uitkomst.gelukt()).isFalse();
        assertThat(uitkomst.fouten()).singleElement().satisfies(m -> {
            assertThat(m.regel()).isZero();
            assertThat(m.kolom()).isEqualTo("indeling");
            assertThat(m.melding()).contains("1-1-2023").contains("al geladen");
        });
        assertThat(tellingen()).isEqualTo(voor);
    }

    @Test
    void weigertEenTweedeUploadVoorDezelfdeNieuweDatum() throws IOException {
        var datum = LocalDate.of(2033, 1, 1);
        var inhoud = heelBestand2023();

        teruggedraaid(() -> {
            assertThat(cbsImport.importeer(datum, inhoud, "eerste", "beheer").gelukt()).isTrue();
            var voor = tellingen();

            var tweede = cbsImport.importeer(datum, inhoud, "tweede", "beheer");

            assertThat(tweede.fouten()).extracting(CbsImport.Melding::kolom).containsExactly("indeling");
            assertThat(tellingen()).isEqualTo(voor);
            assertThat(jdbc.sql("select bron from gebieden.indeling where datum = ?").param(datum).query(String.class).single())
                    .isEqualTo("eerste");
            return null;
        });
    }

    @Test
    void weigertEenImportZonderDatum() {
        var uitkomst = cbsImport.importeer(null, new byte[0], "test", "beheer");

        assertThat(uitkomst.fouten()).extracting(CbsImport.Melding::regel, CbsImport.Melding::kolom)
                .containsExactly(tuple(0, "indeling"));
    }

    /**
     * A layout is the whole country: a file that leaves regions without gemeenten would make the
     * newest layout (and so every region's scope and the distribution key) partial. It is refused
     * and nothing is stored.
     */
    @Test
    void weigertEenIndelingDieNietAlleVeiligheidsregiosDekt() throws IOException {
        var voor = tellingen();

        var uitkomst = cbsImport.importeer(LocalDate.of(2034, 1, 1), uitBestand2023("GM0344", "GM0307", "GM0014"),
                "test", "beheer");

        assertThat(uitkomst.gelukt()).isFalse();
        assertThat(uitkomst.fouten()).singleElement().satisfies(m -> {
            assertThat(m.kolom()).isEqualTo("vr_code");
            assertThat(m.melding()).contains("VR02").contains("VR25").doesNotContain("VR09");
        });
        assertThat(tellingen()).isEqualTo(voor);
        assertThat(gebieden.kerncijfers(2022).orElseThrow().regios()).allSatisfy(r -> assertThat(r.inwoners()).isNotNull());
    }
}
