// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.stream.Collectors;
import nl.onderdak.Databasebeheer;
import nl.onderdak.IntegratieTest;
import nl.onderdak.leefgeld.internal.betaalrun.Gemeenterekening;
import nl.onderdak.locaties.Opvanglocatie;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.opgave.Opgavebesluiten;
import nl.onderdak.platform.IngebouwdePostgres;
import nl.onderdak.toegang.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo dataset exists after start, is made once per database, and each of its steps is marked in
 * the demo module's own table. Counts come from the modules' public services and published views.
 */
class DemodataTest extends IntegratieTest {

    @Autowired
    Demodata demodata;
    @Autowired
    Opgavebesluiten opgavebesluiten;
    @Autowired
    Opvanglocaties locaties;
    @Autowired
    Gemeenterekening betaalruns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    IngebouwdePostgres postgres;

    @Test
    void naDeStartBestaatDeDemoset() {
        var besluit = opgavebesluiten.alle().stream().filter(b -> b.halfjaar().toString().equals("2023-H2")).findFirst();
        assertThat(besluit).hasValueSatisfying(b -> {
            assertThat(b.landelijkTotaal()).isEqualTo(90_000);
            assertThat(b.toelichting()).startsWith("DEMOGEGEVENS");
        });

        // Two locations in every safety region, named "Demo: …", with operator DEMOGEGEVENS.
        var demo = demolocaties();
        assertThat(demo).isNotEmpty().allSatisfy(l -> assertThat(l.naam()).startsWith("Demo: "));
        var regioVan = jdbc.sql("select code, veiligheidsregio_code from gebieden.actuele_gemeente")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var perRegio = demo.stream().collect(Collectors.groupingBy(l -> regioVan.get(l.gemeenteCode()), Collectors.counting()));
        var regios = jdbc.sql("select count(*) from gebieden.regio").query(Long.class).single();
        assertThat(perRegio).hasSize(regios.intValue()).allSatisfy((regio, aantal) -> assertThat(aantal).isEqualTo(2L));

        // Households with surnames "Demo…" sleep in the demo locations.
        assertThat(tel("select count(*) from bewoners.lid where achternaam like 'Demo%'")).isPositive();
        assertThat(bedverblijvenInDemolocaties()).isPositive();

        // Utrecht: six host-family stays in 2024 (for the payment run of 2024-11 in the README), and the
        // three demo gemeenten pay from an account.
        assertThat(jdbc.sql("""
                select count(*) from plaatsing.verblijf_bij_gastgezin
                 where gemeente_code = 'GM0344' and gastgezin like 'Gastgezin Demo %' and periode @> date '2024-11-01'""")
                .query(Long.class).single()).isEqualTo(6L);
        for (var gemeente : new String[] {"GM0344", "GM0307", "GM0599"}) {
            assertThat(betaalruns.rekening(gemeente)).as(gemeente).isPresent();
        }
    }

    @Test
    void elkeStapIsGemarkeerd() {
        assertThat(demodata.stappen()).containsExactly("opgavebesluiten", "locaties", "plaatsingen", "leefgeld", "gastgezinnen");
        var gemarkeerd = jdbc.sql("select stap from demo.gemaakt").query(String.class).list();
        assertThat(gemarkeerd).containsExactlyInAnyOrderElementsOf(demodata.stappen());
    }

    /**
     * A database of an older version holds the demo data without markers: V30 must mark every step, or
     * the next start would make the data a second time. Replays V30's backfill on this database with its
     * markers removed, as the owner (as Flyway runs it), and rolls back.
     */
    @Test
    void v30MarkeertEenOudereDatabaseMetDemodata() throws Exception {
        var migratie = Files.readString(Path.of("src/main/resources/db/migration/V30__demo_schema.sql"));
        var aanvulling = migratie.substring(migratie.indexOf("insert into demo.gemaakt"));
        try (var verbinding = Databasebeheer.bron(postgres, IngebouwdePostgres.EIGENAAR).getConnection()) {
            verbinding.setAutoCommit(false);
            try (var opdracht = verbinding.createStatement()) {
                opdracht.execute("delete from demo.gemaakt");
                opdracht.execute(aanvulling);
                var gemarkeerd = new ArrayList<String>();
                try (var rs = opdracht.executeQuery("select stap from demo.gemaakt")) {
                    while (rs.next()) {
                        gemarkeerd.add(rs.getString(1));
                    }
                }
                // The host families step came after V30: an older database gets them made at its next start.
                assertThat(gemarkeerd).containsExactlyInAnyOrderElementsOf(
                        demodata.stappen().stream().filter(s -> !s.equals("gastgezinnen")).toList());
            } finally {
                verbinding.rollback();
            }
        }
    }

    @Test
    void nogEensUitvoerenVoegtNietsToe() {
        var voor = tellingen();
        demodata.voerUit();
        assertThat(tellingen()).isEqualTo(voor);
    }

    private Map<String, Long> tellingen() {
        return Map.of(
                "opgavebesluiten", (long) opgavebesluiten.alle().size(),
                "locaties", (long) demolocaties().size(),
                "leden", tel("select count(*) from bewoners.lid where achternaam like 'Demo%'"),
                "bedverblijven", bedverblijvenInDemolocaties(),
                "gastverblijven", tel("select count(*) from plaatsing.verblijf_bij_gastgezin where gastgezin like 'Gastgezin Demo %'"),
                "markeringen", tel("select count(*) from demo.gemaakt"));
    }

    private List<Opvanglocatie> demolocaties() {
        return locaties.lijst(new Scope.Landelijk(), LocalDate.now(clock)).stream()
                .filter(l -> DemoLocaties.MARKERING.equals(l.exploitant())).toList();
    }

    private long bedverblijvenInDemolocaties() {
        var ids = demolocaties().stream().map(Opvanglocatie::id).toArray(UUID[]::new);
        return jdbc.sql("select count(*) from plaatsing.bedverblijf where opvanglocatie_id = any(?)").param(ids)
                .query(Long.class).single();
    }

    private long tel(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
