// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rate table: the shipped copy, strict reading of the CSV, and at most one rate per person and day. */
class TarievenTest {

    private static final String KOP = "geldig_vanaf,geldig_tot,component,leeftijdsgroep,huishouden_min,huishouden_max,bedrag_per_maand_eur,bron\n";
    private static final Tarieven STANDAARD = Tarieven.standaard();

    private static LocalDate dag(String iso) {
        return LocalDate.parse(iso);
    }

    private static BigDecimal bedrag(LocalDate dag, Component component, boolean minderjarig, int grootte) {
        return STANDAARD.voor(dag, component, minderjarig, grootte).orElseThrow().bedragPerMaand();
    }

    @Test
    void tot31Januari2023GeldtEenVastBedragVoorIedereen() {
        assertThat(bedrag(dag("2022-04-01"), Component.VOEDSEL, false, 1)).isEqualTo(new BigDecimal("205.00"));
        assertThat(bedrag(dag("2023-01-31"), Component.VOEDSEL, true, 7)).isEqualTo(new BigDecimal("205.00"));
        assertThat(bedrag(dag("2023-01-31"), Component.KLEDING_EN_PERSOONLIJK, true, 3)).isEqualTo(new BigDecimal("55.00"));
        assertThat(STANDAARD.voor(dag("2023-01-31"), Component.VOEDSEL, false, 3).orElseThrow().bron()).isEqualTo("N2b");
    }

    @Test
    void vanaf1Februari2023HangtVoedselAfVanLeeftijdEnHuishoudgrootte() {
        var dag = dag("2023-02-01");
        assertThat(bedrag(dag, Component.VOEDSEL, false, 1)).isEqualTo(new BigDecimal("215.06"));
        assertThat(bedrag(dag, Component.VOEDSEL, false, 2)).isEqualTo(new BigDecimal("215.06"));
        assertThat(bedrag(dag, Component.VOEDSEL, false, 3)).isEqualTo(new BigDecimal("171.99"));
        assertThat(bedrag(dag, Component.VOEDSEL, false, 4)).isEqualTo(new BigDecimal("150.45"));
        assertThat(bedrag(dag, Component.VOEDSEL, true, 2)).isEqualTo(new BigDecimal("178.36"));
        assertThat(bedrag(dag, Component.VOEDSEL, true, 3)).isEqualTo(new BigDecimal("142.57"));
        assertThat(bedrag(dag("2023-09-30"), Component.VOEDSEL, true, 12)).isEqualTo(new BigDecimal("124.97"));
        assertThat(bedrag(dag, Component.KLEDING_EN_PERSOONLIJK, true, 5)).isEqualTo(new BigDecimal("56.12"));
        assertThat(STANDAARD.voor(dag, Component.VOEDSEL, false, 3).orElseThrow().bron()).isEqualTo("N3");
    }

    @Test
    void deWooncomponentWasIn2022VerschillendVoorVolwassenenEnMinderjarigenEnDaarnaGelijk() {
        assertThat(bedrag(dag("2022-06-01"), Component.WOONCOMPONENT_POO, false, 2)).isEqualTo(new BigDecimal("215.00"));
        assertThat(bedrag(dag("2022-06-01"), Component.WOONCOMPONENT_POO, true, 2)).isEqualTo(new BigDecimal("55.00"));
        assertThat(bedrag(dag("2023-02-01"), Component.WOONCOMPONENT_POO, false, 2)).isEqualTo(new BigDecimal("93.00"));
        assertThat(bedrag(dag("2023-02-01"), Component.WOONCOMPONENT_POO, true, 2)).isEqualTo(new BigDecimal("93.00"));
        assertThat(bedrag(dag("2023-10-01"), Component.WOONCOMPONENT_POO, true, 4)).isEqualTo(new BigDecimal("80.91"));
    }

    @Test
    void deIndexeringVan1Oktober2023GeldtTotEnMet31December2024() {
        assertThat(bedrag(dag("2023-09-30"), Component.VOEDSEL, false, 1)).isEqualTo(new BigDecimal("215.06"));
        assertThat(bedrag(dag("2023-10-01"), Component.VOEDSEL, false, 1)).isEqualTo(new BigDecimal("242.48"));
        assertThat(bedrag(dag("2024-12-31"), Component.VOEDSEL, false, 3)).isEqualTo(new BigDecimal("193.98"));
        assertThat(bedrag(dag("2024-12-31"), Component.VOEDSEL, false, 4)).isEqualTo(new BigDecimal("169.74"));
        assertThat(bedrag(dag("2024-12-31"), Component.VOEDSEL, true, 1)).isEqualTo(new BigDecimal("200.65"));
        assertThat(bedrag(dag("2024-12-31"), Component.KLEDING_EN_PERSOONLIJK, false, 1)).isEqualTo(new BigDecimal("60.71"));
        assertThat(STANDAARD.voor(dag("2024-12-31"), Component.VOEDSEL, false, 1).orElseThrow().geldigTot())
                .isEqualTo(dag("2024-12-31"));
    }

