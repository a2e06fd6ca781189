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

    /** The SQL behind {@link #op}, for benchmarks that time it next to the overview. */
    public static final String SQL_OP_DAG = """
            select l.id, l.gemeente_code,
                   (st.status = 'beschikbaar' and l.beschikbaar_vanaf <= :d
                        and (l.beschikbaar_tot is null or l.beschikbaar_tot >= :d)) is true as beschikbaar,
                   coalesce(bl.opgegeven, 0) as lang_opgegeven, coalesce(bl.buiten_gebruik, 0) as lang_buiten,
                   coalesce(bk.opgegeven, 0) as kort_opgegeven, coalesce(bk.buiten_gebruik, 0) as kort_buiten
              from opvanglocatie l
              left join lateral (select s.status from locatiestatus s
                                  where s.opvanglocatie_id = l.id and s.ingangsdatum <= :d
                                  order by s.ingangsdatum desc, s.id desc limit 1) st on true
              left join lateral (select b.opgegeven, b.buiten_gebruik from beddenmutatie b
                                  where b.opvanglocatie_id = l.id and b.verblijfsduur = 'lang' and b.ingangsdatum <= :d
                                  order by b.ingangsdatum desc, b.id desc limit 1) bl on true
              left join lateral (select b.opgegeven, b.buiten_gebruik from beddenmutatie b
                                  where b.opvanglocatie_id = l.id and b.verblijfsduur = 'kort' and b.ingangsdatum <= :d
                                  order by b.ingangsdatum desc, b.id desc limit 1) bk on true
            """;

    /** Usable beds per day in the period, summed over the locations of the given gemeenten (all when empty). */
    public Map<LocalDate, Integer> bruikbaarPerDag(LocalDate van, LocalDate tot, Optional<Set<String>> gemeenten) {
        var filter = gemeenten.isPresent() ? " and l.gemeente_code = any(:gemeenten)" : "";
        var sql = """
                with bed as (
                    select distinct on (m.opvanglocatie_id, m.verblijfsduur, m.ingangsdatum)
                           m.opvanglocatie_id, m.verblijfsduur, m.ingangsdatum, m.opgegeven - m.buiten_gebruik as bruikbaar
                      from beddenmutatie m join opvanglocatie l on l.id = m.opvanglocatie_id
                     where m.ingangsdatum <= :tot %s
                     order by m.opvanglocatie_id, m.verblijfsduur, m.ingangsdatum, m.id desc),
                bed_periode as (
                    select *, lead(ingangsdatum) over (partition by opvanglocatie_id, verblijfsduur order by ingangsdatum) as volgende
                      from bed),
                st as (
                    select distinct on (s.opvanglocatie_id, s.ingangsdatum) s.opvanglocatie_id, s.ingangsdatum, s.status
                      from locatiestatus s join opvanglocatie l on l.id = s.opvanglocatie_id
                     where s.ingangsdatum <= :tot %s
                     order by s.opvanglocatie_id, s.ingangsdatum, s.id desc),
                st_periode as (
                    select *, lead(ingangsdatum) over (partition by opvanglocatie_id order by ingangsdatum) as volgende from st)
                select d::date as dag, coalesce(sum(b.bruikbaar), 0) as bruikbaar
                  from generate_series(cast(:van as date), cast(:tot as date), interval '1 day') d
                  left join bed_periode b on b.ingangsdatum <= d::date and (b.volgende is null or b.volgende > d::date)
                       and exists (select 1 from st_periode s where s.opvanglocatie_id = b.opvanglocatie_id
                                     and s.status = 'beschikbaar' and s.ingangsdatum <= d::date
                                     and (s.volgende is null or s.volgende > d::date))
                       and exists (select 1 from opvanglocatie l where l.id = b.opvanglocatie_id
                                     and l.beschikbaar_vanaf <= d::date
                                     and (l.beschikbaar_tot is null or l.beschikbaar_tot >= d::date))
                 group by d order by d
                """.formatted(filter, filter);
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
