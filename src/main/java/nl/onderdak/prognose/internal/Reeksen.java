// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two sources of a series, kept apart: published figures (stored in {@code prognose.gepubliceerd_cijfer},
 * imported or shipped as reference data) and Onderdak's own records (derived per day from the published view
 * {@code plaatsing.bedverblijf}, never stored).
 */
@Service
@Transactional(readOnly = true)
public class Reeksen {

    public enum Bron { GEPUBLICEERD, EIGEN }

    /** A stored published figure as the API shows it. */
    public record Cijfer(LocalDate peildatum, String datumprecisie, String niveau, @Nullable String regioCode, String indicator,
            BigDecimal waarde, String precisie, String bronUrl, @Nullable String bronOmschrijving, String herkomst) {

        public Waarneming alsWaarneming() {
            var p = Precisie.vanWoord(precisie);
            double w = waarde.doubleValue();
            return new Waarneming(peildatum, p.midden(w), p.halfbreedte(w));
        }
    }

    public record Importuitkomst(UUID importId, int regels, int nieuw, int alBekend) {
    }

    /** One day of an own series. */
    public record Dagwaarde(LocalDate dag, long waarde) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Reeksen(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Set<String> regiocodes() {
        return new HashSet<>(jdbc.sql("select code from gebieden.regio").query(String.class).list());
    }

    /** Checks the whole file, then stores every figure not yet known, in one transaction: all or nothing. */
    @Transactional
    public Importuitkomst importeer(byte[] inhoud, String herkomst, String door) {
        var cijfers = Reekslezer.lees(inhoud, LocalDate.now(clock), regiocodes());
        var id = UUID.randomUUID();
        var nu = Timestamp.from(clock.instant());
        int nieuw = 0;
        for (var c : cijfers) {
            nieuw += jdbc.sql("""
                    insert into prognose.gepubliceerd_cijfer (peildatum, datumprecisie, niveau, regio_code, indicator, waarde, precisie,
                           bron_url, bron_omschrijving, herkomst, import_id, vastgelegd_op, vastgelegd_door)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(c.peildatum(), c.alleenMaand() ? "maand" : "dag", c.niveau(), c.regioCode(), c.indicator(), c.waarde(),
                            c.precisie().woord(), c.bronUrl(), c.bronOmschrijving(), herkomst, id, nu, door)
                    .update();
        }
        return new Importuitkomst(id, cijfers.size(), nieuw, cijfers.size() - nieuw);
    }

    public List<Cijfer> gepubliceerd(@Nullable String indicator, @Nullable String regioCode) {
        return jdbc.sql("""
                select * from prognose.gepubliceerd_cijfer
                 where (cast(? as text) is null or indicator = ?)
                   and (cast(? as text) is null and niveau = 'landelijk' or regio_code = ?)
                 order by indicator, peildatum, id""")
                .params(indicator, indicator, regioCode, regioCode)
                .query((rs, i) -> new Cijfer(rs.getObject("peildatum", LocalDate.class), rs.getString("datumprecisie"),
                        rs.getString("niveau"), rs.getString("regio_code"), rs.getString("indicator"), rs.getBigDecimal("waarde"),
                        rs.getString("precisie"), rs.getString("bron_url"), rs.getString("bron_omschrijving"), rs.getString("herkomst")))
                .list();
    }

    /** The figures a forecast reads: published ones, or the own series sampled at month-ends. */
    public List<Waarneming> waarnemingen(String indicator, Bron bron, @Nullable String regioCode, LocalDate tot) {
        if (bron == Bron.GEPUBLICEERD) {
            return gepubliceerd(indicator, regioCode).stream().filter(c -> !c.peildatum().isAfter(tot))
                    .map(Cijfer::alsWaarneming).toList();
        }
        var van = eersteEigenDag().orElse(null);
        if (van == null || van.isAfter(tot)) {
            return List.of();
        }
        // Month-ends only: the model reads one value per month-end, and the own series is exact per day.
        return eigen(indicator, regioCode, van, tot, true).stream().map(d -> Waarneming.exact(d.dag(), d.waarde())).toList();
    }

    public java.util.Optional<LocalDate> eersteEigenDag() {
        return jdbc.sql("select min(lower(b.periode)) from plaatsing.bedverblijf b").query(LocalDate.class).optional()
                .filter(java.util.Objects::nonNull);
    }

    /**
     * Onderdak's own series per day (or per month-end) from the published placement view: people in a
     * bed on the day ({@code opgevangen_gemeentelijke_opvang}), people whose first stay began that day (per month-end: in that month)
     * ({@code instroom}) and people whose last stay ended the day before ({@code uitstroom}: the day they left).
     */
    public List<Dagwaarde> eigen(String indicator, @Nullable String regioCode, LocalDate van, LocalDate tot, boolean maandeinden) {
        var dagen = maandeinden
                ? "select date_trunc('month', d)::date as vanaf, (date_trunc('month', d) + interval '1 month - 1 day')::date as dag from generate_series(date_trunc('month', cast(? as date)), cast(? as date), interval '1 month') d"
                : "select d::date as vanaf, d::date as dag from generate_series(cast(? as date), cast(? as date), interval '1 day') d";
        var inRegio = """
                (cast(? as text) is null or exists (select 1 from locaties.locatie l join gebieden.actuele_gemeente g on g.code = l.gemeente_code
                 where l.id = b.opvanglocatie_id and g.veiligheidsregio_code = ?))""";
        String sql = switch (indicator) {
            case Indicatoren.OPGEVANGEN -> "with dagen as (" + dagen + ") select dagen.dag, (select count(distinct b.bewoner_id)"
                    + " from plaatsing.bedverblijf b where b.periode @> dagen.dag and " + inRegio + ") as waarde from dagen"
                    + " where dagen.dag <= cast(? as date) order by dagen.dag";
            case "instroom" -> "with dagen as (" + dagen + "), eerste as (select b.bewoner_id, min(lower(b.periode)) as dag"
                    + " from plaatsing.bedverblijf b where " + inRegio + " group by b.bewoner_id)"
                    + " select dagen.dag, (select count(*) from eerste e where e.dag between dagen.vanaf and dagen.dag) as waarde from dagen"
                    + " where dagen.dag <= cast(? as date) order by dagen.dag";
            case "uitstroom" -> "with dagen as (" + dagen + "), laatste as (select b.bewoner_id, max(upper(b.periode)) as dag"
                    + " from plaatsing.bedverblijf b where " + inRegio + " group by b.bewoner_id"
                    + " having bool_and(not upper_inf(b.periode)))"
                    + " select dagen.dag, (select count(*) from laatste e where e.dag between dagen.vanaf and dagen.dag) as waarde from dagen"
                    + " where dagen.dag <= cast(? as date) order by dagen.dag";
            default -> throw new IllegalArgumentException(indicator);
        };
        return jdbc.sql(sql).params(van, tot, regioCode, regioCode, tot)
                .query((rs, i) -> new Dagwaarde(rs.getObject("dag", LocalDate.class), rs.getLong("waarde"))).list();
    }
}
