// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.benchmark;

import static nl.onderdak.benchmark.Statistiek.belasting;
import static nl.onderdak.benchmark.Statistiek.mediaan;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.onderdak.Databasebeheer;
import nl.onderdak.bewoners.internal.importeren.Bewonersimport;
import nl.onderdak.platform.IngebouwdePostgres;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk intake of 100,000 residents (issue 14, item 5): a generated BRP extract (valid BSNs, households
 * of 1 to 5 at their own address) imported through the real service path ({@link Bewonersimport}:
 * read, check everything, duplicate check against the database, write in one transaction with a
 * processing-log record per resident), next to PostgreSQL {@code COPY} of the same file into a bare
 * table with the same columns and no constraints or indexes, in the same run and on the same server.
 * Each round uses new BSNs (the previous round's are registered by then); the report gives every round
 * and the medians. Timings are reported, never asserted; what was written is.
 *
 * <p>Run with {@code ./benchmark import}; own database {@code target/benchmark/pg-import}, made anew
 * on every run. {@code -Dbenchmark.aantal=} and {@code -Dbenchmark.rondes=} change the size and rounds.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "onderdak.embedded-postgres.data-dir=target/benchmark/pg-import",
        "onderdak.embedded-postgres.clean=true",
        "onderdak.embedded-postgres.port=0",
        "onderdak.demo-gegevens=false"})
class BewonersimportBenchmark {

    private static final int AANTAL = Integer.getInteger("benchmark.aantal", 100_000);
    private static final int RONDES = Integer.getInteger("benchmark.rondes", 3);
    private static final Path UITVOER = Path.of("target", "benchmark");
    private static final String KOP = "bsn;voornamen;voorvoegsel;geslachtsnaam;geboortedatum;geslacht;nationaliteit;straat;"
            + "huisnummer;huisnummertoevoeging;postcode;woonplaats;huishouden";
    private static final String[] VROUW = {"Olena", "Iryna", "Natalia", "Oksana", "Tetiana", "Yulia", "Svitlana", "Kateryna",
            "Anastasia", "Maria", "Sofiia", "Viktoriia", "Halyna", "Liudmyla"};
    private static final String[] MAN = {"Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Volodymyr", "Maksym", "Ivan",
            "Artem", "Bohdan", "Yurii", "Taras", "Petro", "Vasyl"};
    private static final String[] ACHTERNAAM = {"Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Oliinyk",
            "Melnyk", "Boiko", "Koval", "Lysenko", "Marchenko", "Rudenko", "Savchenko", "Petrenko", "Moroz", "Polishchuk"};
    private static final String[] STRAAT = {"Stationsstraat", "Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg",
            "Julianastraat", "Beatrixlaan", "Nieuwstraat"};

    @Autowired
    Bewonersimport bewonersimport;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IngebouwdePostgres pg;

    private final Organisatie rotterdam = new Organisatie("GM0599", "Gemeente Rotterdam", Organisatie.Soort.GEMEENTE, "GM0599", null);
    private final Gebruiker medewerker = new Gebruiker("bench-import", "Benchmark import", rotterdam, Set.of(Rol.GEMEENTE_MEDEWERKER));

    private record Meting(int bewoners, int huishoudens, double controleSeconden, double schrijfSeconden, double copySeconden,
            double copyVolSeconden) {
        double importSeconden() {
            return controleSeconden + schrijfSeconden;
        }
    }

