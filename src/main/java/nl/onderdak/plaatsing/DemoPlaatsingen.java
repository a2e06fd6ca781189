package nl.onderdak.plaatsing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.toegang.Scope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: placements of groups of people in the demo locations, filling them to about
 * three quarters over their first months, so occupancy and free beds show in the overviews.
 * Idempotent: runs only while no demo location has a placement.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "onderdak.demo-gegevens", havingValue = "true", matchIfMissing = true)
@Order(41)
class DemoPlaatsingen implements ApplicationRunner {

    private final Opvanglocaties locaties;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoPlaatsingen(Opvanglocaties locaties, JdbcClient jdbc, Clock clock) {
        this.locaties = locaties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var vandaag = LocalDate.now(clock);
        var demo = locaties.lijst(new Scope.Landelijk(), vandaag).stream()
                .filter(l -> "DEMOGEGEVENS".equals(l.exploitant())).toList();
        if (demo.isEmpty() || jdbc.sql("select count(*) from plaatsing where opvanglocatie_id = any(?)")
                .param(demo.stream().map(l -> l.id()).toArray(UUID[]::new)).query(Integer.class).single() > 0) {
            return;
        }
        int g = 0;
        for (var l : demo) {
            int doel = l.langVerblijf().bruikbaar() * 3 / 4;
            int geplaatst = 0;
            var dag = l.beschikbaarVanaf();
            while (geplaatst < doel && dag.isBefore(vandaag)) {
                g++;
                int personen = 1 + g % 5;
                var tot = g % 7 == 0 ? dag.plusDays(20 + g % 30) : null;
                jdbc.sql("insert into plaatsing (id, opvanglocatie_id, verblijfsduur, aantal_personen, vanaf, tot) values (?, ?, 'lang', ?, ?, ?)")
                        .params(UUID.randomUUID(), l.id(), personen, dag, tot).update();
                if (tot == null || tot.isAfter(vandaag)) {
                    geplaatst += personen;
                }
                dag = dag.plusDays(1 + g % 3);
            }
        }
    }
}
