// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.onderdak.platform.OngeldigeInvoer;
import org.junit.jupiter.api.Test;

/** The import of published figures: every wrong cell named by line, the shared files read whole. */
class ReekslezerTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 5);
    static final Set<String> REGIOS = IntStream.rangeClosed(1, 25).mapToObj(i -> String.format("VR%02d", i)).collect(Collectors.toSet());

    @Test
    void elke_fout_wordt_met_regelnummer_genoemd() {
        var csv = """
                peildatum,indicator,waarde,precisie,bron_url,niveau,regio
                2022-04-24,opgevangen_gemeentelijke_opvang,31782,exact,https://example.org/a,landelijk,
                24-04-2022,opgevangen_gemeentelijke_opvang,31782,exact,https://example.org/a,,
                2022-04-25,opgevangen_gemeenten,31.782,ongeveer,example.org,,
                2022-04-26,opgevangen,1263,exact,https://example.org/b,regio,VR99 Nergens
                2027-01-02,instroom,10,exact,https://example.org/c,,
                """;
        var fout = catchThrowableOfType(OngeldigeInvoer.class,
                () -> Reekslezer.lees(csv.getBytes(StandardCharsets.UTF_8), VANDAAG, REGIOS));
        assertThat(fout.velden()).extracting(OngeldigeInvoer.Veld::name).containsExactly("regels[3].peildatum",
                "regels[4].indicator", "regels[4].waarde", "regels[4].precisie", "regels[4].bron_url", "regels[5].regio",
                "regels[6].peildatum");
        assertThat(fout.velden().getFirst().reason()).startsWith("Regel 3:");
    }

    @Test
    void ontbrekende_kolom_en_dubbele_regel() {
        var zonderBron = catchThrowableOfType(OngeldigeInvoer.class, () -> Reekslezer.lees(
                "peildatum,indicator,waarde,precisie\n2022-04-24,instroom,1,exact\n".getBytes(StandardCharsets.UTF_8), VANDAAG, REGIOS));
        assertThat(zonderBron.velden()).extracting(OngeldigeInvoer.Veld::name).containsExactly("regels[1].bron_url");
        var dubbel = catchThrowableOfType(OngeldigeInvoer.class, () -> Reekslezer.lees("""
                peildatum,indicator,waarde,precisie,bron_url
                2022-04-24,instroom,1,exact,https://example.org/a
                2022-04-24,instroom,2,exact,https://example.org/a
                """.getBytes(StandardCharsets.UTF_8), VANDAAG, REGIOS));
        assertThat(dubbel.velden()).extracting(OngeldigeInvoer.Veld::reason).containsExactly("Regel 3: hetzelfde cijfer staat al op regel 2.");
    }

    @Test
    void de_gedeelde_bestanden_met_gepubliceerde_cijfers_worden_heel_gelezen() {
        var landelijk = Reekslezer.lees(ReeksenLader.lees("oekraine_opvang_landelijke_cijfers.csv"), VANDAAG, REGIOS);
        var reeksen = Reekslezer.lees(ReeksenLader.lees("oekraine_reeksen_2022-2023.csv"), VANDAAG, REGIOS);
        assertThat(landelijk).hasSize(22);
        assertThat(reeksen).hasSize(26);
        // "2022-09" is a month: placed on the 15th; "VR09 Utrecht" becomes code VR09; ontheemden_in_BRP is lower case.
        assertThat(landelijk).filteredOn(NieuwCijfer::alleenMaand).singleElement()
                .extracting(NieuwCijfer::peildatum).isEqualTo(LocalDate.of(2022, 9, 15));
        assertThat(landelijk).extracting(NieuwCijfer::regioCode).contains("VR09", "VR16");
        assertThat(landelijk).extracting(NieuwCijfer::indicator).contains("ontheemden_in_brp");
    }
}
