// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jspecify.annotations.Nullable;

/**
 * Proposes, for all open requests at once, which household goes to which approved host household
 * (ADR 0023). Hard rules decide whether a pair is possible at all ({@link #schendingen}); a documented
 * cost weighs the possible pairs ({@link #kosten}); the assignment with the most households placed
 * and, among those, the lowest total cost is a minimum-cost flow, solved by JGraphT's
 * capacity-scaling algorithm. No hand-written search.
 *
 * <p>Each host takes at most one household in one proposal (a host with places left may get a second
 * household by hand: the match checks the places on every night). To keep the network small, each
 * request gets an arc to its {@value #KANDIDATEN} cheapest possible hosts, plus the arc the greedy
 * nearest-first assignment uses: the greedy assignment is therefore a feasible flow in the network,
 * so the optimum is never costlier than greedy (tested, and checked by the benchmark).
 */
public final class Koppelaar {

    /** Arcs per request besides the greedy one: enough for the optimum to move households around. */
    public static final int KANDIDATEN = 25;
    /** The cost of leaving a request without a host: above any pair's cost, so placing more always wins. */
    public static final long ONGEKOPPELD = 1_000_000;
    /** Cost per kilometre between the centres of the host's and the household's gemeente. */
    public static final long PER_KM = 1;
    /** Cost when host and household share no language (Ukrainian, Russian, English, ...). */
    public static final long GEEN_GEDEELDE_TAAL = 75;
    /** Cost per month the host offers less than the household needs. */
    public static final long PER_MAAND_TE_KORT = 40;
    /** Cost per place left empty: keeps large homes for large households. */
    public static final long PER_LEGE_PLAATS = 10;

    /** A hard rule a pair may break; the word is the message key's tail. */
    public enum Regel { PLAATSEN, KINDEREN, TOEGANKELIJK, HUISDIEREN, BESCHIKBAAR, VOG }

    /** An approved host household as the solver sees it: its free places on the household's start. */
    public record Gastgezin(UUID id, String gemeente, int vrijePlaatsen, LocalDate vanaf, @Nullable LocalDate tot, boolean kinderenWelkom,
            boolean huisdieren, boolean toegankelijk, Set<String> talen, @Nullable LocalDate vogGeldigTot) {
    }

    /** An open request: how many people, what they need, from when and for how long (months; null = unknown). */
    public record Vraag(UUID id, String gemeente, int personen, boolean kinderen, boolean toegankelijk, boolean huisdieren, Set<String> talen,
            LocalDate start, @Nullable Integer maanden) {
    }

    /** One proposed pair with its cost and the cost's parts. */
    public record Toewijzing(Vraag vraag, Gastgezin gastgezin, long kosten, long km, boolean gedeeldeTaal, long maandenTeKort,
            int legePlaatsen) {
    }

    /** The proposal: pairs, requests without a possible host, and the total cost (unplaced requests included). */
    public record Resultaat(List<Toewijzing> toewijzingen, List<Vraag> zonder, long totaleKosten) {
    }

    /** Distances in whole kilometres between gemeenten, from their centre points (a matrix, filled once). */
    public static final class Afstanden {
        private final Map<String, Integer> index = new HashMap<>();
        private final long[][] km;

        public Afstanden(Map<String, double[]> ligging) {
            var codes = new ArrayList<>(ligging.keySet());
            km = new long[codes.size()][codes.size()];
            for (int i = 0; i < codes.size(); i++) {
                index.put(codes.get(i), i);
            }
            for (int i = 0; i < codes.size(); i++) {
                var p = ligging.get(codes.get(i));
                for (int j = 0; j < codes.size(); j++) {
                    var q = ligging.get(codes.get(j));
                    km[i][j] = i == j ? 0 : Math.round(haversine(p[0], p[1], q[0], q[1]));
                }
            }
        }

        public long km(String a, String b) {
            if (a.equals(b)) {
                return 0;
            }
            return km(index(a), index(b));
        }

        /** The gemeente's row in the matrix, -1 when its centre is unknown. */
        int index(String gemeente) {
            return index.getOrDefault(gemeente, -1);
        }

        /** As {@link #km(String, String)} by matrix rows, for the solver's inner loop (no string hashing per pair). */
        long km(int i, int j) {
            if (i < 0 || j < 0) {
                return 300; // an unknown centre: as far as the country is long
            }
            return i == j ? 0 : km[i][j];
        }

