// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.onderdak.locaties.Faciliteit;
import nl.onderdak.gebieden.GemeenteCode;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Opvanglocatie;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.locaties.Status;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users do with their gemeente's locations: register one, change its description, beds or
 * status, read its histories. Each change first decides who may (so a stranger learns nothing from a validation
 * message), then reads the text into a typed command ({@link LocatieValidatie}), then stores it
 * through the front door.
 *
 * <p>Rights: only a gemeente employee of the owning gemeente registers and changes a location; users
 * whose {@link Scope} covers the gemeente read it; for anyone else it does not exist (404, so its
 * existence does not leak).
 */
@Service
@Transactional(readOnly = true)
public class Locatiebeheer {

    private final Opvanglocaties locaties;
    private final JdbcClient jdbc;
    private final Clock clock;

    Locatiebeheer(Opvanglocaties locaties, JdbcClient jdbc, Clock clock) {
        this.locaties = locaties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Changes the description of a location (name, street address, operator, facilities) and keeps
     * each changed field with before and after. {@code wijziging} turns the current description into
     * the new one: the form replaces it, a merge patch lays its fields over it. It runs after the
     * location is locked, so a patch never writes back what another user changed a moment ago.
     * {@code verwachteVersie} (the form's hidden field, the API's If-Match) refuses an edit made on a
     * description that has changed since it was read (409). Nothing changed: nothing is written.
     */
    @Transactional
    public Opvanglocatie wijzigBeschrijving(LocatieId id, UnaryOperator<BeschrijvingInvoer> wijziging,
            List<OngeldigeInvoer.Veld> eerdereFouten, @Nullable Integer verwachteVersie, Gebruiker gebruiker, Scope scope) {
        teWijzigen(id, gebruiker, scope);
        locaties.vergrendel(id);
        var vandaag = locaties.vandaag();
        var huidig = locaties.vind(id, scope, vandaag).orElseThrow(() -> new NietGevonden("Opvanglocatie"));
        if (verwachteVersie != null && verwachteVersie != huidig.versie()) {
            throw new Conflict("locatie-intussen-gewijzigd",
                    Berichten.tekst("locatie.conflict.intussenGewijzigd"));
        }
        var nieuw = LocatieValidatie.beschrijving(wijziging.apply(BeschrijvingInvoer.van(huidig)), eerdereFouten);
        var voor = Beschrijving.van(huidig).velden();
        var na = nieuw.velden();
        var gewijzigd = na.keySet().stream().filter(veld -> !Objects.equals(voor.get(veld), na.get(veld))).toList();
        if (gewijzigd.isEmpty()) {
            return huidig;
        }
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("""
                update locaties.opvanglocatie
                   set naam = ?, straat = ?, postcode = ?, huisnummer = ?, huisnummertoevoeging = ?, plaats = ?, exploitant = ?,
                       rolstoeltoegankelijk = ?, gezinskamers = ?, catering = ?, eigen_keuken = ?, huisdieren_toegestaan = ?,
                       versie = versie + 1
                 where id = ?""")
                .params(nieuw.naam(), nieuw.straat(), nieuw.postcode().waarde(), nieuw.huisnummer(), nieuw.toevoeging(),
                        nieuw.plaats(), nieuw.exploitant(), nieuw.faciliteiten().contains(Faciliteit.ROLSTOELTOEGANKELIJK),
                        nieuw.faciliteiten().contains(Faciliteit.GEZINSKAMERS), nieuw.faciliteiten().contains(Faciliteit.CATERING),
                        nieuw.faciliteiten().contains(Faciliteit.EIGEN_KEUKEN),
                        nieuw.faciliteiten().contains(Faciliteit.HUISDIEREN_TOEGESTAAN), id.waarde())
                .update();
        var wijzigingId = UUID.randomUUID();
        for (var veld : gewijzigd) {
            jdbc.sql("""
                    insert into locaties.locatiewijziging (wijziging_id, opvanglocatie_id, veld, voor, na, gewijzigd_op, gewijzigd_door)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(wijzigingId, id.waarde(), veld, voor.get(veld), na.get(veld), nu, gebruiker.gebruikersnaam())
                    .update();
        }
        return locaties.vind(id, scope, vandaag).orElseThrow();
    }

    /** The changes of the description, newest first; the caller has shown the location is visible to the user. */
    public List<Locatiewijziging> wijzigingen(LocatieId id) {
        return jdbc.sql("""
                select * from locaties.locatiewijziging where opvanglocatie_id = ? order by gewijzigd_op desc, id""")
                .param(id.waarde())
                .query((rs, i) -> new Locatiewijziging(rs.getLong("id"), rs.getObject("wijziging_id", UUID.class),
                        rs.getString("veld"), rs.getString("voor"), rs.getString("na"), rs.getTimestamp("gewijzigd_op").toInstant(),
                        rs.getString("gewijzigd_door")))
                .list();
    }

    @Transactional
    public Opvanglocatie registreer(LocatieInvoer invoer, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var uitkomst = LocatieValidatie.valideer(invoer);
        if (uitkomst.locatie() == null) {
            throw new OngeldigeInvoer(uitkomst.fouten());
        }
        var id = locaties.bewaar(uitkomst.locatie(), new GemeenteCode(gemeente), gebruiker.gebruikersnaam(), "Registratie");
        return locaties.vind(id, new Scope.Gemeente(gemeente), locaties.vandaag()).orElseThrow();
    }

    /** Records a change of beds from a date on. Earlier history stays as it was. */
    @Transactional
    public Opvanglocatie wijzigBedden(LocatieId id, BeddenInvoer invoer, Gebruiker gebruiker, Scope scope) {
        var locatie = teWijzigen(id, gebruiker, scope);
        locaties.legBeddenVast(id, LocatieValidatie.bedden(invoer, locatie.beschikbaarVanaf()), gebruiker.gebruikersnaam());
        return locaties.vind(id, scope, locaties.vandaag()).orElseThrow();
    }

    /** Records a change of status from a date on. Earlier history stays as it was. */
    @Transactional
    public Opvanglocatie wijzigStatus(LocatieId id, StatusInvoer invoer, Gebruiker gebruiker, Scope scope) {
        var locatie = teWijzigen(id, gebruiker, scope);
        locaties.legStatusVast(id, LocatieValidatie.status(invoer, locatie.beschikbaarVanaf()), gebruiker.gebruikersnaam());
        return locaties.vind(id, scope, locaties.vandaag()).orElseThrow();
    }

    /** The bed history, newest first; the caller has shown the location is visible to the user. */
    public List<Beddenmutatie> beddenhistorie(LocatieId id) {
        return jdbc.sql("select * from locaties.beddenmutatie where opvanglocatie_id = ? order by ingangsdatum desc, id desc")
                .param(id.waarde())
                .query((rs, i) -> new Beddenmutatie(rs.getLong("id"), Verblijfsduur.van(rs.getString("verblijfsduur")).orElseThrow(),
                        rs.getObject("ingangsdatum", LocalDate.class), rs.getInt("opgegeven"), rs.getInt("buiten_gebruik"),
                        rs.getString("buiten_gebruik_reden"), rs.getString("reden"),
                        rs.getTimestamp("vastgelegd_op").toInstant(), rs.getString("vastgelegd_door")))
                .list();
    }

    /** The status history, newest first; the caller has shown the location is visible to the user. */
    public List<Statuswijziging> statushistorie(LocatieId id) {
        return jdbc.sql("select * from locaties.locatiestatus where opvanglocatie_id = ? order by ingangsdatum desc, id desc")
                .param(id.waarde())
                .query((rs, i) -> new Statuswijziging(rs.getLong("id"), rs.getObject("ingangsdatum", LocalDate.class),
                        Status.van(rs.getString("status")).orElseThrow(), rs.getString("reden"),
                        rs.getTimestamp("vastgelegd_op").toInstant(), rs.getString("vastgelegd_door")))
                .list();
    }

    /** Whether the user may change the location: an employee of its own gemeente. Pages ask the same. */
    public static boolean magWijzigen(@Nullable Gebruiker gebruiker, Opvanglocatie locatie) {
        return gebruiker != null && gebruiker.isGemeenteMedewerker()
                && locatie.gemeenteCode().equals(gebruiker.organisatie().gemeenteCode());
    }

    private Opvanglocatie teWijzigen(LocatieId id, Gebruiker gebruiker, Scope scope) {
        var locatie = locaties.vind(id, scope, locaties.vandaag()).orElseThrow(() -> new NietGevonden("Opvanglocatie"));
        // eigenGemeente() refuses a user without a gemeente (403) before the comparison.
        gebruiker.eigenGemeente();
        if (!magWijzigen(gebruiker, locatie)) {
            throw new AccessDeniedException("alleen de eigen gemeente wijzigt een locatie");
        }
        return locatie;
    }
}
