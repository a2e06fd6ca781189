// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.bestanden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import nl.onderdak.leefgeld.internal.bestanden.Prepaidlijst.Lading;
import nl.onderdak.platform.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The prepaid card load list: CSV for Dutch Excel (BOM, semicolons), formula-safe text, amounts with a decimal comma. */
class PrepaidlijstTest {

    @Test
    void deLijstLeestTerugMetCsvLeesAlsKopEnEenRegelPerLading() {
        var ladingen = List.of(new Lading("6012345678901234", "LG-0001", "Олена Коваленко", new BigDecimal("1234.56")),
                new Lading("0012345678901235", "LG-0002", "Zoë Müller", new BigDecimal("245.5")));

        var regels = lees(schrijf(ladingen));

        assertThat(regels).hasSize(3);
        assertThat(regels.get(0).velden()).containsExactly("kaartnummer", "referentie", "naam", "bedrag");
        assertThat(regels.get(1).velden()).containsExactly("6012345678901234", "LG-0001", "Олена Коваленко", "1234,56");
        assertThat(regels.get(2).velden()).containsExactly("0012345678901235", "LG-0002", "Zoë Müller", "245,50");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"klik\")", "+31612345678", "@SUM(A1)", "-2+3"})
    void eenNaamDieAlsFormuleBegintWordtOnschadelijkGemaakt(String naam) {
        var tekst = schrijf(List.of(new Lading("6012", "LG-0001", naam, BigDecimal.TEN)));

        var velden = lees(tekst).get(1).velden();

        assertThat(velden.get(2)).isEqualTo("'" + naam);
        assertThat(tekst.lines().skip(1).findFirst().orElseThrow().split(";", -1)[2]).doesNotStartWith("=")
                .doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("-");
    }

    @Test
    void puntkommasAanhalingstekensEnRegeleindenWordenGequote() {
        var naam = "Jansen; Piet \"PJ\"";
        var tekst = schrijf(List.of(new Lading("6012", "LG;1", naam, BigDecimal.ONE),
                new Lading("6013", "LG-2", "Regel\nTwee", BigDecimal.ONE)));

        assertThat(tekst).contains("6012;\"LG;1\";\"Jansen; Piet \"\"PJ\"\"\";1,00\r\n");
        var regels = lees(tekst);
        assertThat(regels.get(1).velden()).containsExactly("6012", "LG;1", naam, "1,00");
        assertThat(regels.get(2).velden()).containsExactly("6013", "LG-2", "Regel\nTwee", "1,00");
    }

    @Test
    void bedragenHebbenEenKommaEnTweeDecimalenZonderDuizendtallen() {
        assertThat(bedragInBestand("245.5")).isEqualTo("245,50");
        assertThat(bedragInBestand("260")).isEqualTo("260,00");
        assertThat(bedragInBestand("0.05")).isEqualTo("0,05");
        assertThat(bedragInBestand("1234567.80")).isEqualTo("1234567,80");
        assertThat(bedragInBestand("1E+3")).isEqualTo("1000,00");
        assertThat(bedragInBestand("12.500")).isEqualTo("12,50");
    }

    private static String bedragInBestand(String bedrag) {
        var tekst = schrijf(List.of(new Lading("6012", "LG-0001", "Anna", new BigDecimal(bedrag))));
        var laatste = tekst.strip().lines().toList().getLast();
        return laatste.substring(laatste.lastIndexOf(';') + 1);
    }

    @Test
    void elkeRegelEindigtOpCrlf() {
        var tekst = schrijf(List.of(new Lading("6012", "LG-0001", "Anna", new BigDecimal("50"))));

        assertThat(tekst).isEqualTo("\uFEFFkaartnummer;referentie;naam;bedrag\r\n6012;LG-0001;Anna;50,00\r\n");
    }

    @Test
    void eenLegeLijstIsAlleenDeKop() {
        assertThat(schrijf(List.of())).isEqualTo("\uFEFFkaartnummer;referentie;naam;bedrag\r\n");
    }

    @Test
    void eenLadingZonderKaartOfMetEenOngeldigBedragWordtGeweigerd() {
        assertThatThrownBy(() -> new Lading(" ", "LG-1", "A", BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lading("6012", "", "A", BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lading("6012", "LG-1", "A", new BigDecimal("-1.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lading("6012", "LG-1", "A", BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lading("6012", "LG-1", "A", new BigDecimal("0.001")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lading("6012", "LG-1", null, BigDecimal.TEN)).isInstanceOf(NullPointerException.class);
    }

    /** Reads the list as Dutch Excel does: a byte order mark first, then fields separated by semicolons. */
    private static List<Csv.Regel> lees(String tekst) {
        assertThat(tekst).startsWith(Csv.BOM);
        return Csv.lees(tekst.substring(1), Csv.SCHEIDINGSTEKEN);
    }

    private static String schrijf(List<Lading> ladingen) {
        var uit = new StringWriter();
        Prepaidlijst.schrijf(ladingen, uit);
        return uit.toString();
    }
}