        static double haversine(double lat1, double lon1, double lat2, double lon2) {
            double dLat = Math.toRadians(lat2 - lat1);
            double dLon = Math.toRadians(lon2 - lon1);
            double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                    + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
            return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
        }
    }

    private Koppelaar() {
    }

    /** The hard rules this pair breaks; empty when the host may take the household. */
    public static List<Regel> schendingen(Vraag v, Gastgezin g) {
        var uit = new ArrayList<Regel>();
        if (g.vrijePlaatsen() < v.personen()) {
            uit.add(Regel.PLAATSEN);
        }
        if (v.kinderen() && !g.kinderenWelkom()) {
            uit.add(Regel.KINDEREN);
        }
        if (v.toegankelijk() && !g.toegankelijk()) {
            uit.add(Regel.TOEGANKELIJK);
        }
        if (v.huisdieren() && !g.huisdieren()) {
            uit.add(Regel.HUISDIEREN);
        }
        if (g.vanaf().isAfter(v.start()) || (g.tot() != null && !g.tot().isAfter(v.start()))) {
            uit.add(Regel.BESCHIKBAAR);
        }
        if (g.vogGeldigTot() == null || g.vogGeldigTot().isBefore(v.start())) {
            uit.add(Regel.VOG);
        }
        return uit;
    }

    static boolean mag(Vraag v, Gastgezin g) {
        return g.vrijePlaatsen() >= v.personen() && (!v.kinderen() || g.kinderenWelkom()) && (!v.toegankelijk() || g.toegankelijk())
                && (!v.huisdieren() || g.huisdieren()) && !g.vanaf().isAfter(v.start()) && (g.tot() == null || g.tot().isAfter(v.start()))
                && g.vogGeldigTot() != null && !g.vogGeldigTot().isBefore(v.start());
    }

    /** The pair's cost and its parts (see the constants); only for a pair without {@link #schendingen}. */
    public static Toewijzing kosten(Vraag v, Gastgezin g, Afstanden afstanden) {
        long km = afstanden.km(v.gemeente(), g.gemeente());
        boolean taal = v.talen().isEmpty() || g.talen().stream().anyMatch(v.talen()::contains);
        long teKort = 0;
        if (v.maanden() != null && g.tot() != null) {
            long aangeboden = ChronoUnit.MONTHS.between(v.start(), g.tot());
            teKort = Math.max(0, v.maanden() - aangeboden);
        }
        int leeg = g.vrijePlaatsen() - v.personen();
        long kosten = km * PER_KM + (taal ? 0 : GEEN_GEDEELDE_TAAL) + teKort * PER_MAAND_TE_KORT + (long) leeg * PER_LEGE_PLAATS;
        return new Toewijzing(v, g, kosten, km, taal, teKort, leeg);
    }

    /**
     * The hosts and requests as flat primitive arrays, read once per proposal. The pair loop below runs
     * requests × hosts times (12 million in the benchmark); with records, sets and dates it allocated a
     * result object and a stream per pair, and the wall time went to the garbage collector and the JIT
     * threads competing for a loaded machine's cores rather than to the solver. Same rules and costs as
     * {@link #mag} and {@link #kosten}: a test compares them pair by pair.
     */
    private static final class Vlak {
        final int[] vGemeente;
        final int[] vPersonen;
        final boolean[] vKinderen;
        final boolean[] vToegankelijk;
        final boolean[] vHuisdieren;
        final long[] vTalen;
        final long[] vStart;
        final long[] vStartMaand;
        final int[] vStartDag;
        final int[] vMaanden;
        final int[] gGemeente;
        final int[] gVrij;
        final long[] gVanaf;
        final long[] gTot;
        final long[] gTotMaand;
        final int[] gTotDag;
        final long[] gVog;
        final boolean[] gKinderen;
        final boolean[] gToegankelijk;
        final boolean[] gHuisdieren;
        final long[] gTalen;
        /** More than 64 languages do not fit a bit mask: then the sets are compared as they are. */
        final boolean talenAlsSet;
        final List<Vraag> vragen;
        final List<Gastgezin> gastgezinnen;

