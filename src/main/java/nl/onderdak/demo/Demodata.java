// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.platform.Opstartfase;
import nl.onderdak.platform.Opstarttaak;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the demo dataset at start-up, step by step in a fixed order, because each step uses what the
 * one before made: the target decision, then the locations, then the households placed in them, then
 * the living-allowance details of those households. Each step runs in its own transaction together
 * with its marker in {@code demo.gemaakt}, so a step is made exactly once per database, also when
 * several instances start at the same time (they wait for one advisory lock) and when a later step
 * fails (the earlier ones stay, the failed one is tried again at the next start).
 *
 * <p>The target decision is made whenever the demo profile is active; the other steps only while
 * {@code onderdak.demo-gegevens} is not {@code false} (their beans carry that condition), as before
 * this module existed: tests and benchmarks that switch the dataset off still get the decision.
 */
@Component
@Profile("demo")
class Demodata implements Opstarttaak {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactie;
    private final Clock clock;
    private final List<Demostap> volgorde;

    Demodata(JdbcClient jdbc, TransactionTemplate transactie, Clock clock, DemoOpgavebesluiten opgavebesluiten,
            ObjectProvider<DemoLocaties> locaties, ObjectProvider<DemoPlaatsingen> plaatsingen,
            ObjectProvider<DemoLeefgeld> leefgeld, ObjectProvider<DemoGastgezinnen> gastgezinnen) {
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.clock = clock;
        // The order is the point of this class: each step builds on the one before.
        var stappen = new ArrayList<Demostap>();
        stappen.add(opgavebesluiten);
        locaties.ifAvailable(stappen::add);
        plaatsingen.ifAvailable(stappen::add);
        leefgeld.ifAvailable(stappen::add);
        gastgezinnen.ifAvailable(stappen::add);
        this.volgorde = List.copyOf(stappen);
    }

    @Override
    public Opstartfase fase() {
        return Opstartfase.DEMO;
    }

    @Override
    public void voerUit() {
        for (var stap : volgorde) {
            transactie.executeWithoutResult(status -> {
                jdbc.sql("select pg_advisory_xact_lock(hashtext('onderdak-demodata'))").query().singleRow();
                if (gemaakt(stap.stap())) {
                    return;
                }
                stap.maak();
                jdbc.sql("insert into demo.gemaakt (stap, gemaakt_op) values (?, ?)")
                        .params(stap.stap(), Timestamp.from(clock.instant())).update();
            });
        }
    }

    /** The steps in the order they run, by their key in {@code demo.gemaakt}. */
    List<String> stappen() {
        return volgorde.stream().map(Demostap::stap).toList();
    }

    private boolean gemaakt(String stap) {
        return jdbc.sql("select exists (select 1 from demo.gemaakt where stap = ?)").param(stap).query(Boolean.class).single();
    }
}
