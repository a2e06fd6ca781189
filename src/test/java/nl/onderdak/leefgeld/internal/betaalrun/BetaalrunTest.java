// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.betaalrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import nl.onderdak.platform.Conflict;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.junit.jupiter.api.Test;

/** The run's states and their transitions, on the aggregate itself (the database refuses the same as the second line). */
class BetaalrunTest {

    private static final Organisatie UTRECHT = new Organisatie("GM0344", "Gemeente Utrecht", Organisatie.Soort.GEMEENTE, "GM0344", null);
    private static final Gebruiker MAKER = new Gebruiker("utrecht", "Maker", UTRECHT, Set.of(Rol.GEMEENTE_MEDEWERKER));
    private static final Gebruiker COLLEGA = new Gebruiker("utrecht-financien", "Collega", UTRECHT, Set.of(Rol.GEMEENTE_MEDEWERKER));
    private static final Instant NU = Instant.parse("2026-12-05T09:00:00Z");

    private static Betaalrun concept() {
        return new Betaalrun(new BetaalrunId(UUID.randomUUID()), "GM0344", YearMonth.of(2024, 11), Betaalrunstatus.CONCEPT, MAKER.gebruikersnaam(),
                NU, null, null, null, new Betaalrun.Totalen(1, 1, BigDecimal.TEN, 0, 1, 0, 0, 0, 0));
    }

    @Test
    void eenTweedeMedewerkerKeurtEenConceptGoed() {
        var goedgekeurd = concept().keurGoed(COLLEGA, NU);

        assertThat(goedgekeurd.status()).isEqualTo(Betaalrunstatus.GOEDGEKEURD);
        assertThat(goedgekeurd.goedgekeurdDoor()).isEqualTo("utrecht-financien");
        assertThat(goedgekeurd.goedgekeurdOp()).isEqualTo(NU);
    }

    @Test
    void deMakerKeurtZijnEigenRunNietGoed() {
        assertThatThrownBy(() -> concept().keurGoed(MAKER, NU)).isInstanceOf(Conflict.class)
                .extracting(e -> ((Conflict) e).type()).isEqualTo("vier-ogen");
    }

    @Test
    void alleenEenConceptWordtGoedgekeurd() {
        var goedgekeurd = concept().keurGoed(COLLEGA, NU);
        var uitgevoerd = goedgekeurd.voerUit(NU);
        for (var run : new Betaalrun[] {goedgekeurd, uitgevoerd, concept().laatVervallen()}) {
            assertThatThrownBy(() -> run.keurGoed(COLLEGA, NU)).as(run.status().woord()).isInstanceOf(Conflict.class)
                    .extracting(e -> ((Conflict) e).type()).isEqualTo("niet-in-concept");
        }
    }

    @Test
    void alleenEenGoedgekeurdeRunWordtUitgevoerdEnDanVervaltHijNietMeer() {
        assertThatThrownBy(() -> concept().voerUit(NU)).isInstanceOf(Conflict.class);
        var uitgevoerd = concept().keurGoed(COLLEGA, NU).voerUit(NU);

        assertThat(uitgevoerd.isUitgevoerd()).isTrue();
        assertThat(uitgevoerd.uitgevoerdOp()).isEqualTo(NU);
        assertThatThrownBy(uitgevoerd::laatVervallen).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> concept().vereisUitgevoerd()).isInstanceOf(Conflict.class);
        assertThat(uitgevoerd.vereisUitgevoerd()).isSameAs(uitgevoerd);
    }
}
