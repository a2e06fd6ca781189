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
import nl.onderdak.opgave.Opgavebesluiten;
import nl.onderdak.opgave.Verdeelsleutel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places needed per region, six months ahead (docs/regels.md, "Prognose: plaatsbehoefte"). For each forecast
 * month-end up to {@value #VOORUIT} months on, the national forecast (expected value and upper bound) is
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

    public record Maand(LocalDate datum, int nodig, int nodigBovengrens, long bedden) {
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
        var bedden = bedden(maanden.getFirst().maand().atEndOfMonth(), maanden.getLast().maand().atEndOfMonth());
        var perRegio = new java.util.TreeMap<String, List<Maand>>();
        var namen = new HashMap<String, String>();
        for (var m : maanden) {
            var datum = m.maand().atEndOfMonth();
            var verwacht = verdeel((int) Math.round(m.verwacht()), datum);
            var boven = verdeel((int) Math.round(m.bovengrens()), datum);
            for (var r : verwacht.keySet()) {
                namen.put(r, verwacht.get(r).naam());
                perRegio.computeIfAbsent(r, k -> new ArrayList<>()).add(new Maand(datum, verwacht.get(r).opgave(),
                        boven.containsKey(r) ? boven.get(r).opgave() : verwacht.get(r).opgave(),
                        bedden.getOrDefault(r + "|" + datum, 0L)));
            }
        }
        var uit = new ArrayList<Regio>();
        perRegio.forEach((code, lijst) -> uit.add(new Regio(code, namen.get(code), List.copyOf(lijst))));
        return uit;
    }

    /**
     * The key's split of a national number. From 50,000 to 1,000,000 the opgave module's computation
     * itself; below 50,000 the formula's base of 2,000 per region would exceed the total, so the number is
     * split by the key's shares alone ((Iv/In + Gv/Gn) / 2), whole places by largest remainder.
     */
    Map<String, Verdeelsleutel.RegioOpgave> verdeel(int totaal, LocalDate datum) {
        var peiljaren = opgave.peiljaren();
        if (peiljaren.isEmpty()) {
            return Map.of();
        }
        int peiljaar = peiljaren.stream().filter(j -> j <= datum.getYear() - 1).max(Comparator.naturalOrder())
                .orElse(peiljaren.stream().max(Comparator.naturalOrder()).orElseThrow());
        var uit = new java.util.TreeMap<String, Verdeelsleutel.RegioOpgave>();
        if (totaal >= Verdeelsleutel.BASIS_LANDELIJK && totaal <= Verdeelsleutel.MAXIMUM_LANDELIJK) {
            opgave.verdeel(totaal, peiljaar).regios().forEach(r -> uit.put(r.code(), r));
            return uit;
        }
        var sleutel = opgave.verdeel(Verdeelsleutel.BASIS_LANDELIJK, peiljaar).regios();
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
