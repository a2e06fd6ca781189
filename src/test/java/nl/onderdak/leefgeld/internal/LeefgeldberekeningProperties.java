// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import nl.onderdak.leefgeld.internal.Leefgeldberekening.Besluit;
import nl.onderdak.leefgeld.internal.Leefgeldberekening.Lid;
import nl.onderdak.leefgeld.internal.Leefgeldberekening.Regel;
import nl.onderdak.leefgeld.internal.Leefgeldberekening.Uitkomst;
import nl.onderdak.leefgeld.internal.Leefgeldberekening.Verblijf;

/**
 * Promises of the calculation on random households, stays and decisions between March 2022 and
 * 2026: never negative, lines add up, a full month costs exactly the monthly rates, and nobody
 * absent gets anything. Edge cases are off: combined, jqwik's edge cases (first month, no stays, no
 * decisions) would fill every try; the example tests cover those.
 */
class LeefgeldberekeningProperties {

    private static final Tarieven TARIEVEN = Tarieven.standaard();
    private static final BigDecimal NUL = new BigDecimal("0.00");

    /** A month with a household and the municipality's decisions. */
    record Geval(YearMonth maand, List<Lid> leden, List<Besluit> besluiten) {

        Uitkomst bereken() {
            return Leefgeldberekening.bereken(maand, leden, besluiten, TARIEVEN);
        }
    }

    @Provide
    Arbitrary<Geval> gevallen() {
        return tussen(0, 47).map(i -> YearMonth.of(2022, 3).plusMonths(i)).flatMap(maand -> {
            var begin = maand.atDay(1);
            var leden = lid(begin, verblijven(begin)).list().ofMinSize(1).ofMaxSize(6).map(LeefgeldberekeningProperties::genummerd);
            var besluiten = besluit(begin).list().ofMaxSize(2);
            return Combinators.combine(leden, besluiten).as((l, b) -> new Geval(maand, l, b));
        });
    }

    /** Households fully present all month in the stay each member has, without decisions. */
    @Provide
    Arbitrary<Geval> heleMaandAanwezig() {
        return tussen(0, 32).map(i -> YearMonth.of(2022, 4).plusMonths(i)).flatMap(maand -> {
            var begin = maand.atDay(1);
            var verblijf = Combinators.combine(
                    tussen(0, 400), Arbitraries.of(true, false), Arbitraries.of(true, false),
                    tussen(0, 3))
                    .as((voor, catering, particulier, eindigt) -> List.of(new Verblijf(begin.minusDays(voor),
                            eindigt == 0 ? maand.atEndOfMonth().plusDays(1 + voor % 40) : null, catering, particulier)));
            var leden = lid(begin, verblijf)
                    .filter(l -> !verjaartAchttienIn(l, maand))
                    .list().ofMinSize(1).ofMaxSize(6).map(LeefgeldberekeningProperties::genummerd);
            return leden.map(l -> new Geval(maand, l, List.of()));
        });
    }

    /** Gives the members distinct ids and names: lid 1, lid 2, ... */
    private static List<Lid> genummerd(List<Lid> leden) {
        var genummerd = new ArrayList<Lid>();
        for (int i = 0; i < leden.size(); i++) {
            var lid = leden.get(i);
            genummerd.add(new Lid(new UUID(0, i + 1), "lid " + (i + 1), lid.geboortedatum(), lid.verblijven()));
        }
        return genummerd;
    }

