// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.gebieden.Kerncijfers;
import nl.onderdak.opgave.internal.AankondigingTeLaat;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The distribution key on current CBS figures, and the register of target decisions. */
@Service
@Transactional(readOnly = true)
public class Opgavebesluiten {

    private final JdbcClient jdbc;
    private final Gebieden gebieden;
    private final Clock clock;

    /** The key and the decisions are public: anyone reads them, also without logging in. */
    public static boolean magInzien(@Nullable Gebruiker gebruiker) {
        return true;
    }

    /** Only the target setter (JenV or national administration) records a decision; API, page and menu ask this. */
    public static boolean magVastleggen(@Nullable Gebruiker gebruiker) {
        return gebruiker != null && gebruiker.heeft(Rol.OPGAVE_VASTSTELLER);
    }

    Opgavebesluiten(JdbcClient jdbc, Gebieden gebieden, Clock clock) {
        this.jdbc = jdbc;
        this.gebieden = gebieden;
        this.clock = clock;
    }

    /**
     * Splits a national total over the regions on the figures of a reference year. The web reads the
     * text first ({@code internal.Opgavelezer}), so here a year without complete figures is a
     * programming error, refused as invalid input all the same.
     */
    public Verdeelsleutel.Verdeling verdeel(int landelijkTotaal, int peiljaar) {
        return Verdeelsleutel.bereken(landelijkTotaal, cijfers(peiljaar));
    }

    /** Several national totals split on one reference year's figures, read once (the forecast's regions, issue 16). */
    public List<Verdeelsleutel.Verdeling> verdeelAlle(List<Integer> landelijkeTotalen, int peiljaar) {
        return Verdeelsleutel.berekenAlle(landelijkeTotalen, cijfers(peiljaar));
    }

    public List<Integer> peiljaren() {
        return List.copyOf(gebieden.peiljarenMetVolledigeCijfers());
    }

    public List<Opgavebesluit> alle() {
        return jdbc.sql(SELECT + " order by b.halfjaar desc, b.vastgelegd_op desc").query(this::besluit).list();
    }

    public Optional<Opgavebesluit> vind(UUID id) {
        return jdbc.sql(SELECT + " where b.id = ?").param(id).query(this::besluit).optional();
    }

    /** The decision in force for the half-year that contains the date: the newest one not superseded. */
    public Optional<Opgavebesluit> geldendOp(LocalDate datum) {
        // A target stays in force until a decision for a later half-year has started: places do not
        // lapse at the end of a half-year (regels.md, "Geldende opgave"). Half-years as text sort in time order.
        var halfjaar = new Halfjaar(datum.getYear(), datum.getMonthValue() <= 6 ? 1 : 2);
        return jdbc.sql(SELECT + " where b.halfjaar <= ? and v.id is null order by b.halfjaar desc limit 1")
                .param(halfjaar.toString())
                .query(this::besluit).optional();
    }

    /**
     * Records a decision. A decision announced less than thirteen weeks before its half-year is
     * refused unless it is urgent ({@link AankondigingTeLaat}); the text checks happened where it was
     * typed ({@code internal.Opgavelezer}), the ones here are the second line.
     */
    @Transactional
    public Opgavebesluit legVast(NieuwOpgavebesluit invoer, String door) {
        var halfjaar = invoer.halfjaar();
        var aankondiging = invoer.aankondigingsdatum();
        if (aankondiging.isAfter(LocalDate.now(clock))) {
            throw new OngeldigeInvoer(List.of(new Veld("aankondigingsdatum", nl.onderdak.platform.Berichten.tekst("besluit.fout.aankondigingInToekomst"))));
        }
        if (!invoer.spoed() && aankondiging.isAfter(halfjaar.uitersteAankondiging())) {
            throw new AankondigingTeLaat(halfjaar, aankondiging);
        }
        int totaal = invoer.landelijkTotaal();
        var verdeling = Verdeelsleutel.bereken(totaal, cijfers(invoer.peiljaar()));
        // Decisions for one half-year are recorded one at a time, so each supersedes exactly the one before.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("opgavebesluit-" + halfjaar)
                .query().singleRow();
        var vorige = jdbc.sql("""
                select b.id from opgave.opgavebesluit b
                 where b.halfjaar = ? and not exists (select 1 from opgave.opgavebesluit n where n.vervangt = b.id)
                """).param(halfjaar.toString()).query(UUID.class).optional();
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into opgave.opgavebesluit (id, halfjaar, landelijk_totaal, peiljaar, aankondigingsdatum, spoed,
                                           spoed_reden, toelichting, vervangt, vastgelegd_op, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, halfjaar.toString(), totaal, verdeling.peiljaar(), aankondiging, invoer.spoed(),
                        invoer.spoed() ? invoer.spoedReden().strip() : null,
                        invoer.toelichting() == null || invoer.toelichting().isBlank() ? null : invoer.toelichting().strip(),
                        vorige.orElse(null), java.sql.Timestamp.from(clock.instant()), door)
                .update();
        for (var r : verdeling.regios()) {
            jdbc.sql("""
                    insert into opgave.opgavebesluit_regio (opgavebesluit_id, veiligheidsregio_code, inwoners,
                                                     landoppervlakte_ha, exacte_waarde, opgave)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(id, r.code(), r.inwoners(), r.landoppervlakteHa(), r.exacteWaarde(), r.opgave()).update();
        }
        return vind(id).orElseThrow();
    }

    private Kerncijfers cijfers(int peiljaar) {
        return gebieden.kerncijfers(peiljaar).orElseThrow(() -> new OngeldigeInvoer(List.of(new Veld("peiljaar",
                nl.onderdak.platform.Berichten.tekst("besluit.fout.peiljaarOnvolledig", String.valueOf(peiljaar),
                        nl.onderdak.platform.Berichten.opsomming(gebieden.peiljarenMetVolledigeCijfers()))))));
    }

    private static final String SELECT = """
            select b.*, v.id as vervangen_door from opgave.opgavebesluit b
              left join opgave.opgavebesluit v on v.vervangt = b.id
            """;

    private Opgavebesluit besluit(ResultSet rs, int rij) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var regios = jdbc.sql("""
                select r.*, vr.naam from opgave.opgavebesluit_regio r join gebieden.regio vr on vr.code = r.veiligheidsregio_code
                 where r.opgavebesluit_id = ? order by r.veiligheidsregio_code""")
                .param(id)
                .query((r, i) -> new Verdeelsleutel.RegioOpgave(r.getString("veiligheidsregio_code"), r.getString("naam"),
                        r.getLong("inwoners"), r.getLong("landoppervlakte_ha"), null, null,
                        r.getBigDecimal("exacte_waarde"), r.getInt("opgave")))
                .list();
        return new Opgavebesluit(id, Halfjaar.lees(rs.getString("halfjaar")).orElseThrow(), rs.getInt("landelijk_totaal"),
                rs.getInt("peiljaar"), rs.getObject("aankondigingsdatum", LocalDate.class), rs.getBoolean("spoed"),
                rs.getString("spoed_reden"), rs.getString("toelichting"), rs.getObject("vervangt", UUID.class),
                rs.getObject("vervangen_door", UUID.class), rs.getTimestamp("vastgelegd_op").toInstant(),
                rs.getString("vastgelegd_door"), regios);
    }
}
