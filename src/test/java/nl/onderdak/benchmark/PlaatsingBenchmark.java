// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.benchmark;

import nl.onderdak.Databasebeheer;
import nl.onderdak.platform.IngebouwdePostgres;
import static nl.onderdak.benchmark.Statistiek.belasting;
import static nl.onderdak.benchmark.Statistiek.mediaan;
import static nl.onderdak.benchmark.Statistiek.p95;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.plaatsing.Plaatsingen;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.plaatsing.PlaatsingOpdracht;
import nl.onderdak.plaatsing.internal.Plaatsingsverzoeken;
import nl.onderdak.plaatsing.internal.VerzoekId;
import nl.onderdak.platform.Conflict;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Placement benchmark on a national-scale dataset: 3,000 locations in all 342 gemeenten with about
 * 110,000 beds, 100,000 residents in about 40,000 households of whom about 70,000 are placed in
 * numbered beds, and a few open placement requests. It times the placement suggestions
 * ({@link Plaatsingsverzoeken#suggesties}) for the LCVS (national) and a region coordinator (region)
 * next to the raw {@link #SQL_SUGGESTIES} (this benchmark's copy of the service's statement, which production
 * no longer publishes) with the same parameters, interleaved,
 * and then runs a contention test: 200 concurrent placements of one-person households onto a fresh
 * location with exactly 10 free beds must give 10 placements and 190 conflicts (409), nothing else.
 * Figures go to {@code target/benchmark/plaatsing.txt}.
 *
 * <p>Not part of the ordinary test suite (the name does not end in Test); run it with
 * {@code ./benchmark plaatsing}. The database lives in {@code target/benchmark/pg-plaatsing} and is
 * kept between runs; the dataset is generated only the first time. Timings are reported against the
 * target, never asserted; the contention counts are asserted after the report is written.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "onderdak.embedded-postgres.data-dir=target/benchmark/pg-plaatsing",
        "onderdak.embedded-postgres.clean=false",
        "onderdak.embedded-postgres.port=0",
        "onderdak.demo-gegevens=false"})
class PlaatsingBenchmark {

    /** Marks the generated rows; a new version of the generator needs a new database. */
    private static final String DOOR = "plaatsingbenchmark-v1";
    private static final String DOOR_CONTENTIE = "plaatsingbenchmark-contentie";
    private static final int LOCATIES = 3_000;
    private static final int BEWONERS = 100_000;
    private static final LocalDate BEGIN = LocalDate.of(2024, 1, 1);
    private static final int VERZOEKEN_PER_STATUS = 12;

    private static final int OPWARMRONDES = Integer.getInteger("benchmark.opwarmen", 20);
    private static final int RONDES = Integer.getInteger("benchmark.rondes", 100);
    private static final double DOEL_P95_MS = 25;

    private static final int CONTENTIE_BEDDEN = 10;
    private static final int CONTENTIE_POGINGEN = 200;
    private static final int CONTENTIE_DRADEN = 32;
    private static final Path UITVOER = Path.of("target", "benchmark");

    /** The current gemeente layout, as Gebieden chooses it. */
    private static final String HUIDIGE_INDELING = """
            (select coalesce((select max(datum) from gebieden.indeling where datum <= current_date), (select min(datum) from gebieden.indeling)))""";

    static {
        Locale.setDefault(Locale.ROOT);
    }

    /**
     * The suggestions statement of {@code Plaatsingsverzoeken}, copied: production keeps its SQL to itself,
     * so the baseline timed next to the service lives here. Keep it equal to the service's when that changes.
     */
    static final String SQL_SUGGESTIES = """
            with afstand as (
                select m.gemeente_code,
                       round(6371 * sqrt(power(radians(m.breedtegraad - h.breedtegraad), 2)
                           + power(radians(m.lengtegraad - h.lengtegraad) * cos(radians((m.breedtegraad + h.breedtegraad) / 2)), 2)))::int
                           as km
                  from gebieden.ligging m join gebieden.ligging h on h.gemeente_code = :gemeente),
            kandidaat as materialized (
                select l.id, l.naam, l.gemeente_code, l.gezinskamers, v.lang_vrij, v.kort_vrij,
                       l.gemeente_code = :gemeente as eigen_gemeente, l.gemeente_code = any(:regio) as eigen_regio,
                       a.km as afstand_km,
                       (case when :personen > 1 and l.gezinskamers then 4 else 0 end)
                       + (case when l.gemeente_code = :gemeente then 3 when l.gemeente_code = any(:regio) then 2 else 0 end) as score
                  from plaatsing.vrijstand v
                  join locaties.locatie l on l.id = v.opvanglocatie_id
                  left join afstand a on a.gemeente_code = l.gemeente_code
                 where v.geldig @> cast(:d as date)
                   and (v.lang_vrij >= :personen or (:landelijk and v.kort_vrij >= :personen))
                   and l.beschikbaar_vanaf <= :d and (l.beschikbaar_tot is null or l.beschikbaar_tot >= :d)
                   and (not :toegankelijk or l.rolstoeltoegankelijk)
                   and (:landelijk or l.gemeente_code = any(:regio))
                   and (cast(:locatie as uuid) is null or l.id = cast(:locatie as uuid)))
            (select id, naam, gemeente_code, gezinskamers, 'lang' as verblijfsduur, lang_vrij as vrij, eigen_gemeente, eigen_regio,
                    afstand_km, score
               from kandidaat where lang_vrij >= :personen
              order by score desc, afstand_km nulls last, lang_vrij desc, id limit 10)
            union all
            (select id, naam, gemeente_code, gezinskamers, 'kort', kort_vrij, eigen_gemeente, eigen_regio, afstand_km, score
               from kandidaat where :landelijk and kort_vrij >= :personen
              order by score desc, afstand_km nulls last, kort_vrij desc, id limit 10)
            """;

