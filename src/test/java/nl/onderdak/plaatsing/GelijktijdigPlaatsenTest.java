// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import static nl.onderdak.bewoners.Bewonersverzoeken.PLAATSINGEN;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishoudenVan;
import static nl.onderdak.bewoners.Bewonersverzoeken.plaatsing;
import static nl.onderdak.bewoners.Bewonersverzoeken.uitchecken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import nl.onderdak.bewoners.BewonersIntegratieTest;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Opvanglocaties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many check-ins to one location at the same moment never give a bed twice: the location's row lock
 * makes them take turns, and PostgreSQL's exclusion constraints would refuse a double bed anyway.
 */
class GelijktijdigPlaatsenTest extends BewonersIntegratieTest {

    private static final int BEDDEN = 10;
    private static final int HUISHOUDENS = 40;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transacties;

    @Autowired
    Opvanglocaties locaties;

    @Test
    void veertigGelijktijdigeInchecksOpTienBeddenGevenPreciesTienKeer201EnDertigKeer409() throws Exception {
        var locatie = registreerLocatie("utrecht", "2024-01-01", BEDDEN);
        var vanaf = LocalDate.now().minusDays(1).toString();
        var huishoudens = IntStream.range(0, HUISHOUDENS)
                .mapToObj(i -> registreer("utrecht", huishoudenVan(1)).get("id").asString()).toList();

        var start = new CountDownLatch(1);
        var klaarVoorStart = new CountDownLatch(HUISHOUDENS);
        var antwoorden = new ArrayList<Future<Antwoord>>();
        try (var pool = Executors.newFixedThreadPool(HUISHOUDENS)) {
            for (var huishouden : huishoudens) {
                antwoorden.add(pool.submit(() -> {
                    klaarVoorStart.countDown();
                    start.await();
                    return post(PLAATSINGEN, "utrecht", plaatsing(huishouden, locatie, vanaf));
                }));
            }
            assertThat(klaarVoorStart.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            var statussen = new TreeMap<Integer, Integer>();
            var problemen = new ArrayList<String>();
            for (var f : antwoorden) {
                var a = f.get(120, TimeUnit.SECONDS);
                statussen.merge(a.status(), 1, Integer::sum);
                if (a.status() == 409) {
                    assertThat(a.contentType()).startsWith("application/problem+json");
                    problemen.add(a.json().get("type").asString());
                } else if (a.status() != 201) {
                    problemen.add(a.toString());
                }
            }
            System.out.printf("GelijktijdigPlaatsenTest: %d bedden, %d inchecks: %s%n", BEDDEN, HUISHOUDENS, statussen);

            // What the beds are about: never a 5xx, exactly as many check-ins as beds, each bed once.
            assertThat(statussen.keySet()).as("%s", problemen).allMatch(s -> s < 500);
            assertThat(statussen.get(201)).as("statussen %s", statussen).isEqualTo(BEDDEN);
            var bedden = jdbc.sql("select bednummer from plaatsing.bedbezetting where opvanglocatie_id = ? order by bednummer")
                    .param(UUID.fromString(locatie)).query(Integer.class).list();
            assertThat(bedden).containsExactlyElementsOf(IntStream.rangeClosed(1, BEDDEN).boxed().toList());
            assertThat(jdbc.sql("select count(*) from plaatsing.plaatsing where opvanglocatie_id = ?").param(UUID.fromString(locatie))
                    .query(Integer.class).single()).isEqualTo(BEDDEN);
            assertThat(jdbc.sql("select count(distinct bewoner_id) from plaatsing.bedbezetting where opvanglocatie_id = ?")
                    .param(UUID.fromString(locatie)).query(Integer.class).single()).isEqualTo(BEDDEN);

            // Regression test (bug found in review, now fixed): intermittently (1 in 5 runs here) some of the 40 answers are 401 instead of 409, after a 30 s
            // stall: 40 simultaneous HTTP Basic logins on the pool of 20 connections deadlock it, because
            // LokaleGebruikers.loadUserByUsername (src/main/java/nl/onderdak/toegang/LokaleGebruikers.java:33) takes a
            // second connection (Organisaties.vind) while it holds the first. Seen: {201=10, 401=4, 409=26}.
            // Deterministic reproduction: TweeInstantiesTest.eenAanmeldingHeeftGenoegAanEenVrijeVerbinding.
            assertThat(statussen).as("statussen: %s, problemen: %s", statussen, problemen)
                    .containsExactlyEntriesOf(new TreeMap<>(Map.of(201, BEDDEN, 409, HUISHOUDENS - BEDDEN)));
            assertThat(problemen).containsOnly("urn:onderdak:probleem:te-weinig-vrije-bedden");
        }
    }

    /** Two one-person households of Utrecht, the first placed in bed 1 of a location of its own from 10 days ago. */
    private record Opzet(UUID locatie, UUID plaatsing, UUID geplaatst, UUID ongeplaatst, LocalDate vanaf) {
    }

    private Opzet opzet() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 4);
        var vanaf = LocalDate.now().minusDays(10);
        var eerste = registreer("utrecht", huishoudenVan(1));
        var tweede = registreer("utrecht", huishoudenVan(1));
        var p = plaats("utrecht", eerste.get("id").asString(), locatie, vanaf.toString());
        assertThat(lijst(p)).containsExactly(1);
        return new Opzet(UUID.fromString(locatie), UUID.fromString(p.get("id").asString()), ledenUuids(eerste).getFirst(),
                ledenUuids(tweede).getFirst(), vanaf);
    }

    private static List<Integer> lijst(tools.jackson.databind.JsonNode plaatsing) {
        var nummers = new ArrayList<Integer>();
        plaatsing.get("bedden").forEach(b -> nummers.add(b.get("bednummer").asInt()));
        return nummers;
    }

    private void voegBedbezettingToe(Opzet o, UUID bewoner, int bed, LocalDate van, LocalDate tot) {
        jdbc.sql("""
                insert into plaatsing.bedbezetting (plaatsing_id, bewoner_id, opvanglocatie_id, verblijfsduur, bednummer, periode)
                values (?, ?, ?, 'lang', ?, daterange(?, ?))""")
                .params(o.plaatsing(), bewoner, o.locatie(), bed, van, tot).update();
    }

    /** Runs in a transaction that is always rolled back, so a test leaves nothing behind in the shared database. */
    private void terugdraaiend(Runnable stap) {
        new TransactionTemplate(transacties).executeWithoutResult(status -> {
            status.setRollbackOnly();
            stap.run();
        });
    }

    @Test
    void deDatabaseWeigertTweeOverlappendeBezettingenVanHetzelfdeBed() {
        var o = opzet();

        assertThatThrownBy(() -> terugdraaiend(() -> voegBedbezettingToe(o, o.ongeplaatst(), 1, o.vanaf().plusDays(3), null)))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("bed_niet_dubbel");
        assertThatThrownBy(() -> terugdraaiend(() -> voegBedbezettingToe(o, o.ongeplaatst(), 1, o.vanaf().minusDays(5),
                o.vanaf().plusDays(1)))).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("bed_niet_dubbel");

        // Adjacent periods, or another bed, are fine: the refusal is about the overlap of one bed.
        terugdraaiend(() -> {
            voegBedbezettingToe(o, o.ongeplaatst(), 1, o.vanaf().minusDays(5), o.vanaf());
            voegBedbezettingToe(o, o.ongeplaatst(), 2, o.vanaf(), null);
        });
        assertThat(jdbc.sql("select count(*) from plaatsing.bedbezetting where bewoner_id = ?").param(o.ongeplaatst())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void deDatabaseWeigertEenPersoonInTweeBeddenTegelijk() {
        var o = opzet();

        assertThatThrownBy(() -> terugdraaiend(() -> voegBedbezettingToe(o, o.geplaatst(), 3, o.vanaf().plusDays(2), null)))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("bewoner_niet_dubbel");
        terugdraaiend(() -> voegBedbezettingToe(o, o.geplaatst(), 3, o.vanaf().minusDays(3), o.vanaf()));
        assertThat(jdbc.sql("select count(*) from plaatsing.bedbezetting where bewoner_id = ?").param(o.geplaatst())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void eenLegeOfOmgekeerdePeriodeWordtGeweigerd() {
        var o = opzet();

        assertThatThrownBy(() -> terugdraaiend(() -> voegBedbezettingToe(o, o.ongeplaatst(), 4, o.vanaf(), o.vanaf())))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> terugdraaiend(() -> voegBedbezettingToe(o, o.ongeplaatst(), 4, o.vanaf(), o.vanaf().minusDays(1))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void tweeGelijktijdigeUitchecksVanDezelfdePlaatsingGevenEen409EnDeDatumEnRedenVanDeEersteBlijven() throws Exception {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 2);
        var vanaf = LocalDate.now().minusDays(10);
        var geplaatst = plaats("utrecht", registreer("utrecht", huishoudenVan(1)).get("id").asString(), locatie, vanaf.toString());
        var id = UUID.fromString(geplaatst.get("id").asString());
        var pad = PLAATSINGEN + "/" + id + "/_uitchecken";
        var gehouden = new CountDownLatch(1);
        var loslaten = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(3)) {
            // The location's lock, held here, stops both check-outs right after they found the placement still running.
            var slot = pool.submit(() -> new TransactionTemplate(transacties).executeWithoutResult(status -> {
                locaties.vergrendel(new LocatieId(UUID.fromString(locatie)));
                gehouden.countDown();
                try {
                    assertThat(loslaten.await(60, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(gehouden.await(30, TimeUnit.SECONDS)).isTrue();
            var eigenWoning = pool.submit(() -> post(pad, "utrecht", uitchecken(vanaf.plusDays(3).toString(), "eigen_woning")));
            var coa = pool.submit(() -> post(pad, "utrecht", uitchecken(vanaf.plusDays(5).toString(), "coa")));
            wachtTotWachtendOpLocatieslot(2);
            loslaten.countDown();
            slot.get(30, TimeUnit.SECONDS);
            var a = eigenWoning.get(60, TimeUnit.SECONDS);
            var b = coa.get(60, TimeUnit.SECONDS);

            assertThat(List.of(a.status(), b.status())).as("%s %s", a, b).containsExactlyInAnyOrder(200, 409);
            var eerste = a.status() == 200 ? a : b;
            isProbleem(a.status() == 409 ? a : b, 409, "al-uitgecheckt");
            var opgeslagen = jdbc.sql("select tot, vertrekreden from plaatsing.plaatsing where id = ?").param(id)
                    .query((rs, i) -> rs.getObject(1, LocalDate.class) + " " + rs.getString(2)).single();
            assertThat(opgeslagen).isEqualTo(eerste.json().get("tot").asString() + " " + eerste.json().get("vertrekreden").asString());
            assertThat(jdbc.sql("select upper(periode) from plaatsing.bedbezetting where plaatsing_id = ?").param(id)
                    .query(LocalDate.class).single()).isEqualTo(LocalDate.parse(eerste.json().get("tot").asString()));
        }
    }

    /** Waits until {@code aantal} sessions wait for a location's row lock (the statement of {@link Opvanglocaties#vergrendel}). */
    private void wachtTotWachtendOpLocatieslot(int aantal) throws InterruptedException {
        var tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("""
                select count(*) from pg_stat_activity
                 where wait_event_type = 'Lock' and query like '%from locaties.opvanglocatie where id = % for no key update%'""")
                .query(Integer.class).single() < aantal) {
            assertThat(System.nanoTime()).as("two check-outs waiting for the location's lock").isLessThan(tot);
            Thread.sleep(20);
        }
    }
}
