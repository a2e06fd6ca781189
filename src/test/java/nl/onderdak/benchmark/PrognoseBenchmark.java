// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.onderdak.prognose.internal.Indicatoren;
import nl.onderdak.prognose.internal.Plaatsbehoefte;
import nl.onderdak.prognose.internal.Prognoses;
import nl.onderdak.prognose.internal.Reeksen;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Forecast speed (issue 16, item 6): a forecast for the nation and the 25 regions with 80 % intervals, next
 * to the time of reading its input series. Per round: (1) reading the series, the national published
 * figures and Onderdak's own occupancy per region at the month-ends of the last two years (the view
 * plaatsing.bedverblijf, demo data); (2) the national model with its interval and the split over the 25
 * regions of the expected value and both bounds for six months by the opgave module's key (one run of the
 * quota method per reference year), set against the beds per region (Plaatsbehoefte); (3) both together.
 * Beside them, for comparison under the same load, the split done the old way: one opgave call per number
 * (expected value and upper bound, 12 calls); its places must equal the new split's. Median and p95 in ms
 * over the rounds, with the load average (/proc/loadavg) before and after; the goal is under 1 s for (3).
 * Own database target/benchmark/pg-prognose, made anew every run.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "onderdak.embedded-postgres.data-dir=target/benchmark/pg-prognose",
        "onderdak.embedded-postgres.clean=true",
        "onderdak.embedded-postgres.port=0"})
class PrognoseBenchmark {

    private static final int OPWARMEN = Integer.getInteger("benchmark.opwarmen", 3);
    private static final int RONDES = Integer.getInteger("benchmark.rondes", 20);

    @Autowired
    Reeksen reeksen;
    @Autowired
    Prognoses prognoses;
    @Autowired
    Plaatsbehoefte plaatsbehoefte;
    @Autowired
    nl.onderdak.opgave.Opgavebesluiten opgave;

    @Test
    void meetPrognoseVoorLandEnVijfentwintigRegios() throws Exception {
        var peildatum = LocalDate.of(2023, 7, 31);
        var regios = new ArrayList<>(reeksen.regiocodes());
        regios.sort(null);
        assertThat(regios).hasSize(25);
        var lezen = new ArrayList<Double>();
        var rekenen = new ArrayList<Double>();
        var samen = new ArrayList<Double>();
        var losseAanroepen = new ArrayList<Double>();
        var belastingVoor = Statistiek.belasting();
        int regiosMetTekort = 0;
        int maanden = 0;
        for (int ronde = 0; ronde < OPWARMEN + RONDES; ronde++) {
            long t0 = System.nanoTime();
            var landelijk = reeksen.waarnemingen(Indicatoren.OPGEVANGEN, Reeksen.Bron.GEPUBLICEERD, null, peildatum);
            var eigenVan = LocalDate.now().minusYears(2);
            for (var r : regios) {
                reeksen.eigen(Indicatoren.OPGEVANGEN, r, eigenVan, LocalDate.now(), true);
            }
            long t1 = System.nanoTime();
            var p = Prognoses.bereken(new Prognoses.Vraag(peildatum, 6, Indicatoren.OPGEVANGEN, Reeksen.Bron.GEPUBLICEERD, null),
                    landelijk, java.util.UUID.randomUUID(), java.time.Instant.now(), "benchmark");
            var perRegio = plaatsbehoefte.bereken(p);
            long t2 = System.nanoTime();
            assertThat(perRegio).hasSize(25);
            assertThat(p.maanden()).allSatisfy(m -> assertThat(m.ondergrens()).isLessThanOrEqualTo(m.bovengrens()));
            // The old way, for comparison: one split per number, each reading the key's figures anew.
            long t3 = System.nanoTime();
            for (var m : p.maanden()) {
                for (double getal : new double[] {m.verwacht(), m.bovengrens()}) {
                    int totaal = (int) Math.round(getal);
                    var peiljaar = Plaatsbehoefte.peiljaar(opgave.peiljaren(), m.maand().atEndOfMonth());
                    if (totaal >= 50_000 && totaal <= 1_000_000) {
                        var los = opgave.verdeel(totaal, peiljaar);
                        if (getal == m.verwacht() && ronde == 0) {
                            var datum = m.maand().atEndOfMonth();
                            for (var r : los.regios()) {
                                var nieuw = perRegio.stream().filter(x -> x.code().equals(r.code())).findFirst().orElseThrow()
                                        .maanden().stream().filter(x -> x.datum().equals(datum)).findFirst().orElseThrow();
                                assertThat(nieuw.nodig()).as(r.code() + " " + datum).isEqualTo(r.opgave());
                            }
                        }
                    }
                }
            }
            long t4 = System.nanoTime();
            if (ronde >= OPWARMEN) {
                losseAanroepen.add((t4 - t3) / 1e6);
                lezen.add((t1 - t0) / 1e6);
                rekenen.add((t2 - t1) / 1e6);
                samen.add((t2 - t0) / 1e6);
            }
            regiosMetTekort = (int) perRegio.stream().filter(r -> r.eersteTekort() != null).count();
            maanden = p.maanden().size();
        }
        var regels = List.of(
                "Prognosebenchmark: land + 25 regio's, " + maanden + " maanden, 80%-interval (peildatum " + peildatum + ")",
                String.format(Locale.ROOT, "%-58s %9s %9s", "", "mediaan", "p95"),
                regel("invoerreeksen lezen (landelijk + 25 regio's eigen)", lezen),
                regel("model + verdeling 25 regio's (verwacht, onder/boven) + bedden", rekenen),
                regel("samen", samen),
                regel("ter vergelijking: oude verdeling, 12 losse opgave-aanroepen", losseAanroepen),
                "Rondes: " + RONDES + " (na " + OPWARMEN + " opwarmrondes); regio's met tekort: " + regiosMetTekort
                        + "; belasting (1, 5, 15 min) voor: " + belastingVoor + ", na: " + Statistiek.belasting(),
                "Doel: samen onder 1000 ms.");
        var tekst = String.join("\n", regels) + "\n";
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "prognose.txt"), tekst);
        System.out.println(tekst);
    }

    private static String regel(String naam, List<Double> ms) {
        return String.format(Locale.ROOT, "%-58s %7.1f ms %7.1f ms", naam, Statistiek.mediaan(ms), Statistiek.p95(ms));
    }
}
