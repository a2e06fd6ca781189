// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.logboek;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.onderdak.Databasebeheer;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import nl.onderdak.platform.IngebouwdePostgres;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The processing log's hash chain (ADR 0018): every record is chained in the transaction that writes
 * it, also when many transactions write at once; the check finds exactly the record an owner of the
 * database changed or deleted, and with a written-down hash also a chain rewritten from some record on.
 * Each test that tampers puts the record back exactly as it was, so the shared database stays intact.
 */
class LogboekketenTest extends IntegratieTest {

    private static final Gebruiker MEDEWERKER = new Gebruiker("keten-test", "Keten Test",
            new Organisatie("GM0344", "Gemeente Utrecht", Organisatie.Soort.GEMEENTE, "GM0344", null),
            Set.of(Rol.GEMEENTE_MEDEWERKER));

    @Autowired
    Logboek logboek;

    @Autowired
    Ketencontrole controle;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IngebouwdePostgres pg;

    @Autowired
    PlatformTransactionManager transacties;

    private void schrijf(int personen) {
        new TransactionTemplate(transacties).executeWithoutResult(t -> logboek.leg(Handeling.INZIEN, "keten-test", "test",
                java.util.stream.IntStream.range(0, personen).mapToObj(i -> UUID.randomUUID()).toList(), MEDEWERKER));
    }

    private long laatste() {
        return jdbc.sql("select coalesce(max(volgnummer), 0) from logboek.verwerkingslog").query(Long.class).single();
    }