    /** Whole numbers spread evenly over the range (jqwik's default leans towards the lower end). */
    private static Arbitrary<Integer> tussen(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    private static boolean verjaartAchttienIn(Lid lid, YearMonth maand) {
        var achttien = lid.geboortedatum().plusYears(18);
        return !achttien.isBefore(maand.atDay(1)) && !achttien.isAfter(maand.atEndOfMonth());
    }

    private static Arbitrary<Lid> lid(LocalDate begin, Arbitrary<List<Verblijf>> verblijven) {
        // Ages from newborn to 80, with extra weight on people who turn 18 around this month.
        var geboren = Arbitraries.oneOf(
                tussen(0, 80 * 365).map(d -> begin.minusDays(d)),
                tussen(-60, 60).map(d -> begin.minusYears(18).plusDays(d)));
        return Combinators.combine(geboren, verblijven)
                .as((datum, v) -> new Lid(new UUID(0, 0), "lid", datum, v));
    }

    /** Zero (one in six), one (one in two) or two stays around the month, not overlapping. */
    private static Arbitrary<List<Verblijf>> verblijven(LocalDate begin) {
        var verblijf = Combinators.combine(
                tussen(-45, 35), tussen(1, 70),
                tussen(0, 3), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((start, lengte, open, catering, particulier) -> new Verblijf(begin.plusDays(start),
                        open == 0 ? null : begin.plusDays(start + lengte), catering, particulier));
        var tussenpoos = tussen(0, 10);
        return Combinators.combine(verblijf, verblijf, tussenpoos, tussen(0, 5))
                .as((eerste, tweede, pauze, aantal) -> {
                    if (aantal == 0) {
                        return List.<Verblijf>of();
                    }
                    if (aantal <= 3 || eerste.tot() == null) {
                        return List.of(eerste);
                    }
                    var van = eerste.tot().plusDays(pauze);
                    var tot = tweede.tot() == null ? null : van.plusDays(1 + Math.abs(tweede.tot().toEpochDay() - tweede.van().toEpochDay()));
                    return List.of(eerste, new Verblijf(van, tot, tweede.catering(), tweede.particulier()));
                });
    }

    private static Arbitrary<Besluit> besluit(LocalDate begin) {
        return Combinators.combine(Arbitraries.of(Besluit.Soort.class), tussen(-60, 40),
                tussen(-1, 60))
                .as((soort, start, lengte) -> new Besluit(soort, begin.plusDays(start),
                        lengte < 0 ? null : begin.plusDays(start + lengte), "reden"));
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    @Label("hetBedragIsNooitNegatief")
    void hetBedragIsNooitNegatief(@ForAll("gevallen") Geval geval) {
        var uitkomst = geval.bereken();

        assertThat(uitkomst.bedrag().signum()).isGreaterThanOrEqualTo(0);
        assertThat(uitkomst.bedrag().scale()).isEqualTo(2);
        assertThat(uitkomst.regels()).allSatisfy(r -> assertThat(r.bedrag().signum()).isGreaterThanOrEqualTo(0));
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    @Label("deRegelsTellenOpTotHetTotaalTenzijTegengehouden")
    void deRegelsTellenOpTotHetTotaalTenzijTegengehouden(@ForAll("gevallen") Geval geval) {
        var uitkomst = geval.bereken();

        if (uitkomst.tegengehouden()) {
            assertThat(uitkomst.bedrag()).isEqualTo(NUL);
        } else {
            var som = uitkomst.regels().stream().map(Regel::bedrag).reduce(NUL, BigDecimal::add);
            assertThat(som).isEqualTo(uitkomst.bedrag());
        }
        for (var regel : uitkomst.regels()) {
            assertThat(regel.dagen()).isEqualTo((int) (regel.tot().toEpochDay() - regel.van().toEpochDay()) + 1);
            assertThat(regel.dagenInMaand()).isEqualTo(geval.maand().lengthOfMonth());
            assertThat(regel.bedrag()).isEqualTo(regel.tarief().multiply(BigDecimal.valueOf(regel.dagen()))
                    .divide(BigDecimal.valueOf(regel.dagenInMaand()), 2, RoundingMode.HALF_UP));
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    @Label("wieDeHeleMaandAanwezigIsKrijgtPreciesDeMaandtarieven")
    void wieDeHeleMaandAanwezigIsKrijgtPreciesDeMaandtarieven(@ForAll("heleMaandAanwezig") Geval geval) {
        var eerste = geval.maand().atDay(1);
        int grootte = geval.leden().size();
        var verwacht = NUL;
        boolean tariefOntbreekt = false;
        for (var lid : geval.leden()) {
            var verblijf = lid.verblijven().getFirst();
            var componenten = new ArrayList<Component>();
            if (!verblijf.catering()) {
                componenten.add(Component.VOEDSEL);
            }
            componenten.add(Component.KLEDING_EN_PERSOONLIJK);
            if (verblijf.particulier()) {
                componenten.add(Component.WOONCOMPONENT_POO);
            }
            for (var component : componenten) {
                Optional<Tarief> tarief = TARIEVEN.voor(eerste, component, lid.minderjarigOp(eerste), grootte);
                if (tarief.isEmpty()) {
                    tariefOntbreekt = true;
                } else {
                    verwacht = verwacht.add(tarief.get().bedragPerMaand());
                }
            }
        }
        var uitkomst = geval.bereken();

        assertThat(uitkomst.tegengehouden()).isEqualTo(tariefOntbreekt);
        if (!tariefOntbreekt) {
            var marge = new BigDecimal("0.01").multiply(BigDecimal.valueOf(uitkomst.regels().size()));
            assertThat(uitkomst.bedrag().subtract(verwacht).abs()).isLessThanOrEqualTo(marge);
            // Nobody changes rate row within the month, so every line is a whole month and the sum is exact.
            assertThat(uitkomst.bedrag()).isEqualTo(verwacht);
        }
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    @Label("wieAfwezigIsKrijgtNiets")
    void wieAfwezigIsKrijgtNiets(@ForAll("gevallen") Geval geval) {
        var uitkomst = geval.bereken();

        for (var regel : uitkomst.regels()) {
            var lid = geval.leden().stream().filter(l -> l.id().equals(regel.lidId())).findFirst().orElseThrow();
            for (var dag = regel.van(); !dag.isAfter(regel.tot()); dag = dag.plusDays(1)) {
                var d = dag;
                assertThat(YearMonth.from(dag)).isEqualTo(geval.maand());
                assertThat(lid.verblijfOp(dag)).as("%s aanwezig op %s", lid.naam(), dag).isPresent();
                assertThat(geval.besluiten()).as("stopbesluit op %s", dag).noneMatch(b -> b.soort() == Besluit.Soort.STOPPEN
                        && b.geldtOp(d) && !d.isBefore(Leefgeldberekening.STOPPEN_MOGELIJK_VANAF));
            }
        }
        for (var lid : geval.leden()) {
            boolean ooitAanwezig = geval.maand().atDay(1).datesUntil(geval.maand().atEndOfMonth().plusDays(1))
                    .anyMatch(d -> lid.verblijfOp(d).isPresent());
            if (!ooitAanwezig) {
                assertThat(uitkomst.regels()).noneMatch(r -> r.lidId().equals(lid.id()));
                assertThat(uitkomst.ontbrekend()).noneMatch(o -> o.endsWith("(" + lid.naam() + ")"));
            }
        }
    }
}
