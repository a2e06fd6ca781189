// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.Opstartfase;
import nl.onderdak.platform.Opstarttaak;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The living-allowance rates as dated rows in the database. At first start the shipped table is
 * loaded (see {@code regels/BRON.md}); after that a national administrator adds rows, never edits
 * them (the database refuses updates and deletes). A row without an end runs until a later row for
 * the same component, age group and household size starts, so adding a period needs no edit of the
 * one before it.
 */
@Service
@Transactional(readOnly = true)
public class LeefgeldTarieven implements Opstarttaak {

    /** A stored rate with who recorded it. */
    public record Rij(long id, Tarief tarief, String vastgelegdDoor) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LeefgeldTarieven(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The rates are rules that payment runs and the demo data cite, so they are loaded in the rules phase. */
    @Override
    public Opstartfase fase() {
        return Opstartfase.REGELS;
    }

    /** Who sees the rates: every employee of a gemeente and the national administrator. The menu asks the same. */
    public static boolean magTarievenZien(@Nullable Gebruiker gebruiker) {
        return gebruiker != null && (gebruiker.heeft(Rol.BEHEERDER) || gebruiker.isGemeenteMedewerker());
    }

    /** Who adds a rate row: the national administrator only. */
    public static boolean magTariefToevoegen(Gebruiker gebruiker) {
        return gebruiker.heeft(Rol.BEHEERDER);
    }

    /** Loads the shipped table at first start; idempotent and safe with several instances (advisory lock). */
    @Override
    @Transactional
    public void voerUit() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('onderdak-leefgeldtarieven'))").query().singleRow();
        if (jdbc.sql("select exists (select 1 from leefgeld.leefgeldtarief)").query(Boolean.class).single()) {
            return;
        }
        for (var t : Tarieven.standaard().alle()) {
            bewaar(t, "systeem (regels/leefgeld_tarieven.csv)");
        }
    }

    /** All rows as stored, oldest period first. */
    public List<Rij> rijen() {
        return jdbc.sql("select * from leefgeld.leefgeldtarief order by geldig_vanaf, component, leeftijdsgroep, huishouden_min")
                .query((rs, i) -> new Rij(rs.getLong("id"), new Tarief(rs.getObject("geldig_vanaf", LocalDate.class),
                        rs.getObject("geldig_tot", LocalDate.class), Component.van(rs.getString("component")),
                        Leeftijdsgroep.van(rs.getString("leeftijdsgroep")), rs.getInt("huishouden_min"),
                        (Integer) rs.getObject("huishouden_max"), rs.getBigDecimal("bedrag_per_maand"), rs.getString("bron")),
                        rs.getString("vastgelegd_door")))
                .list();
    }

    /** The rates in force, with the end of every open row set to the day before its successor starts. */
    public Tarieven geldend() {
        return new Tarieven(metEinden(rijen().stream().map(Rij::tarief).toList()));
    }

    /**
     * Adds a rate row (national administrator). Refused with every wrong field named when a value is
     * invalid or when the row would overlap a row already in force for the same people.
     */
    @Transactional
    public Rij voegToe(String vanaf, String tot, String component, String leeftijdsgroep, String huishoudenMin, String huishoudenMax,
            String bedrag, String bron, Gebruiker gebruiker) {
        if (!magTariefToevoegen(gebruiker)) {
            throw new AccessDeniedException("alleen een landelijk beheerder voegt tarieven toe");
        }
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var van = Invoer.datum(vanaf, "geldigVanaf", true, fouten);
        var einde = Invoer.datum(tot, "geldigTot", false, fouten);
        Component c = null;
        try {
            c = Component.van(Invoer.schoon(component));
        } catch (RuntimeException e) {
            fouten.add(new OngeldigeInvoer.Veld("component", Berichten.tekst("tarieven.fout.component")));
        }
        Leeftijdsgroep g = null;
        try {
            g = Leeftijdsgroep.van(Invoer.schoon(leeftijdsgroep));
        } catch (RuntimeException e) {
            fouten.add(new OngeldigeInvoer.Veld("leeftijdsgroep", Berichten.tekst("tarieven.fout.leeftijdsgroep")));
        }
        var min = Invoer.geheelGetal(huishoudenMin, "huishoudenMin", 1, 99, true, fouten);
        var max = Invoer.geheelGetal(huishoudenMax, "huishoudenMax", 1, 99, false, fouten);
        var euro = Invoer.bedragOfNul(bedrag, "bedrag", true, new BigDecimal("999999.99"), fouten);
        var bronTekst = Invoer.schoon(bron);
        if (bronTekst == null) {
            fouten.add(new OngeldigeInvoer.Veld("bron", Berichten.tekst("tarieven.fout.bron")));
        }
        if (van != null && einde != null && einde.isBefore(van)) {
            fouten.add(new OngeldigeInvoer.Veld("geldigTot", Berichten.tekst("leefgeld.fout.totVoorVan")));
        }
        if (min != null && max != null && max < min) {
            fouten.add(new OngeldigeInvoer.Veld("huishoudenMax", Berichten.tekst("tarieven.fout.maximum")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var nieuw = new Tarief(van, einde, c, g, min, max, euro, bronTekst);
        jdbc.sql("lock table leefgeld.leefgeldtarief in exclusive mode").update();
        var alle = new ArrayList<>(rijen().stream().map(Rij::tarief).toList());
        alle.add(nieuw);
        try {
            new Tarieven(metEinden(alle));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw OngeldigeInvoer.veld("geldigVanaf", Berichten.tekst("tarieven.fout.overlap", e.getMessage()));
        }
        var id = bewaar(nieuw, gebruiker.gebruikersnaam());
        return new Rij(id, nieuw, gebruiker.gebruikersnaam());
    }

    private long bewaar(Tarief t, String door) {
        return jdbc.sql("""
                insert into leefgeld.leefgeldtarief (geldig_vanaf, geldig_tot, component, leeftijdsgroep, huishouden_min, huishouden_max,
                    bedrag_per_maand, bron, vastgelegd_door, vastgelegd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(t.geldigVanaf(), t.geldigTot(), t.component().code(), t.leeftijdsgroep().code(), t.huishoudenMin(),
                        t.huishoudenMax(), t.bedragPerMaand(), t.bron(), door, Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    /**
     * Closes every open row on the day before the first later row that applies to some of the same
     * people (same component, overlapping age group and household sizes).
     */
    static List<Tarief> metEinden(List<Tarief> tarieven) {
        var uit = new ArrayList<Tarief>();
        for (var t : tarieven) {
            if (t.geldigTot() != null) {
                uit.add(t);
                continue;
            }
            var opvolger = tarieven.stream()
                    .filter(o -> o.component() == t.component() && o.geldigVanaf().isAfter(t.geldigVanaf())
                            && leeftijdOverlapt(o.leeftijdsgroep(), t.leeftijdsgroep()) && grootteOverlapt(o, t))
                    .map(Tarief::geldigVanaf).min(Comparator.naturalOrder());
            uit.add(opvolger.map(d -> new Tarief(t.geldigVanaf(), d.minusDays(1), t.component(), t.leeftijdsgroep(), t.huishoudenMin(),
                    t.huishoudenMax(), t.bedragPerMaand(), t.bron())).orElse(t));
        }
        return uit;
    }

    private static boolean leeftijdOverlapt(Leeftijdsgroep a, Leeftijdsgroep b) {
        return a == b || a == Leeftijdsgroep.ALLE || b == Leeftijdsgroep.ALLE;
    }

    private static boolean grootteOverlapt(Tarief a, Tarief b) {
        int aMax = a.huishoudenMax() == null ? Integer.MAX_VALUE : a.huishoudenMax();
        int bMax = b.huishoudenMax() == null ? Integer.MAX_VALUE : b.huishoudenMax();
        return a.huishoudenMin() <= bMax && b.huishoudenMin() <= aMax;
    }
}
