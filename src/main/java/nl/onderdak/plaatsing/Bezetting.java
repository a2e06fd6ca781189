// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Occupancy as it follows from placements: the one count of occupied beds that every overview
 * reads. A placement occupies its beds from {@code vanaf} up to but not including {@code tot}
 * (the day of check-out the bed is free again). Read from {@code bezettingsstand}, the per-period
 * running sum that triggers keep in step with the placements (migration V6).
 */
@Service
@Transactional(readOnly = true)
public class Bezetting {

    /** Occupied beds at one location on one day, by length of stay. */
    public record Bezet(int lang, int kort) {
        public static final Bezet GEEN = new Bezet(0, 0);

        public int totaal() {
            return lang + kort;
        }
    }

    /** Occupied beds per location on day {@code :d}; benchmarks time {@link #perLocatieOp} and keep their own copy. */
    private static final String SQL_OP_DAG =
            "select opvanglocatie_id, lang, kort from plaatsing.bezettingsstand where geldig @> cast(:d as date)";

    private final JdbcClient jdbc;

    Bezetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Occupied beds per location on the day; locations without placements are absent. */
    public Map<UUID, Bezet> perLocatieOp(LocalDate dag) {
        var uitkomst = new HashMap<UUID, Bezet>();
        jdbc.sql(SQL_OP_DAG).param("d", dag)
                .query(rs -> {
                    uitkomst.put(rs.getObject(1, UUID.class), new Bezet(rs.getInt(2), rs.getInt(3)));
                });
        return uitkomst;
    }

    /** Occupied beds per day in a period, summed over the given locations (all when null). */
    public Map<LocalDate, Integer> perDag(LocalDate van, LocalDate tot, java.util.@Nullable Collection<UUID> locaties) {
        var uitkomst = new HashMap<LocalDate, Integer>();
        var sql = """
                select d::date as dag, coalesce(sum(b.lang + b.kort), 0) as bezet
                  from generate_series(cast(:van as date), cast(:tot as date), interval '1 day') d
                  left join plaatsing.bezettingsstand b on b.geldig @> d::date
                """ + (locaties == null ? "" : " and b.opvanglocatie_id = any(:locaties)") + " group by d order by d";
        var query = jdbc.sql(sql).param("van", van).param("tot", tot);
        if (locaties != null) {
            query = query.param("locaties", locaties.toArray(UUID[]::new));
        }
        query.query(rs -> {
            uitkomst.put(rs.getObject("dag", LocalDate.class), rs.getInt("bezet"));
        });
        return uitkomst;
    }
}
