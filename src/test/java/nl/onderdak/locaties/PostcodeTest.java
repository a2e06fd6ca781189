// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest(name = "''{0}'' wordt {1}")
    @CsvSource(delimiter = '|', value = {
        "3511 AB|3511AB",
        "3511AB|3511AB",
        "3511 ab|3511AB",
        "  3511ab  |3511AB",
        "1000 AA|1000AA",
        "9999 ZZ|9999ZZ",
        "3511 SB|3511SB",
        "3511 AS|3511AS"
    }, ignoreLeadingAndTrailingWhitespace = false)
    void leestEenNederlandsePostcodeMetOfZonderSpatieEnKleineLetters(String tekst, String waarde) {
        assertThat(Postcode.lees(tekst)).map(Postcode::waarde).contains(waarde);
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "0123 AB", "351 AB", "35111 AB", "3511 A", "3511 ABC", "3511-AB", "3511  AB",
        "AB 3511", "3511 1B", "   ", "3511 ÄB"})
    void weigertWatGeenPostcodeIs(String tekst) {
        assertThat(Postcode.lees(tekst)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"3511 SA", "3511 SD", "3511 SS", "3511sa", "3511 sd", "3511ss"})
    void weigertDeLettercombinatiesDiePostNlNietGebruikt(String tekst) {
        assertThat(Postcode.lees(tekst)).isEmpty();
    }

    @Test
    void toontDePostcodeMetSpatie() {
        assertThat(Postcode.lees("3511ab").orElseThrow()).hasToString("3511 AB");
        assertThat(new Postcode("1234XY")).hasToString("1234 XY");
    }

    @Test
    void tweeSchrijfwijzenGevenDezelfdePostcode() {
        assertThat(Postcode.lees("3511 AB")).isEqualTo(Postcode.lees("3511ab"));
    }
}
