package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared readers of amounts and months: one rule and one message everywhere. */
class InvoerTest {

    private static final BigDecimal MAX = new BigDecimal("1000.00");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12,5", "12.50", " 12,50 ", "1000"})
    void eenBedragMetKommaOfPuntWordtTweeDecimalen(String tekst) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var bedrag = Invoer.bedrag(tekst, "bedrag", true, MAX, fouten);
        assertThat(fouten).isEmpty();
        assertThat(bedrag.scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "-1", "1.250,00", "12,345", "1e3", "abc", "1000.01"})
    void eenFoutBedragNoemtHetVeld(String tekst) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(Invoer.bedrag(tekst, "bedrag", true, MAX, fouten)).isNull();
        assertThat(fouten).singleElement().satisfies(v -> assertThat(v.name()).isEqualTo("bedrag"));
    }

    @Test
    void nulMagAlleenWaarHetMag() {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(Invoer.bedragOfNul("0", "tarief", true, MAX, fouten)).isEqualByComparingTo("0.00");
        assertThat(Invoer.bedragOfNul("-0,01", "tarief", true, MAX, fouten)).isNull();
        assertThat(fouten).hasSize(1);
        assertThat(Invoer.bedrag(null, "bedrag", false, MAX, fouten)).isNull();
        assertThat(fouten).as("niet verplicht en leeg: geen melding").hasSize(1);
    }

    @Test
    void eenMaandIsJjjjMm() {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(Invoer.maand("2024-02", "maand", true, fouten)).isEqualTo(YearMonth.of(2024, 2));
        assertThat(Invoer.maand("2024-13", "maand", true, fouten)).isNull();
        assertThat(Invoer.maand("", "maand", true, fouten)).isNull();
        assertThat(Invoer.maand("", "van", false, fouten)).isNull();
        assertThat(fouten).extracting(OngeldigeInvoer.Veld::name).containsExactly("maand", "maand");
    }
}