    @Autowired
    JdbcClient jdbc;
    /** VACUUM needs the owner of the tables: the application's role may not (ADR 0012). */
    @Autowired
    IngebouwdePostgres postgres;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    Plaatsingsverzoeken verzoeken;
    @Autowired
    Plaatsingen plaatsingen;
    @Autowired
    Gebieden gebieden;
    @Autowired
    Clock clock;

    private final Map<String, Double> stappen = new LinkedHashMap<>();
    /** Everything the raw SQL read, so the reading cannot be optimised away. */
    private long gelezen;

    private enum Meting {
        SQL_LAND("ruwe SQL, landelijk lang+kort (JdbcClient)"),
        DIENST_LAND("suggesties() als LCVS-plaatser"),
        SQL_REGIO("ruwe SQL, regio lang (JdbcClient)"),
        DIENST_REGIO("suggesties() als regiocoördinator");

        final String omschrijving;

        Meting(String omschrijving) {
            this.omschrijving = omschrijving;
        }
    }

    /** An open request with the parameters the service derives for it, and the user who searches. */
    private record Geval(UUID verzoek, Gebruiker gebruiker, LocalDate dag, int personen, boolean toegankelijk, String gemeente,
            String[] regio, boolean landelijk) {
    }

    private record Generatie(double seconden, double transactieSeconden, Map<String, Double> stappen) {
    }

    private record Contentie(int geplaatst, int conflict, Map<String, Integer> anders, long bezettingsrijen, long verschillendeBedden,
            int maxBed, double seconden) {
    }

    @Test
    void meetSuggestiesEnGelijktijdigPlaatsen() throws Exception {
        var generatie = zorgVoorDataset();
        var telling = tel();
        assertThat(telling.get("opvanglocaties (generator)")).isEqualTo((long) LOCATIES);

        var land = gevallen("lcvs");
        var regio = gevallen("regio");
        assertThat(land).isNotEmpty();
        assertThat(regio).isNotEmpty();

        var series = new LinkedHashMap<Meting, List<Double>>();
        var resultaten = new LinkedHashMap<Meting, List<Integer>>();
        String belastingVoor = belasting();
        long controle = 0;
        for (int ronde = -OPWARMRONDES; ronde < RONDES; ronde++) {
            var gl = land.get(Math.floorMod(ronde, land.size()));
            var gr = regio.get(Math.floorMod(ronde, regio.size()));
            var metingen = new ArrayList<>(List.of(Meting.values()));
            Collections.rotate(metingen, Math.floorMod(ronde, metingen.size()));
            for (var meting : metingen) {
                long start = System.nanoTime();
                int n = voerUit(meting, meting == Meting.SQL_LAND || meting == Meting.DIENST_LAND ? gl : gr);
                double ms = (System.nanoTime() - start) / 1e6;
                controle += n;
                if (ronde >= 0) {
                    series.computeIfAbsent(meting, k -> new ArrayList<>()).add(ms);
                    resultaten.computeIfAbsent(meting, k -> new ArrayList<>()).add(n);
                }
            }
        }
        String belastingNa = belasting();

        var contentie = contentie();

        var rapport = rapport(generatie, telling, series, resultaten, controle, belastingVoor, belastingNa, contentie, land.size(),
                regio.size());
        Files.createDirectories(UITVOER);
        Files.writeString(UITVOER.resolve("plaatsing.txt"), rapport);
        Files.writeString(UITVOER.resolve("plaatsing-explain.txt"), explain(land.getFirst(), regio.getFirst()));
        System.out.println(rapport);

        assertThat(contentie.geplaatst()).isEqualTo(CONTENTIE_BEDDEN);
        assertThat(contentie.conflict()).isEqualTo(CONTENTIE_POGINGEN - CONTENTIE_BEDDEN);
        assertThat(contentie.anders()).isEmpty();
        assertThat(contentie.bezettingsrijen()).isEqualTo(CONTENTIE_BEDDEN);
        assertThat(contentie.verschillendeBedden()).isEqualTo(CONTENTIE_BEDDEN);
    }

