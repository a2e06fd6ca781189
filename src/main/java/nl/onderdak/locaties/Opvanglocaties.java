// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.gebieden.GemeenteCode;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of reception locations: the front door of this module. Reads filter by the caller's
 * {@link Scope}; the writes take validated, typed commands and leave the decision who may write to
 * the caller ({@code internal.Locatiebeheer} for users).
 *
 * <p>Rights: only a gemeente employee of the owning gemeente registers and changes a location; users
 * whose {@link Scope} covers the gemeente (its region, national bodies) read it; for anyone else it
 * does not exist (404, so its existence does not leak).
 */
@Service
@Transactional(readOnly = true)
public class Opvanglocaties {

    private final JdbcClient jdbc;
    private final Clock clock;

    Opvanglocaties(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Who may open the locations at all: anyone logged in; what they then see is limited by their
     * {@link Scope}. The menu asks the same.
     */
    public static boolean magInzien(@Nullable Gebruiker gebruiker) {
        return gebruiker != null;
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    /**
     * Locks the location until the caller's transaction ends and returns its gemeente: placements on
     * one location wait for each other, so two of them cannot both take its last bed. Empty for an
     * unknown location.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Optional<String> vergrendel(LocatieId id) {
        return jdbc.sql("select gemeente_code from locaties.opvanglocatie where id = ? for no key update").param(id.waarde())
                .query(String.class).optional();
    }

    /**
     * Stores a validated location with its first status and beds, for the gemeente, without an access
     * check: the caller has decided who may (registration checks the user's gemeente; the import and
     * the demo data act for a gemeente they were given).
     */
    @Transactional
    public LocatieId bewaar(NieuweLocatie l, GemeenteCode gemeente, String door, String reden) {
        var id = LocatieId.nieuw();
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into locaties.opvanglocatie (id, gemeente_code, naam, postcode, huisnummer, huisnummertoevoeging, plaats, soort,
                    exploitant, beschikbaar_vanaf, beschikbaar_tot, rolstoeltoegankelijk, gezinskamers, catering,
                    eigen_keuken, huisdieren_toegestaan, aangemaakt_op, aangemaakt_door, straat)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.waarde(), gemeente.waarde(), l.naam(), l.postcode().waarde(), l.huisnummer(), l.toevoeging(),
                        l.plaats(), l.soort().code(), l.exploitant(), l.beschikbaarVanaf(), l.beschikbaarTot(),
                        l.faciliteiten().contains(Faciliteit.ROLSTOELTOEGANKELIJK),
                        l.faciliteiten().contains(Faciliteit.GEZINSKAMERS), l.faciliteiten().contains(Faciliteit.CATERING),
                        l.faciliteiten().contains(Faciliteit.EIGEN_KEUKEN),
                        l.faciliteiten().contains(Faciliteit.HUISDIEREN_TOEGESTAAN), nu, door, l.straat())
                .update();
        legStatusVast(id, new NieuweStatus(l.beschikbaarVanaf(), l.status(), reden), door);
        legBeddenVast(id, new Beddenwijziging(Verblijfsduur.LANG, l.beschikbaarVanaf(), l.bedden(), 0, null, reden), door);
        if (l.beddenKort() > 0) {
            legBeddenVast(id, new Beddenwijziging(Verblijfsduur.KORT, l.beschikbaarVanaf(), l.beddenKort(), 0, null, reden),
                    door);
        }
        return id;
    }

    /** Records a change of beds from a date on, without an access check (see {@link #bewaar}). Earlier history stays. */
    @Transactional
    public void legBeddenVast(LocatieId id, Beddenwijziging w, String door) {
        jdbc.sql("""
                insert into locaties.beddenmutatie (opvanglocatie_id, verblijfsduur, ingangsdatum, opgegeven, buiten_gebruik,
                    buiten_gebruik_reden, reden, vastgelegd_op, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.waarde(), w.verblijfsduur().code(), w.ingangsdatum(), w.opgegeven(), w.buitenGebruik(),
                        w.buitenGebruikReden(), w.reden(), Timestamp.from(clock.instant()), door)
                .update();
    }

    /** Records a change of status from a date on, without an access check (see {@link #bewaar}). Earlier history stays. */
    @Transactional
    public void legStatusVast(LocatieId id, NieuweStatus s, String door) {
        jdbc.sql("""
                insert into locaties.locatiestatus (opvanglocatie_id, ingangsdatum, status, reden, vastgelegd_op, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id.waarde(), s.ingangsdatum(), s.status().code(), s.reden(), Timestamp.from(clock.instant()), door)
                .update();
    }

    /**
     * The location as it stands on the day, by the untyped id; for callers in other modules that do
     * not carry a {@link LocatieId} yet (plaatsing, bekostiging).
     */
    public Optional<Opvanglocatie> vind(UUID id, Scope scope, LocalDate peildatum) {
        return vind(new LocatieId(id), scope, peildatum);
    }

    /** The location as it stands on the day, if it exists and lies inside the scope. */
    public Optional<Opvanglocatie> vind(LocatieId id, Scope scope, LocalDate peildatum) {
        return jdbc.sql(SELECT + " where l.id = :id").param("id", id.waarde()).param("d", peildatum)
                .query((rs, i) -> locatie(rs, peildatum)).optional()
                .filter(l -> scope.omvat(l.gemeenteCode()));
    }

    /** All locations inside the scope as they stand on the day, by gemeente and name. */
    public List<Opvanglocatie> lijst(Scope scope, LocalDate peildatum) {
        var gemeenten = scope.gemeenten();
        var sql = SELECT + (gemeenten.isPresent() ? " where l.gemeente_code = any(:gemeenten)" : "")
                + " order by l.gemeente_code, l.naam";
        var query = jdbc.sql(sql).param("d", peildatum);
        if (gemeenten.isPresent()) {
            query = query.param("gemeenten", gemeenten.get().toArray(String[]::new));
        }
        return query.query((rs, i) -> locatie(rs, peildatum)).list();
    }

    private static final String SELECT = """
            select l.*, st.status as status_op_dag,
                   coalesce(bl.opgegeven, 0) as lang_opgegeven, coalesce(bl.buiten_gebruik, 0) as lang_buiten,
                   coalesce(bk.opgegeven, 0) as kort_opgegeven, coalesce(bk.buiten_gebruik, 0) as kort_buiten
              from locaties.opvanglocatie l
              left join lateral (select s.status from locaties.locatiestatus s
                                  where s.opvanglocatie_id = l.id and s.ingangsdatum <= :d
                                  order by s.ingangsdatum desc, s.id desc limit 1) st on true
              left join lateral (select b.opgegeven, b.buiten_gebruik from locaties.beddenmutatie b
                                  where b.opvanglocatie_id = l.id and b.verblijfsduur = 'lang' and b.ingangsdatum <= :d
                                  order by b.ingangsdatum desc, b.id desc limit 1) bl on true
              left join lateral (select b.opgegeven, b.buiten_gebruik from locaties.beddenmutatie b
                                  where b.opvanglocatie_id = l.id and b.verblijfsduur = 'kort' and b.ingangsdatum <= :d
                                  order by b.ingangsdatum desc, b.id desc limit 1) bk on true
            """;

    private static Opvanglocatie locatie(ResultSet rs, LocalDate peildatum) throws SQLException {
        var faciliteiten = EnumSet.noneOf(Faciliteit.class);
        for (var f : Faciliteit.values()) {
            if (rs.getBoolean(f.kolom())) {
                faciliteiten.add(f);
            }
        }
        var statusOpDag = rs.getString("status_op_dag");
        return new Opvanglocatie(rs.getObject("id", UUID.class), rs.getString("gemeente_code"), rs.getString("naam"),
                new Opvanglocatie.Adres(new Postcode(rs.getString("postcode")), rs.getInt("huisnummer"),
                        rs.getString("huisnummertoevoeging"), rs.getString("plaats"), rs.getString("straat")),
                Soort.van(rs.getString("soort")).orElseThrow(), rs.getString("exploitant"),
                rs.getObject("beschikbaar_vanaf", LocalDate.class), rs.getObject("beschikbaar_tot", LocalDate.class),
                faciliteiten, peildatum,
                statusOpDag == null ? Status.IN_VOORBEREIDING : Status.van(statusOpDag).orElseThrow(),
                new Opvanglocatie.Bedden(rs.getInt("lang_opgegeven"), rs.getInt("lang_buiten")),
                new Opvanglocatie.Bedden(rs.getInt("kort_opgegeven"), rs.getInt("kort_buiten")),
                rs.getTimestamp("aangemaakt_op").toInstant(), rs.getInt("versie"));
    }
}
