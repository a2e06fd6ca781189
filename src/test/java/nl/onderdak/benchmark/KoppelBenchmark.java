// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.onderdak.gastgezinnen.internal.Koppelaar;
import nl.onderdak.gastgezinnen.internal.Koppelaar.Gastgezin;
import nl.onderdak.gastgezinnen.internal.Koppelaar.Resultaat;
import nl.onderdak.gastgezinnen.internal.Koppelaar.Vraag;
import nl.onderdak.platform.Weergave;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matching benchmark (issue 15): 2,000 open requests and 6,000 approved host households across the
 * country (the 342 gemeenten of 2023 with their centre points from the CBS boundaries). Requests lean
 * to the cities (a skewed draw over the gemeenten), hosts are spread evenly: the pattern RefugeeHomeNL
 * met ("guests wanted the cities, hosts were elsewhere"). Times the optimal proposal (JGraphT min-cost
 * flow, {@link Koppelaar#optimaal}) and greedy nearest-first in the same run, three rounds, and checks
 * every hard rule of every proposed pair. Figures go to {@code target/benchmark/koppelen.txt}.
 * Not part of the ordinary suite; run it with {@code ./benchmark koppelen}. Needs no database.
 */
@Tag("benchmark")
class KoppelBenchmark {

    static final int VERZOEKEN = 2_000;
    static final int GASTGEZINNEN = 6_000;
    static final int RONDES = 5;
    static final LocalDate BEGIN = LocalDate.of(2026, 12, 1);

    /** A gemeente's centre as the mean of its outline's points: close enough for a benchmark's distances. */
    static LinkedHashMap<String, double[]> ligging() throws IOException {
        JsonNode root;
        try (var in = KoppelBenchmark.class.getResourceAsStream("/referentiedata/geo/gemeenten_2023-01-01.geojson")) {
            root = JsonMapper.builder().build().readTree(in);
        }
        var uit = new LinkedHashMap<String, double[]>();
        for (var f : root.get("features")) {
            double[] som = new double[3];
            punten(f.get("geometry").get("coordinates"), som);
            uit.put(f.get("properties").get("gm_code").asString(), new double[] {som[1] / som[2], som[0] / som[2]});
        }
        return uit;
    }

    private static void punten(JsonNode n, double[] som) {
        if (n.isArray() && n.size() == 2 && n.get(0).isNumber()) {
            som[0] += n.get(0).asDouble();
            som[1] += n.get(1).asDouble();
            som[2]++;
            return;
        }
        for (var k : n) {
            punten(k, som);
        }
    }

    static List<Vraag> vragen(Random r, List<String> gemeenten) {
        var uit = new ArrayList<Vraag>();
        for (int i = 0; i < VERZOEKEN; i++) {
            // Skewed: a cubic draw puts most requests in the first gemeenten of a shuffled list (the "cities").
            var gm = gemeenten.get((int) (gemeenten.size() * Math.pow(r.nextDouble(), 3)));
            int personen = new int[] {1, 1, 2, 2, 2, 3, 3, 4, 5, 6}[r.nextInt(10)];
            var talen = r.nextInt(4) == 0 ? Set.of("ru", "uk") : r.nextInt(5) == 0 ? Set.of("ru") : Set.of("uk");
            uit.add(new Vraag(UUID.randomUUID(), gm, personen, personen > 1 && r.nextInt(10) < 6, r.nextInt(20) == 0, r.nextInt(10) == 0,
                    talen, BEGIN.plusDays(r.nextInt(30)), r.nextInt(3) == 0 ? null : 3 + r.nextInt(10)));
        }
        return uit;
    }

    static List<Gastgezin> gastgezinnen(Random r, List<String> gemeenten) {
        var uit = new ArrayList<Gastgezin>();
        for (int i = 0; i < GASTGEZINNEN; i++) {
            var talen = new HashSet<String>();
            talen.add("nl");
            if (r.nextInt(10) < 6) {
                talen.add("en");
            }
            if (r.nextInt(10) == 0) {
                talen.add("uk");
            }
            if (r.nextInt(10) == 0) {
                talen.add("ru");
            }
            uit.add(new Gastgezin(UUID.randomUUID(), gemeenten.get(r.nextInt(gemeenten.size())), 1 + r.nextInt(6),
                    BEGIN.minusDays(60).plusDays(r.nextInt(80)), r.nextInt(10) < 6 ? null : BEGIN.plusMonths(1 + r.nextInt(12)),
                    r.nextInt(10) < 7, r.nextInt(10) < 4, r.nextInt(100) < 15, talen, BEGIN.plusDays(r.nextInt(720) - 20)));
        }
        return uit;
    }

    /** Milliseconds all garbage collectors spent so far. */
    static long gcTijd() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    static String belasting() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return "gemiddelde belasting %s op %s processoren".formatted(Weergave.nederlands().getal(os.getSystemLoadAverage(), 1),
                os.getAvailableProcessors());
    }

    static int schendingen(Resultaat res) {
        int fout = 0;
        var gasten = new HashSet<UUID>();
        var huishoudens = new HashSet<UUID>();
        for (var t : res.toewijzingen()) {
            fout += Koppelaar.schendingen(t.vraag(), t.gastgezin()).size();
            fout += gasten.add(t.gastgezin().id()) ? 0 : 1;
            fout += huishoudens.add(t.vraag().id()) ? 0 : 1;
        }
        return fout;
    }

    @Test
    void koppelen() throws IOException {
        var ligging = ligging();
        var gemeenten = new ArrayList<>(ligging.keySet());
        var r = new Random(15);
        java.util.Collections.shuffle(gemeenten, r);
        var vragen = vragen(r, gemeenten);
        var gasten = gastgezinnen(r, gemeenten);
        var w = Weergave.nederlands();
        var regels = new ArrayList<String>();
        regels.add("Koppelbenchmark (issue 15): %s open verzoeken, %s goedgekeurde gastgezinnen in %s gemeenten, %s rondes"
                .formatted(w.getal(VERZOEKEN), w.getal(GASTGEZINNEN), w.getal(gemeenten.size()), RONDES));
        long[] tijdOptimaal = new long[RONDES];
        long[] tijdGretig = new long[RONDES];
        long[] cpuOptimaal = new long[RONDES];
        long[] procesOptimaal = new long[RONDES];
        long[] gcOptimaal = new long[RONDES];
        long[] jitOptimaal = new long[RONDES];
        long[] tijdAfstanden = new long[RONDES];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var proces = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        var belastingVoor = belasting();
        Resultaat optimaal = null;
        Resultaat gretig = null;
        for (int i = 0; i < RONDES; i++) {
            var afstanden = new Koppelaar.Afstanden(ligging);
            long t0 = System.nanoTime();
            gretig = Koppelaar.gretig(vragen, gasten, afstanden);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            long p1 = proces.getProcessCpuTime();
            long g1 = gcTijd();
            long j1 = jit.getTotalCompilationTime();
            // As the service does it: the distance matrix is made per proposal too.
            var eigen = new Koppelaar.Afstanden(ligging);
            long ta = System.nanoTime();
            optimaal = Koppelaar.optimaal(vragen, gasten, eigen);
            long t2 = System.nanoTime();
            cpuOptimaal[i] = (threads.getCurrentThreadCpuTime() - c1) / 1_000_000;
            procesOptimaal[i] = (proces.getProcessCpuTime() - p1) / 1_000_000;
            gcOptimaal[i] = gcTijd() - g1;
            jitOptimaal[i] = jit.getTotalCompilationTime() - j1;
            tijdAfstanden[i] = (ta - t1) / 1_000_000;
            tijdGretig[i] = (t1 - t0) / 1_000_000;
            tijdOptimaal[i] = (t2 - t1) / 1_000_000;
            regels.add("ronde %s: optimaal %s ms wand (afstanden %s ms), %s ms processortijd van de thread, %s ms van het hele proces, GC %s ms, JIT %s ms; gretig %s ms"
                    .formatted(i + 1, w.getal(tijdOptimaal[i]), w.getal(tijdAfstanden[i]), w.getal(cpuOptimaal[i]), w.getal(procesOptimaal[i]),
                            w.getal(gcOptimaal[i]), w.getal(jitOptimaal[i]), w.getal(tijdGretig[i])));
        }
        for (var reeks : List.of(tijdOptimaal, tijdGretig, cpuOptimaal, procesOptimaal, gcOptimaal, jitOptimaal, tijdAfstanden)) {
            java.util.Arrays.sort(reeks);
        }
        long kmOpt = optimaal.toewijzingen().stream().mapToLong(Koppelaar.Toewijzing::km).sum();
        long kmGr = gretig.toewijzingen().stream().mapToLong(Koppelaar.Toewijzing::km).sum();
        long kostOptPaar = optimaal.totaleKosten() - optimaal.zonder().size() * Koppelaar.ONGEKOPPELD;
        long kostGrPaar = gretig.totaleKosten() - gretig.zonder().size() * Koppelaar.ONGEKOPPELD;
        regels.add("optimaal (afstanden, kandidaten, gretig als ondergrens en JGraphT min-cost flow): mediaan %s ms wand (min %s, max %s)"
                .formatted(w.getal(tijdOptimaal[RONDES / 2]), w.getal(tijdOptimaal[0]), w.getal(tijdOptimaal[RONDES - 1])));
        regels.add("optimaal, processortijd: mediaan %s ms van de rekenende thread, %s ms van het hele proces (GC %s ms, JIT %s ms)"
                .formatted(w.getal(cpuOptimaal[RONDES / 2]), w.getal(procesOptimaal[RONDES / 2]), w.getal(gcOptimaal[RONDES / 2]),
                        w.getal(jitOptimaal[RONDES / 2])));
        regels.add("belasting van de machine: voor %s, na %s".formatted(belastingVoor, belasting()));
        regels.add("gretig dichtstbij-eerst: mediaan %s ms".formatted(w.getal(tijdGretig[RONDES / 2])));
        regels.add("optimaal: %s gekoppeld, %s zonder; kosten van de koppelingen %s, totaal %s km, totale kosten %s"
                .formatted(w.getal(optimaal.toewijzingen().size()), w.getal(optimaal.zonder().size()), w.getal(kostOptPaar), w.getal(kmOpt),
                        w.getal(optimaal.totaleKosten())));
        regels.add("gretig:   %s gekoppeld, %s zonder; kosten van de koppelingen %s, totaal %s km, totale kosten %s"
                .formatted(w.getal(gretig.toewijzingen().size()), w.getal(gretig.zonder().size()), w.getal(kostGrPaar), w.getal(kmGr),
                        w.getal(gretig.totaleKosten())));
        int foutOpt = schendingen(optimaal);
        int foutGr = schendingen(gretig);
        regels.add("harde regels gecontroleerd in elk voorstel: %s schendingen (optimaal), %s (gretig)".formatted(foutOpt, foutGr));
        regels.add("doel: optimaal onder 5 s: %s; nooit duurder dan gretig: %s"
                .formatted(tijdOptimaal[RONDES / 2] < 5_000 ? "ja" : cpuOptimaal[RONDES / 2] < 5_000 ? "wandtijd nee, processortijd ja" : "nee", optimaal.totaleKosten() <= gretig.totaleKosten() ? "ja" : "nee"));
        Files.createDirectories(Path.of("target/benchmark"));
        Files.writeString(Path.of("target/benchmark/koppelen.txt"), String.join("\n", regels) + "\n");
        assertThat(foutOpt).isZero();
        assertThat(foutGr).isZero();
        assertThat(optimaal.totaleKosten()).isLessThanOrEqualTo(gretig.totaleKosten());
    }
}
