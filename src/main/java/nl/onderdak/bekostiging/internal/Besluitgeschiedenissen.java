// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.platform.Besluitgeschiedenis;
import nl.onderdak.platform.Besluitregel;
import nl.onderdak.platform.Besluitstatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Storage of the three append-only histories. Reading goes through one view in one vocabulary; writing
 * goes to each kind's own table in its own words, where the unique indexes and triggers of V13 and V14
 * still refuse a second decision and any change ({@link org.springframework.dao.DuplicateKeyException}
 * for a decision that lost a race).
 */
@Repository
class Besluitgeschiedenissen {

    private final JdbcClient jdbc;

    Besluitgeschiedenissen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Besluitgeschiedenis van(Aanvraagsoort soort, UUID id) {
        return van(soort, List.of(id)).getOrDefault(id, new Besluitgeschiedenis(List.of()));
    }

    /** The histories of many requests in one query (lists), oldest entry first. */
    Map<UUID, Besluitgeschiedenis> van(Aanvraagsoort soort, Collection<UUID> ids) {
        var regels = new HashMap<UUID, List<Besluitregel>>();
        if (ids.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                select aanvraag_id, status, door, op, reden, bedrag from bekostiging.besluitgeschiedenis
                 where soort = ? and aanvraag_id = any(?) order by op, volgnummer""")
                .params(soort.soort, ids.toArray(UUID[]::new))
                .query(rs -> {
                    regels.computeIfAbsent(rs.getObject("aanvraag_id", UUID.class), k -> new ArrayList<>())
                            .add(new Besluitregel(Besluitstatus.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
                                    rs.getString("door"), rs.getObject("op", OffsetDateTime.class).toInstant(), rs.getString("reden"),
                                    rs.getBigDecimal("bedrag")));
                });
        var uit = new HashMap<UUID, Besluitgeschiedenis>();
        regels.forEach((id, r) -> uit.put(id, new Besluitgeschiedenis(r)));
        return uit;
    }

    /** Appends one entry to a request's history, in the words of its table. */
    void voegToe(Aanvraagsoort soort, UUID id, Besluitregel r) {
        var woord = soort.woorden.woord(r.status());
        var op = Timestamp.from(r.op());
        switch (soort) {
            case DECLARATIE -> {
                jdbc.sql("insert into bekostiging.declaratie_status (declaratie_id, status, door, op, reden) values (?, ?, ?, ?, ?)")
                        .params(id, woord, r.door(), op, r.reden()).update();
                if (r.status().besloten()) {
                    // The declaration keeps a copy of its status for its list and index (V13); its trigger lets it change once.
                    jdbc.sql("update bekostiging.declaratie set status = ? where id = ? and status = 'ingediend'").params(woord, id).update();
                }
            }
            case TRANSITIEVERGOEDING -> jdbc.sql("""
                    insert into bekostiging.transitievergoedingstatus (transitievergoeding_id, status, toegekend_bedrag, reden, vastgelegd_door,
                        vastgelegd_op) values (?, ?, ?, ?, ?, ?)""")
                    .params(id, woord, r.status() == Besluitstatus.GOEDGEKEURD ? r.bedrag() : null, r.reden(), r.door(), op).update();
            case REGIOKOSTENAANVRAAG -> jdbc.sql("""
                    insert into bekostiging.regiokostenaanvraagstatus (regiokostenaanvraag_id, status, reden, vastgelegd_door, vastgelegd_op)
                    values (?, ?, ?, ?, ?)""")
                    .params(id, woord, r.reden(), r.door(), op).update();
        }
    }
}
