// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PaginaTest {

    @Test
    void deLaatstePaginaRondtNaarBovenAfEnIsEenBijEenLegeLijst() {
        assertThat(new Pagina<>(List.of(), 0, 1, 25).laatste()).isEqualTo(1);
        assertThat(new Pagina<>(List.of(), 25, 1, 25).laatste()).isEqualTo(1);
        assertThat(new Pagina<>(List.of(), 26, 1, 25).laatste()).isEqualTo(2);
    }

    @Test
    void hetTotaalKomtUitDePaginaEnWordtAlleenNaDeLaatstePaginaApartGeteld() {
        var geteld = new AtomicInteger();
        assertThat(Pagina.totaal(42, 2, () -> geteld.incrementAndGet() * 1000L)).isEqualTo(42);
        assertThat(Pagina.totaal(-1, 1, () -> geteld.incrementAndGet() * 1000L)).isZero();
        assertThat(geteld).hasValue(0);
        assertThat(Pagina.totaal(-1, 9, () -> geteld.incrementAndGet() * 1000L)).isEqualTo(1000);
        assertThat(geteld).hasValue(1);
    }
}