    @ParameterizedTest
    @EnumSource(Component.class)
    void vanaf1Januari2025OntbreektElkTarief(Component component) {
        for (int grootte = 1; grootte <= 6; grootte++) {
            assertThat(STANDAARD.voor(dag("2025-01-01"), component, false, grootte)).isEmpty();
            assertThat(STANDAARD.voor(dag("2025-01-01"), component, true, grootte)).isEmpty();
            assertThat(STANDAARD.voor(dag("2026-06-15"), component, false, grootte)).isEmpty();
        }
    }

    @Test
    void voedselVoorEenMinderjarigeInEenHuishoudenVanDrieOfMeerOntbreektVanaf1Oktober2023() {
        assertThat(STANDAARD.voor(dag("2023-10-01"), Component.VOEDSEL, true, 3)).isEmpty();
        assertThat(STANDAARD.voor(dag("2023-10-01"), Component.VOEDSEL, true, 4)).isEmpty();
        assertThat(STANDAARD.voor(dag("2024-05-01"), Component.VOEDSEL, true, 9)).isEmpty();
        // Kleding for the same child is known.
        assertThat(STANDAARD.voor(dag("2023-10-01"), Component.KLEDING_EN_PERSOONLIJK, true, 3)).isPresent();
    }

    @Test
    void voor1April2022IsErGeenTarief() {
        assertThat(STANDAARD.voor(dag("2022-03-31"), Component.VOEDSEL, false, 1)).isEmpty();
    }

    @Test
    void deMeegeleverdeKopieHeeftDeAchttienRegelsMetBekendeBronnen() {
        assertThat(STANDAARD.alle()).hasSize(18);
        assertThat(STANDAARD.alle()).extracting(Tarief::bron).allMatch(Set.of("N2b", "N3", "N4", "N5")::contains);
        assertThat(STANDAARD.alle()).filteredOn(t -> t.geldigVanaf().equals(dag("2023-10-01")))
                .hasSize(6)
                .extracting(Tarief::geldigTot).containsOnly(dag("2024-12-31"));
        assertThat(STANDAARD.alle()).extracting(Tarief::geldigTot).doesNotContainNull();
    }

    @Test
    void leestEenGoedeTabelMetOpenEindeEnLegeBovengrens() {
        var tarieven = Tarieven.leesCsv("\uFEFF" + KOP.replace("\n", "\r\n")
                + "2023-10-01,,voedsel,volwassene,4,,169.74,N4\r\n"
                + "2023-10-01,,kleding_en_persoonlijk,alle,1,,60.7,N4\r\n");

        assertThat(tarieven.alle()).containsExactly(
                new Tarief(dag("2023-10-01"), null, Component.VOEDSEL, Leeftijdsgroep.VOLWASSENE, 4, null,
                        new BigDecimal("169.74"), "N4"),
                new Tarief(dag("2023-10-01"), null, Component.KLEDING_EN_PERSOONLIJK, Leeftijdsgroep.ALLE, 1, null,
                        new BigDecimal("60.70"), "N4"));
        assertThat(tarieven.voor(dag("2099-01-01"), Component.VOEDSEL, false, 40)).isPresent();
        assertThat(tarieven.voor(dag("2099-01-01"), Component.VOEDSEL, false, 3)).isEmpty();
    }

