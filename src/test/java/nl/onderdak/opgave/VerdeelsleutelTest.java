// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.onderdak.gebieden.Kerncijfers;
import nl.onderdak.gebieden.Veiligheidsregio;
import org.junit.jupiter.api.Test;

class VerdeelsleutelTest {

    private static final Kerncijfers CIJFERS_2022 = CbsRegiocijfers.kerncijfers(2022);

    /** Computed independently in Python by the quota method on the CBS figures of 1 January 2022. */
    private static final List<Integer> VERWACHT_75000 = List.of(3280, 3706, 3332, 3062, 3003, 3621, 2939, 2783, 3525,
            3004, 2370, 2548, 2898, 2235, 2955, 2883, 3271, 2561, 2936, 3603, 2964, 3097, 2928, 2663, 2833);
    private static final List<Integer> VERWACHT_90000 = List.of(4048, 4729, 4131, 3699, 3605, 4593, 3503, 3252, 4440,
            3607, 2593, 2878, 3437, 2376, 3527, 3412, 4034, 2898, 3498, 4565, 3543, 3754, 3485, 3061, 3332);

    private static List<String> codes(Verdeelsleutel.Verdeling v) {
        return v.regios().stream().map(Verdeelsleutel.RegioOpgave::code).toList();
    }

    private static List<Integer> opgaven(Verdeelsleutel.Verdeling v) {
        return v.regios().stream().map(Verdeelsleutel.RegioOpgave::opgave).toList();
    }

    @Test
    void geeftElkeRegio2000BijHetMinimumVan50000() {
        var verdeling = Verdeelsleutel.bereken(50_000, CIJFERS_2022);

        assertThat(opgaven(verdeling)).hasSize(25).containsOnly(2000);
        assertThat(verdeling.regios()).allSatisfy(r -> assertThat(r.exacteWaarde()).isEqualByComparingTo("2000"));
    }

