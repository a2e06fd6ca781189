// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages show the message of OngeldigeInvoer: it reads as sentences with field labels, not "periodeVan: ...". */
class OngeldigeInvoerTest {

    @Test
    void deMeldingNoemtHetVeldInWoordenZonderCodeOfJavaNaam() {
        var e = new OngeldigeInvoer(List.of(new OngeldigeInvoer.Veld("periodeVan", "Vul een datum in."),
                new OngeldigeInvoer.Veld("leden[1].bsn", "BSN moet 9 cijfers hebben."),
                new OngeldigeInvoer.Veld("datum", "'x' is geen datum.")));
        assertThat(e.getMessage()).isEqualTo("Periode van: vul een datum in. BSN moet 9 cijfers hebben. Datum: 'x' is geen datum.");
        assertThat(e.getMessage()).doesNotContain("periodeVan", "datum:");
    }

    @Test
    void eenVeldnaamWordtWoorden() {
        assertThat(OngeldigeInvoer.leesbaar("geldig_vanaf")).isEqualTo("Geldig vanaf");
        assertThat(OngeldigeInvoer.leesbaar("iban")).isEqualTo("IBAN");
        assertThat(OngeldigeInvoer.leesbaar("")).isEmpty();
    }
}
