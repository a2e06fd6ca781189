// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.onderdak.opgave.Opgavebesluiten;
import nl.onderdak.opgave.Verdeelsleutel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places needed per region, six months ahead (docs/regels.md, "Prognose: plaatsbehoefte"). For each forecast
 * month-end up to {@value #VOORUIT} months on, the national forecast (expected value and both bounds of the 80 % interval) is
 * split with the distribution key of seed 004 (the opgave module's computation, quota method), and set
 * against the usable beds known for that date from the published view {@code locaties.bedden_per_periode}:
 * beds given minus beds out of use, long and short stay, of locations whose status on that date is
 * 'beschikbaar' (planned openings and closing dates included, as recorded). The first month-end a region's
 * share of the expected value exceeds its beds is its first shortfall.
 */
@Service
@Transactional(readOnly = true)
public class Plaatsbehoefte {

    public static final int VOORUIT = 6;

    /**
     * One month-end of a region: its share of the national expected value ({@code nodig}) and of the national
     * 80 % interval's bounds, split by the same key (docs/regels.md: the region's band is the national band
     * split, not a model of its own), against its usable beds.
     */
    public record Maand(LocalDate datum, int nodig, int nodigOndergrens, int nodigBovengrens, long bedden) {
        public long tekort() {
            return Math.max(0, nodig - bedden);
        }
    }

    public record Regio(String code, String naam, List<Maand> maanden) {
        public @Nullable Maand eersteTekort() {
            return maanden.stream().filter(m -> m.tekort() > 0).findFirst().orElse(null);
        }
    }

    private final JdbcClient jdbc;
    private final Opgavebesluiten opgave;

    Plaatsbehoefte(JdbcClient jdbc, Opgavebesluiten opgave) {
        this.jdbc = jdbc;
        this.opgave = opgave;
    }

    public List<Regio> bereken(Prognoses.Prognose p) {
        var maanden = p.maanden().stream().filter(m -> m.stap() <= VOORUIT).toList();
        if (maanden.isEmpty()) {
            return List.of();
        }
        var peiljaren = opgave.peiljaren();
        if (peiljaren.isEmpty()) {
            return List.of();
        }
        var bedden = bedden(maanden.getFirst().maand().atEndOfMonth(), maanden.getLast().maand().atEndOfMonth());
        // Every national number this forecast splits (expected value and both bounds of each month), per
        // reference year; the key does not change from month to month, so each year's numbers are split in
        // one go (Opgavebesluiten.verdeelAlle) instead of one call per number (issue 16, item 6).
        var totalen = new TreeMap<Integer, TreeSet<Integer>>();
        for (var m : maanden) {
            totalen.computeIfAbsent(peiljaar(peiljaren, m.maand().atEndOfMonth()), k -> new TreeSet<>())
                    .addAll(List.of(heel(m.verwacht()), heel(m.ondergrens()), heel(m.bovengrens())));
        }
        var gesplitst = new HashMap<Integer, Map<Integer, Map<String, Verdeelsleutel.RegioOpgave>>>();
        totalen.forEach((jaar, t) -> gesplitst.put(jaar, verdeelAlle(t, jaar)));
        var perRegio = new TreeMap<String, List<Maand>>();
        var namen = new HashMap<String, String>();
        for (var m : maanden) {
            var datum = m.maand().atEndOfMonth();
            var jaar = gesplitst.get(peiljaar(peiljaren, datum));
            var verwacht = jaar.get(heel(m.verwacht()));
            var onder = jaar.get(heel(m.ondergrens()));
            var boven = jaar.get(heel(m.bovengrens()));
            for (var r : verwacht.keySet()) {
                namen.put(r, verwacht.get(r).naam());
                perRegio.computeIfAbsent(r, k -> new ArrayList<>()).add(new Maand(datum, verwacht.get(r).opgave(),
                        onder.get(r).opgave(), boven.get(r).opgave(), bedden.getOrDefault(r + "|" + datum, 0L)));
            }
        }
        var uit = new ArrayList<Regio>();
        perRegio.forEach((code, lijst) -> uit.add(new Regio(code, namen.get(code), List.copyOf(lijst))));
        return uit;
    }

    private static int heel(double x) {
        return (int) Math.round(x);
    }

    /** The key's reference year for a date: the newest year with complete figures before the date's year. */
    public static int peiljaar(List<Integer> peiljaren, LocalDate datum) {
        return peiljaren.stream().filter(j -> j <= datum.getYear() - 1).max(Comparator.naturalOrder())
                .orElse(peiljaren.stream().max(Comparator.naturalOrder()).orElseThrow());
    }

    /**
     * The key's split of national numbers on one reference year, per number. From 50,000 to 1,000,000 the
     * opgave module's computation itself; below 50,000 the formula's base of 2,000 per region would exceed
     * the total, so the number is split by the key's shares alone ((Iv/In + Gv/Gn) / 2), whole places by
     * largest remainder (as is a number above 1,000,000, capped there).
     */
    Map<Integer, Map<String, Verdeelsleutel.RegioOpgave>> verdeelAlle(java.util.Collection<Integer> totalen, int peiljaar) {
        var opFormule = new TreeSet<Integer>();
        boolean opAandeel = false;
        for (int t : totalen) {
            if (t >= Verdeelsleutel.BASIS_LANDELIJK && t <= Verdeelsleutel.MAXIMUM_LANDELIJK) {
                opFormule.add(t);
            } else {
                opAandeel = true;
            }
        }
        if (opAandeel) {
            // The shares come from the split at the base, like every other number: one call covers all.
            opFormule.add(Verdeelsleutel.BASIS_LANDELIJK);
        }
        var lijst = List.copyOf(opFormule);
        var verdelingen = opgave.verdeelAlle(lijst, peiljaar);
        var perTotaal = new HashMap<Integer, Verdeelsleutel.Verdeling>();
        for (int i = 0; i < lijst.size(); i++) {
            perTotaal.put(lijst.get(i), verdelingen.get(i));
        }
        var uit = new HashMap<Integer, Map<String, Verdeelsleutel.RegioOpgave>>();
        for (int t : totalen) {
            if (t >= Verdeelsleutel.BASIS_LANDELIJK && t <= Verdeelsleutel.MAXIMUM_LANDELIJK) {
                var m = new TreeMap<String, Verdeelsleutel.RegioOpgave>();
                perTotaal.get(t).regios().forEach(r -> m.put(r.code(), r));
                uit.put(t, m);
            } else {
                uit.put(t, naarAandeel(t, perTotaal.get(Verdeelsleutel.BASIS_LANDELIJK).regios()));
            }
        }
        return uit;
    }

    /** A number split by the key's shares alone, whole places by largest remainder (ties to the lowest code). */
    static Map<String, Verdeelsleutel.RegioOpgave> naarAandeel(int totaal, List<Verdeelsleutel.RegioOpgave> sleutel) {
        var uit = new TreeMap<String, Verdeelsleutel.RegioOpgave>();
        int t = Math.max(0, Math.min(totaal, Verdeelsleutel.MAXIMUM_LANDELIJK));
        var exact = new HashMap<String, BigDecimal>();
        int som = 0;
        for (var r : sleutel) {
            var aandeel = r.aandeelInwoners().add(r.aandeelLandoppervlakte()).divide(BigDecimal.TWO, 10, RoundingMode.HALF_EVEN);
            var e = aandeel.multiply(BigDecimal.valueOf(t));
            exact.put(r.code(), e);
            som += e.intValue();
        }
        var volgorde = sleutel.stream().sorted(Comparator.comparing((Verdeelsleutel.RegioOpgave r) ->
                exact.get(r.code()).remainder(BigDecimal.ONE)).reversed().thenComparing(Verdeelsleutel.RegioOpgave::code)).toList();
        var extra = new HashMap<String, Integer>();
        for (int i = 0; i < t - som && i < volgorde.size(); i++) {
            extra.put(volgorde.get(i).code(), 1);
        }
        for (var r : sleutel) {
            var e = exact.get(r.code());
            uit.put(r.code(), new Verdeelsleutel.RegioOpgave(r.code(), r.naam(), r.inwoners(), r.landoppervlakteHa(), r.aandeelInwoners(),
                    r.aandeelLandoppervlakte(), e, e.intValue() + extra.getOrDefault(r.code(), 0)));
        }
        return uit;
    }

    /** Usable beds per region on each month-end from {@code van} to {@code tot}, keyed "VR09|2027-06-30". */
    Map<String, Long> bedden(LocalDate van, LocalDate tot) {
        var uit = new HashMap<String, Long>();
        jdbc.sql("""
                with dagen as (select (date_trunc('month', d) + interval '1 month - 1 day')::date as dag
                                 from generate_series(date_trunc('month', cast(? as date)), cast(? as date), interval '1 month') d)
                select g.veiligheidsregio_code as regio, dagen.dag,
                       sum(b.lang_opgegeven - b.lang_buiten + b.kort_opgegeven - b.kort_buiten) as bedden
                  from dagen
                  join locaties.bedden_per_periode b on b.geldig @> dagen.dag and b.status = 'beschikbaar'
                  join locaties.locatie l on l.id = b.opvanglocatie_id
                   and l.beschikbaar_vanaf <= dagen.dag and (l.beschikbaar_tot is null or l.beschikbaar_tot >= dagen.dag)
                  join gebieden.actuele_gemeente g on g.code = l.gemeente_code
                 group by g.veiligheidsregio_code, dagen.dag""")
                .params(van, tot)
                .query(rs -> {
                    uit.put(rs.getString("regio") + "|" + rs.getObject("dag", LocalDate.class), rs.getLong("bedden"));
                });
        return uit;
    }
}
