// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
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
    @ValueSource(strings = {"0", "-1", "12,345", "1e3", "abc", "1000.01", "1,250.00", "1.2.3", "12,50,0", "€", "1.25,00"})
    void eenFoutBedragNoemtHetVeld(String tekst) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(Invoer.bedrag(tekst, "bedrag", true, MAX, fouten)).isNull();
        assertThat(fouten).singleElement().satisfies(v -> assertThat(v.name()).isEqualTo("bedrag"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.250,00", "1250,00", "1250", "€ 1.250,00", "€1.250,00", "EUR 1250,00", "1250.00",
        "\u20ac\u00a01.250,00", " 1 250,00 "})
    void eenBedragInNederlandseNotatieWordtGelezen(String tekst) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(Invoer.bedrag(tekst, "bedrag", true, new BigDecimal("5000"), fouten)).isEqualByComparingTo("1250.00");
        assertThat(fouten).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1,250.00", "1,250.5", "€ 1,250.00", "1.250,00", "1250.00", "1250,00", "1250", "1 250.00"})
    void inHetEngelsWordtDeEngelseEnDeNederlandseNotatieGelezen(String tekst) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var bedrag = inHetEngels(() -> Invoer.bedrag(tekst, "bedrag", true, new BigDecimal("5000"), fouten));
        assertThat(fouten).isEmpty();
        assertThat(bedrag).isBetween(new BigDecimal("1250.00"), new BigDecimal("1250.50"));
    }

    @Test
    void inHetEngelsIsEenKommaZonderDrieCijfersErnaEenDecimaleKomma() {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(inHetEngels(() -> Invoer.bedrag("12,50", "bedrag", true, MAX, fouten))).isEqualByComparingTo("12.50");
        assertThat(inHetEngels(() -> Invoer.bedrag("1,250,000", "bedrag", true, new BigDecimal("2000000"), fouten)))
                .isEqualByComparingTo("1250000");
        assertThat(fouten).isEmpty();
    }

    @Test
    void inHetEngelsWordtWatTweeDingenKanBetekenenGeweigerd() {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(inHetEngels(() -> Invoer.bedrag("1,250", "bedrag", true, new BigDecimal("5000"), fouten))).isNull();
        assertThat(inHetEngels(() -> Invoer.bedrag("1.250", "bedrag", true, new BigDecimal("5000"), fouten))).isNull();
        assertThat(fouten).extracting(OngeldigeInvoer.Veld::reason).containsExactly(
                "'1,250' could be two amounts; write the cents too, for example 1,250.00 or 1.25.",
                "'1.250' could be two amounts; write the cents too, for example 1,250.00 or 1.25.");
    }

    @Test
    void inHetNederlandsBlijftDeEngelseNotatieGeweigerd() {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(Invoer.bedrag("1,250.00", "bedrag", true, new BigDecimal("5000"), fouten)).isNull();
        assertThat(Invoer.bedrag("1,250,000", "bedrag", true, new BigDecimal("2000000"), fouten)).isNull();
        assertThat(fouten).extracting(OngeldigeInvoer.Veld::reason).containsExactly(
                "'1,250.00' is geen bedrag; schrijf het bijvoorbeeld als 1.250,00 of 1250,00.",
                "'1,250,000' is geen bedrag; schrijf het bijvoorbeeld als 1.250,00 of 1250,00.");
    }

    private static <T> T inHetEngels(java.util.function.Supplier<T> werk) {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            return werk.get();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void eenBedragDatTweeDingenKanBetekenenWordtGeweigerdMetUitleg() {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(Invoer.bedrag("1.250", "bedrag", true, new BigDecimal("5000"), fouten)).isNull();
        assertThat(fouten).singleElement().satisfies(v -> assertThat(v.reason())
                .isEqualTo("'1.250' kan twee bedragen zijn; schrijf de centen na een komma, bijvoorbeeld 1.250,00 of 1,25."));
    }

    @Test
    void eenBedragBovenHetMaximumNoemtHetMaximumInNederlandseNotatie() {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(Invoer.bedrag("25.000,01", "bedrag", true, new BigDecimal("25000"), fouten)).isNull();
        assertThat(fouten).singleElement().satisfies(v -> assertThat(v.reason()).isEqualTo("Hoogstens € 25.000,00."));
    }

    @Test
    void eenDatumMagOokAlsDagMaandJaar() {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(Invoer.datum("24-2-2022", "d", true, fouten)).isEqualTo(java.time.LocalDate.of(2022, 2, 24));
        assertThat(Invoer.datum("24-02-2022", "d", true, fouten)).isEqualTo(java.time.LocalDate.of(2022, 2, 24));
        assertThat(Invoer.datum("31-2-2022", "d", true, fouten)).isNull();
        assertThat(Invoer.maand("11-2023", "m", true, fouten)).isEqualTo(YearMonth.of(2023, 11));
        assertThat(fouten).singleElement().satisfies(v -> assertThat(v.reason())
                .isEqualTo("'31-2-2022' is geen datum; schrijf een datum als 24-2-2022."));
    }

    @Test
    void meldingenZijnEngelsAlsDeGebruikerEngelsKoos() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            var fouten = new ArrayList<OngeldigeInvoer.Veld>();
            Invoer.bedrag("abc", "bedrag", true, MAX, fouten);
            Invoer.geheelGetal("", "aantal", 1, 2000, true, fouten);
            Invoer.bedrag("2000", "bedrag", true, MAX, fouten);
            assertThat(fouten).extracting(OngeldigeInvoer.Veld::reason).containsExactly(
                    "'abc' is not an amount; write it for example as 1,250.00 or 1250.00 (or in Dutch notation 1.250,00).",
                    "Enter a whole number.", "At most € 1,000.00.");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+999999999-12-31", "-0001-01-01", "1899-12-31", "2101-01-01", "0000-01-01"})
    void eenDatumBuitenNegentienhonderdTotTweeduizendhonderdIsFout(String tekst) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(Invoer.datum(tekst, "geboortedatum", true, fouten)).isNull();
        assertThat(fouten).containsExactly(new OngeldigeInvoer.Veld("geboortedatum", Invoer.BUITEN_BEREIK));
    }

    @Test
    void deGrenzenVanHetDatumbereikMogen() {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(Invoer.datum("1900-01-01", "d", true, fouten)).isEqualTo(Invoer.EERSTE_DATUM);
        assertThat(Invoer.datum("2100-12-31", "d", true, fouten)).isEqualTo(Invoer.LAATSTE_DATUM);
        assertThat(Invoer.maand("+999999999-12", "maand", true, fouten)).isNull();
        assertThat(fouten).extracting(OngeldigeInvoer.Veld::name).containsExactly("maand");
    }

    @Test
    void eenFoutmeldingHerhaaltHoogstensVeertigTekensVanDeInvoer() {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var lang = "x".repeat(100_000);
        Invoer.geheelGetal(lang, "aantal", 0, 10, true, fouten);
        Invoer.datum(lang, "datum", true, fouten);
        Invoer.maand(lang, "maand", true, fouten);
        Invoer.bedrag(lang, "bedrag", true, MAX, fouten);
        assertThat(fouten).hasSize(4).allSatisfy(v -> assertThat(v.reason()).hasSizeLessThan(160).contains("x".repeat(40) + "…")
                .doesNotContain("x".repeat(41)));
        assertThat(Invoer.uittreksel("a\u0000b")).isEqualTo("a b");
    }

    @Test
    void tekstMetEenNulTekenOfTeLangIsFout() {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        Invoer.tekst("a\u0000b", "naam", Invoer.TEKST_MAX, fouten);
        Invoer.verplicht("a\u0000b", "naam2", "Vul in.", Invoer.TEKST_MAX, fouten);
        Invoer.tekst("y".repeat(1001), "naam3", Invoer.TEKST_MAX, fouten);
        assertThat(Invoer.tekst(" goed ", "naam4", Invoer.TEKST_MAX, fouten)).isEqualTo("goed");
        assertThat(fouten).extracting(OngeldigeInvoer.Veld::name).containsExactly("naam", "naam2", "naam3");
    }

    @Test
    void keuzesZijnWoordenGeenJavaLijst() {
        assertThat(Berichten.opsomming(java.util.List.of(2022, 2024))).isEqualTo("2022 of 2024");
        assertThat(Berichten.kiesUit(java.util.List.of("beveiliging", "vervoer", "overig")))
                .isEqualTo("Kies een van: beveiliging, vervoer of overig.");
        assertThat(Berichten.in(java.util.Locale.ENGLISH, "invoer.keuze", "a or b")).isEqualTo("Choose one of: a or b.");
    }
}
