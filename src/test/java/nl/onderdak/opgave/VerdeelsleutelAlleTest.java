// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.onderdak.gebieden.Kerncijfers;
import org.junit.jupiter.api.Test;

/**
 * Several totals split in one run (issue 16: a forecast splits 18 national numbers) give exactly what one
 * split per total gives: the same places, exact values and shares, in the order asked.
 */
class VerdeelsleutelAlleTest {

    private static final Kerncijfers CIJFERS_2022 = CbsRegiocijfers.kerncijfers(2022);

    /** The same figures VerdeelsleutelTest checks, computed independently in Python by the quota method. */
    private static final List<Integer> VERWACHT_75000 = List.of(3280, 3706, 3332, 3062, 3003, 3621, 2939, 2783, 3525,
            3004, 2370, 2548, 2898, 2235, 2955, 2883, 3271, 2561, 2936, 3603, 2964, 3097, 2928, 2663, 2833);
    private static final List<Integer> VERWACHT_90000 = List.of(4048, 4729, 4131, 3699, 3605, 4593, 3503, 3252, 4440,
            3607, 2593, 2878, 3437, 2376, 3527, 3412, 4034, 2898, 3498, 4565, 3543, 3754, 3485, 3061, 3332);

    private static List<Integer> opgaven(Verdeelsleutel.Verdeling v) {
        return v.regios().stream().map(Verdeelsleutel.RegioOpgave::opgave).toList();
    }

    @Test
    void in_een_keer_verdeeld_in_de_gevraagde_volgorde_zoals_met_de_hand_nagerekend() {
        var alle = Verdeelsleutel.berekenAlle(List.of(90_000, 50_000, 75_000, 90_000), CIJFERS_2022);

        assertThat(alle).extracting(Verdeelsleutel.Verdeling::landelijkTotaal).containsExactly(90_000, 50_000, 75_000, 90_000);
        assertThat(opgaven(alle.get(0))).containsExactlyElementsOf(VERWACHT_90000);
        assertThat(opgaven(alle.get(1))).hasSize(25).containsOnly(2000);
        assertThat(opgaven(alle.get(2))).containsExactlyElementsOf(VERWACHT_75000);
        assertThat(alle.get(3)).isEqualTo(alle.get(0));
    }

    @Test
    void elke_verdeling_uit_een_run_is_gelijk_aan_die_van_een_losse_berekening() {
        var random = new Random(16);
        var totalen = new ArrayList<Integer>();
        for (int i = 0; i < 12; i++) {
            totalen.add(50_000 + random.nextInt(40_000));
        }
        totalen.addAll(List.of(50_000, 50_001, 76_000, 111_000));

        var alle = Verdeelsleutel.berekenAlle(totalen, CIJFERS_2022);

        for (int i = 0; i < totalen.size(); i++) {
            assertThat(alle.get(i)).as("totaal " + totalen.get(i)).isEqualTo(Verdeelsleutel.bereken(totalen.get(i), CIJFERS_2022));
        }
    }

    @Test
    void een_totaal_buiten_het_bereik_weigert_de_hele_vraag() {
        assertThatThrownBy(() -> Verdeelsleutel.berekenAlle(List.of(60_000, 49_999), CIJFERS_2022))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