    @Test
    void importeertHonderdduizendBewonersNaastCopy() throws Exception {
        var eigenaar = Databasebeheer.bron(pg, IngebouwdePostgres.EIGENAAR);
        try (var verbinding = eigenaar.getConnection(); var s = verbinding.createStatement()) {
            // The baseline: the same columns, plain types, no constraints, no indexes, logged like any table.
            s.execute("""
                    create table if not exists public.benchmark_bewoners_kaal (bsn text, voornamen text, voorvoegsel text,
                        geslachtsnaam text, geboortedatum date, geslacht text, nationaliteit text, straat text, huisnummer integer,
                        huisnummertoevoeging text, postcode text, woonplaats text, huishouden text)""");
            // The floor for any import into the live table: the same residents, as rows of bewoners.bewoner, by
            // COPY into a table with that table's columns, generated search text and indexes (the trigram
            // index among them), without its foreign keys, without households and without a processing log.
            s.execute("create table if not exists public.benchmark_bewoners_vol (like bewoners.bewoner including all)");
        }
        // Warm up the JIT and the connections with a small file that is not counted.
        var opwarmen = bestand(RONDES + 1, Math.min(5_000, AANTAL));
        bewonersimport.schrijf(bewonersimport.controleer(opwarmen, medewerker), medewerker);
        copy(eigenaar, opwarmen);

        String belastingVoor = belasting();
        var metingen = new ArrayList<Meting>();
        for (int ronde = 0; ronde < RONDES; ronde++) {
            var inhoud = bestand(ronde, AANTAL);
            long bewonersVoor = aantal("select count(*) from bewoners.bewoner");
            long logVoor = aantal("select count(*) from logboek.verwerkingslog");

            long start = System.nanoTime();
            var plan = bewonersimport.controleer(inhoud, medewerker);
            long gecontroleerd = System.nanoTime();
            var uitkomst = bewonersimport.schrijf(plan, medewerker);
            long geschreven = System.nanoTime();
            double copy = copy(eigenaar, inhoud);
            double copyVol = copyVol(eigenaar, uitkomst.importId());

            // What was written, or the timing means nothing: every resident, one log record each.
            assertThat(uitkomst.eerder()).isFalse();
            assertThat(uitkomst.bewoners()).isEqualTo(AANTAL);
            assertThat(aantal("select count(*) from bewoners.bewoner") - bewonersVoor).isEqualTo(AANTAL);
            assertThat(aantal("select count(*) from logboek.verwerkingslog") - logVoor).isEqualTo(AANTAL);
            metingen.add(new Meting(uitkomst.bewoners(), uitkomst.huishoudens(), (gecontroleerd - start) / 1e9,
                    (geschreven - gecontroleerd) / 1e9, copy, copyVol));
        }
        String belastingNa = belasting();

        var rapport = new StringBuilder();
        rapport.append("Importbenchmark: ").append(String.format(Locale.ROOT, "%,d", AANTAL)).append(" bewoners per bestand (CSV, ")
                .append(String.format(Locale.ROOT, "%.1f", bestand(0, AANTAL).length / 1e6)).append(" MB), ")
                .append(RONDES).append(" rondes na een opwarmronde; ")
                .append(Runtime.getRuntime().availableProcessors()).append(" processors\n");
        rapport.append("belasting (loadavg) voor ").append(belastingVoor).append(", na ").append(belastingNa).append("\n\n");
        rapport.append(String.format(Locale.ROOT, "%-8s %11s %10s %10s %10s %10s %8s %12s %8s%n", "ronde", "huishoudens", "controle s",
                "schrijven s", "import s", "COPY s", "÷ COPY", "COPY vol s", "÷ vol"));
        for (int i = 0; i < metingen.size(); i++) {
            var m = metingen.get(i);
            rapport.append(String.format(Locale.ROOT, "%-8d %11d %10.2f %10.2f %10.2f %10.2f %8.2f %12.2f %8.2f%n", i + 1,
                    m.huishoudens(), m.controleSeconden(), m.schrijfSeconden(), m.importSeconden(), m.copySeconden(),
                    m.importSeconden() / m.copySeconden(), m.copyVolSeconden(), m.importSeconden() / m.copyVolSeconden()));
        }
        double importMediaan = mediaan(metingen.stream().map(Meting::importSeconden).toList());
        double copyMediaan = mediaan(metingen.stream().map(Meting::copySeconden).toList());
        double volMediaan = mediaan(metingen.stream().map(Meting::copyVolSeconden).toList());
        rapport.append(String.format(Locale.ROOT, "%-8s %11s %10.2f %10.2f %10.2f %10.2f %8.2f %12.2f %8.2f%n", "mediaan", "",
                mediaan(metingen.stream().map(Meting::controleSeconden).toList()),
                mediaan(metingen.stream().map(Meting::schrijfSeconden).toList()), importMediaan, copyMediaan,
                importMediaan / copyMediaan, volMediaan, importMediaan / volMediaan));
        rapport.append(String.format(Locale.ROOT, "%nImport: %,.0f bewoners/s; COPY naar kale tabel: %,.0f rijen/s. Doel: import ≤ 2 × COPY"
                + " (ten minste half zo snel): %s.%n", AANTAL / importMediaan, AANTAL / copyMediaan,
                importMediaan <= 2 * copyMediaan ? "gehaald" : "niet gehaald"));
        rapport.append(String.format(Locale.ROOT, "COPY vol: dezelfde bewoners als rijen van bewoners.bewoner naar een tabel met de kolommen,"
                + " de gegenereerde zoektekst en de indexen van bewoners.bewoner (zonder huishoudens, verwijzingen en verwerkingslog):"
                + " %,.0f rijen/s, %.1f × de kale COPY. Dat is de ondergrens voor elke import in de echte tabel.%n",
                AANTAL / volMediaan, volMediaan / copyMediaan));
        Files.createDirectories(UITVOER);
        Files.writeString(UITVOER.resolve("import.txt"), rapport.toString());
        System.out.println(rapport);
    }

