// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.leefgeld.internal.Leefgeldberekening.Besluit;
import nl.onderdak.leefgeld.internal.Leefgeldberekening.Lid;
import nl.onderdak.leefgeld.internal.Leefgeldberekening.Verblijf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads, in a handful of set-based queries, what the calculation needs for many households at once:
 * members, their nights in reception locations (with catering or not) and with host households, and
 * the municipality's decisions. A payment run for a large gemeente reads tens of thousands of
 * households this way instead of one query per household. Members, beds, locations and host stays are
 * read through the views their modules publish (bewoners.lid, plaatsing.bedverblijf, locaties.locatie,
 * plaatsing.verblijf_bij_gastgezin); PostgreSQL inlines them, so the plans stay set-based.
 */
@Component
public class Aanwezigheden {

    /** What the calculation needs of one household for one month, and which gemeente pays it. */
    public record Huishoudfeiten(UUID huishoudenId, String betalendeGemeente, List<Lid> leden, List<Besluit> besluiten) {
    }

    private record Stuk(UUID huishouden, UUID bewoner, LocalDate van, LocalDate tot, boolean catering, boolean particulier,
            String gemeente) {
    }

    private final JdbcClient jdbc;

    Aanwezigheden(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The households whose allowance for the month the gemeente pays (see {@link #betalendeGemeente}). */
    public Map<UUID, Huishoudfeiten> vanGemeente(String gemeente, YearMonth maand) {
        var kandidaten = jdbc.sql("""
                select distinct b.huishouden_id
                  from locaties.locatie l
                  join plaatsing.bedverblijf bb on bb.opvanglocatie_id = l.id and bb.periode && cast(:maand as daterange)
                  join bewoners.lid b on b.id = bb.bewoner_id
                 where l.gemeente_code = :g
                union
                select huishouden_id from plaatsing.verblijf_bij_gastgezin where gemeente_code = :g and periode && cast(:maand as daterange)""")
                .param("g", gemeente).param("maand", bereik(maand)).query(UUID.class).list();
        var alle = voor(kandidaten, maand);
        alle.values().removeIf(f -> !gemeente.equals(f.betalendeGemeente()));
        return alle;
    }

    /** The facts of the given households for the month; households without a night in the month have no members present. */
    public Map<UUID, Huishoudfeiten> voor(Collection<UUID> huishoudens, YearMonth maand) {
        var ids = huishoudens.toArray(UUID[]::new);
        var bereik = bereik(maand);
        var stukken = new HashMap<UUID, List<Stuk>>();
        jdbc.sql("""
                select b.huishouden_id, bb.bewoner_id, lower(bb.periode) as van, upper(bb.periode) as tot, l.catering, l.gemeente_code
                  from bewoners.lid b
                  join plaatsing.bedverblijf bb on bb.bewoner_id = b.id and bb.periode && cast(:maand as daterange)
                  join locaties.locatie l on l.id = bb.opvanglocatie_id
                 where b.huishouden_id = any(:ids)""")
                .param("ids", ids).param("maand", bereik)
                .query(rs -> {
                    var s = new Stuk(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), datum(rs.getDate(3)), datum(rs.getDate(4)),
                            rs.getBoolean(5), false, rs.getString(6));
                    stukken.computeIfAbsent(s.bewoner(), k -> new ArrayList<>()).add(s);
                });
        // A host stay covers every member of the household.
        var gast = new HashMap<UUID, List<Stuk>>();
        jdbc.sql("""
                select huishouden_id, lower(periode), upper(periode), gemeente_code from plaatsing.verblijf_bij_gastgezin
                 where huishouden_id = any(:ids) and periode && cast(:maand as daterange)""")
                .param("ids", ids).param("maand", bereik)
                .query(rs -> {
                    var s = new Stuk(rs.getObject(1, UUID.class), null, datum(rs.getDate(2)), datum(rs.getDate(3)), false, true,
                            rs.getString(4));
                    gast.computeIfAbsent(s.huishouden(), k -> new ArrayList<>()).add(s);
                });
        var besluiten = new HashMap<UUID, List<Besluit>>();
        jdbc.sql("""
                select huishouden_id, soort, vanaf, tot, reden from leefgeld.leefgeldbesluit
                 where huishouden_id = any(:ids) and vanaf <= :laatste and (tot is null or tot >= :eerste)
                 order by vanaf, vastgelegd_op""")
                .param("ids", ids).param("eerste", maand.atDay(1)).param("laatste", maand.atEndOfMonth())
                .query(rs -> {
                    besluiten.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Besluit(
                            Besluit.Soort.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)), datum(rs.getDate(3)),
                            datum(rs.getDate(4)), rs.getString(5)));
                });
        var leden = new LinkedHashMap<UUID, List<Lid>>();
        var stukkenPerHuishouden = new HashMap<UUID, List<Stuk>>();
        jdbc.sql("""
                select huishouden_id, id, voornaam || ' ' || achternaam, geboortedatum from bewoners.lid
                 where huishouden_id = any(:ids) order by huishouden_id, geboortedatum, id""")
                .param("ids", ids)
                .query(rs -> {
                    var huishouden = rs.getObject(1, UUID.class);
                    var bewoner = rs.getObject(2, UUID.class);
                    var eigen = new ArrayList<Stuk>(stukken.getOrDefault(bewoner, List.of()));
                    gast.getOrDefault(huishouden, List.of()).forEach(g -> eigen.add(
                            new Stuk(huishouden, bewoner, g.van(), g.tot(), false, true, g.gemeente())));
                    eigen.sort(Comparator.comparing(Stuk::van));
                    stukkenPerHuishouden.computeIfAbsent(huishouden, k -> new ArrayList<>()).addAll(eigen);
                    leden.computeIfAbsent(huishouden, k -> new ArrayList<>()).add(new Lid(bewoner, rs.getString(3), datum(rs.getDate(4)),
                            eigen.stream().map(s -> new Verblijf(s.van(), s.tot(), s.catering(), s.particulier())).toList()));
                });
        var uit = new LinkedHashMap<UUID, Huishoudfeiten>();
        leden.forEach((huishouden, lijst) -> uit.put(huishouden, new Huishoudfeiten(huishouden,
                betalendeGemeente(stukkenPerHuishouden.getOrDefault(huishouden, List.of()), maand), lijst,
                besluiten.getOrDefault(huishouden, List.of()))));
        return uit;
    }

    /**
     * The gemeente that pays a household's month: the one where a member spent the last night of
     * the month that anyone of the household spent in reception (a location or a host household).
     * One gemeente pays the whole month, also when the household moved, so nothing is paid twice.
     */
    private static String betalendeGemeente(List<Stuk> stukken, YearMonth maand) {
        var einde = maand.plusMonths(1).atDay(1);
        return stukken.stream()
                .max(Comparator.<Stuk, LocalDate>comparing(s -> s.tot() == null || s.tot().isAfter(einde) ? einde : s.tot())
                        .thenComparing(Stuk::gemeente))
                .map(Stuk::gemeente).orElse(null);
    }

    private static String bereik(YearMonth maand) {
        return "[" + maand.atDay(1) + "," + maand.plusMonths(1).atDay(1) + ")";
    }

    private static LocalDate datum(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
