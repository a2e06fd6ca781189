// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The burgerservicenummer: the elfproef, the leading-zero rule for eight digits, and masking. */
class BsnTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"111222333", "123456782", "999999990", "012345672"})
    void eenNummerDatDeElfproefDoorstaatIsGeldig(String nummer) {
        assertThat(Bsn.geldig(nummer)).isTrue();
        assertThat(Bsn.lees(nummer)).hasValueSatisfying(b -> assertThat(b.waarde()).isEqualTo(nummer));
        assertThat(new Bsn(nummer).waarde()).isEqualTo(nummer);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"111222334", "123456781", "123456789", "111222330", "999999999"})
    void eenVerkeerdControlecijferIsOngeldig(String nummer) {
        assertThat(Bsn.geldig(nummer)).isFalse();
        assertThat(Bsn.lees(nummer)).isEmpty();
        assertThatThrownBy(() -> new Bsn(nummer)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void elkEnkelVerkeerdCijferWordtOpgemerkt() {
        var geldig = "123456782";
        for (int plek = 0; plek < 9; plek++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c == geldig.charAt(plek)) {
                    continue;
                }
                var fout = geldig.substring(0, plek) + c + geldig.substring(plek + 1);
                assertThat(Bsn.geldig(fout)).as(fout).isFalse();
            }
        }
    }

    @Test
    void achtCijfersKrijgenEenVoorloopnul() {
        assertThat(Bsn.lees("12345672")).hasValueSatisfying(b -> assertThat(b.waarde()).isEqualTo("012345672"));
    }

    @Test
    void achtCijfersDieMetVoorloopnulDeElfproefNietDoorstaanZijnOngeldig() {
        // 012345678: 8+14+18+20+20+18+14 - 8 = 104, not a multiple of 11.
        assertThat(Bsn.lees("12345678")).isEmpty();
        // Eight digits as such are never a BSN; only the reading with a leading zero is.
        assertThat(Bsn.geldig("12345672")).isFalse();
    }

    @Test
    void spatiesEnPuntenTellenNietMee() {
        assertThat(Bsn.lees(" 1112.22.333 ")).hasValueSatisfying(b -> assertThat(b.waarde()).isEqualTo("111222333"));
        assertThat(Bsn.lees("111 222 333")).hasValueSatisfying(b -> assertThat(b.waarde()).isEqualTo("111222333"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"11122233a", "abcdefghi", "1112-22-333", "+11222333", "١١١٢٢٢٣٣٣", "1234567", "1234567820",
            "11122233３"})
    void lettersTekensEnEenVerkeerdeLengteZijnOngeldig(String tekst) {
        assertThat(Bsn.lees(tekst)).isEmpty();
        assertThat(Bsn.geldig(tekst)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000000000", "00000000"})
    void nulNegenKeerIsOngeldigHoewelDeSomDeelbaarIsDoorElf(String tekst) {
        assertThat(Bsn.geldig("000000000")).isFalse();
        assertThat(Bsn.lees(tekst)).isEmpty();
        assertThatThrownBy(() -> new Bsn("000000000")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void niets(String tekst) {
        assertThat(Bsn.lees(tekst)).isEmpty();
        assertThat(Bsn.geldig(tekst)).isFalse();
    }

    @Test
    void toStringToontAlleenDeLaatsteDrieCijfers() {
        var bsn = new Bsn("123456782");

        assertThat(bsn.toString()).isEqualTo("******782").doesNotContain("123456");
        assertThat(bsn.gemaskeerd()).isEqualTo("******782");
        assertThat("" + bsn).doesNotContain("123456782");
        assertThat(String.format("%s", bsn)).isEqualTo("******782");
    }

    @Test
    void deFoutmeldingVanEenOngeldigNummerNoemtHetNummerNiet() {
        assertThatThrownBy(() -> new Bsn("123456789")).hasMessageNotContaining("123456789");
    }
}
