// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderdak.toegang.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report the KCIO receives per gemeente: usable, occupied and free beds on a day, and the
 * gemeente's share of its region's usable beds. Built from the same overview as every other
 * figure, so the numbers agree everywhere.
 */
@Service
@Transactional(readOnly = true)
public class KcioRapportage {

    public record Regel(String gemeenteCode, String gemeente, String regioCode, String regio, int locaties, int bruikbaar,
            int bezet, int vrij, BigDecimal aandeelInRegio) {

        /** "Utrecht (GM0344)". */
        public String gemeenteMetCode() {
            return gemeente + " (" + gemeenteCode + ")";
        }
    }

    /** The sum of the gemeente lines of one region, or of all of them (code and name null: the nation). */
    public record Totaal(String regioCode, String regio, int locaties, int bruikbaar, int bezet, int vrij) {

        /** "Utrecht (VR09)": the name with the code. */
        public String naamMetCode() {
            return regioCode == null ? null : (regio == null ? regioCode : regio + " (" + regioCode + ")");
        }

        static Totaal van(String code, String naam, List<Regel> regels) {
            return new Totaal(code, naam, regels.stream().mapToInt(Regel::locaties).sum(), regels.stream().mapToInt(Regel::bruikbaar).sum(),
                    regels.stream().mapToInt(Regel::bezet).sum(), regels.stream().mapToInt(Regel::vrij).sum());
        }
    }

    /**
     * The report: a line per gemeente, by region. The totals per region and for the nation are sums of
     * these same lines, so they always add up (a region's total is what its gemeenten show, within
     * the user's scope).
     */
    public record Rapport(LocalDate peildatum, String week, List<Regel> regels) {

        /** Per region in the order of the lines. */
        public List<Totaal> perRegio() {
            var perRegio = new java.util.LinkedHashMap<String, List<Regel>>();
            regels.forEach(r -> perRegio.computeIfAbsent(r.regioCode(), k -> new java.util.ArrayList<>()).add(r));
            return perRegio.values().stream().map(rs -> Totaal.van(rs.getFirst().regioCode(), rs.getFirst().regio(), rs)).toList();
        }

        /** The gemeente lines of one region, for a page that shows them under their region's total. */
        public List<Regel> vanRegio(String regioCode) {
            return regels.stream().filter(r -> java.util.Objects.equals(r.regioCode(), regioCode)).toList();
        }

        /** All lines together: the nation, or whatever part of it the user's scope holds. */
        public Totaal totaal() {
            return Totaal.van(null, null, regels);
        }
    }

    private final Capaciteitsoverzicht overzicht;

    KcioRapportage(Capaciteitsoverzicht overzicht) {
        this.overzicht = overzicht;
    }

    /** Per gemeente in the scope, by region and name; the share is that of usable beds, one decimal. */
    public Rapport op(LocalDate dag, Scope scope) {
        var regios = overzicht.op(dag, Niveau.REGIO, scope).regels().stream()
                .collect(Collectors.toMap(CapaciteitRegel::code, Function.identity()));
        var regels = overzicht.op(dag, Niveau.GEMEENTE, scope).regels().stream()
                .map(g -> regel(g, regios))
                .sorted(java.util.Comparator.comparing(Regel::regioCode).thenComparing(Regel::gemeente))
                .toList();
        return new Rapport(dag, Rapportagedatum.week(dag), regels);
    }

    private static Regel regel(CapaciteitRegel g, Map<String, CapaciteitRegel> regios) {
        var regio = regios.get(g.regioCode());
        return new Regel(g.code(), g.naam(), g.regioCode(), regio == null ? null : regio.naam(), g.locaties(), g.bruikbaar(),
                g.bezet(), g.vrij(), regio == null ? null : CapaciteitRegel.procent(g.bruikbaar(), regio.bruikbaar()));
    }
}