    @Test
    void verdeelt75000OpPeiljaar2022ZoalsMetTheHandNagerekend() {
        var verdeling = Verdeelsleutel.bereken(75_000, CIJFERS_2022);

        assertThat(codes(verdeling)).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 25).mapToObj(i -> String.format("VR%02d", i)).toList());
        assertThat(opgaven(verdeling)).containsExactlyElementsOf(VERWACHT_75000);
        assertThat(verdeling.som()).isEqualTo(75_000);
        assertThat(verdeling.inwonersNederland()).isEqualTo(17_590_672L);
        assertThat(verdeling.landoppervlakteNederlandHa()).isEqualTo(3_364_723L);
    }

    @Test
    void verdeelt90000OpPeiljaar2022ZoalsMetTheHandNagerekend() {
        var verdeling = Verdeelsleutel.bereken(90_000, CIJFERS_2022);

        assertThat(opgaven(verdeling)).containsExactlyElementsOf(VERWACHT_90000);
        assertThat(verdeling.som()).isEqualTo(90_000);
        assertThat(verdeling.peiljaar()).isEqualTo(2022);
    }

    @Test
    void exacteWaardeVolgtDeFormuleOpVierDecimalen() {
        var utrecht = Verdeelsleutel.bereken(90_000, CIJFERS_2022).regio("VR09").orElseThrow();

        // 2000 + ((1369873/17590672 + 148448/3364723) / 2) * 40000 = 4439.9...
        var exact = 2000 + ((1369873.0 / 17590672 + 148448.0 / 3364723) / 2) * 40000;
        assertThat(utrecht.exacteWaarde().doubleValue()).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(utrecht.exacteWaarde().scale()).isEqualTo(4);
        assertThat(utrecht.opgave()).isEqualTo(4440);
    }

    @Test
    void gelijkeStandGaatNaarDeLaagsteRegiocode() {
        var cijfers = synthetischMetTweeGelijkeRegios();

        var eenPlekExtra = Verdeelsleutel.bereken(50_001, cijfers);
        assertThat(eenPlekExtra.regio("VR07").orElseThrow().opgave()).isEqualTo(2001);
        assertThat(eenPlekExtra.regio("VR08").orElseThrow().opgave()).isEqualTo(2000);
        assertThat(eenPlekExtra.som()).isEqualTo(50_001);

        var tweePlekkenExtra = Verdeelsleutel.bereken(50_002, cijfers);
        assertThat(tweePlekkenExtra.regio("VR07").orElseThrow().opgave()).isEqualTo(2001);
        assertThat(tweePlekkenExtra.regio("VR08").orElseThrow().opgave()).isEqualTo(2001);
        assertThat(tweePlekkenExtra.som()).isEqualTo(50_002);
    }

    @Test
    void tweeGelijkeRegiosKrijgenNooitMeerDanEenPlekVerschil() {
        var cijfers = synthetischMetTweeGelijkeRegios();

        for (int totaal = 50_000; totaal <= 50_500; totaal++) {
            var v = Verdeelsleutel.bereken(totaal, cijfers);
            int zeven = v.regio("VR07").orElseThrow().opgave();
            int acht = v.regio("VR08").orElseThrow().opgave();
            assertThat(zeven - acht).as("bij totaal %d", totaal).isBetween(0, 1);
        }
    }

    /** VR07 and VR08 have the same, largest figures; the 23 others share smaller, equal figures. */
    private static Kerncijfers synthetischMetTweeGelijkeRegios() {
        var regios = new ArrayList<Veiligheidsregio>();
        for (int i = 1; i <= 25; i++) {
            boolean groot = i == 7 || i == 8;
            regios.add(new Veiligheidsregio(String.format("VR%02d", i), "Regio " + i, "PV25", "Gelderland",
                    LocalDate.of(2023, 1, 1), 2022, 10, groot ? 800_000L : 500_000L, groot ? 150_000L : 100_000L));
        }
        return new Kerncijfers(2022, LocalDate.of(2023, 1, 1), regios);
    }

    @Test
    void weigertAndersDan25Regios() {
        var vierentwintig = new Kerncijfers(2022, CIJFERS_2022.indeling(), CIJFERS_2022.regios().subList(0, 24));

        assertThatThrownBy(() -> Verdeelsleutel.bereken(90_000, vierentwintig))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("25");
    }

    @Test
    void weigertTotaalBuiten50000Tot1000000() {
        assertThatThrownBy(() -> Verdeelsleutel.bereken(49_999, CIJFERS_2022)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Verdeelsleutel.bereken(1_000_001, CIJFERS_2022))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Verdeelsleutel.bereken(1_000_000, CIJFERS_2022).som()).isEqualTo(1_000_000);
    }

    @Test
    void vergelijkProductenRekentZonderOverloopBijWaardenRondLongMax() {
        long max = Long.MAX_VALUE;

        assertThat(Verdeelsleutel.vergelijkProducten(max, 2, 2, max)).isZero();
        assertThat(Verdeelsleutel.vergelijkProducten(max, max, max, max)).isZero();
        assertThat(Verdeelsleutel.vergelijkProducten(max, max, max, max - 1)).isPositive();
        assertThat(Verdeelsleutel.vergelijkProducten(max - 1, max, max, max)).isNegative();
        assertThat(Verdeelsleutel.vergelijkProducten(max, 3, max - 1, 3)).isPositive();
        // 2^62 * 2 = 2^63: the low word has the sign bit set and must compare unsigned.
        assertThat(Verdeelsleutel.vergelijkProducten(1L << 62, 2, 1, 1)).isPositive();
        assertThat(Verdeelsleutel.vergelijkProducten(1, 1, 1L << 62, 2)).isNegative();
        // Same high word, low words differ only above the sign bit.
        assertThat(Verdeelsleutel.vergelijkProducten(1L << 62, 3, 1L << 62, 2)).isPositive();
        assertThat(Verdeelsleutel.vergelijkProducten(0, max, 0, 1)).isZero();
        assertThat(Verdeelsleutel.vergelijkProducten(max, 1, max, 1)).isZero();
    }
}
