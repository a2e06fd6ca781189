// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The IBAN: country length, the mod-97 check of ISO 13616, reading as typed and printing in groups of four. */
public class IbanTest {

    /** Check digits computed here independently: 98 minus the remainder of BBAN + country + "00". */
    public static String metControlecijfers(String land, String bban) {
        var cijfers = new StringBuilder();
        for (char c : (bban + land + "00").toCharArray()) {
            cijfers.append(Character.digit(c, 36));
        }
        int rest = new BigInteger(cijfers.toString()).mod(BigInteger.valueOf(97)).intValue();
        return land + String.format("%02d", 98 - rest) + bban;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NL91ABNA0417164300", "NL44RABO0123456789", "NL20INGB0001234567", "BE68539007547034",
            "DE89370400440532013000", "UA213223130000026007233566001", "FR1420041010050500013M02606",
            "PL61109010140000071219812874", "ES9121000418450200051332", "IT60X0542811101000000123456",
            "AT611904300234573201", "LU280019400644750000"})
    void eenIbanMetJuisteLengteEnControlegetalIsGeldig(String iban) {
        assertThat(Iban.lees(iban)).hasValueSatisfying(i -> assertThat(i.waarde()).isEqualTo(iban));
        assertThat(new Iban(iban).waarde()).isEqualTo(iban);
    }

    @Test
    void deControlecijfersVanDeVoorbeeldenZijnZelfNagerekend() {
        assertThat(metControlecijfers("NL", "ABNA0417164300")).isEqualTo("NL91ABNA0417164300");
        assertThat(metControlecijfers("BE", "539007547034")).isEqualTo("BE68539007547034");
        assertThat(metControlecijfers("DE", "370400440532013000")).isEqualTo("DE89370400440532013000");
        assertThat(metControlecijfers("UA", "3223130000026007233566001")).isEqualTo("UA213223130000026007233566001");
    }

    @Test
    void spatiesEnKleineLettersWordenGenormaliseerd() {
        assertThat(Iban.lees("nl91 abna 0417 1643 00")).hasValueSatisfying(i -> assertThat(i.waarde()).isEqualTo("NL91ABNA0417164300"));
        assertThat(Iban.lees("  NL91ABNA0417164300 ")).isPresent();
        assertThat(Iban.lees("de89\u00A03704 0044 0532 0130 00")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NL91ABNA0417164300, NL91 ABNA 0417 1643 00", "BE68539007547034, BE68 5390 0754 7034",
            "UA213223130000026007233566001, UA21 3223 1300 0002 6007 2335 6600 1"})
    void opgemaaktInGroepenVanVier(String iban, String opgemaakt) {
        assertThat(new Iban(iban).opgemaakt()).isEqualTo(opgemaakt);
        assertThat(Iban.lees(opgemaakt)).contains(new Iban(iban));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NL91ABNA0417164300", "DE89370400440532013000", "UA213223130000026007233566001", "FR1420041010050500013M02606"})
    void elkEnkelVerkeerdTekenWordtOpgemerkt(String geldig) {
        for (int plek = 0; plek < geldig.length(); plek++) {
            char origineel = geldig.charAt(plek);
            String alternatieven = Character.isDigit(origineel) ? "0123456789" : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
            for (char c : alternatieven.toCharArray()) {
                if (c == origineel) {
                    continue;
                }
                var fout = geldig.substring(0, plek) + c + geldig.substring(plek + 1);
                assertThat(Iban.lees(fout)).as(fout).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NL91ABNA0417164300", "DE89370400440532013000", "UA213223130000026007233566001", "BE68539007547034"})
    void eenVerwisselingVanTweeBurenWordtOpgemerkt(String geldig) {
        for (int plek = 0; plek + 1 < geldig.length(); plek++) {
            char a = geldig.charAt(plek);
            char b = geldig.charAt(plek + 1);
            if (a == b) {
                continue;
            }
            var fout = geldig.substring(0, plek) + b + a + geldig.substring(plek + 2);
            assertThat(Iban.lees(fout)).as(fout).isEmpty();
        }
    }

    @Test
    void eenVerkeerdeLengteVoorHetLandIsOngeldigOokAlKloptHetControlegetal() {
        var nlTeLang = metControlecijfers("NL", "ABNA04171643001");
        var beTeKort = metControlecijfers("BE", "53900754703");
        var deTeKort = metControlecijfers("DE", "37040044053201300");
        var uaTeLang = metControlecijfers("UA", "32231300000260072335660011");

        for (var iban : new String[] {nlTeLang, beTeKort, deTeKort, uaTeLang}) {
            assertThat(Iban.lees(iban)).as(iban).isEmpty();
        }
    }

    @Test
    void eenOnbekendLandMagVijftienTotVierendertigTekensHebben() {
        assertThat(Iban.lees(metControlecijfers("XK", "1212012345678906"))).isPresent();
        assertThat(Iban.lees(metControlecijfers("ZZ", "12345678901"))).as("15 tekens").isPresent();
        assertThat(Iban.lees(metControlecijfers("ZZ", "1234567890"))).as("14 tekens").isEmpty();
        assertThat(Iban.lees(metControlecijfers("ZZ", "123456789012345678901234567890"))).as("34 tekens").isPresent();
        assertThat(Iban.lees(metControlecijfers("ZZ", "1234567890123456789012345678901"))).as("35 tekens").isEmpty();
    }

    @Test
    void controlecijfers00En01En99WordenNooitUitgegevenEnZijnOngeldig() {
        // 97 and 00, 98 and 01, 02 and 99 leave the same remainder; only the first of each pair is issued.
        int gevonden = 0;
        for (int rekening = 0; rekening < 2_000 && gevonden < 3; rekening++) {
            var geldig = metControlecijfers("NL", "ABNA" + String.format("%010d", rekening));
            var ongeldig = switch (geldig.substring(2, 4)) {
                case "97" -> "00";
                case "98" -> "01";
                case "02" -> "99";
                default -> null;
            };
            if (ongeldig != null) {
                gevonden++;
                assertThat(Iban.lees(geldig)).isPresent();
                assertThat(Iban.lees("NL" + ongeldig + geldig.substring(4))).as(ongeldig).isEmpty();
            }
        }
        assertThat(gevonden).isEqualTo(3);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"NL91ABNA041716430!", "NL91ABNA04171643Ö0", "NL91-ABNA-0417-1643-00", "1191ABNA0417164300",
            "NLX1ABNA0417164300", "NL91ABNA0417164300NL91ABNA0417164300", "NL91", "ABNA0417164300"})
    void tekensBuitenHetAlfabetEnEenVerkeerdeOpbouwZijnOngeldig(String tekst) {
        assertThat(Iban.lees(tekst)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void niets(String tekst) {
        assertThat(Iban.lees(tekst)).isEmpty();
        assertThatThrownBy(() -> new Iban(tekst)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"nl91abna0417164300", "NL91 ABNA 0417 1643 00", "NL92ABNA0417164300"})
    void deConstructorAanvaardtAlleenDeGenormaliseerdeGeldigeVorm(String tekst) {
        assertThatThrownBy(() -> new Iban(tekst)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deFoutmeldingNoemtHetNummerNiet() {
        assertThatThrownBy(() -> new Iban("NL92ABNA0417164300")).hasMessageNotContaining("0417164300");
    }

    @Property(tries = 300)
    void elkeNagerekendeDuitseIbanIsGeldigEnEenEnkelVerkeerdCijferNiet(
            @ForAll @NumericChars @StringLength(18) String bban, @ForAll @IntRange(min = 4, max = 21) int plek,
            @ForAll @IntRange(min = 1, max = 9) int verschuiving) {
        var geldig = metControlecijfers("DE", bban);
        assertThat(Iban.lees(geldig)).isPresent();

        char cijfer = (char) ('0' + (geldig.charAt(plek) - '0' + verschuiving) % 10);
        var fout = geldig.substring(0, plek) + cijfer + geldig.substring(plek + 1);
        assertThat(Iban.lees(fout)).as(fout).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void hetControlegetalWordtUitLandEnRekeningnummerBerekend() {
        org.assertj.core.api.Assertions.assertThat(Iban.metControlegetal("NL", "ABNA0417164300").waarde()).isEqualTo("NL91ABNA0417164300");
        org.assertj.core.api.Assertions.assertThat(Iban.lees(Iban.metControlegetal("DE", "370400440532013000").waarde())).isPresent();
    }
}