    /** Runs the statements as the owner of the schema with the log's append-only trigger off, in one transaction. */
    private void alsEigenaar(String... statements) {
        try (Connection c = Databasebeheer.bron(pg, IngebouwdePostgres.EIGENAAR).getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("alter table logboek.verwerkingslog disable trigger user");
                for (var sql : statements) {
                    s.execute(sql);
                }
                s.execute("alter table logboek.verwerkingslog enable trigger user");
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void elk_nieuw_record_krijgt_het_volgende_volgnummer_en_de_keten_is_intact() {
        schrijf(3);
        long voor = laatste();
        schrijf(5);
        var rijen = jdbc.sql("select volgnummer from logboek.verwerkingslog where volgnummer > ? order by volgnummer")
                .param(voor).query(Long.class).list();
        assertThat(rijen).containsExactly(voor + 1, voor + 2, voor + 3, voor + 4, voor + 5);
        var uitslag = controle.controleer();
        assertThat(uitslag.intact()).isTrue();
        assertThat(uitslag.aantal()).isEqualTo(laatste());
        assertThat(uitslag.laatsteVolgnummer()).isEqualTo(laatste());
        assertThat(uitslag.laatsteHash()).isEqualTo(jdbc.sql("select encode(hash, 'hex') from logboek.verwerkingslog where volgnummer = ?")
                .param(laatste()).query(String.class).single());
    }

    @Test
    void de_applicatie_kan_volgnummer_en_hash_niet_zelf_kiezen() {
        long voor = laatste();
        new TransactionTemplate(transacties).executeWithoutResult(t -> jdbc.sql("""
                insert into logboek.verwerkingslog (tijdstip, verwerkingsactiviteit, doel, handeling, organisatie_code, gebruiker,
                    betrokkene, trace_id, volgnummer, vorige_hash, hash)
                values (now(), 'keten-test', 'test', 'inzien', 'GM0344', 'keten-test', repeat('a', 64), 't', 1, '\\x00', '\\x00')""")
                .update());
        assertThat(laatste()).isEqualTo(voor + 1);
        assertThat(controle.controleer().intact()).isTrue();
    }

    @Test
    void gelijktijdige_schrijvers_en_een_teruggedraaide_transactie_geven_een_keten_zonder_gaten() throws Exception {
        schrijf(1);
        long voor = laatste();
        int draden = 8;
        int perDraad = 25;
        var taken = new ArrayList<Callable<Void>>();
        for (int d = 0; d < draden; d++) {
            int draad = d;
            taken.add(() -> {
                for (int i = 0; i < perDraad; i++) {
                    if (draad == 0 && i % 5 == 0) {
                        // Writes two records, then rolls back: their numbers must be given again, not skipped.
                        new TransactionTemplate(transacties).executeWithoutResult(t -> {
                            logboek.leg(Handeling.INZIEN, "keten-test", "test", List.of(UUID.randomUUID(), UUID.randomUUID()), MEDEWERKER);
                            t.setRollbackOnly();
                        });
                    }
                    schrijf(2);
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(draden)) {
            for (var f : pool.invokeAll(taken, 2, TimeUnit.MINUTES)) {
                f.get();
            }
        }
        assertThat(laatste()).isEqualTo(voor + (long) draden * perDraad * 2);
        assertThat(jdbc.sql("select count(*) from logboek.verwerkingslog where volgnummer > ?").param(voor).query(Long.class).single())
                .isEqualTo((long) draden * perDraad * 2);
        assertThat(controle.controleer().intact()).isTrue();
    }

    @Test
    void een_door_de_eigenaar_gewijzigd_record_wordt_precies_gevonden() {
        schrijf(5);
        long doel = laatste() - 2;
        var tijdstip = jdbc.sql("select tijdstip from logboek.verwerkingslog where volgnummer = ?").param(doel)
                .query(java.sql.Timestamp.class).single().toInstant();
        alsEigenaar("update logboek.verwerkingslog set doel = 'iets anders' where volgnummer = " + doel);
        try {
            var uitslag = controle.controleer();
            assertThat(uitslag.intact()).isFalse();
            assertThat(uitslag.afwijking()).isEqualTo(Ketencontrole.Afwijking.GEWIJZIGD);
            assertThat(uitslag.volgnummer()).isEqualTo(doel);
            assertThat(uitslag.tijdstip()).isEqualTo(tijdstip);
            assertThat(uitslag.aantal()).isEqualTo(doel - 1);
        } finally {
            alsEigenaar("update logboek.verwerkingslog set doel = 'test' where volgnummer = " + doel);
        }
        assertThat(controle.controleer().intact()).isTrue();
    }

    @Test
    void een_verwijderd_record_in_het_midden_en_een_gewijzigd_laatste_record_worden_gevonden() {
        schrijf(5);
        long midden = laatste() - 2;
        alsEigenaar("create table logboek.keten_test_bewaard as select * from logboek.verwerkingslog where volgnummer = " + midden,
                "delete from logboek.verwerkingslog where volgnummer = " + midden);
        try {
            var uitslag = controle.controleer();
            assertThat(uitslag.intact()).isFalse();
            assertThat(uitslag.afwijking()).isEqualTo(Ketencontrole.Afwijking.ONTBREEKT);
            assertThat(uitslag.volgnummer()).isEqualTo(midden);
        } finally {
            alsEigenaar("insert into logboek.verwerkingslog select * from logboek.keten_test_bewaard",
                    "drop table logboek.keten_test_bewaard");
        }
        assertThat(controle.controleer().intact()).isTrue();

        long laatste = laatste();
        alsEigenaar("update logboek.verwerkingslog set gebruiker = 'iemand-anders' where volgnummer = " + laatste);
        try {
            var uitslag = controle.controleer();
            assertThat(uitslag.afwijking()).isEqualTo(Ketencontrole.Afwijking.GEWIJZIGD);
            assertThat(uitslag.volgnummer()).isEqualTo(laatste);
        } finally {
            alsEigenaar("update logboek.verwerkingslog set gebruiker = 'keten-test' where volgnummer = " + laatste);
        }
        assertThat(controle.controleer().intact()).isTrue();
    }

    @Test
    void een_herschreven_keten_valt_alleen_op_met_een_eerder_genoteerde_hash() {
        schrijf(4);
        var genoteerd = controle.controleer();
        long anker = genoteerd.laatsteVolgnummer();
        schrijf(2);
        // A full rewrite from the anchor on: the owner changes a record and recomputes every hash after it.
        var herbereken = """
                do $$
                declare r record; vorige bytea;
                begin
                    select hash into vorige from logboek.verwerkingslog where volgnummer = %1$d - 1;
                    for r in select * from logboek.verwerkingslog where volgnummer >= %1$d order by volgnummer loop
                        update logboek.verwerkingslog set vorige_hash = vorige,
                               hash = logboek.verwerkingslog_hash(vorige, r.volgnummer, r.id, r.tijdstip, r.verwerkingsactiviteit,
                                   r.doel, r.handeling, r.organisatie_code, r.gebruiker, r.betrokkene, r.trace_id)
                         where id = r.id returning hash into vorige;
                    end loop;
                end $$""".formatted(anker);
        alsEigenaar("update logboek.verwerkingslog set doel = 'herschreven' where volgnummer = " + anker, herbereken);
        try {
            assertThat(controle.controleer().intact()).as("zonder anker is een volledig herschreven keten niet te zien").isTrue();
            var uitslag = controle.controleer(new Ketencontrole.Anker(anker, genoteerd.laatsteHash()));
            assertThat(uitslag.intact()).isFalse();
            assertThat(uitslag.afwijking()).isEqualTo(Ketencontrole.Afwijking.ANKER_KLOPT_NIET);
            assertThat(uitslag.volgnummer()).isEqualTo(anker);
            assertThat(controle.controleer(new Ketencontrole.Anker(anker - 1, jdbc.sql(
                    "select encode(hash, 'hex') from logboek.verwerkingslog where volgnummer = ?").param(anker - 1)
                    .query(String.class).single())).intact()).isTrue();
        } finally {
            alsEigenaar("update logboek.verwerkingslog set doel = 'test' where volgnummer = " + anker, herbereken);
        }
        assertThat(controle.controleer(new Ketencontrole.Anker(anker, genoteerd.laatsteHash())).intact()).isTrue();
    }

    /** The chain's head (V45): last volgnummer and its hash, as the application may read it. */
    private List<Object> kop() {
        return jdbc.sql("select laatste_volgnummer, encode(laatste_hash, 'hex') from logboek.ketenkop")
                .query((rs, i) -> List.<Object>of(rs.getLong(1), rs.getString(2))).single();
    }

    @Test
    void de_kop_van_de_keten_wijst_na_elke_schrijfactie_het_laatste_record_aan() {
        schrijf(3);
        assertThat(kop()).containsExactly(laatste(), jdbc.sql("select encode(hash, 'hex') from logboek.verwerkingslog where volgnummer = ?")
                .param(laatste()).query(String.class).single());
        assertThat(kop().get(1)).isEqualTo(controle.controleer().laatsteHash());
    }

    @Test
    void een_teruggedraaide_grote_invoer_laat_de_kop_staan_en_de_volgende_invoer_gaat_er_gewoon_achteraan() {
        schrijf(1);
        var kopVoor = kop();
        long voor = laatste();
        // Issue 14: after a rolled-back insert of 100,000 records the next one took minutes (its lookup of the last
        // record walked the dead ones). Smaller here; what matters is that the head is untouched by the rollback.
        // Logboek only writes at commit, so a rolled-back act normally writes nothing at all; here the records really
        // go into the table (logboek.leg, as Logboek calls it at commit) and are then rolled back, leaving dead rows.
        new TransactionTemplate(transacties).executeWithoutResult(t -> {
            assertThat(jdbc.sql("""
                    select logboek.leg(array_agg(now()), array_agg('keten-test'::text), array_agg('test'::text),
                        array_agg('aanmaken'::text), array_agg('GM0344'::text), array_agg('keten-test'::text),
                        array_agg(md5(i::text) || md5(i::text)), array_agg('t'::text))
                      from generate_series(1, 5000) i""").query(Long.class).single()).isEqualTo(voor + 5_000);
            t.setRollbackOnly();
        });
        assertThat(kop()).isEqualTo(kopVoor);
        assertThat(laatste()).isEqualTo(voor);

        schrijf(2);

        assertThat(laatste()).isEqualTo(voor + 2);
        assertThat(jdbc.sql("select count(*) from logboek.verwerkingslog where volgnummer > ?").param(voor).query(Long.class).single())
                .isEqualTo(2L);
        assertThat(jdbc.sql("select encode(vorige_hash, 'hex') from logboek.verwerkingslog where volgnummer = ?").param(voor + 1)
                .query(String.class).single()).isEqualTo(kopVoor.get(1));
        assertThat(kop().getFirst()).isEqualTo(voor + 2);
        assertThat(controle.controleer().intact()).isTrue();
    }

    @Test
    void twee_transacties_die_tegelijk_loggen_komen_allebei_door_en_de_tweede_wacht_niet_op_de_eerste() throws Exception {
        schrijf(1);
        long voor = laatste();
        var eersteHeeftGelogd = new java.util.concurrent.CountDownLatch(1);
        var tweedeIsKlaar = new java.util.concurrent.CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var eerste = pool.submit(() -> new TransactionTemplate(transacties).executeWithoutResult(t -> {
                logboek.leg(Handeling.INZIEN, "keten-test", "test", List.of(UUID.randomUUID(), UUID.randomUUID()), MEDEWERKER);
                eersteHeeftGelogd.countDown();
                try {
                    // Still open: with V39 the first record took the chain's lock until commit, so the second waited here.
                    assertThat(tweedeIsKlaar.await(30, TimeUnit.SECONDS)).as("de tweede transactie kwam door").isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertThat(eersteHeeftGelogd.await(30, TimeUnit.SECONDS)).isTrue();
            var tweede = pool.submit(() -> {
                new TransactionTemplate(transacties).executeWithoutResult(t -> logboek.leg(Handeling.ZOEKEN, "keten-test", "test",
                        List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), MEDEWERKER));
                tweedeIsKlaar.countDown();
            });
            tweede.get(60, TimeUnit.SECONDS);
            eerste.get(60, TimeUnit.SECONDS);
        }
        // The second committed first, so its three records come first; then the first's two.
        assertThat(jdbc.sql("select handeling from logboek.verwerkingslog where volgnummer > ? order by volgnummer").param(voor)
                .query(String.class).list()).containsExactly("zoeken", "zoeken", "zoeken", "inzien", "inzien");
        assertThat(laatste()).isEqualTo(voor + 5);
        assertThat(controle.controleer().intact()).isTrue();
    }

    @Test
    void wat_een_transactie_gelogd_heeft_ziet_ze_zelf_al_bij_een_inzageverzoek() {
        var persoon = UUID.randomUUID();
        var binnen = new TransactionTemplate(transacties).execute(t -> {
            logboek.leg(Handeling.INZIEN, "keten-test", "test", List.of(persoon), MEDEWERKER);
            return logboek.inzage(persoon);
        });
        assertThat(binnen).extracting(Logboek.Inzage::handeling).containsExactly("inzien");
        assertThat(logboek.inzage(persoon)).isEqualTo(binnen);
    }

    @Test
    void records_die_aan_het_eind_zijn_verwijderd_vallen_op_door_de_kop() {
        schrijf(3);
        long laatste = laatste();
        alsEigenaar("create table logboek.keten_test_bewaard as select * from logboek.verwerkingslog where volgnummer >= " + (laatste - 1),
                "delete from logboek.verwerkingslog where volgnummer >= " + (laatste - 1));
        try {
            var uitslag = controle.controleer();
            assertThat(uitslag.intact()).isFalse();
            assertThat(uitslag.afwijking()).isEqualTo(Ketencontrole.Afwijking.ONTBREEKT);
            assertThat(uitslag.volgnummer()).isEqualTo(laatste - 1);
            assertThat(uitslag.aantal()).isEqualTo(laatste - 2);
        } finally {
            alsEigenaar("insert into logboek.verwerkingslog select * from logboek.keten_test_bewaard",
                    "drop table logboek.keten_test_bewaard");
        }
        assertThat(controle.controleer().intact()).isTrue();
    }

    @Test
    void alleen_beheer_ziet_de_controle_en_een_onjuist_anker_noemt_beide_velden() {
        var api = get("/api/v1/verwerkingslog/controle", "beheer");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("intact").asBoolean()).isTrue();
        assertThat(api.json().get("aantalGoed").asLong()).isPositive();
        assertThat(api.json().get("laatsteHash").asString()).hasSize(64);
        assertThat(get("/api/v1/verwerkingslog/controle", "utrecht").status()).isEqualTo(403);
        var fout = get("/api/v1/verwerkingslog/controle?volgnummer=nul&hash=xyz", "beheer");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("volgnummer").contains("hash");

        var beheer = new Websessie(poort).inloggen("beheer");
        var pagina = beheer.pagina("/beheer/verwerkingslog/controle");
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("Intact: alle").contains("laatste-hash");
        var onjuist = beheer.pagina("/beheer/verwerkingslog/controle?volgnummer=12&hash=kort");
        assertThat(onjuist.body()).contains("Een hash bestaat uit 64 tekens").doesNotContain("Intact: alle");
        assertThat(new Websessie(poort).inloggen("utrecht").pagina("/beheer/verwerkingslog/controle").statusCode()).isEqualTo(403);
    }

    /**
     * The cost of the chain (ADR 0018), only with -Dmeting=logboekketen: single-record transactions from 8
     * threads and one statement of 10,000 records, with the chain trigger on and (as the owner) off, 5 rounds
     * each; prints the medians. Not part of the suite: it measures, it does not prove. Since V45 (ADR 0026)
     * {@link Logboek} writes through {@code logboek.leg}, which the row trigger skips, so switching the trigger
     * off no longer removes the chain from these writes: both columns now measure the set-based chain written at
     * commit (the 8-thread figure is the one ADR 0026 is about). The head is rechained with the records afterwards.
     */
    @Test
    @EnabledIfSystemProperty(named = "meting", matches = "logboekketen")
    void meting_van_de_kosten_van_de_keten() throws Exception {
        var uitkomst = new java.util.LinkedHashMap<String, List<Double>>();
        for (int ronde = 0; ronde < 5; ronde++) {
            for (boolean keten : ronde % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                if (!keten) {
                    zetKeten("disable");
                }
                try {
                    uitkomst.computeIfAbsent((keten ? "met" : "zonder") + " keten, 8 draden, transacties/s", k -> new ArrayList<>())
                            .add(transactiesPerSeconde(8, 100));
                    uitkomst.computeIfAbsent((keten ? "met" : "zonder") + " keten, 1 draad, transacties/s", k -> new ArrayList<>())
                            .add(transactiesPerSeconde(1, 200));
                    long t0 = System.nanoTime();
                    schrijf(10_000);
                    uitkomst.computeIfAbsent((keten ? "met" : "zonder") + " keten, 10.000 records in 1 statement, ms", k -> new ArrayList<>())
                            .add((System.nanoTime() - t0) / 1e6);
                } finally {
                    if (!keten) {
                        zetKeten("enable");
                    }
                }
            }
        }
        // The rounds without the trigger wrote records without hashes: rechain them so the shared log stays intact.
        herketen();
        uitkomst.forEach((naam, waarden) -> System.out.printf("KETENMETING %s: mediaan %.1f (%s)%n", naam,
                waarden.stream().sorted().toList().get(waarden.size() / 2), waarden));
        assertThat(controle.controleer().intact()).isTrue();
    }

    private double transactiesPerSeconde(int draden, int perDraad) throws Exception {
        var taken = new ArrayList<Callable<Void>>();
        for (int d = 0; d < draden; d++) {
            taken.add(() -> {
                for (int i = 0; i < perDraad; i++) {
                    schrijf(1);
                }
                return null;
            });
        }
        long t0 = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(draden)) {
            for (var f : pool.invokeAll(taken)) {
                f.get();
            }
        }
        return draden * perDraad / ((System.nanoTime() - t0) / 1e9);
    }

    private void zetKeten(String aanUit) {
        try (Connection c = Databasebeheer.bron(pg, IngebouwdePostgres.EIGENAAR).getConnection(); var s = c.createStatement()) {
            s.execute("alter table logboek.verwerkingslog " + aanUit + " trigger verwerkingslog_keten");
            if (aanUit.equals("disable")) {
                // Without the trigger the columns would stay empty (not null): give placeholders, rechained afterwards.
                s.execute("alter table logboek.verwerkingslog alter column volgnummer set default -nextval('logboek.verwerkingslog_id_seq')");
                s.execute("alter table logboek.verwerkingslog alter column vorige_hash set default '\\x00'");
                s.execute("alter table logboek.verwerkingslog alter column hash set default '\\x00'");
            } else {
                s.execute("alter table logboek.verwerkingslog alter column volgnummer drop default, alter column vorige_hash drop default, "
                        + "alter column hash drop default");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void herketen() {
        alsEigenaar("""
                do $$
                declare r record; vorige bytea := decode(repeat('00', 32), 'hex'); nummer bigint := 0;
                begin
                    update logboek.verwerkingslog set volgnummer = -id;
                    for r in select * from logboek.verwerkingslog order by id loop
                        nummer := nummer + 1;
                        update logboek.verwerkingslog set volgnummer = nummer, vorige_hash = vorige,
                               hash = logboek.verwerkingslog_hash(vorige, nummer, r.id, r.tijdstip, r.verwerkingsactiviteit,
                                   r.doel, r.handeling, r.organisatie_code, r.gebruiker, r.betrokkene, r.trace_id)
                         where id = r.id returning hash into vorige;
                    end loop;
                    update logboek.ketenkop set laatste_volgnummer = nummer, laatste_hash = vorige;
                end $$""");
    }
}