    private long aantal(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /**
     * COPY of this round's residents, read back from bewoners.bewoner in its own column format, into the
     * table shaped like it (indexes included), emptied first; only the COPY in is timed.
     */
    private static double copyVol(javax.sql.DataSource bron, java.util.UUID importId) throws Exception {
        var kolommen = "id, huishouden_id, voornaam, achternaam, voornaam_origineel, achternaam_origineel, naamsleutel, geboortedatum,"
                + " geslacht, nationaliteit_categorie, identiteitsdocumenten, brp_status, bsn, brp_datum, ind_status,"
                + " alleenreizend_minderjarig, medische_zorg, toegankelijkheid, aangemaakt_op, versie";
        try (Connection verbinding = bron.getConnection()) {
            var kopie = verbinding.unwrap(PGConnection.class).getCopyAPI();
            var rijen = new java.io.ByteArrayOutputStream();
            kopie.copyOut("copy (select " + kolommen + " from bewoners.bewoner b where b.huishouden_id in"
                    + " (select a.huishouden_id from bewoners.brp_adres a where a.import_id = '" + importId + "')) to stdout", rijen);
            verbinding.setAutoCommit(false);
            try (var s = verbinding.createStatement()) {
                s.execute("truncate public.benchmark_bewoners_vol");
            }
            verbinding.commit();
            long start = System.nanoTime();
            long aantal = kopie.copyIn("copy public.benchmark_bewoners_vol (" + kolommen + ") from stdin",
                    new ByteArrayInputStream(rijen.toByteArray()));
            verbinding.commit();
            double seconden = (System.nanoTime() - start) / 1e9;
            assertThat(aantal).isEqualTo(AANTAL);
            return seconden;
        }
    }

    /** COPY of the file as it is (header, ';', day-month-year dates) into the bare table, in its own transaction. */
    private static double copy(javax.sql.DataSource bron, byte[] inhoud) throws Exception {
        try (Connection verbinding = bron.getConnection()) {
            verbinding.setAutoCommit(false);
            try (var s = verbinding.createStatement()) {
                s.execute("truncate public.benchmark_bewoners_kaal");
            }
            verbinding.commit();
            long start = System.nanoTime();
            try (var s = verbinding.createStatement()) {
                s.execute("set local datestyle = 'ISO, DMY'");
            }
            long rijen = verbinding.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy public.benchmark_bewoners_kaal from stdin (format csv, delimiter ';', header true, encoding 'UTF8')",
                    new ByteArrayInputStream(inhoud));
            verbinding.commit();
            double seconden = (System.nanoTime() - start) / 1e9;
            assertThat(rijen).isPositive();
            return seconden;
        }
    }

    /**
     * A BRP extract of {@code aantal} residents: households of 1 to 5 (35, 28, 20, 11 and 6 %), the first
     * member an adult, each household at its own address (so the address rule makes the households);
     * BSNs that pass the elfproef, from a range of their own per round.
     */
    static byte[] bestand(int ronde, int aantal) {
        var random = new Random(20_260_000L + ronde);
        var tekst = new StringBuilder(aantal * 110).append('\uFEFF').append(KOP).append("\r\n");
        long kandidaat = 100_000_000L + ronde * 3_000_000L;
        var vandaag = LocalDate.of(2026, 12, 1);
        int gemaakt = 0;
        int huishouden = ronde * 1_000_000;
        while (gemaakt < aantal) {
            int kans = random.nextInt(100);
            int grootte = kans < 35 ? 1 : kans < 63 ? 2 : kans < 83 ? 3 : kans < 94 ? 4 : 5;
            grootte = Math.min(grootte, aantal - gemaakt);
            huishouden++;
            var achternaam = ACHTERNAAM[random.nextInt(ACHTERNAAM.length)];
            var straat = STRAAT[random.nextInt(STRAAT.length)];
            int nummer = huishouden % 400 + 1;
            int blok = huishouden / 400;
            var postcode = (1000 + blok % 9000) + " " + (char) ('A' + (blok / 9000) % 26) + (char) ('A' + (blok / 234_000) % 26);
            for (int lid = 0; lid < grootte; lid++) {
                do {
                    kandidaat++;
                } while (!elfproef(kandidaat));
                boolean vrouw = random.nextBoolean();
                int leeftijd = lid == 0 ? 20 + random.nextInt(50) : random.nextInt(70);
                var geboren = vandaag.minusYears(leeftijd).minusDays(1 + random.nextInt(360));
                tekst.append(String.format(Locale.ROOT, "%09d", kandidaat)).append(';')
                        .append(vrouw ? VROUW[random.nextInt(VROUW.length)] : MAN[random.nextInt(MAN.length)]).append(';')
                        .append(';').append(achternaam).append(';')
                        .append(String.format(Locale.ROOT, "%02d-%02d-%04d", geboren.getDayOfMonth(), geboren.getMonthValue(),
                                geboren.getYear())).append(';')
                        .append(vrouw ? 'V' : 'M').append(';').append("Oekraïense").append(';').append(straat).append(';')
                        .append(nummer).append(';').append(';').append(postcode).append(';').append("Rotterdam").append(';')
                        .append("\r\n");
                gemaakt++;
            }
        }
        return tekst.toString().getBytes(StandardCharsets.UTF_8);
    }

    static boolean elfproef(long getal) {
        var s = String.format(Locale.ROOT, "%09d", getal);
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (s.charAt(i) - '0');
        }
        som -= s.charAt(8) - '0';
        return som != 0 && som % 11 == 0;
    }
}
