// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CapaciteitRegelTest {

    private static CapaciteitRegel regel(int lang, int kort, int bezet, Integer opgave) {
        return new CapaciteitRegel("VR09", "Utrecht", "VR09", 2, lang + kort + 5, 5, lang, kort, bezet, opgave);
    }

    @Test
    void bruikbaarIsLangPlusKortVerblijf() {
        assertThat(regel(40, 6, 0, null).bruikbaar()).isEqualTo(46);
    }

    @Test
    void vrijIsBruikbaarMinBezet() {
        assertThat(regel(40, 6, 10, null).vrij()).isEqualTo(36);
        assertThat(regel(40, 6, 46, null).vrij()).isZero();
    }

    @Test
    void vrijWordtNooitNegatiefMaarDeBezettingsgraadToontDeOverbezetting() {
        var vol = regel(10, 0, 15, null);

        assertThat(vol.vrij()).isZero();
        assertThat(vol.bezettingsgraad()).isEqualByComparingTo("150.0");
    }

    @Test
    void bezettingsgraadHeeftEenDecimaalHalfUp() {
        assertThat(regel(3, 0, 1, null).bezettingsgraad()).isEqualTo(new BigDecimal("33.3"));
        assertThat(regel(3, 0, 2, null).bezettingsgraad()).isEqualTo(new BigDecimal("66.7"));
        assertThat(regel(8, 0, 1, null).bezettingsgraad()).isEqualTo(new BigDecimal("12.5"));
        assertThat(regel(16, 0, 1, null).bezettingsgraad()).isEqualTo(new BigDecimal("6.3"));
        assertThat(regel(10, 0, 0, null).bezettingsgraad()).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void zonderBruikbareBeddenIsErGeenBezettingsgraad() {
        assertThat(regel(0, 0, 0, null).bezettingsgraad()).isNull();
        assertThat(regel(0, 0, 4, null).bezettingsgraad()).isNull();
        assertThat(regel(0, 0, 4, null).vrij()).isZero();
    }

    @Test
    void percentageGerealiseerdIsBruikbaarTegenoverDeOpgave() {
        assertThat(regel(4_000, 500, 0, 9_000).percentageGerealiseerd()).isEqualTo(new BigDecimal("50.0"));
        assertThat(regel(1, 0, 0, 3).percentageGerealiseerd()).isEqualTo(new BigDecimal("33.3"));
        assertThat(regel(12_000, 0, 0, 9_000).percentageGerealiseerd()).isEqualTo(new BigDecimal("133.3"));
    }

    @Test
    void zonderOpgaveOfMetOpgaveNulIsErGeenPercentageGerealiseerd() {
        assertThat(regel(10, 0, 0, null).percentageGerealiseerd()).isNull();
        assertThat(regel(10, 0, 0, 0).percentageGerealiseerd()).isNull();
    }

    @Test
    void procentRekentOokMetGroteAantallenZonderOverloop() {
        assertThat(CapaciteitRegel.procent(30_000_000, 30_000_000)).isEqualTo(new BigDecimal("100.0"));
    }
}