        Vlak(List<Vraag> vragen, List<Gastgezin> gastgezinnen, Afstanden afstanden) {
            this.vragen = vragen;
            this.gastgezinnen = gastgezinnen;
            var taalBit = new HashMap<String, Integer>();
            vragen.forEach(v -> v.talen().forEach(t -> taalBit.putIfAbsent(t, taalBit.size())));
            gastgezinnen.forEach(g -> g.talen().forEach(t -> taalBit.putIfAbsent(t, taalBit.size())));
            talenAlsSet = taalBit.size() > 64;
            int n = vragen.size();
            vGemeente = new int[n];
            vPersonen = new int[n];
            vKinderen = new boolean[n];
            vToegankelijk = new boolean[n];
            vHuisdieren = new boolean[n];
            vTalen = new long[n];
            vStart = new long[n];
            vStartMaand = new long[n];
            vStartDag = new int[n];
            vMaanden = new int[n];
            for (int i = 0; i < n; i++) {
                var v = vragen.get(i);
                vGemeente[i] = afstanden.index(v.gemeente());
                vPersonen[i] = v.personen();
                vKinderen[i] = v.kinderen();
                vToegankelijk[i] = v.toegankelijk();
                vHuisdieren[i] = v.huisdieren();
                vTalen[i] = masker(v.talen(), taalBit);
                vStart[i] = v.start().toEpochDay();
                vStartMaand[i] = v.start().getYear() * 12L + v.start().getMonthValue() - 1;
                vStartDag[i] = v.start().getDayOfMonth();
                vMaanden[i] = v.maanden() == null ? -1 : v.maanden();
            }
            int m = gastgezinnen.size();
            gGemeente = new int[m];
            gVrij = new int[m];
            gVanaf = new long[m];
            gTot = new long[m];
            gTotMaand = new long[m];
            gTotDag = new int[m];
            gVog = new long[m];
            gKinderen = new boolean[m];
            gToegankelijk = new boolean[m];
            gHuisdieren = new boolean[m];
            gTalen = new long[m];
            for (int j = 0; j < m; j++) {
                var g = gastgezinnen.get(j);
                gGemeente[j] = afstanden.index(g.gemeente());
                gVrij[j] = g.vrijePlaatsen();
                gVanaf[j] = g.vanaf().toEpochDay();
                gTot[j] = g.tot() == null ? Long.MAX_VALUE : g.tot().toEpochDay();
                gTotMaand[j] = g.tot() == null ? 0 : g.tot().getYear() * 12L + g.tot().getMonthValue() - 1;
                gTotDag[j] = g.tot() == null ? 0 : g.tot().getDayOfMonth();
                gVog[j] = g.vogGeldigTot() == null ? Long.MIN_VALUE : g.vogGeldigTot().toEpochDay();
                gKinderen[j] = g.kinderenWelkom();
                gToegankelijk[j] = g.toegankelijk();
                gHuisdieren[j] = g.huisdieren();
                gTalen[j] = masker(g.talen(), taalBit);
            }
        }

        private static long masker(Set<String> talen, Map<String, Integer> bit) {
            long m = 0;
            for (var t : talen) {
                int b = bit.get(t);
                if (b < 64) {
                    m |= 1L << b;
                }
            }
            return m;
        }

        /** {@link #mag} on the arrays. */
        boolean mag(int i, int j) {
            long start = vStart[i];
            return gVrij[j] >= vPersonen[i] && (!vKinderen[i] || gKinderen[j]) && (!vToegankelijk[i] || gToegankelijk[j])
                    && (!vHuisdieren[i] || gHuisdieren[j]) && gVanaf[j] <= start && gTot[j] > start && gVog[j] != Long.MIN_VALUE
                    && gVog[j] >= start;
        }

        /** {@link #kosten}'s total on the arrays, without making the pair. */
        long kosten(int i, int j, Afstanden afstanden) {
            int a = vGemeente[i];
            int b = gGemeente[j];
            long km = a >= 0 && b >= 0 ? afstanden.km(a, b) : vragen.get(i).gemeente().equals(gastgezinnen.get(j).gemeente()) ? 0 : 300;
            boolean taal = talenAlsSet ? gedeeldeTaal(vragen.get(i), gastgezinnen.get(j)) : vTalen[i] == 0 || (vTalen[i] & gTalen[j]) != 0;
            long teKort = 0;
            if (vMaanden[i] >= 0 && gTot[j] != Long.MAX_VALUE) {
                // ChronoUnit.MONTHS.between(start, tot), as LocalDate.until computes it.
                long maanden = gTotMaand[j] - vStartMaand[i];
                int dagen = gTotDag[j] - vStartDag[i];
                if (maanden > 0 && dagen < 0) {
                    maanden--;
                } else if (maanden < 0 && dagen > 0) {
                    maanden++;
                }
                teKort = Math.max(0, vMaanden[i] - maanden);
            }
            int leeg = gVrij[j] - vPersonen[i];
            return km * PER_KM + (taal ? 0 : GEEN_GEDEELDE_TAAL) + teKort * PER_MAAND_TE_KORT + (long) leeg * PER_LEGE_PLAATS;
        }
    }

