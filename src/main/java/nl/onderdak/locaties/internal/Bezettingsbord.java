// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Opvanglocatie;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The occupancy of one location on one day: usable beds, occupied, free, and who sleeps there. It reads
 * the residents only through the views other modules publish ({@code plaatsing.bedverblijf},
 * {@code bewoners.lid}, {@code bewoners.relatie}), so locaties does not depend on plaatsing or bewoners.
 *
 * <p>Who sees names (docs/regels-locaties.md): everyone who may open the location sees the counts. Names
 * only a gemeente employee of the location's own gemeente, and of those residents only the ones whose
 * household that gemeente may read (registered there or received there: {@code Relatie.geeftInzage},
 * the rule of {@code Huishoudens}); a child travelling alone only with the role MINDERJARIGEN. The
 * others are counted as screened off. Region and national users see counts, never names. Every
 * resident whose name is shown or exported gets a processing-log record in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Bezettingsbord {

    /** The purpose a view or export of residents is logged under. */
    public static final String ACTIVITEIT = "opvang-ontheemden";
    public static final String DOEL = "Bezetting van een opvanglocatie: wie waar slaapt";

    /**
     * One resident on the day: who, since when, until when (null: no departure known), and in which bed:
     * its number and kind (beds are numbered per kind of stay, ADR 0008, so "bed 3" needs its kind).
     */
    public record Bewoner(UUID id, UUID huishoudenId, String voornaam, String achternaam, LocalDate geboortedatum,
            @Nullable String geslacht, LocalDate sinds, @Nullable LocalDate tot, int bednummer, Verblijfsduur verblijfsduur) {
    }

    /**
     * The board: {@code bewoners} is null for a user who sees counts only; {@code afgeschermd} counts
     * the residents whose names this user may not see.
     */
    public record Bord(Opvanglocatie locatie, LocalDate datum, int bedden, int bezet, @Nullable List<Bewoner> bewoners,
            int afgeschermd) {

        /** Free usable beds; more people than usable beds (beds taken out of use later) gives 0, not a negative. */
        public int vrij() {
            return Math.max(0, bedden - bezet);
        }

        public boolean metNamen() {
            return bewoners != null;
        }
    }

    private final Opvanglocaties locaties;
    private final JdbcClient jdbc;
    private final Logboek logboek;

    Bezettingsbord(Opvanglocaties locaties, JdbcClient jdbc, Logboek logboek) {
        this.locaties = locaties;
        this.jdbc = jdbc;
        this.logboek = logboek;
    }

    /** Whether the user sees the names of residents of this location: an employee of its own gemeente. */
    public static boolean magNamenZien(@Nullable Gebruiker gebruiker, Opvanglocatie locatie) {
        return gebruiker != null && gebruiker.isGemeenteMedewerker()
                && locatie.gemeenteCode().equals(gebruiker.organisatie().gemeenteCode());
    }

    /** The counts only, for the location page and anyone who may see the location. Nothing personal, nothing logged. */
    public Bord aantallen(LocatieId id, LocalDate datum, Scope scope) {
        var locatie = locaties.vind(id, scope, datum).orElseThrow(() -> new NietGevonden("Opvanglocatie"));
        return new Bord(locatie, datum, locatie.bruikbareBedden(), bezet(id, datum), null, 0);
    }

    /** The board as the user may see it; names shown are logged as a view. */
    @Transactional
    public Bord bekijk(LocatieId id, LocalDate datum, Gebruiker gebruiker, Scope scope) {
        return lees(id, datum, gebruiker, scope, Handeling.INZIEN);
    }

    /** The same board for an export; names exported are logged as an export. */
    @Transactional
    public Bord exporteer(LocatieId id, LocalDate datum, Gebruiker gebruiker, Scope scope) {
        return lees(id, datum, gebruiker, scope, Handeling.EXPORTEREN);
    }

    private Bord lees(LocatieId id, LocalDate datum, Gebruiker gebruiker, Scope scope, Handeling handeling) {
        var locatie = locaties.vind(id, scope, datum).orElseThrow(() -> new NietGevonden("Opvanglocatie"));
        var bezet = bezet(id, datum);
        if (!magNamenZien(gebruiker, locatie)) {
            return new Bord(locatie, datum, locatie.bruikbareBedden(), bezet, null, bezet);
        }
        // A stay can be cut into adjacent pieces on the same location (a household split on a day ends the
        // bed stays and starts them again on the same beds): "since" and "until" follow the unbroken stay
        // at this location, not the piece that covers the day.
        var bewoners = jdbc.sql("""
                with recursive huidig as (
                    select v.bewoner_id, v.bednummer, v.verblijfsduur, lower(v.periode) as begin, upper(v.periode) as eind
                      from plaatsing.bedverblijf v
                     where v.opvanglocatie_id = :locatie and v.periode @> cast(:datum as date)),
                terug as (
                    select bewoner_id, begin from huidig
                    union all
                    select t.bewoner_id, lower(w.periode) from terug t join plaatsing.bedverblijf w
                        on w.bewoner_id = t.bewoner_id and w.opvanglocatie_id = :locatie and upper(w.periode) = t.begin),
                vooruit as (
                    select bewoner_id, eind from huidig
                    union all
                    select t.bewoner_id, upper(w.periode) from vooruit t join plaatsing.bedverblijf w
                        on w.bewoner_id = t.bewoner_id and w.opvanglocatie_id = :locatie and lower(w.periode) = t.eind)
                select l.id, l.huishouden_id, l.voornaam, l.achternaam, l.geboortedatum, l.geslacht, v.bednummer, v.verblijfsduur,
                       (select min(t.begin) from terug t where t.bewoner_id = v.bewoner_id) as sinds,
                       (select case when bool_or(t.eind is null) then null else max(t.eind) end
                          from vooruit t where t.bewoner_id = v.bewoner_id) as tot
                  from huidig v join bewoners.lid l on l.id = v.bewoner_id
                 where exists (select 1 from bewoners.relatie r
                                where r.huishouden_id = l.huishouden_id and r.gemeente_code = :gemeente
                                  and r.relatie in ('registrerend', 'opvangend'))
                   and (:minderjarigen or not exists (select 1 from bewoners.lid m
                                                       where m.huishouden_id = l.huishouden_id and m.alleenreizend_minderjarig))
                 order by l.achternaam, l.huishouden_id, l.geboortedatum, l.id""")
                .param("locatie", id.waarde()).param("datum", datum).param("gemeente", locatie.gemeenteCode())
                .param("minderjarigen", gebruiker.heeft(Rol.MINDERJARIGEN))
                .query((rs, i) -> new Bewoner(rs.getObject("id", UUID.class), rs.getObject("huishouden_id", UUID.class),
                        rs.getString("voornaam"), rs.getString("achternaam"), rs.getObject("geboortedatum", LocalDate.class),
                        rs.getString("geslacht"), rs.getObject("sinds", LocalDate.class),
                        // The upper bound of the period is the day of departure.
                        rs.getObject("tot", LocalDate.class), rs.getInt("bednummer"),
                        Verblijfsduur.van(rs.getString("verblijfsduur")).orElseThrow()))
                .list();
        logboek.leg(handeling, ACTIVITEIT, DOEL, bewoners.stream().map(Bewoner::id).toList(), gebruiker);
        return new Bord(locatie, datum, locatie.bruikbareBedden(), bezet, bewoners, Math.max(0, bezet - bewoners.size()));
    }

    private int bezet(LocatieId id, LocalDate datum) {
        return jdbc.sql("""
                select count(*) from plaatsing.bedverblijf v
                 where v.opvanglocatie_id = ? and v.periode @> cast(? as date)""")
                .params(id.waarde(), datum).query(Integer.class).single();
    }
}
