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
 * (ADR 0021). Hard rules decide whether a pair is possible at all ({@link #schendingen}); a documented
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
    public static final int KANDIDATEN = 40;
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

    /** Distances in whole kilometres between gemeenten, from their centre points. */
    public static final class Afstanden {
        private final Map<String, double[]> ligging;
        private final Map<String, Long> cache = new HashMap<>();

        public Afstanden(Map<String, double[]> ligging) {
            this.ligging = ligging;
        }

        public long km(String a, String b) {
            if (a.equals(b)) {
                return 0;
            }
            var sleutel = a.compareTo(b) < 0 ? a + b : b + a;
            return cache.computeIfAbsent(sleutel, k -> {
                var p = ligging.get(a);
                var q = ligging.get(b);
                if (p == null || q == null) {
                    return 300L; // an unknown centre: as far as the country is long
                }
                return Math.round(haversine(p[0], p[1], q[0], q[1]));
            });
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
     * Greedy nearest-first, the yardstick: requests in the order given (oldest first), each takes the
     * cheapest possible host still free.
     */
    public static Resultaat gretig(List<Vraag> vragen, List<Gastgezin> gastgezinnen, Afstanden afstanden) {
        var bezet = new HashSet<UUID>();
        var paren = new ArrayList<Toewijzing>();
        var zonder = new ArrayList<Vraag>();
        for (var v : vragen) {
            Toewijzing beste = null;
            for (var g : gastgezinnen) {
                if (bezet.contains(g.id()) || !mag(v, g)) {
                    continue;
                }
                var t = kosten(v, g, afstanden);
                if (beste == null || t.kosten() < beste.kosten()) {
                    beste = t;
                }
            }
            if (beste == null) {
                zonder.add(v);
            } else {
                bezet.add(beste.gastgezin().id());
                paren.add(beste);
            }
        }
        return resultaat(paren, zonder);
    }

    /** The optimal proposal: most households placed, then the lowest total cost (a minimum-cost flow). */
    public static Resultaat optimaal(List<Vraag> vragen, List<Gastgezin> gastgezinnen, Afstanden afstanden) {
        if (vragen.isEmpty()) {
            return new Resultaat(List.of(), List.of(), 0);
        }
        var gretig = gretig(vragen, gastgezinnen, afstanden);
        var gretigPaar = new HashMap<UUID, UUID>();
        gretig.toewijzingen().forEach(t -> gretigPaar.put(t.vraag().id(), t.gastgezin().id()));

        // Nodes: 0 source, 1 sink, 2.. requests, then hosts that are a candidate of some request.
        var graaf = new SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        graaf.addVertex(0);
        graaf.addVertex(1);
        var gastNode = new HashMap<UUID, Integer>();
        var nodeGast = new HashMap<Integer, Gastgezin>();
        var boog = new HashMap<DefaultWeightedEdge, Toewijzing>();
        int volgende = 2 + vragen.size();
        for (int i = 0; i < vragen.size(); i++) {
            var v = vragen.get(i);
            int r = 2 + i;
            graaf.addVertex(r);
            graaf.setEdgeWeight(graaf.addEdge(0, r), 0);
            graaf.setEdgeWeight(graaf.addEdge(r, 1), ONGEKOPPELD);
            var kandidaten = new ArrayList<Toewijzing>();
            for (var g : gastgezinnen) {
                if (mag(v, g)) {
                    kandidaten.add(kosten(v, g, afstanden));
                }
            }
            kandidaten.sort(Comparator.comparingLong(Toewijzing::kosten));
            var gekozen = new LinkedHashSet<Toewijzing>(kandidaten.subList(0, Math.min(KANDIDATEN, kandidaten.size())));
            var gid = gretigPaar.get(v.id());
            if (gid != null) {
                kandidaten.stream().filter(t -> t.gastgezin().id().equals(gid)).findFirst().ifPresent(gekozen::add);
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
                v -> v == 0 ? n : v == 1 ? -n : 0, e -> 1);
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
        paren.sort(Comparator.comparingInt(t -> vragen.indexOf(t.vraag())));
        var zonder = vragen.stream().filter(v -> !geplaatst.contains(v.id())).toList();
        return resultaat(paren, zonder);
    }

    private static Resultaat resultaat(List<Toewijzing> paren, List<Vraag> zonder) {
        long totaal = paren.stream().mapToLong(Toewijzing::kosten).sum() + zonder.size() * ONGEKOPPELD;
        return new Resultaat(List.copyOf(paren), List.copyOf(zonder), totaal);
    }
}