    private int voerUit(Meting meting, Geval g) {
        return switch (meting) {
            case SQL_LAND, SQL_REGIO -> transactie.execute(status -> {
                // As the service runs it: with custom plans.
                jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
                int[] som = {0};
                {
                    jdbc.sql(SQL_SUGGESTIES)
                            .param("d", g.dag()).param("personen", g.personen()).param("toegankelijk", g.toegankelijk())
                            .param("gemeente", g.gemeente()).param("regio", g.regio()).param("landelijk", g.landelijk())
                            .param("locatie", null, java.sql.Types.OTHER)
                            .query(rs -> {
                                // Read every column, as the service's row mapper does.
                                som[0]++;
                                gelezen += rs.getObject("id", UUID.class).hashCode() + rs.getString("naam").length()
                                        + rs.getString("gemeente_code").length() + rs.getInt("vrij") + rs.getInt("score")
                                        + rs.getInt("afstand_km") + (rs.getBoolean("gezinskamers") ? 1 : 0)
                                        + (rs.getBoolean("eigen_gemeente") ? 1 : 0) + (rs.getBoolean("eigen_regio") ? 1 : 0)
                                        + rs.getString("verblijfsduur").length();
                            });
                }
                return som[0];
            });
            case DIENST_LAND, DIENST_REGIO -> verzoeken.suggesties(new VerzoekId(g.verzoek()), g.gebruiker()).size();
        };
    }

    // ------------------------------------------------------------------ dataset

    private Generatie zorgVoorDataset() {
        int aanwezig = jdbc.sql("select count(*) from locaties.opvanglocatie where aangemaakt_door = ?").param(DOOR)
                .query(Integer.class).single();
        if (aanwezig == LOCATIES) {
            return null;
        }
        int alle = jdbc.sql("select count(*) from locaties.opvanglocatie").query(Integer.class).single();
        assertThat(alle).as("de database bevat al andere locaties; begin opnieuw met ./benchmark plaatsing --nieuw").isZero();
        long start = System.nanoTime();
        transactie.executeWithoutResult(status -> genereer());
        double transactieSeconden = (System.nanoTime() - start) / 1e9;
        for (var tabel : List.of("locaties.opvanglocatie", "locaties.locatiestatus", "locaties.beddenmutatie", "locaties.beddenstand", "plaatsing.bezettingsstand", "plaatsing.plaatsing",
                "plaatsing.bedbezetting", "bewoners.huishouden", "bewoners.bewoner", "bewoners.huishouden_gemeente", "plaatsing.plaatsingsverzoek")) {
            Databasebeheer.alsEigenaar(postgres).sql("vacuum analyze " + tabel).update();
        }
        return new Generatie((System.nanoTime() - start) / 1e9, transactieSeconden, stappen);
    }