    @Test
    void elkeFouteRegelWordtMetRegelnummerGenoemd() {
        var tekst = KOP
                + "2023-10-01,,voedsel,volwassene,1,2,242.48,N4\n"         // 2: good
                + "2023-10-01,,voedsel,volwassene,3,3,193.98\n"            // 3: seven fields
                + "2023-13-01,,voedsel,minderjarige,1,2,200.65,N4\n"       // 4: no such month
                + "2023-10-01,,snoep,alle,1,,1.00,N4\n"                    // 5: unknown component
                + "2023-10-01,,kleding_en_persoonlijk,kind,1,,60.71,N4\n"  // 6: unknown age group
                + "2023-10-01,,wooncomponent_poo,alle,0,,80.91,N4\n"       // 7: size 0
                + "2023-10-01,,voedsel,volwassene,5,4,1.00,N4\n"           // 8: max below min
                + "2023-10-01,,voedsel,volwassene,9,,1.005,N4\n"           // 9: three decimals
                + "2023-10-01,,voedsel,volwassene,9,,-1.00,N4\n"           // 10: negative
                + "2023-10-01,,voedsel,volwassene,9,,\"1,00\",N4\n"        // 11: decimal comma
                + "2023-10-01,,voedsel,volwassene,9,,1.00,\n"              // 12: no source
                + "2023-10-01,2023-09-30,voedsel,volwassene,9,,1.00,N4\n"; // 13: ends before it starts

        assertThatThrownBy(() -> Tarieven.leesCsv(tekst))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regel 3: 7 velden, verwacht 8")
                .hasMessageContaining("regel 4: geldig_vanaf '2023-13-01' is geen datum")
                .hasMessageContaining("regel 5: onbekende component 'snoep'")
                .hasMessageContaining("regel 6: onbekende leeftijdsgroep 'kind'")
                .hasMessageContaining("regel 7: huishouden_min '0'")
                .hasMessageContaining("regel 8: huishouden_max 4 is kleiner dan huishouden_min 5")
                .hasMessageContaining("regel 9: bedrag_per_maand_eur '1.005'")
                .hasMessageContaining("regel 10: bedrag_per_maand_eur '-1.00'")
                .hasMessageContaining("regel 11: bedrag_per_maand_eur '1,00'")
                .hasMessageContaining("regel 12: bron ontbreekt")
                .hasMessageContaining("regel 13: geldig_tot 2023-09-30 ligt voor geldig_vanaf 2023-10-01")
                .message().doesNotContain("regel 2:");
    }

