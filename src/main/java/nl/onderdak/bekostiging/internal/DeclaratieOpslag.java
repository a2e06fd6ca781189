// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.onderdak.platform.Besluitstatus;
import nl.onderdak.platform.Besluitwoorden;
import nl.onderdak.platform.Bijlagecontrole;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Storage of declarations and their attachments. The history is kept by {@link Besluitgeschiedenissen};
 * this class turns rows into typed values and back, and knows nothing of access or workflow.
 */
@Repository
class DeclaratieOpslag {

    /** The stored row of a declaration, before names and history are added. */
    record Rij(DeclaratieId id, String gemeenteCode, BigDecimal bedrag, Declaratiecategorie categorie, LocalDate periodeVan,
            LocalDate periodeTot, String omschrijving, String ingediendDoor, Instant ingediendOp, int aantalBijlagen) {
    }

    private static final int LIJST_MAX = 500;

    private static final String SELECT = """
            select d.id, d.gemeente_code, d.bedrag, d.categorie, d.periode_van, d.periode_tot, d.omschrijving,
                   d.ingediend_door, d.ingediend_op,
                   (select count(*) from bekostiging.declaratie_bijlage b where b.declaratie_id = d.id) as bijlagen
              from bekostiging.declaratie d""";

    private final JdbcClient jdbc;

    DeclaratieOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void voegToe(DeclaratieId id, String gemeente, DeclaratieValidatie.Indiening d, String door, Instant op) {
        jdbc.sql("""
                insert into bekostiging.declaratie (id, gemeente_code, bedrag, categorie, periode_van, periode_tot, omschrijving, status,
                    ingediend_door, ingediend_op)
                values (?, ?, ?, ?, ?, ?, ?, 'ingediend', ?, ?)""")
                .params(id.waarde(), gemeente, d.bedrag(), d.categorie().code(), d.periodeVan(), d.periodeTot(), d.omschrijving(), door,
                        Timestamp.from(op))
                .update();
    }

    Optional<Rij> laad(DeclaratieId id) {
        return jdbc.sql(SELECT + " where d.id = ?").param(id.waarde()).query(DeclaratieOpslag::rij).optional();
    }

    /**
     * How many declarations match, and the newest {@value #LIJST_MAX}. The status filter uses the
     * declaration's own copy of its status (V13 keeps it, with an index for this list); it changes once,
     * in the transaction that appends the decision to the history.
     */
    int aantal(@Nullable String gemeente, @Nullable Besluitstatus status) {
        return jdbc.sql("select count(*) from bekostiging.declaratie d" + VOORWAARDE)
                .param("gemeente", gemeente).param("status", woord(status)).query(Integer.class).single();
    }

    List<Rij> nieuwste(@Nullable String gemeente, @Nullable Besluitstatus status) {
        return jdbc.sql(SELECT + VOORWAARDE + " order by d.ingediend_op desc, d.id limit " + LIJST_MAX)
                .param("gemeente", gemeente).param("status", woord(status)).query(DeclaratieOpslag::rij).list();
    }

    /** A page of the matching declarations and their number (the same for every row) in one statement. */
    record Paginarijen(List<Rij> rijen, long totaal) {
    }