    private static boolean gedeeldeTaal(Vraag v, Gastgezin g) {
        return v.talen().isEmpty() || g.talen().stream().anyMatch(v.talen()::contains);
    }

    /** How many of each request's cheapest possible hosts are kept: the solver's arcs and the greedy walk's first tries. */
    static final int BEWAARD = 64;

    /**
     * Per request, its cheapest possible hosts (at most {@link #BEWAARD}, indices into the list), cheapest
     * first: the cost in the high bits and the index in the low 20 bits of one long, so a primitive sort
     * orders them (ties by list order). One reused buffer: nothing is allocated per pair.
     */
    static long[][] mogelijkeGastgezinnen(List<Vraag> vragen, List<Gastgezin> gastgezinnen, Afstanden afstanden) {
        return mogelijkeGastgezinnen(new Vlak(vragen, gastgezinnen, afstanden), afstanden);
    }

    private static long[][] mogelijkeGastgezinnen(Vlak vlak, Afstanden afstanden) {
        int n = vlak.vragen.size();
        int m = vlak.gastgezinnen.size();
        var uit = new long[n][];
        // A max-heap of the BEWAARD cheapest so far: after the first few hundred hosts most pairs cost more
        // than the heap's top and are dropped with one comparison, instead of sorting every possible pair.
        var heap = new long[BEWAARD];
        for (int i = 0; i < n; i++) {
            int k = 0;
            for (int j = 0; j < m; j++) {
                if (vlak.mag(i, j)) {
                    long x = (vlak.kosten(i, j, afstanden) << 20) | j;
                    if (k < BEWAARD) {
                        heap[k] = x;
                        omhoog(heap, k++);
                    } else if (x < heap[0]) {
                        heap[0] = x;
                        omlaag(heap, k);
                    }
                }
            }
            var gekozen = java.util.Arrays.copyOf(heap, k);
            java.util.Arrays.sort(gekozen);
            uit[i] = gekozen;
        }
        return uit;
    }

    private static void omhoog(long[] heap, int i) {
        while (i > 0) {
            int ouder = (i - 1) / 2;
            if (heap[ouder] >= heap[i]) {
                return;
            }
            long t = heap[ouder];
            heap[ouder] = heap[i];
            heap[i] = t;
            i = ouder;
        }
    }