    @Test
    void eenVerkeerdeKopregelWordtGeweigerd() {
        assertThatThrownBy(() -> Tarieven.leesCsv("vanaf,tot,component,groep,min,max,bedrag,bron\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("regel 1: kopregel moet zijn geldig_vanaf,");
        assertThatThrownBy(() -> Tarieven.leesCsv(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kopregel ontbreekt");
    }

    @Test
    void tweeRegelsDieOpDezelfdeDagVoorDezelfdePersoonGeldenWordenGeweigerd() {
        // Rows 2 and 3: 'alle' includes adults and the periods share 2023-09-30.
        var tekst = KOP
                + "2023-02-01,2023-09-30,voedsel,alle,1,,205.00,N2b\n"
                + "2023-09-30,,voedsel,volwassene,3,3,193.98,N4\n"
                + "2023-10-01,,voedsel,minderjarige,1,2,200.65,N4\n";

        assertThatThrownBy(() -> Tarieven.leesCsv(tekst))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regel 2 en regel 3 overlappen")
                .message().doesNotContain("regel 4 overlappen").doesNotContain("en regel 4");
    }

    @Test
    void eenNieuwePeriodeNaastEenRegelZonderEinddatumWordtGeweigerd() {
        // The shared table leaves the 2023-10-01 rows open; adding 2025 without closing them is an overlap.
        var tekst = KOP
                + "2023-10-01,,kleding_en_persoonlijk,alle,1,,60.71,N4\n"
                + "2025-01-01,,kleding_en_persoonlijk,alle,1,,62.00,X\n";

        assertThatThrownBy(() -> Tarieven.leesCsv(tekst)).hasMessageContaining("regel 2 en regel 3 overlappen");
        assertThat(Tarieven.leesCsv(tekst.replace("2023-10-01,,", "2023-10-01,2024-12-31,"))
                .voor(dag("2025-01-01"), Component.KLEDING_EN_PERSOONLIJK, true, 2))
                .hasValueSatisfying(t -> assertThat(t.bedragPerMaand()).isEqualTo(new BigDecimal("62.00")));
    }

    @Test
    void aansluitendePeriodesEnGroottesOverlappenNiet() {
        var tarieven = new Tarieven(List.of(
                new Tarief(dag("2023-02-01"), dag("2023-09-30"), Component.VOEDSEL, Leeftijdsgroep.VOLWASSENE, 1, 2, new BigDecimal("215.06"), "N3"),
                new Tarief(dag("2023-02-01"), dag("2023-09-30"), Component.VOEDSEL, Leeftijdsgroep.VOLWASSENE, 3, 3, new BigDecimal("171.99"), "N3"),
                new Tarief(dag("2023-02-01"), dag("2023-09-30"), Component.VOEDSEL, Leeftijdsgroep.MINDERJARIGE, 1, 2, new BigDecimal("178.36"), "N3"),
                new Tarief(dag("2023-10-01"), null, Component.VOEDSEL, Leeftijdsgroep.VOLWASSENE, 1, 2, new BigDecimal("242.48"), "N4")));

        assertThat(tarieven.voor(dag("2023-09-30"), Component.VOEDSEL, false, 2).orElseThrow().bedragPerMaand())
                .isEqualTo(new BigDecimal("215.06"));
        assertThat(tarieven.voor(dag("2023-10-01"), Component.VOEDSEL, false, 2).orElseThrow().bedragPerMaand())
                .isEqualTo(new BigDecimal("242.48"));
    }

    @Test
    void deConstructorWeigertOverlappendeTarieven() {
        var eerste = new Tarief(dag("2023-02-01"), null, Component.VOEDSEL, Leeftijdsgroep.ALLE, 1, null, new BigDecimal("1.00"), "A");
        var tweede = new Tarief(dag("2024-01-01"), dag("2024-01-31"), Component.VOEDSEL, Leeftijdsgroep.MINDERJARIGE, 4, 4, new BigDecimal("2.00"), "B");
        var anderComponent = new Tarief(dag("2024-01-01"), null, Component.KLEDING_EN_PERSOONLIJK, Leeftijdsgroep.ALLE, 1, null, new BigDecimal("2.00"), "B");

        assertThatThrownBy(() -> new Tarieven(List.of(eerste, anderComponent, tweede)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rij 1 en rij 3 overlappen");
        assertThat(new Tarieven(List.of(eerste, anderComponent)).alle()).hasSize(2);
    }

    @Test
    void eenTariefGeldtTotEnMetZijnEinddatumEnVoorElkeGrootteBinnenZijnBereik() {
        var tarief = new Tarief(dag("2023-02-01"), dag("2023-09-30"), Component.VOEDSEL, Leeftijdsgroep.MINDERJARIGE, 4, null,
                new BigDecimal("124.97"), "N3");

        assertThat(tarief.geldtVoor(dag("2023-02-01"), Component.VOEDSEL, true, 4)).isTrue();
        assertThat(tarief.geldtVoor(dag("2023-09-30"), Component.VOEDSEL, true, 11)).isTrue();
        assertThat(tarief.geldtVoor(dag("2023-10-01"), Component.VOEDSEL, true, 4)).isFalse();
        assertThat(tarief.geldtVoor(dag("2023-01-31"), Component.VOEDSEL, true, 4)).isFalse();
        assertThat(tarief.geldtVoor(dag("2023-05-01"), Component.VOEDSEL, true, 3)).isFalse();
        assertThat(tarief.geldtVoor(dag("2023-05-01"), Component.VOEDSEL, false, 4)).isFalse();
        assertThat(tarief.geldtVoor(dag("2023-05-01"), Component.KLEDING_EN_PERSOONLIJK, true, 4)).isFalse();
    }

    @Test
    void eenBedragKrijgtTweeDecimalenEnMeerDecimalenWordenGeweigerd() {
        var tarief = new Tarief(dag("2022-04-01"), null, Component.VOEDSEL, Leeftijdsgroep.ALLE, 1, null, new BigDecimal("205"), "N2b");

        assertThat(tarief.bedragPerMaand()).isEqualTo(new BigDecimal("205.00"));
        assertThatThrownBy(() -> new Tarief(dag("2022-04-01"), null, Component.VOEDSEL, Leeftijdsgroep.ALLE, 1, null,
                new BigDecimal("205.001"), "N2b")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"voedsel", "kleding_en_persoonlijk", "wooncomponent_poo"})
    void eenComponentcodeLeidtTerugNaarZijnComponent(String code) {
        assertThat(Component.van(code).code()).isEqualTo(code);
    }

    @Test
    void eenOnbekendeCodeWordtGeweigerd() {
        assertThatThrownBy(() -> Component.van("Voedsel")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Leeftijdsgroep.van("kind")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Leeftijdsgroep.van("minderjarige")).isEqualTo(Leeftijdsgroep.MINDERJARIGE);
    }
}
