// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Beds per location on a day and per day over a period: what the capacity overviews read. One
 * query per call, so the national overview stays fast also with years of daily bed changes.
 */
@Service
@Transactional(readOnly = true)
public class Capaciteiten {

    private final JdbcClient jdbc;

    Capaciteiten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every location of the given gemeenten (all when empty) with its beds on the day. Each
     * location's state is the latest status and bed change on or before the day (index
     * {@code beddenmutatie_op_datum}: one short index read per location and length of stay).
     */
    public List<LocatieCapaciteit> op(LocalDate dag, Optional<Set<String>> gemeenten) {
        var sql = SQL_OP_DAG + (gemeenten.isPresent() ? " where l.gemeente_code = any(:gemeenten)" : "");
        var query = jdbc.sql(sql).param("d", dag);
        if (gemeenten.isPresent()) {
            query = query.param("gemeenten", gemeenten.get().toArray(String[]::new));
        }
        return query.query((rs, i) -> {
            boolean beschikbaar = rs.getBoolean("beschikbaar");
            int lang = rs.getInt("lang_opgegeven") - rs.getInt("lang_buiten");
            int kort = rs.getInt("kort_opgegeven") - rs.getInt("kort_buiten");
            return new LocatieCapaciteit(rs.getObject("id", UUID.class), rs.getString("gemeente_code"), beschikbaar,
                    rs.getInt("lang_opgegeven") + rs.getInt("kort_opgegeven"),
                    rs.getInt("lang_buiten") + rs.getInt("kort_buiten"),
                    beschikbaar ? lang : 0, beschikbaar ? kort : 0);
        }).list();
    }

    /**
     * The SQL behind {@link #op}: one row per location from {@code beddenstand}, the periods derived
     * from the status and bed histories (migration V6), found through the GiST index on the period.
     * CapaciteitBenchmark times a copy of it next to the overview.
     */
    private static final String SQL_OP_DAG = """
            select l.id, l.gemeente_code,
                   (b.status = 'beschikbaar' and l.beschikbaar_vanaf <= :d
                        and (l.beschikbaar_tot is null or l.beschikbaar_tot >= :d)) is true as beschikbaar,
                   coalesce(b.lang_opgegeven, 0) as lang_opgegeven, coalesce(b.lang_buiten, 0) as lang_buiten,
                   coalesce(b.kort_opgegeven, 0) as kort_opgegeven, coalesce(b.kort_buiten, 0) as kort_buiten
              from locaties.opvanglocatie l
              left join locaties.beddenstand b on b.opvanglocatie_id = l.id and b.geldig @> cast(:d as date)
            """;

    /** Usable beds per day in the period, summed over the locations of the given gemeenten (all when empty). */
    public Map<LocalDate, Integer> bruikbaarPerDag(LocalDate van, LocalDate tot, Optional<Set<String>> gemeenten) {
        var filter = gemeenten.isPresent() ? " and l.gemeente_code = any(:gemeenten)" : "";
        var sql = """
                select d::date as dag,
                       coalesce(sum(b.lang_opgegeven - b.lang_buiten + b.kort_opgegeven - b.kort_buiten)
                                filter (where b.status = 'beschikbaar' and l.beschikbaar_vanaf <= d::date
                                          and (l.beschikbaar_tot is null or l.beschikbaar_tot >= d::date)), 0) as bruikbaar
                  from generate_series(cast(:van as date), cast(:tot as date), interval '1 day') d
                  left join (locaties.beddenstand b join locaties.opvanglocatie l on l.id = b.opvanglocatie_id %s)
                         on b.geldig @> d::date and b.geldig && daterange(cast(:van as date), cast(:tot as date), '[]')
                 group by d order by d
                """.formatted(filter);
        var query = jdbc.sql(sql).param("van", van).param("tot", tot);
        if (gemeenten.isPresent()) {
            query = query.param("gemeenten", gemeenten.get().toArray(String[]::new));
        }
        var uitkomst = new TreeMap<LocalDate, Integer>();
        query.query(rs -> {
            uitkomst.put(rs.getObject("dag", LocalDate.class), rs.getInt("bruikbaar"));
        });
        return uitkomst;
    }
}
