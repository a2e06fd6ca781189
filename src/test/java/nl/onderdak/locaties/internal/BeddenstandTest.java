// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.onderdak.IntegratieTest;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The derived per-period table {@code beddenstand} (migration V6) always equals what the histories
 * say, also when several transactions change the same location at the same time.
 */
class BeddenstandTest extends IntegratieTest {

    @Autowired
    Locatiebeheer locaties;

    @Autowired
    Opvanglocaties opvanglocaties;

    @Autowired
    Organisaties organisaties;

    @Autowired
    JdbcClient jdbc;

    private Gebruiker utrecht() {
        return new Gebruiker("utrecht", "Test", organisaties.vind("GM0344").orElseThrow(), Set.of(Rol.GEMEENTE_MEDEWERKER));
    }

    private UUID nieuweLocatie(LocalDate vanaf, int bedden) {
        return locaties.registreer(new LocatieInvoer("Beddenstandtest " + UUID.randomUUID(), "hotel", "3511 AB", "1", null,
                "Utrecht", null, vanaf.toString(), null, null, Set.of(), String.valueOf(bedden), null), utrecht()).id();
    }

    /** The rows as stored, and as a rebuild from the histories gives them, in the same order. */
    private List<String> opgeslagen(UUID id) {
        return jdbc.sql("select geldig::text || ' ' || coalesce(status, '-') || ' ' || lang_opgegeven || '/' || lang_buiten"
                + " || ' ' || kort_opgegeven || '/' || kort_buiten from locaties.beddenstand where opvanglocatie_id = ? order by geldig")
                .param(id).query(String.class).list();
    }

    private List<String> herberekend(UUID id) {
        jdbc.sql("select locaties.herbereken_beddenstand(array[?]::uuid[])").param(id).query((rs, i) -> 1).list();
        return opgeslagen(id);
    }

    @Test
    void eenTerugwerkendeWijzigingSplitstDePeriodeEnLaterePeriodenBlijvenKloppen() {
        var vanaf = LocalDate.of(2026, 3, 1);
        var id = nieuweLocatie(vanaf, 50);
        var scope = new Scope.Gemeente("GM0344");
        locaties.wijzigBedden(new LocatieId(id), new BeddenInvoer("2026-05-01", "lang", "80", "0", null, "uitbreiding"), utrecht(), scope);
        locaties.wijzigBedden(new LocatieId(id), new BeddenInvoer("2026-04-01", "lang", "60", "5", "schade", "terugwerkend"), utrecht(), scope);

        assertThat(opgeslagen(id)).containsExactly(
                "[2026-03-01,2026-04-01) beschikbaar 50/0 0/0",
                "[2026-04-01,2026-05-01) beschikbaar 60/5 0/0",
                "[2026-05-01,) beschikbaar 80/0 0/0");
        assertThat(opvanglocaties.vind(id, scope, LocalDate.of(2026, 4, 15)).orElseThrow().bruikbareBedden()).isEqualTo(55);
    }

    @Test
    void gelijktijdigeWijzigingenVanEenLocatieLatenDeAfgeleideTabelGelijkAanDeHistorie() throws Exception {
        var id = nieuweLocatie(LocalDate.of(2026, 1, 1), 10);
        var scope = new Scope.Gemeente("GM0344");
        int threads = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        var klaar = new ArrayList<Future<?>>();
        for (int t = 0; t < threads; t++) {
            var dag = LocalDate.of(2026, 2, 1).plusDays(t * 7L).toString();
            int bedden = 20 + t;
            klaar.add(pool.submit(() -> {
                start.await();
                return locaties.wijzigBedden(new LocatieId(id), new BeddenInvoer(dag, "lang", String.valueOf(bedden), "0", null, "gelijktijdig"),
                        utrecht(), scope);
            }));
        }
        start.countDown();
        for (var f : klaar) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        var nu = opgeslagen(id);
        assertThat(nu).hasSize(threads + 1);
        assertThat(herberekend(id)).isEqualTo(nu);
    }
}
