// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the reference geography: the front door of this module. Methods still taking a
 * gemeente code as text are used by other modules that do not carry a {@link GemeenteCode} yet.
 */
@Service
@Transactional(readOnly = true)
public class Gebieden {

    private static final String GEMEENTE_SELECT = """
            select g.code, g.naam, g.veiligheidsregio_code, v.naam as vr_naam, g.provincie_code, p.naam as pv_naam,
                   g.indeling, k.inwoners, k.landoppervlakte_ha
              from gebieden.gemeente g
              join gebieden.veiligheidsregio v on v.code = g.veiligheidsregio_code
              join gebieden.provincie p on p.code = g.provincie_code
              left join gebieden.gemeente_kerncijfer k
                on k.indeling = g.indeling and k.gemeente_code = g.code and k.peiljaar = :peiljaar
             where g.indeling = :indeling
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    Gebieden(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The layouts present, oldest first. */
    public List<LocalDate> indelingen() {
        return jdbc.sql("select datum from gebieden.indeling order by datum").query(LocalDate.class).list();
    }

    /**
     * The layout in force today: the newest one that has started. A layout loaded ahead of its date
     * waits until that date; when every layout lies in the future, the oldest one.
     */
    public Optional<LocalDate> huidigeIndeling() {
        return jdbc.sql(HUIDIGE_INDELING).param("vandaag", LocalDate.now(clock)).query(LocalDate.class).optional();
    }

    /** The layout in force today: the rule lives once, in the function gebieden.indeling_op (V29). */
    private static final String HUIDIGE_INDELING = "select gebieden.indeling_op(cast(:vandaag as date))";

    /** Reference years for which the layout has figures, oldest first. */
    public List<Integer> peiljaren(LocalDate indeling) {
        return jdbc.sql("select distinct peiljaar from gebieden.gemeente_kerncijfer where indeling = ? order by peiljaar")
                .param(indeling).query(Integer.class).list();
    }

    public List<Gemeente> gemeenten(LocalDate indeling, int peiljaar, GemeenteFilter filter) {
        return jdbc.sql(GEMEENTE_SELECT)
                .param("indeling", indeling).param("peiljaar", peiljaar)
                .query((rs, i) -> new Gemeente(rs.getString("code"), rs.getString("naam"),
                        rs.getString("veiligheidsregio_code"), rs.getString("vr_naam"),
                        rs.getString("provincie_code"), rs.getString("pv_naam"),
                        rs.getObject("indeling", LocalDate.class), peiljaar,
                        (Integer) rs.getObject("inwoners"), (Integer) rs.getObject("landoppervlakte_ha")))
                .list().stream()
                .filter(filter.alsPredicaat())
                .sorted(filter.volgorde())
                .toList();
    }

    public Optional<Gemeente> gemeente(GemeenteCode code, LocalDate indeling, int peiljaar) {
        return gemeenten(indeling, peiljaar, GemeenteFilter.alles()).stream()
                .filter(g -> g.code().equals(code.waarde())).findFirst();
    }

    public List<Veiligheidsregio> veiligheidsregios(LocalDate indeling, int peiljaar) {
        return jdbc.sql("""
                select v.code, v.naam, v.provincie_code, p.naam as pv_naam, count(g.code) as aantal,
                       case when count(k.inwoners) = count(g.code) then sum(k.inwoners) end as inwoners,
                       case when count(k.landoppervlakte_ha) = count(g.code) then sum(k.landoppervlakte_ha) end as land
                  from gebieden.veiligheidsregio v
                  join gebieden.provincie p on p.code = v.provincie_code
                  left join gebieden.gemeente g on g.veiligheidsregio_code = v.code and g.indeling = :indeling
                  left join gebieden.gemeente_kerncijfer k
                    on k.indeling = g.indeling and k.gemeente_code = g.code and k.peiljaar = :peiljaar
                 group by v.code, v.naam, v.provincie_code, p.naam
                 order by v.code
                """)
                .param("indeling", indeling).param("peiljaar", peiljaar)
                .query((rs, i) -> new Veiligheidsregio(rs.getString("code"), rs.getString("naam"),
                        rs.getString("provincie_code"), rs.getString("pv_naam"), indeling, peiljaar,
                        rs.getInt("aantal"), (Long) rs.getObject("inwoners", Long.class),
                        (Long) rs.getObject("land", Long.class)))
                .list();
    }

    public Optional<Veiligheidsregio> veiligheidsregio(String code, LocalDate indeling, int peiljaar) {
        return veiligheidsregios(indeling, peiljaar).stream().filter(v -> v.code().equals(code)).findFirst();
    }

    public List<Provincie> provincies() {
        return jdbc.sql("select code, naam from gebieden.provincie order by code")
                .query((rs, i) -> new Provincie(rs.getString(1), rs.getString(2))).list();
    }

    /** The codes of the gemeenten that belong to a region in the current layout. */
    public Set<String> gemeentecodesInRegio(String veiligheidsregioCode) {
        return jdbc.sql("""
                select code from gebieden.gemeente
                 where veiligheidsregio_code = :regio and indeling = (%s)
                """.formatted(HUIDIGE_INDELING)).param("regio", veiligheidsregioCode).param("vandaag", LocalDate.now(clock)).query(String.class).set();
    }

    /** The name of a gemeente in the newest layout that has it. */
    public Optional<String> gemeenteNaam(String gemeenteCode) {
        return jdbc.sql("select naam from gebieden.gemeente where code = ? order by indeling desc limit 1").param(gemeenteCode)
                .query(String.class).optional();
    }

    /** The region of a gemeente in the current layout. */
    public Optional<String> veiligheidsregioVan(String gemeenteCode) {
        return jdbc.sql("""
                select veiligheidsregio_code from gebieden.gemeente
                 where code = :code and indeling = (%s)
                """.formatted(HUIDIGE_INDELING)).param("code", gemeenteCode).param("vandaag", LocalDate.now(clock)).query(String.class).optional();
    }

    /**
     * The figures the distribution key needs for a reference year: from the newest layout in which
     * every region has gemeenten and every gemeente has both inhabitants and land area for that
     * year. Empty when no layout is
     * complete for the year: the key is then not computed rather than computed on partial data.
     */
    public Optional<Kerncijfers> kerncijfers(int peiljaar) {
        return jdbc.sql("""
                select i.datum from gebieden.indeling i
                 where exists (select 1 from gebieden.gemeente_kerncijfer k where k.indeling = i.datum and k.peiljaar = :peiljaar)
                   and (select count(distinct g.veiligheidsregio_code) from gebieden.gemeente g where g.indeling = i.datum)
                       = (select count(*) from gebieden.veiligheidsregio)
                   and not exists (
                       select 1 from gebieden.gemeente g
                         left join gebieden.gemeente_kerncijfer k
                           on k.indeling = g.indeling and k.gemeente_code = g.code and k.peiljaar = :peiljaar
                        where g.indeling = i.datum
                          and (k.inwoners is null or k.landoppervlakte_ha is null))
                 order by i.datum desc limit 1
                """).param("peiljaar", peiljaar).query(LocalDate.class).optional()
                .map(indeling -> new Kerncijfers(peiljaar, indeling, veiligheidsregios(indeling, peiljaar)));
    }

    /** The reference years for which {@link #kerncijfers(int)} has a complete set. */
    public Set<Integer> peiljarenMetVolledigeCijfers() {
        return jdbc.sql("select distinct peiljaar from gebieden.gemeente_kerncijfer order by peiljaar")
                .query(Integer.class).list().stream()
                .filter(jaar -> kerncijfers(jaar).isPresent())
                .collect(Collectors.toCollection(TreeSet::new));
    }

}
