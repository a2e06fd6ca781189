// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * What Onderdak shows, a user can type back: every amount as {@link Weergave#bedrag} writes it
 * ("€ 1.250,00"), and written without euro sign or thousands separators, is read by
 * {@link Invoer#bedrag} as the same amount.
 */
class BedragTerugLezenProperties {

    private static final BigDecimal MAX = new BigDecimal("1000000000.00");

    @Property(tries = 500)
    @Label("eenGetoondBedragWordtGelijkTeruggelezen")
    void eenGetoondBedragWordtGelijkTeruggelezen(@ForAll @LongRange(min = 1, max = 100_000_000_000L) long centen) {
        var bedrag = BigDecimal.valueOf(centen, 2);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();

        var gelezen = Invoer.bedrag(Weergave.nederlands().bedrag(bedrag), "bedrag", true, MAX, fouten);

        assertThat(fouten).isEmpty();
        assertThat(gelezen).isEqualTo(bedrag);
    }

    @Property(tries = 300)
    @Label("eenBedragZonderTekenOfPuntenWordtGelijkTeruggelezen")
    void eenBedragZonderTekenOfPuntenWordtGelijkTeruggelezen(@ForAll @LongRange(min = 1, max = 100_000_000_000L) long centen) {
        var bedrag = BigDecimal.valueOf(centen, 2);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();

        var gelezen = Invoer.bedrag(bedrag.toPlainString().replace('.', ','), "bedrag", true, MAX, fouten);

        assertThat(fouten).isEmpty();
        assertThat(gelezen).isEqualTo(bedrag);
    }

    @Property(tries = 300)
    @Label("eenGetoondGeheelGetalIsNooitEenBedragMetCenten")
    void eenGetoondBedragZonderTekenWordtGelijkTeruggelezen(@ForAll @LongRange(min = 1, max = 100_000_000_000L) long centen) {
        var bedrag = BigDecimal.valueOf(centen, 2);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();

        var gelezen = Invoer.bedrag(Weergave.nederlands().bedragZonderTeken(bedrag), "bedrag", true, MAX, fouten);

        assertThat(fouten).isEmpty();
        assertThat(gelezen).isEqualTo(bedrag);
    }
}
