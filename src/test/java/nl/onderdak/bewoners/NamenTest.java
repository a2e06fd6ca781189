// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names across scripts and spellings: the same person is found whichever transcription was typed. */
class NamenTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "Шевченко, Shevchenko",
            "Шевченко, Sjevtsjenko",
            "Шевченко, Schewtschenko",
            "Shevchenko, Sjevtsjenko",
            "Shevchenko, Schewtschenko",
            "Sjevtsjenko, Schewtschenko",
            "Oleksandr, Aleksandr",
            "Олександр, Oleksandr",
            "Олександр, Aleksandr",
            "Kharkiv, Charkiv",
            "Харків, Kharkiv",
            "Харків, Charkiv",
            "Yulia, Julija",
            "Юлія, Yulia",
            "Юлія, Julija",
            "Serhiy, Sergej",
            "Олександр Шевченко, Oleksandr Shevchenko",
            "Олександр Шевченко, Aleksandr Sjevtsjenko",
            "SHEVCHENKO, shevchenko",
            "Zhuk, Zjuk",
    })
    void dezelfdeNaamInAndereSchriftOfSpellingLijktOpElkaar(String a, String b) {
        assertThat(Namen.lijkenOpElkaar(a, b)).as(Namen.sleutel(a) + " / " + Namen.sleutel(b)).isTrue();
        assertThat(Namen.lijkenOpElkaar(b, a)).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({
            "Shevchenko, Kovalenko",
            "Шевченко, Бондаренко",
            "Oleksandr, Olena",
            "Yulia, Iryna",
            "Kharkiv, Kyiv",
            "Oleksandr Shevchenko, Olena Kovalenko",
            "Andrii Melnyk, Taras Bondar",
            "Jansen, Shevchenko",
    })
    void duidelijkVerschillendeNamenLijkenNietOpElkaar(String a, String b) {
        assertThat(Namen.lijkenOpElkaar(a, b)).as(Namen.sleutel(a) + " / " + Namen.sleutel(b)).isFalse();
        assertThat(Namen.lijkenOpElkaar(b, a)).isFalse();
    }

    @Test
    void transliteratieVolgtHetOekraiensStelselEnHoudtHoofdletters() {
        assertThat(Namen.translitereer("Шевченко")).isEqualTo("Shevchenko");
        assertThat(Namen.translitereer("Олександр")).isEqualTo("Oleksandr");
        assertThat(Namen.translitereer("Харків")).isEqualTo("Kharkiv");
        assertThat(Namen.translitereer("Щербак")).isEqualTo("Shcherbak");
        assertThat(Namen.translitereer("Jansen")).isEqualTo("Jansen");
    }

    @Test
    void dezelfdeSleutelVoorDeGebruikelijkeTranscriptiesVanSjevtsjenko() {
        assertThat(Namen.sleutel("Шевченко")).isEqualTo(Namen.sleutel("Shevchenko")).isEqualTo(Namen.sleutel("Sjevtsjenko"));
    }

    @Test
    void legeOfOntbrekendeNamenLijkenNergensOp() {
        assertThat(Namen.lijkenOpElkaar("", "")).isFalse();
        assertThat(Namen.lijkenOpElkaar(null, "Shevchenko")).isFalse();
        assertThat(Namen.lijkenOpElkaar("---", "...")).isFalse();
    }

    @Test
    void accentenEnLeestekensTellenNiet() {
        assertThat(Namen.lijkenOpElkaar("Zoë O'Neill", "Zoe ONeill")).isTrue();
        assertThat(Namen.sleutel("Ковальчук-Шевченко")).isEqualTo(Namen.sleutel("Kovalchuk Shevchenko"));
    }
}
