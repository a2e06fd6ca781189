// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HalfjaarTest {

    @Test
    void leestEnSchrijftDeVormJjjjHn() {
        assertThat(Halfjaar.lees("2027-H1")).contains(new Halfjaar(2027, 1));
        assertThat(Halfjaar.lees(" 2027-H2 ")).contains(new Halfjaar(2027, 2));
        assertThat(new Halfjaar(2027, 2)).hasToString("2027-H2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2027-H3", "2027-H0", "2027H1", "27-H1", "2027-h1", "2027-H1x"})
    void weigertAndereVormen(String tekst) {
        assertThat(Halfjaar.lees(tekst)).isEmpty();
    }

    @Test
    void weigertNull() {
        assertThat(Halfjaar.lees(null)).isEmpty();
        assertThatThrownBy(() -> new Halfjaar(2027, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kentBeginEindeEnUitersteAankondigingDertienWekenVooraf() {
        var eerste = new Halfjaar(2027, 1);
        var tweede = new Halfjaar(2027, 2);

        assertThat(eerste.begin()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(eerste.einde()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(eerste.uitersteAankondiging()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(tweede.begin()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(tweede.einde()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(tweede.uitersteAankondiging()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(tweede.voorgeschrevenPeiljaar()).isEqualTo(2026);
    }

    @Test
    void ordentOpJaarEnHelft() {
        assertThat(new Halfjaar(2027, 1)).isLessThan(new Halfjaar(2027, 2));
        assertThat(new Halfjaar(2027, 2)).isLessThan(new Halfjaar(2028, 1));
        assertThat(new Halfjaar(2028, 1)).isEqualByComparingTo(new Halfjaar(2028, 1));
    }
}