    /**
     * One page of the declarations of a gemeente (or all when null), optionally with one status and a search
     * that matches part of the description or the gemeente's code, or one of the given gemeente codes (those
     * whose name matched, looked up by the caller in the gebieden module). {@code volgorde} is a fixed SQL
     * order from {@link Declaraties.Volgorde}, never user text. The total is -1 when the page has no rows.
     */
    Paginarijen pagina(@Nullable String gemeente, @Nullable Besluitstatus status, @Nullable String zoek, List<String> codesMetNaam,
            String volgorde, int pagina, int aantal) {
        var params = new java.util.HashMap<String, Object>();
        params.put("gemeente", gemeente);
        params.put("status", woord(status));
        var waar = new StringBuilder(VOORWAARDE);
        if (zoek != null) {
            waar.append(" and (lower(d.omschrijving) like :zoek escape '\\' or lower(d.gemeente_code) like :zoek escape '\\'"
                    + " or d.gemeente_code = any(:codes))");
            params.put("zoek", "%" + zoek.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
            params.put("codes", codesMetNaam.toArray(String[]::new));
        }
        params.put("aantal", aantal);
        params.put("vanaf", (long) (pagina - 1) * aantal);
        var totaal = new long[] {-1};
        // The sort finds every matching row anyway, so the window count costs no second pass.
        var rijen = jdbc.sql(SELECT.replace(" as bijlagen", " as bijlagen, count(*) over () as totaal") + waar + " order by " + volgorde
                + " limit :aantal offset :vanaf")
                .params(params).query((rs, i) -> {
                    totaal[0] = rs.getLong("totaal");
                    return rij(rs, i);
                }).list();
        return new Paginarijen(rijen, totaal[0]);
    }

    /** How many declarations match the same conditions as {@link #pagina}; only needed past the last page. */
    long tel(@Nullable String gemeente, @Nullable Besluitstatus status, @Nullable String zoek, List<String> codesMetNaam) {
        return Math.max(0, pagina(gemeente, status, zoek, codesMetNaam, "d.id", 1, 1).totaal());
    }

    /** The gemeenten that have declarations, or only the given one. */
    List<String> gemeenten(@Nullable String gemeente) {
        return jdbc.sql("select distinct d.gemeente_code from bekostiging.declaratie d"
                + " where cast(:gemeente as text) is null or d.gemeente_code = :gemeente")
                .param("gemeente", gemeente).query(String.class).list();
    }

    private static final String VOORWAARDE = " where (cast(:gemeente as text) is null or d.gemeente_code = :gemeente)"
            + " and (cast(:status as text) is null or d.status = :status)";

    private static @Nullable String woord(@Nullable Besluitstatus status) {
        return status == null ? null : Besluitwoorden.STANDAARD.woord(status);
    }

    /** Locks the declaration for the rest of the transaction (a decision and new attachments take turns). */
    void vergrendel(DeclaratieId id) {
        jdbc.sql("select id from bekostiging.declaratie where id = ? for update").param(id.waarde()).query().singleRow();
    }

    List<Declaraties.Bijlage> bijlagen(DeclaratieId id) {
        return jdbc.sql("""
                select id, bestandsnaam, mediatype, grootte, sha256, toegevoegd_door, toegevoegd_op
                  from bekostiging.declaratie_bijlage where declaratie_id = ? order by toegevoegd_op, bestandsnaam, id""")
                .param(id.waarde()).query((rs, i) -> bijlage(rs)).list();
    }

    Set<String> hashes(DeclaratieId id) {
        return new HashSet<>(jdbc.sql("select sha256 from bekostiging.declaratie_bijlage where declaratie_id = ?").param(id.waarde())
                .query(String.class).list());
    }

    Optional<Declaraties.Download> download(DeclaratieId id, UUID bijlageId) {
        return jdbc.sql("""
                select id, bestandsnaam, mediatype, grootte, sha256, toegevoegd_door, toegevoegd_op, inhoud
                  from bekostiging.declaratie_bijlage where declaratie_id = ? and id = ?""")
                .params(id.waarde(), bijlageId)
                .query((rs, i) -> new Declaraties.Download(bijlage(rs), rs.getBytes("inhoud")))
                .optional();
    }

    Optional<Declaraties.Bijlage> bijlageMetHash(DeclaratieId id, String sha256) {
        return jdbc.sql("""
                select id, bestandsnaam, mediatype, grootte, sha256, toegevoegd_door, toegevoegd_op
                  from bekostiging.declaratie_bijlage where declaratie_id = ? and sha256 = ?""")
                .params(id.waarde(), sha256).query((rs, i) -> bijlage(rs)).optional();
    }

    /** Stores an attachment; the same content on the same declaration is stored once, also when two uploads race. */
    void slaOp(DeclaratieId id, Bijlagecontrole.Gecontroleerd b, String door, Instant op) {
        jdbc.sql("""
                insert into bekostiging.declaratie_bijlage (id, declaratie_id, bestandsnaam, mediatype, grootte, sha256, inhoud, toegevoegd_door,
                    toegevoegd_op)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (declaratie_id, sha256) do nothing""")
                .params(UUID.randomUUID(), id.waarde(), b.bestandsnaam(), b.mediatype(), b.inhoud().length, b.sha256(), b.inhoud(), door,
                        Timestamp.from(op))
                .update();
    }

    private static Rij rij(ResultSet rs, int rij) throws SQLException {
        return new Rij(new DeclaratieId(rs.getObject("id", UUID.class)), rs.getString("gemeente_code"), rs.getBigDecimal("bedrag"),
                Declaratiecategorie.lees(rs.getString("categorie")).orElseThrow(), rs.getObject("periode_van", LocalDate.class),
                rs.getObject("periode_tot", LocalDate.class), rs.getString("omschrijving"), rs.getString("ingediend_door"),
                rs.getObject("ingediend_op", OffsetDateTime.class).toInstant(), rs.getInt("bijlagen"));
    }

    private static Declaraties.Bijlage bijlage(ResultSet rs) throws SQLException {
        return new Declaraties.Bijlage(rs.getObject("id", UUID.class), rs.getString("bestandsnaam"), rs.getString("mediatype"),
                rs.getInt("grootte"), rs.getString("sha256"), rs.getString("toegevoegd_door"),
                rs.getObject("toegevoegd_op", OffsetDateTime.class).toInstant());
    }
}