    private static void omlaag(long[] heap, int grootte) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int grootste = i;
            if (l < grootte && heap[l] > heap[grootste]) {
                grootste = l;
            }
            if (r < grootte && heap[r] > heap[grootste]) {
                grootste = r;
            }
            if (grootste == i) {
                return;
            }
            long t = heap[grootste];
            heap[grootste] = heap[i];
            heap[i] = t;
            i = grootste;
        }
    }

    /** The cheapest possible host still free for request i, by a full pass when all its kept candidates are taken; -1 if none. */
    private static int goedkoopsteVrije(Vlak vlak, int i, boolean[] bezet, Afstanden afstanden) {
        long beste = Long.MAX_VALUE;
        for (int j = 0; j < bezet.length; j++) {
            if (!bezet[j] && vlak.mag(i, j)) {
                long x = (vlak.kosten(i, j, afstanden) << 20) | j;
                if (x < beste) {
                    beste = x;
                }
            }
        }
        return beste == Long.MAX_VALUE ? -1 : (int) (beste & 0xFFFFF);
    }

    /**
     * Greedy nearest-first, the yardstick: requests in the order given (oldest first), each takes the
     * cheapest possible host still free.
     */
    public static Resultaat gretig(List<Vraag> vragen, List<Gastgezin> gastgezinnen, Afstanden afstanden) {
        var vlak = new Vlak(vragen, gastgezinnen, afstanden);
        return gretig(vlak, afstanden, mogelijkeGastgezinnen(vlak, afstanden));
    }

    private static Resultaat gretig(Vlak vlak, Afstanden afstanden, long[][] mogelijk) {
        var vragen = vlak.vragen;
        var gastgezinnen = vlak.gastgezinnen;
        var bezet = new boolean[gastgezinnen.size()];
        var paren = new ArrayList<Toewijzing>();
        var zonder = new ArrayList<Vraag>();
        for (int i = 0; i < vragen.size(); i++) {
            int gekozen = -1;
            for (long x : mogelijk[i]) {
                int j = (int) (x & 0xFFFFF);
                if (!bezet[j]) {
                    gekozen = j;
                    break;
                }
            }
            if (gekozen < 0 && mogelijk[i].length == BEWAARD) {
                // Every kept candidate is taken: the next cheapest free one lies beyond them.
                gekozen = goedkoopsteVrije(vlak, i, bezet, afstanden);
            }
            if (gekozen < 0) {
                zonder.add(vragen.get(i));
            } else {
                bezet[gekozen] = true;
                paren.add(kosten(vragen.get(i), gastgezinnen.get(gekozen), afstanden));
            }
        }
        return resultaat(paren, zonder);
    }

    /** The optimal proposal: most households placed, then the lowest total cost (a minimum-cost flow). */
    public static Resultaat optimaal(List<Vraag> vragen, List<Gastgezin> gastgezinnen, Afstanden afstanden) {
        if (vragen.isEmpty()) {
            return new Resultaat(List.of(), List.of(), 0);
        }
        var vlak = new Vlak(vragen, gastgezinnen, afstanden);
        var mogelijk = mogelijkeGastgezinnen(vlak, afstanden);
        var gretig = gretig(vlak, afstanden, mogelijk);
        var perId = new HashMap<UUID, Gastgezin>();
        gastgezinnen.forEach(g -> perId.put(g.id(), g));
        var gretigPaar = new HashMap<UUID, UUID>();
        gretig.toewijzingen().forEach(t -> gretigPaar.put(t.vraag().id(), t.gastgezin().id()));

        // Nodes: 1 sink, 2.. requests (each a supply of one household), then hosts that are a candidate of some
        // request. No common source: each request's shortest path to the sink is searched from the request
        // itself, which mostly stops at its own cheapest free host (a single source made every search
        // cross the whole network: 65 s instead of about one for the benchmark).
        var graaf = new SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        graaf.addVertex(1);
        var gastNode = new HashMap<UUID, Integer>();
        var nodeGast = new HashMap<Integer, Gastgezin>();
        var boog = new HashMap<DefaultWeightedEdge, Toewijzing>();
        int volgende = 2 + vragen.size();
        for (int i = 0; i < vragen.size(); i++) {
            var v = vragen.get(i);
            int r = 2 + i;
            graaf.addVertex(r);
            graaf.setEdgeWeight(graaf.addEdge(r, 1), ONGEKOPPELD);
            var gekozen = new LinkedHashSet<Toewijzing>();
            for (int k = 0; k < Math.min(KANDIDATEN, mogelijk[i].length); k++) {
                gekozen.add(kosten(v, gastgezinnen.get((int) (mogelijk[i][k] & 0xFFFFF)), afstanden));
            }
            var gid = gretigPaar.get(v.id());
            if (gid != null) {
                gekozen.add(kosten(v, perId.get(gid), afstanden));
            }
            for (var t : gekozen) {
                var gast = t.gastgezin();
                Integer h = gastNode.get(gast.id());
                if (h == null) {
                    h = volgende++;
                    graaf.addVertex(h);
                    gastNode.put(gast.id(), h);
                    nodeGast.put(h, gast);
                    graaf.setEdgeWeight(graaf.addEdge(h, 1), 0);
                }
                var e = graaf.addEdge(r, h);
                graaf.setEdgeWeight(e, t.kosten());
                boog.put(e, t);
            }
        }
        int n = vragen.size();
        var probleem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<Integer, DefaultWeightedEdge>(graaf,
                v -> v == 1 ? -n : v < 2 + n ? 1 : 0, e -> 1);
        var stroom = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(probleem);
        var paren = new ArrayList<Toewijzing>();
        var geplaatst = new HashSet<UUID>();
        for (var e : boog.keySet()) {
            if (stroom.getFlow(e) > 0.5) {
                var t = boog.get(e);
                paren.add(t);
                geplaatst.add(t.vraag().id());
            }
        }
        var volgorde = new HashMap<UUID, Integer>();
        for (int i = 0; i < vragen.size(); i++) {
            volgorde.put(vragen.get(i).id(), i);
        }
        paren.sort(Comparator.comparingInt(t -> volgorde.get(t.vraag().id())));
        var zonder = vragen.stream().filter(v -> !geplaatst.contains(v.id())).toList();
        return resultaat(paren, zonder);
    }

    private static Resultaat resultaat(List<Toewijzing> paren, List<Vraag> zonder) {
        long totaal = paren.stream().mapToLong(Toewijzing::kosten).sum() + zonder.size() * ONGEKOPPELD;
        return new Resultaat(List.copyOf(paren), List.copyOf(zonder), totaal);
    }
}