    private void stap(String naam, Runnable sql) {
        long start = System.nanoTime();
        sql.run();
        stappen.put(naam, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Set-based generation in one transaction; pseudo-random values from {@code hashint4} of row
     * numbers, so every run builds the same dataset (dates relative to the day of generation).
     */
    private void genereer() {
        var vandaag = LocalDate.now(clock);
        jdbc.sql("set local work_mem = '256MB'").update();
        jdbc.sql("set local maintenance_work_mem = '256MB'").update();

        stap("parameters per locatie", () -> jdbc.sql("""
                create temporary table bench_locatie on commit drop as
                with gm as (
                    select code, naam, row_number() over (order by code) - 1 as rn, count(*) over () as n
                      from gebieden.gemeente where indeling = {INDELING})
                select i as nr,
                       md5('onderdak-plaatsingbenchmark-' || i)::uuid as id,
                       gm.code as gemeente_code,
                       gm.naam as plaats,
                       15 + (hashint4(i) & 2147483647) % 39 as lang,
                       case when i % 10 = 0 then 12 + (hashint4(-i) & 2147483647) % 29 else 0 end as kort,
                       cast(:begin as date) + (hashint4(3 * i) & 2147483647) % 180 as vanaf
                  from generate_series(1, :locaties) i
                  join gm on gm.rn = (i - 1) % gm.n""".replace("{INDELING}", HUIDIGE_INDELING))
                .param("begin", BEGIN).param("locaties", LOCATIES).update());

        stap("opvanglocatie", () -> jdbc.sql("""
                insert into locaties.opvanglocatie (id, gemeente_code, naam, postcode, huisnummer, plaats, soort, exploitant,
                                           beschikbaar_vanaf, rolstoeltoegankelijk, gezinskamers,
                                           catering, eigen_keuken, huisdieren_toegestaan, aangemaakt_op, aangemaakt_door)
                select id, gemeente_code, 'Benchmarklocatie ' || nr,
                       (1000 + nr % 9000)::text || chr(65 + nr % 26) || chr(65 + (nr / 26) % 26),
                       1 + nr % 250, plaats,
                       (array['hotel', 'vakantiepark', 'schip', 'zorgcentrum', 'kantoor', 'paviljoen', 'sporthal', 'overig'])[1 + nr % 8],
                       'Exploitant ' || nr % 97, vanaf,
                       nr % 3 = 0, nr % 4 = 0, nr % 5 = 0, nr % 2 = 0, nr % 7 = 0,
                       (vanaf - 45)::timestamptz, :door
                  from bench_locatie order by nr""")
                .param("door", DOOR).update());

        // In preparation, then available; one in fifty temporarily closed since ten days ago.
        stap("locatiestatus", () -> jdbc.sql("""
                insert into locaties.locatiestatus (opvanglocatie_id, ingangsdatum, status, reden, vastgelegd_op, vastgelegd_door)
                select id, dag, status, reden, dag + time '08:30', :door from (
                    select id, nr, vanaf - 30 as dag, 'in_voorbereiding' as status, 'aangemeld' as reden from bench_locatie
                    union all
                    select id, nr, vanaf, 'beschikbaar', 'geopend' from bench_locatie
                    union all
                    select id, nr, cast(:vandaag as date) - 10, 'tijdelijk_gesloten', 'renovatie' from bench_locatie where nr % 50 = 25) s
                 order by dag, nr""")
                .param("door", DOOR).param("vandaag", vandaag).update());

        // Long stay: five bed changes per location, a quarter apart; declared beds lang-2 .. lang+2 and
        // at most two out of use, so at least lang-4 usable in every period.
        stap("beddenmutatie", () -> jdbc.sql("""
                insert into locaties.beddenmutatie (opvanglocatie_id, verblijfsduur, ingangsdatum, opgegeven, buiten_gebruik,
                                           buiten_gebruik_reden, reden, vastgelegd_op, vastgelegd_door)
                select id, duur, dag, opgegeven, buiten, case when buiten > 0 then 'onderhoud' end,
                       'opgave', dag + time '09:00', :door from (
                    select l.id, l.nr, 'lang' as duur, l.vanaf + 90 * k as dag, l.lang + hashint4(7919 * l.nr + k) % 3 as opgegeven,
                           case when (hashint4(104729 * l.nr + k) & 3) = 0 then 1 + (hashint4(l.nr + 13 * k) & 1) else 0 end as buiten
                      from bench_locatie l cross join generate_series(0, 4) k
                    union all
                    select l.id, l.nr, 'kort', l.vanaf, l.kort, 0 from bench_locatie l where l.kort > 0) m
                 order by dag, nr""")
                .param("door", DOOR).update());

        // Placed households: per location households of 1 to 4 persons while the running total stays
        // within 70 % of the long-stay beds; the running total gives each person a distinct bed number.
        stap("huishoudens (parameters)", () -> jdbc.sql("""
                create temporary table bench_huishouden on commit drop as
                with kandidaat as (
                    select l.id as locatie_id, l.nr as lnr, l.gemeente_code, l.vanaf as locatie_vanaf, j,
                           floor(l.lang * 0.7)::int as ruimte, 1 + (hashint4(1009 * l.nr + j) & 3) as personen
                      from bench_locatie l cross join generate_series(1, l.lang) j),
                lopend as (
                    select *, sum(personen) over (partition by locatie_id order by j) as tot_en_met from kandidaat)
                select (row_number() over (order by lnr, j))::int as nr, locatie_id, gemeente_code, personen,
                       tot_en_met - personen + 1 as eerste_bed,
                       locatie_vanaf + (hashint4(2003 * lnr + j) & 2147483647) % (cast(:vandaag as date) - locatie_vanaf) as vanaf
                  from lopend where tot_en_met <= ruimte""")
                .param("vandaag", vandaag).update());
        // Households not placed (registered, waiting) up to exactly 100,000 residents, round robin over the gemeenten.
        stap("huishoudens (niet geplaatst)", () -> jdbc.sql("""
                insert into bench_huishouden (nr, locatie_id, gemeente_code, personen, eerste_bed, vanaf)
                with gm as (
                    select code, row_number() over (order by code) - 1 as rn, count(*) over () as n
                      from gebieden.gemeente where indeling = {INDELING}),
                basis as (select max(nr) as nr, :bewoners - sum(personen) as rest from bench_huishouden),
                kandidaat as (
                    select j, 1 + (hashint4(3001 * j) & 3) as personen from generate_series(1, :bewoners / 2) j),
                lopend as (
                    select j, personen, sum(personen) over (order by j) as tot_en_met from kandidaat)
                select basis.nr + j, null::uuid, gm.code, least(personen, basis.rest - (tot_en_met - personen)), null::int, null::date
                  from lopend cross join basis join gm on gm.rn = (j - 1) % gm.n
                 where tot_en_met - personen < basis.rest""".replace("{INDELING}", HUIDIGE_INDELING))
                .param("bewoners", BEWONERS).update());

        stap("huishouden", () -> jdbc.sql("""
                insert into bewoners.huishouden (id, gemeente_code, aangemaakt_op, aangemaakt_door)
                select md5('ph-' || nr)::uuid, gemeente_code, coalesce(vanaf, cast(:vandaag as date) - (nr % 60)::int)::timestamptz - interval '2 days', :door
                  from bench_huishouden order by nr""")
                .param("vandaag", vandaag).param("door", DOOR).update());
        stap("huishouden_gemeente", () -> jdbc.sql("""
                insert into bewoners.huishouden_gemeente (huishouden_id, gemeente_code)
                select md5('ph-' || nr)::uuid, gemeente_code from bench_huishouden order by nr""").update());
        // Members: the first an adult, the others of any age; one in forty needs wheelchair access.
        stap("bewoner", () -> jdbc.sql("""
                insert into bewoners.bewoner (id, huishouden_id, voornaam, achternaam, naamsleutel, geboortedatum, geslacht,
                                     nationaliteit_categorie, medische_zorg, toegankelijkheid, taal, aangemaakt_op)
                select md5('pb-' || h.nr || '-' || k)::uuid, md5('ph-' || h.nr)::uuid,
                       (array['Olena', 'Oleksandr', 'Iryna', 'Andrii', 'Natalia', 'Dmytro', 'Tetiana', 'Serhii'])[1 + (h.nr + k) % 8],
                       'Bench' || h.nr,
                       'bench' || h.nr || ' ' || k,
                       case when k = 1 then date '1960-01-01' + (hashint4(41 * h.nr) & 2147483647) % 14000
                            else date '1960-01-01' + (hashint4(43 * h.nr + k) & 2147483647) % 23000 end,
                       (array['man', 'vrouw', 'anders', 'onbekend'])[1 + (h.nr + k) % 4],
                       case when (h.nr + k) % 20 = 0 then 'derdelander' else 'oekraiens' end,
                       (hashint4(47 * h.nr + k) & 63) = 0, (hashint4(53 * h.nr + k) & 63) = 0,
                       'uk', coalesce(h.vanaf, cast(:vandaag as date))::timestamptz - interval '2 days'
                  from bench_huishouden h cross join generate_series(1, h.personen) k
                 order by h.nr, k""")
                .param("vandaag", vandaag).update());
        stap("plaatsing", () -> jdbc.sql("""
                insert into plaatsing.plaatsing (id, opvanglocatie_id, verblijfsduur, aantal_personen, vanaf, huishouden_id, vastgelegd_op,
                                       vastgelegd_door)
                select md5('pp-' || nr)::uuid, locatie_id, 'lang', personen, vanaf, md5('ph-' || nr)::uuid, vanaf::timestamptz, :door
                  from bench_huishouden where locatie_id is not null order by nr""")
                .param("door", DOOR).update());
        stap("bedbezetting", () -> jdbc.sql("""
                insert into plaatsing.bedbezetting (plaatsing_id, bewoner_id, opvanglocatie_id, verblijfsduur, bednummer, periode)
                select md5('pp-' || h.nr)::uuid, md5('pb-' || h.nr || '-' || k)::uuid, h.locatie_id, 'lang', h.eerste_bed + k - 1,
                       daterange(h.vanaf, null)
                  from bench_huishouden h cross join generate_series(1, h.personen) k
                 where h.locatie_id is not null order by h.nr, k""").update());

        // Open requests of unplaced households: the first ones wait at their region, the next ones at the LCVS.
        stap("plaatsingsverzoek", () -> jdbc.sql("""
                insert into plaatsing.plaatsingsverzoek (id, huishouden_id, aanvragende_gemeente, veiligheidsregio_code, verwachte_aankomst,
                                               toelichting, status, ingediend_op, naar_lcvs_op)
                select md5('pv-' || h.nr)::uuid, md5('ph-' || h.nr)::uuid, h.gemeente_code, g.veiligheidsregio_code,
                       cast(:vandaag as date) + (h.nr % 5)::int, 'benchmark', s.status,
                       now() - interval '3 days', case when s.status = 'lcvs' then now() - interval '1 day' end
                  from (select *, row_number() over (order by nr) as rn from bench_huishouden where locatie_id is null) h
                  join gebieden.gemeente g on g.indeling = {INDELING} and g.code = h.gemeente_code
                  cross join lateral (select case when h.rn <= :n then 'regio' else 'lcvs' end as status) s
                 where h.rn <= 2 * :n""".replace("{INDELING}", HUIDIGE_INDELING))
                .param("vandaag", vandaag).param("n", VERZOEKEN_PER_STATUS).update());
    }

    private Map<String, Long> tel() {
        var telling = new LinkedHashMap<String, Long>();
        jdbc.sql("""
                select (select count(*) from gebieden.gemeente where indeling = {INDELING}) as gemeenten,
                       (select count(distinct gemeente_code) from locaties.opvanglocatie where aangemaakt_door = :door) as gemeenten_met_locatie,
                       (select count(*) from locaties.opvanglocatie where aangemaakt_door = :door) as locaties,
                       (select count(*) from locaties.opvanglocatie) as locaties_alle,
                       (select count(*) from locaties.beddenmutatie) as mutaties,
                       (select sum(lang_opgegeven + kort_opgegeven) from locaties.beddenstand b join locaties.opvanglocatie l on l.id = b.opvanglocatie_id
                         where l.aangemaakt_door = :door and b.geldig @> current_date) as bedden,
                       (select sum(lang_opgegeven - lang_buiten) from locaties.beddenstand b join locaties.opvanglocatie l on l.id = b.opvanglocatie_id
                         where l.aangemaakt_door = :door and b.geldig @> current_date) as lang_bruikbaar,
                       (select count(*) from bewoners.huishouden) as huishoudens,
                       (select count(*) from bewoners.bewoner) as bewoners,
                       (select count(*) from bewoners.huishouden_gemeente) as hg,
                       (select count(*) from plaatsing.plaatsing) as plaatsingen,
                       (select count(*) from plaatsing.bedbezetting where upper_inf(periode)) as bezet,
                       (select count(*) from plaatsing.bedbezetting) as bezettingsrijen,
                       (select count(*) from plaatsing.plaatsingsverzoek where status = 'regio') as verzoek_regio,
                       (select count(*) from plaatsing.plaatsingsverzoek where status = 'lcvs') as verzoek_lcvs""".replace("{INDELING}", HUIDIGE_INDELING))
                .param("door", DOOR)
                .query(rs -> {
                    telling.put("gemeenten in huidige indeling", rs.getLong("gemeenten"));
                    telling.put("gemeenten met een locatie", rs.getLong("gemeenten_met_locatie"));
                    telling.put("opvanglocaties (generator)", rs.getLong("locaties"));
                    telling.put("opvanglocaties (incl. contentie)", rs.getLong("locaties_alle"));
                    telling.put("beddenmutaties", rs.getLong("mutaties"));
                    telling.put("bedden opgegeven vandaag", rs.getLong("bedden"));
                    telling.put("  lang verblijf bruikbaar", rs.getLong("lang_bruikbaar"));
                    telling.put("huishoudens", rs.getLong("huishoudens"));
                    telling.put("bewoners", rs.getLong("bewoners"));
                    telling.put("huishouden_gemeente-rijen", rs.getLong("hg"));
                    telling.put("plaatsingen", rs.getLong("plaatsingen"));
                    telling.put("bewoners in een bed (open)", rs.getLong("bezet"));
                    telling.put("bedbezetting-rijen", rs.getLong("bezettingsrijen"));
                    telling.put("open verzoeken bij regio", rs.getLong("verzoek_regio"));
                    telling.put("open verzoeken bij LCVS", rs.getLong("verzoek_lcvs"));
                });
        return telling;
    }

    /** The open requests with one status, each with the user who searches for it and the service's parameters. */
    private List<Geval> gevallen(String status) {
        var vandaag = LocalDate.now(clock);
        return jdbc.sql("""
                select v.id, v.aanvragende_gemeente, v.veiligheidsregio_code, v.verwachte_aankomst,
                       (select count(*) from bewoners.bewoner b where b.huishouden_id = v.huishouden_id and b.samengevoegd_in is null) as personen,
                       (select bool_or(b.toegankelijkheid) from bewoners.bewoner b where b.huishouden_id = v.huishouden_id
                           and b.samengevoegd_in is null) as toegankelijk
                  from plaatsing.plaatsingsverzoek v where v.status = ? order by v.id""")
                .param(status)
                .query((rs, i) -> {
                    var regioCode = rs.getString("veiligheidsregio_code");
                    boolean landelijk = status.equals("lcvs");
                    var gebruiker = landelijk
                            ? new Gebruiker("bench-lcvs", "Benchmark LCVS", new Organisatie("LCVS", "LCVS", Organisatie.Soort.LANDELIJK,
                                    null, null), Set.of(Rol.LCVS_PLAATSER))
                            : new Gebruiker("bench-regio-" + regioCode, "Benchmark regio", new Organisatie("VR" + regioCode,
                                    "Veiligheidsregio " + regioCode, Organisatie.Soort.VEILIGHEIDSREGIO, null, regioCode),
                                    Set.of(Rol.REGIO_COORDINATOR));
                    var aankomst = rs.getObject("verwachte_aankomst", LocalDate.class);
                    return new Geval(rs.getObject("id", UUID.class), gebruiker, aankomst.isBefore(vandaag) ? vandaag : aankomst,
                            rs.getInt("personen"), rs.getBoolean("toegankelijk"), rs.getString("aanvragende_gemeente"),
                            gebieden.gemeentecodesInRegio(regioCode).toArray(String[]::new), landelijk);
                }).list();
    }

    // ------------------------------------------------------------------ contention

    /**
     * A fresh location with exactly 10 usable long-stay beds and no one in them, 200 one-person
     * households of its gemeente, and 200 concurrent check-ins by an employee of that gemeente.
     */
    private Contentie contentie() throws InterruptedException {
        var vandaag = LocalDate.now(clock);
        var locatie = UUID.randomUUID();
        var gemeente = jdbc.sql("select code from gebieden.gemeente where indeling = " + HUIDIGE_INDELING + " order by code offset 100 limit 1")
                .query(String.class).single();
        var huishoudens = new ArrayList<UUID>();
        transactie.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into locaties.opvanglocatie (id, gemeente_code, naam, postcode, huisnummer, plaats, soort, beschikbaar_vanaf,
                                               aangemaakt_op, aangemaakt_door)
                    values (?, ?, ?, '1234AB', 1, 'Contentiestad', 'hotel', ?, now(), ?)""")
                    .params(locatie, gemeente, "Contentielocatie " + locatie, vandaag.minusDays(10), DOOR_CONTENTIE).update();
            jdbc.sql("""
                    insert into locaties.locatiestatus (opvanglocatie_id, ingangsdatum, status, reden, vastgelegd_op, vastgelegd_door)
                    values (?, ?, 'beschikbaar', 'geopend', now(), ?)""").params(locatie, vandaag.minusDays(10), DOOR_CONTENTIE).update();
            jdbc.sql("""
                    insert into locaties.beddenmutatie (opvanglocatie_id, verblijfsduur, ingangsdatum, opgegeven, buiten_gebruik, reden,
                                               vastgelegd_op, vastgelegd_door)
                    values (?, 'lang', ?, ?, 0, 'opgave', now(), ?)""")
                    .params(locatie, vandaag.minusDays(10), CONTENTIE_BEDDEN, DOOR_CONTENTIE).update();
            for (int i = 0; i < CONTENTIE_POGINGEN; i++) {
                huishoudens.add(UUID.randomUUID());
            }
            jdbc.sql("""
                    insert into bewoners.huishouden (id, gemeente_code, aangemaakt_op, aangemaakt_door)
                    select h, :g, now(), :door from unnest(cast(:ids as uuid[])) h""")
                    .param("g", gemeente).param("door", DOOR_CONTENTIE).param("ids", huishoudens.toArray(UUID[]::new)).update();
            jdbc.sql("insert into bewoners.huishouden_gemeente (huishouden_id, gemeente_code) select h, :g from unnest(cast(:ids as uuid[])) h")
                    .param("g", gemeente).param("ids", huishoudens.toArray(UUID[]::new)).update();
            jdbc.sql("""
                    insert into bewoners.bewoner (id, huishouden_id, voornaam, achternaam, naamsleutel, geboortedatum, nationaliteit_categorie,
                                         aangemaakt_op)
                    select gen_random_uuid(), h, 'Contentie', 'Alleen', 'contentie alleen', date '1990-05-05', 'oekraiens', now()
                      from unnest(cast(:ids as uuid[])) h""")
                    .param("ids", huishoudens.toArray(UUID[]::new)).update();
        });

        var medewerker = new Gebruiker("bench-" + gemeente, "Benchmark medewerker",
                new Organisatie(gemeente, "Gemeente " + gemeente, Organisatie.Soort.GEMEENTE, gemeente, null),
                Set.of(Rol.GEMEENTE_MEDEWERKER));
        var geplaatst = new AtomicInteger();
        var conflict = new AtomicInteger();
        var anders = new ConcurrentHashMap<String, Integer>();
        var start = new CountDownLatch(1);
        var klaar = new CountDownLatch(CONTENTIE_POGINGEN);
        long begin;
        try (var pool = Executors.newFixedThreadPool(CONTENTIE_DRADEN)) {
            for (var huishouden : huishoudens) {
                pool.submit(() -> {
                    try {
                        start.await();
                        plaatsingen.plaats(PlaatsingOpdracht.heel(new HuishoudenId(huishouden), new LocatieId(locatie), Verblijfsduur.LANG,
                                vandaag), medewerker);
                        geplaatst.incrementAndGet();
                    } catch (Conflict e) {
                        conflict.incrementAndGet();
                    } catch (Throwable e) {
                        anders.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
                    } finally {
                        klaar.countDown();
                    }
                    return null;
                });
            }
            begin = System.nanoTime();
            start.countDown();
            assertThat(klaar.await(5, TimeUnit.MINUTES)).isTrue();
        }
        double seconden = (System.nanoTime() - begin) / 1e9;
        var bedden = jdbc.sql("""
                select count(*), count(distinct bednummer), coalesce(max(bednummer), 0) from plaatsing.bedbezetting
                 where opvanglocatie_id = ? and periode @> cast(? as date)""")
                .params(locatie, vandaag)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        return new Contentie(geplaatst.get(), conflict.get(), new TreeMap<>(anders), bedden[0], bedden[1], (int) bedden[2], seconden);
    }

    // ------------------------------------------------------------------ report

    private String rapport(Generatie generatie, Map<String, Long> telling, Map<Meting, List<Double>> series,
            Map<Meting, List<Integer>> resultaten, long controle, String belastingVoor, String belastingNa, Contentie c, int nLand,
            int nRegio) {
        var r = new StringBuilder();
        var pg = jdbc.sql("show server_version").query(String.class).single();
        r.append("Onderdak plaatsingsbenchmark, %s%n".formatted(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)));
        r.append("Java %s, PostgreSQL %s, %d processors%n%n".formatted(Runtime.version(), pg,
                Runtime.getRuntime().availableProcessors()));
        r.append("Dataset (peildatum %s)%n".formatted(LocalDate.now(clock)));
        telling.forEach((naam, aantal) -> r.append("  %-36s %,12d%n".formatted(naam, aantal)));
        if (generatie == null) {
            r.append("  %-36s %s%n".formatted("generatie", "al aanwezig (eerder gegenereerd; ./benchmark plaatsing --nieuw)"));
        } else {
            r.append("  %-36s %10.1f s  (één transactie %.1f s, daarna vacuum analyze %.1f s)%n".formatted("generatie",
                    generatie.seconden(), generatie.transactieSeconden(), generatie.seconden() - generatie.transactieSeconden()));
            generatie.stappen().forEach((naam, s) -> r.append("    %-34s %10.1f s%n".formatted(naam, s)));
        }

        r.append("%nSuggesties: latentie in ms, %d gemeten rondes na %d opwarmrondes, vier metingen per ronde afwisselend%n"
                .formatted(RONDES, OPWARMRONDES));
        r.append("(per ronde een ander open verzoek: %d bij de LCVS, %d bij een regio; factor = suggesties() / ruwe SQL)%n"
                .formatted(nLand, nRegio));
        r.append("Belasting van de machine (loadavg) voor de metingen %s, erna %s%n%n".formatted(belastingVoor, belastingNa));
        r.append("%-44s %8s %8s %8s %8s %10s %10s %8s%n".formatted("meting", "mediaan", "p95", "min", "max", "factor med",
                "factor p95", "rijen"));
        var oordelen = new ArrayList<String>();
        for (var meting : Meting.values()) {
            var s = series.get(meting);
            var ruw = series.get(meting == Meting.DIENST_LAND ? Meting.SQL_LAND : meting == Meting.DIENST_REGIO ? Meting.SQL_REGIO : meting);
            double med = mediaan(s), p = p95(s);
            var rijen = resultaten.get(meting).stream().mapToInt(Integer::intValue).summaryStatistics();
            var factoren = ruw == s ? "%10s %10s".formatted("", "")
                    : "%10.2f %10.2f".formatted(med / mediaan(ruw), p / p95(ruw));
            r.append("%-44s %8.2f %8.2f %8.2f %8.2f %s %8s%n".formatted(meting.omschrijving, med, p, Collections.min(s),
                    Collections.max(s), factoren, rijen.getMin() == rijen.getMax() ? rijen.getMin() : rijen.getMin() + "-" + rijen.getMax()));
            if (meting == Meting.DIENST_LAND || meting == Meting.DIENST_REGIO) {
                oordelen.add("  %-36s p95 %6.2f ms < %.0f ms: %s".formatted(meting.omschrijving, p, DOEL_P95_MS,
                        p < DOEL_P95_MS ? "PASS" : "FAIL"));
            }
        }
        r.append("\nDoel: p95 van de suggesties onder %.0f ms%n".formatted(DOEL_P95_MS));
        oordelen.forEach(o -> r.append(o).append("\n"));

        r.append("%nContentie: %d gelijktijdige plaatsingen van eenpersoonshuishoudens op een nieuwe locatie met %d vrije bedden%n"
                .formatted(CONTENTIE_POGINGEN, CONTENTIE_BEDDEN));
        r.append("(Plaatsingen.plaats als gemeentemedewerker, %d draden, gezamenlijke start via CountDownLatch; %.2f s)%n"
                .formatted(CONTENTIE_DRADEN, c.seconden()));
        r.append("  %-36s %6d  (verwacht %d)%n".formatted("geplaatst", c.geplaatst(), CONTENTIE_BEDDEN));
        r.append("  %-36s %6d  (verwacht %d)%n".formatted("Conflict (409)", c.conflict(), CONTENTIE_POGINGEN - CONTENTIE_BEDDEN));
        r.append("  %-36s %6d  (verwacht 0)%n".formatted("andere fout (zou 5xx zijn)", c.anders().values().stream().mapToInt(i -> i).sum()));
        c.anders().forEach((fout, n) -> r.append("    %5d × %s%n".formatted(n, fout)));
        r.append("  %-36s %6d  (verwacht %d; %d verschillende bednummers, hoogste %d)%n".formatted("bedbezetting-rijen locatie",
                c.bezettingsrijen(), CONTENTIE_BEDDEN, c.verschillendeBedden(), c.maxBed()));
        boolean goed = c.geplaatst() == CONTENTIE_BEDDEN && c.conflict() == CONTENTIE_POGINGEN - CONTENTIE_BEDDEN && c.anders().isEmpty()
                && c.bezettingsrijen() == CONTENTIE_BEDDEN && c.verschillendeBedden() == CONTENTIE_BEDDEN;
        r.append("  %-36s %s%n".formatted("oordeel", goed ? "PASS" : "FAIL"));
        r.append("%n(controlegetallen %d / %d; query plans in target/benchmark/plaatsing-explain.txt)%n".formatted(controle, gelezen));
        return r.toString();
    }

    /** EXPLAIN ANALYZE of the suggestions query, national and for a region, with the service's parameters. */
    private String explain(Geval land, Geval regio) {
        var plan = new StringBuilder();
        for (var g : List.of(land, regio)) {
            plan.append("-- SQL_SUGGESTIES ").append(g.landelijk() ? "landelijk" : "regio").append(", dag ").append(g.dag())
                    .append(", ").append(g.personen()).append(" personen\n");
            jdbc.sql("explain (analyze, buffers) " + SQL_SUGGESTIES)
                    .param("d", g.dag()).param("personen", g.personen()).param("toegankelijk", g.toegankelijk())
                    .param("gemeente", g.gemeente()).param("regio", g.regio()).param("landelijk", g.landelijk())
                    .param("locatie", null, java.sql.Types.OTHER)
                    .query(String.class).list().forEach(regel -> plan.append(regel).append("\n"));
            plan.append("\n");
        }
        return plan.toString();
    }

}
