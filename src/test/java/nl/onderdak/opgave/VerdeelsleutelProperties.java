// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import nl.onderdak.gebieden.Kerncijfers;

/**
 * The three promises of the distribution key on the real CBS figures of 2022 and 2024: whole places
 * add up to the national total, a higher total never lowers a region, and every region gets its
 * exact value rounded down or up.
 */
class VerdeelsleutelProperties {

    private static final Map<Integer, Kerncijfers> CIJFERS =
            Map.of(2022, CbsRegiocijfers.kerncijfers(2022), 2024, CbsRegiocijfers.kerncijfers(2024));

    @Provide
    Arbitrary<Integer> peiljaren() {
        return Arbitraries.of(2022, 2024);
    }

    @Property(tries = 200)
    @Label("somIsPreciesHetLandelijkTotaal")
    void somIsPreciesHetLandelijkTotaal(@ForAll @IntRange(min = 50_000, max = 1_000_000) int totaal,
            @ForAll("peiljaren") int peiljaar) {
        var verdeling = Verdeelsleutel.bereken(totaal, CIJFERS.get(peiljaar));

        assertThat(verdeling.regios()).hasSize(25);
        assertThat(verdeling.som()).isEqualTo(totaal);
        assertThat(verdeling.landelijkTotaal()).isEqualTo(totaal);
    }

    @Property(tries = 150)
    @Label("hogerTotaalVerlaagtNooitDeOpgaveVanEenRegio")
    void hogerTotaalVerlaagtNooitDeOpgaveVanEenRegio(@ForAll @IntRange(min = 50_000, max = 995_000) int totaal,
            @ForAll @IntRange(min = 1, max = 5_000) int extra, @ForAll("peiljaren") int peiljaar) {
        var cijfers = CIJFERS.get(peiljaar);
        var laag = Verdeelsleutel.bereken(totaal, cijfers).regios();
        var hoog = Verdeelsleutel.bereken(totaal + extra, cijfers).regios();

        for (int i = 0; i < laag.size(); i++) {
            assertThat(hoog.get(i).opgave())
                    .as("%s bij %d -> %d", laag.get(i).code(), totaal, totaal + extra)
                    .isGreaterThanOrEqualTo(laag.get(i).opgave());
        }
    }

    @Property(tries = 200)
    @Label("elkeRegioKrijgtHaarExacteWaardeNaarBenedenOfNaarBovenAfgerond")
    void elkeRegioKrijgtHaarExacteWaardeNaarBenedenOfNaarBovenAfgerond(
            @ForAll @IntRange(min = 50_000, max = 1_000_000) int totaal, @ForAll("peiljaren") int peiljaar) {
        var cijfers = CIJFERS.get(peiljaar);
        var in = BigInteger.valueOf(cijfers.inwonersNederland());
        var gn = BigInteger.valueOf(cijfers.landoppervlakteNederlandHa());
        var noemer = BigInteger.TWO.multiply(in).multiply(gn);
        var verdeling = Verdeelsleutel.bereken(totaal, cijfers);

        for (var regio : verdeling.regios()) {
            var teller = BigInteger.valueOf(regio.inwoners()).multiply(gn)
                    .add(BigInteger.valueOf(regio.landoppervlakteHa()).multiply(in))
                    .multiply(BigInteger.valueOf(totaal - 50_000L));
            // exact = 2000 + teller / noemer
            var deling = teller.divideAndRemainder(noemer);
            long onder = 2_000 + deling[0].longValueExact();
            long boven = deling[1].signum() == 0 ? onder : onder + 1;
            assertThat((long) regio.opgave()).as("%s bij totaal %d", regio.code(), totaal).isBetween(onder, boven);
        }
    }

    @Property(tries = 500)
    @Label("vergelijkProductenKloptMetBigInteger")
    void vergelijkProductenKloptMetBigInteger(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long a,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long b,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long c,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long d) {
        int verwacht = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
                .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(d)));

        assertThat(Integer.signum(Verdeelsleutel.vergelijkProducten(a, b, c, d))).isEqualTo(verwacht);
    }
}
