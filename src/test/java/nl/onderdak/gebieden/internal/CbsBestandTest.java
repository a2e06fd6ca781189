// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onderdak.platform.Csv;
import org.junit.jupiter.api.Test;

class CbsBestandTest {

    private static final Path CBS = Path.of("src/main/resources/referentiedata/cbs");
    private static final String KOP = "gm_code,gm_naam,vr_code,vr_naam,pv_code,pv_naam,inwoners_2025_01_01,opp_land_ha\n";

    /** Region code to province code, as in the shipped veiligheidsregios.csv. */
    private static final Map<String, String> REGIO_PROVINCIE = regioProvincie();

    private static Map<String, String> regioProvincie() {
        try {
            var regels = Csv.lees(Files.readString(CBS.resolve("veiligheidsregios.csv")));
            return regels.subList(1, regels.size()).stream()
                    .collect(Collectors.toMap(r -> r.velden().get(0), r -> r.velden().get(2)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static CbsBestand.Resultaat lees(String tekst) {
        return CbsBestand.lees(tekst.getBytes(StandardCharsets.UTF_8), REGIO_PROVINCIE, CbsBestand.OntbrekendCijfer.FOUT);
    }

    @Test
    void leestHetMeegeleverdeBestandVan2023ZonderFouten() throws IOException {
        var resultaat = CbsBestand.lees(Files.readAllBytes(CBS.resolve("gemeenten_2023-01-01.csv")), REGIO_PROVINCIE,
                CbsBestand.OntbrekendCijfer.FOUT);

        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.geldig()).isTrue();
        assertThat(resultaat.rijen()).hasSize(342);
        var utrecht = resultaat.rijen().stream().filter(r -> r.code().equals("GM0344")).findFirst().orElseThrow();
        assertThat(utrecht.regel()).isEqualTo(98);
        assertThat(utrecht.naam()).isEqualTo("Utrecht");
        assertThat(utrecht.regioCode()).isEqualTo("VR09");
        assertThat(utrecht.provincieCode()).isEqualTo("PV26");
        assertThat(utrecht.inwonersPerPeiljaar()).containsExactly(Map.entry(2022, 361_699), Map.entry(2024, 374_238));
        assertThat(utrecht.landoppervlakteHa()).isEqualTo(9377);
        assertThat(utrecht.bron()).contains("1-1-2023");
    }

    @Test
    void leestEenKleinGeldigBestandMetGequoteNaamEnCrlf() {
        var resultaat = lees(KOP.replace("\n", "\r\n")
                + "GM0344,Utrecht,VR09,Utrecht,PV26,Utrecht,374238,9377\r\n"
                + "GM0014,\"Groningen, stad\",VR01,Groningen,PV20,Groningen,243768,18553\r\n");

        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.rijen()).extracting(CbsBestand.Rij::regel, CbsBestand.Rij::code, CbsBestand.Rij::naam)
                .containsExactly(tuple(2, "GM0344", "Utrecht"), tuple(3, "GM0014", "Groningen, stad"));
        assertThat(resultaat.rijen().getFirst().inwonersPerPeiljaar()).containsExactly(Map.entry(2025, 374_238));
        assertThat(resultaat.rijen().getFirst().bron()).isEmpty();
    }

    @Test
    void meldtAlleFoutenTegelijkMetRegelnummerEnKolom() {
        var resultaat = lees(KOP
                + "GM0344,Utrecht,VR09,Utrecht,PV26,Utrecht,374238,9377\n"                     // 2 goed
                + "GM0307,\"Amers\nfoort\",VR09,Utrecht,PV26,Utrecht,161852,6249\n"           // 3-4 goed, over twee regels
                + "GM0308,Baarn,VR99,Nergens,PV26,Utrecht,25000,3300\n"                        // 5 onbekende regio
                + "GM0344,Utrecht bis,VR09,Utrecht,PV26,Utrecht,1,1\n"                         // 6 dubbele code
                + "GM0310,De Bilt,VR09,Utrecht,PV26,Utrecht,,6700\n"                           // 7 ontbrekend cijfer
                + "GM0312,Bunnik,VR09,Utrecht,PV26,Utrecht,-15,3700\n"                         // 8 negatief
                + "GM0313,Bunschoten,VR09,Utrecht,PV26,Utrecht,22000,3.100\n"                  // 9 geen getal
                + "GM0321,Houten,VR09,Utrecht,PV26\n"                                          // 10 te weinig velden
                + "G0355,Zeist,VR09,Utrecht,PV26,Utrecht,65000,4600\n"                         // 11 foute code
                + "GM0353,IJsselstein,VR09,Utrecht,PV27,Noord-Holland,34000,2100\n");          // 12 verkeerde provincie

        assertThat(resultaat.geldig()).isFalse();
        assertThat(resultaat.rijen()).as("een ongeldig bestand levert geen rijen").isEmpty();
        assertThat(resultaat.fouten())
                .extracting(CbsBestand.Fout::regel, CbsBestand.Fout::kolom)
                .containsExactly(
                        tuple(5, "vr_code"),
                        tuple(6, "gm_code"),
                        tuple(7, "inwoners_2025_01_01"),
                        tuple(8, "inwoners_2025_01_01"),
                        tuple(9, "opp_land_ha"),
                        tuple(10, null),
                        tuple(11, "gm_code"),
                        tuple(12, "pv_code"));
        var meldingen = resultaat.fouten().stream().map(CbsBestand.Fout::melding).toList();
        assertThat(meldingen.get(0)).contains("VR99");
        assertThat(meldingen.get(1)).contains("GM0344").contains("regel 2");
        assertThat(meldingen.get(2)).contains("ontbreekt");
        assertThat(meldingen.get(3)).contains("negatief").contains("-15");
        assertThat(meldingen.get(4)).contains("3.100").contains("geen geheel getal");
        assertThat(meldingen.get(5)).contains("5 velden").contains("8");
        assertThat(meldingen.get(6)).contains("G0355");
        assertThat(meldingen.get(7)).contains("PV26").contains("PV27");
    }

    @Test
    void meldtMeerdereFoutenOpEenRegel() {
        var resultaat = lees(KOP + "GM03,,VR09,Utrecht,PV26,Utrecht,abc,-1\n");

        assertThat(resultaat.fouten()).extracting(CbsBestand.Fout::regel, CbsBestand.Fout::kolom).containsExactly(
                tuple(2, "gm_code"), tuple(2, "gm_naam"), tuple(2, "inwoners_2025_01_01"), tuple(2, "opp_land_ha"));
    }

    @Test
    void meldtDubbeleCodeMetDeEersteRegelOokBijDerdeVoorkomen() {
        var resultaat = lees(KOP
                + "GM0344,Utrecht,VR09,Utrecht,PV26,Utrecht,1,1\n"
                + "GM0344,Utrecht,VR09,Utrecht,PV26,Utrecht,1,1\n"
                + "GM0344,Utrecht,VR09,Utrecht,PV26,Utrecht,1,1\n");

        assertThat(resultaat.fouten()).extracting(CbsBestand.Fout::regel).containsExactly(3, 4);
        assertThat(resultaat.fouten()).allSatisfy(f -> assertThat(f.melding()).contains("regel 2"));
    }

    @Test
    void ontbrekendCijferIsOnbekendInHetMeegeleverdeBestandVan2022() throws IOException {
        byte[] inhoud = Files.readAllBytes(CBS.resolve("gemeenten_2022-01-01.csv"));

        var alsOnbekend = CbsBestand.lees(inhoud, REGIO_PROVINCIE, CbsBestand.OntbrekendCijfer.ONBEKEND);
        assertThat(alsOnbekend.fouten()).isEmpty();
        assertThat(alsOnbekend.rijen()).hasSize(345);
        var amsterdam = alsOnbekend.rijen().stream().filter(r -> r.code().equals("GM0363")).findFirst().orElseThrow();
        assertThat(amsterdam.inwonersPerPeiljaar().get(2022)).isNull();
        assertThat(amsterdam.landoppervlakteHa()).isNull();

        var alsFout = CbsBestand.lees(inhoud, REGIO_PROVINCIE, CbsBestand.OntbrekendCijfer.FOUT);
        assertThat(alsFout.rijen()).isEmpty();
        assertThat(alsFout.fouten()).extracting(CbsBestand.Fout::regel).containsOnly(108, 138, 145, 153, 174);
        assertThat(alsFout.fouten()).hasSize(10); // inwoners and land area on each of the five lines
    }

    @Test
    void meldtOntbrekendeKolommenInDeKopregel() {
        var resultaat = lees("gm_code,gm_naam,vr_code,vr_naam,pv_code,pv_naam,inwoners_2025_01_01\n"
                + "GM0344,Utrecht,VR09,Utrecht,PV26,Utrecht,374238\n");

        assertThat(resultaat.fouten()).extracting(CbsBestand.Fout::regel, CbsBestand.Fout::kolom)
                .containsExactly(tuple(1, "opp_land_ha"));
        assertThat(resultaat.fouten().getFirst().melding()).contains("opp_land_ha").contains("ontbreekt");
    }

    @Test
    void meldtDatErGeenInwonerskolomIs() {
        var resultaat = lees("gm_code,gm_naam,vr_code,vr_naam,pv_code,pv_naam,inwoners,opp_land_ha\n"
                + "GM0344,Utrecht,VR09,Utrecht,PV26,Utrecht,374238,9377\n");

        assertThat(resultaat.fouten()).extracting(CbsBestand.Fout::regel, CbsBestand.Fout::kolom)
                .containsExactly(tuple(1, "inwoners_JJJJ_01_01"));
    }

    @Test
    void weigertZipOfXlsxAlsGeenCsv() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, '[', 'C', 'o', 'n', 't', 'e', 'n', 't'};

        var resultaat = CbsBestand.lees(xlsx, REGIO_PROVINCIE, CbsBestand.OntbrekendCijfer.FOUT);

        assertThat(resultaat.rijen()).isEmpty();
        assertThat(resultaat.fouten()).singleElement().satisfies(f -> {
            assertThat(f.regel()).isEqualTo(1);
            assertThat(f.melding()).contains("geen CSV").as("one apostrophe, as the user reads it").contains("komma's)");
        });
    }

    @Test
    void weigertEenLeegBestandEnEenBestandMetAlleenEenKopregel() {
        assertThat(lees("").fouten()).singleElement().satisfies(f -> assertThat(f.melding()).contains("leeg"));
        assertThat(lees(KOP).fouten()).singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("alleen een kopregel"));
    }
}
