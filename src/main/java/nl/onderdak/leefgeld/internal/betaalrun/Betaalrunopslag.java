// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.betaalrun;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.leefgeld.Betaalmethode;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes payment runs for the four services around them: a run with its totals, the runs
 * of a gemeente, a run's state after a transition, and the members whose data a step touches (for
 * the processing log). Members are read from bewoners' published view {@code bewoners.lid}.
 */
@Component
@Transactional
class Betaalrunopslag {

    /** A run with the counts and sums of its lines and payments; the caller adds the where clause. */
    private static final String RUN_MET_TOTALEN = """
                select r.*, t.* from leefgeld.betaalrun r cross join lateral (
                    select count(*) as huishoudens,
                           count(*) filter (where tegengehouden is null and tegengehouden_bij_uitvoering is null and bedrag > 0)
                               as te_betalen,
                           coalesce(sum(bedrag) filter (where tegengehouden is null and tegengehouden_bij_uitvoering is null), 0) as bedrag,
                           count(*) filter (where tegengehouden is not null or tegengehouden_bij_uitvoering is not null) as tegengehouden,
                           count(*) filter (where tegengehouden is null and tegengehouden_bij_uitvoering is null and methode = 'bank')
                               as bank,
                           count(*) filter (where tegengehouden is null and tegengehouden_bij_uitvoering is null and methode = 'contant')
                               as contant,
                           count(*) filter (where tegengehouden is null and tegengehouden_bij_uitvoering is null and methode = 'prepaid')
                               as prepaid,
                           (select count(*) from leefgeld.betaling b where b.betaalrun_id = r.id and b.status = 'betaald') as betaald,
                           (select count(*) from leefgeld.betaling b where b.betaalrun_id = r.id and b.status = 'mislukt') as mislukt,
                           greatest(1, (select count(*) from leefgeld.betaalrun o where o.gemeente_code = r.gemeente_code
                                          and o.maand = r.maand and o.status = 'uitgevoerd' and o.uitgevoerd_op <= r.uitgevoerd_op))
                               as volgnummer
                      from leefgeld.betaalrunregel where betaalrun_id = r.id) t
            """;

    private final JdbcClient jdbc;

    Betaalrunopslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Optional<Betaalrun> vind(BetaalrunId id) {
        return jdbc.sql(RUN_MET_TOTALEN + " where r.id = ?").param(id.waarde()).query(Betaalrunopslag::run).optional();
    }

    /** A run of the user's gemeente; another gemeente's run does not exist for the user. */
    @Transactional(readOnly = true)
    Betaalrun eigen(BetaalrunId id, Gebruiker gebruiker) {
        var gemeente = Betaalrunlevenscyclus.gemeenteVan(gebruiker);
        return vind(id).filter(r -> r.gemeenteCode().equals(gemeente)).orElseThrow(() -> new NietGevonden("Betaalrun"));
    }

    /** The runs of a gemeente, newest first. */
    @Transactional(readOnly = true)
    List<Betaalrun> vanGemeente(String gemeente) {
        return jdbc.sql(RUN_MET_TOTALEN + " where r.gemeente_code = ? order by r.maand desc, r.aangemaakt_op desc limit 100")
                .param(gemeente).query(Betaalrunopslag::run).list();
    }

    /** Locks the run's row until the transaction ends, so two executions never run side by side. */
    void vergrendel(BetaalrunId id) {
        jdbc.sql("select id from leefgeld.betaalrun where id = ? for update").param(id.waarde()).query().singleRow();
    }

    /**
     * Writes a transition's state, only from the state it was read in: a concurrent transition makes
     * this write nothing instead of overwriting it.
     */
    void schrijf(Betaalrun na, Betaalrunstatus van, boolean metRolMinderjarigen) {
        jdbc.sql("""
                update leefgeld.betaalrun set status = ?, goedgekeurd_door = ?, goedgekeurd_op = ?, uitgevoerd_op = ?,
                       goedgekeurd_met_rol_minderjarigen = case when ? = 'goedgekeurd' then ? else goedgekeurd_met_rol_minderjarigen end
                 where id = ? and status = ?""")
                .params(na.status().woord(), na.goedgekeurdDoor(), tijd(na.goedgekeurdOp()), tijd(na.uitgevoerdOp()), na.status().woord(),
                        metRolMinderjarigen, na.id().waarde(), van.woord())
                .update();
    }

    /**
     * Whether payment {@code b} is shielded (a household with a child travelling alone): as fixed at
     * execution, or because a member has been marked so since. Lists and pages use this, so such a
     * household leaves the view of users without the role at once; the preview checks live for the same
     * reason. The files do not: which file a payment is in stays as executed (Betaalbestanden).
     */
    static final String AFGESCHERMD = "(b.afgeschermd or exists (select 1 from bewoners.lid l where l.huishouden_id = b.huishouden_id"
            + " and l.alleenreizend_minderjarig))";

    /** The members (not merged away) of these households. */
    List<UUID> ledenVan(Collection<UUID> huishoudens) {
        if (huishoudens.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from bewoners.lid where huishouden_id = any(?)")
                .param(huishoudens.toArray(UUID[]::new)).query(UUID.class).list();
    }

    /** The members of the households the run pays. */
    List<UUID> ledenVanBetalingen(BetaalrunId run) {
        return jdbc.sql("select w.id from leefgeld.betaling b join bewoners.lid w on w.huishouden_id = b.huishouden_id where b.betaalrun_id = ?")
                .param(run.waarde()).query(UUID.class).list();
    }

    /** The members of the households in one of the run's files (one method, shielded or not, not failed). */
    List<UUID> ledenVanBetalingen(BetaalrunId run, Betaalmethode methode, boolean afgeschermd) {
        return jdbc.sql("""
                select w.id from leefgeld.betaling b join bewoners.lid w on w.huishouden_id = b.huishouden_id
                 where b.betaalrun_id = ? and b.methode = ? and b.afgeschermd = ? and b.status <> 'mislukt'""")
                .params(run.waarde(), methode.woord(), afgeschermd).query(UUID.class).list();
    }

    private static Betaalrun run(ResultSet rs, int i) throws SQLException {
        return new Betaalrun(new BetaalrunId(rs.getObject("id", UUID.class)), rs.getString("gemeente_code"),
                YearMonth.from(rs.getObject("maand", LocalDate.class)), Betaalrunstatus.uitDatabase(rs.getString("status")),
                rs.getString("aangemaakt_door"), instant(rs, "aangemaakt_op"), rs.getString("goedgekeurd_door"),
                instant(rs, "goedgekeurd_op"), instant(rs, "uitgevoerd_op"),
                new Betaalrun.Totalen(rs.getInt("huishoudens"), rs.getInt("te_betalen"), rs.getBigDecimal("bedrag").setScale(2),
                        rs.getInt("tegengehouden"), rs.getInt("bank"), rs.getInt("contant"), rs.getInt("prepaid"), rs.getInt("betaald"),
                        rs.getInt("mislukt"), rs.getInt("volgnummer")));
    }

    static @Nullable Instant instant(ResultSet rs, String kolom) throws SQLException {
        var t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Timestamp tijd(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
