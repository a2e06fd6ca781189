// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.opgave.Halfjaar;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Besluit;
import nl.onderdak.platform.Besluitgeschiedenis;
import nl.onderdak.platform.Besluitregel;
import nl.onderdak.platform.Besluitstatus;
import nl.onderdak.platform.Besluitwoorden;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import org.jspecify.annotations.Nullable;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety regions' cost applications (regiokostenaanvragen), one per region per calendar
 * half-year, against a deadline per half-year kept as dated data: the letter of 16 December 2022
 * gives 30 April 2023 for the first half of 2023 (shipped in the migration); the deadline of any
 * other half-year is added by a national administrator or the NOO when it is known, never edited and
 * never guessed. Without a deadline a half-year is not open for applications.
 *
 * <p>A region coordinator sees the region's half-years with deadline, status and a reminder
 * (30, 14, 7 and 1 day before the deadline while nothing was submitted; the nearest moment reached
 * is shown), submits, also late (accepted and marked late). The NOO, the ministry and national
 * administrators see all applications; the NOO approves or rejects with a reason.
 */
@Service
@Transactional(readOnly = true)
public class Regiokosten {

    /** The words of this kind's API and pages for the one status vocabulary (ingediend, goedgekeurd, afgewezen). */
    public static final Besluitwoorden WOORDEN = Aanvraagsoort.REGIOKOSTENAANVRAAG.woorden;

    /** Days before the deadline on which a region without an application is reminded. */
    public static final List<Integer> HERINNERMOMENTEN = List.of(30, 14, 7, 1);

    /** The deadline of a half-year with its source. */
    public record Termijn(Halfjaar halfjaar, LocalDate uiterlijk, String bron, String vastgelegdDoor, Instant vastgelegdOp) {
    }

    /** An application as it stands; status and assessment are derived from its history. */
    public record Aanvraag(RegiokostenaanvraagId id, String veiligheidsregioCode, String veiligheidsregioNaam, Halfjaar halfjaar,
            LocalDate uiterlijk, BigDecimal bedrag, String toelichting, String ingediendDoor, Instant ingediendOp, boolean teLaat,
            Besluitgeschiedenis geschiedenis) {

        public Besluitstatus status() {
            return geschiedenis.status();
        }

        public @Nullable String reden() {
            return geschiedenis.besluit().map(Besluitregel::reden).orElse(null);
        }

        public @Nullable String beoordeeldDoor() {
            return geschiedenis.besluit().map(Besluitregel::door).orElse(null);
        }

        public @Nullable Instant beoordeeldOp() {
            return geschiedenis.besluit().map(Besluitregel::op).orElse(null);
        }
    }

    /** A reminder: the moment reached ({@code dagenVoorTermijn} days before) and the days actually left. */
    public record Herinnering(int dagenVoorTermijn, long dagenTotTermijn) {
    }

    /**
     * A half-year as a region sees it: the deadline, the days left (negative when passed), the status
     * word ({@code geen_aanvraag}, {@code termijn_verstreken}, or the application's status in the API's
     * words), a reminder while nothing was submitted, and the application if there is one.
     */
    public record HalfjaarStand(Termijn termijn, long dagenTotTermijn, String status, @Nullable Herinnering herinnering,
            @Nullable Aanvraag aanvraag) {
    }

    /**
     * What a user sees: all deadlines; for a region coordinator the region's half-years and
     * applications; for a national user every application.
     */
    public record Overzicht(String veiligheidsregioCode, LocalDate vandaag, List<Termijn> termijnen, List<HalfjaarStand> halfjaren,
            List<Aanvraag> aanvragen) {
    }

    private final JdbcClient jdbc;
    private final Besluitgeschiedenissen geschiedenissen;
    private final Gebieden gebieden;
    private final Clock clock;

    Regiokosten(JdbcClient jdbc, Besluitgeschiedenissen geschiedenissen, Gebieden gebieden, Clock clock) {
        this.jdbc = jdbc;
        this.geschiedenissen = geschiedenissen;
        this.gebieden = gebieden;
        this.clock = clock;
    }

    /** The nearest reminder moment reached when the deadline is this many days away; none when passed or further than 30 days. */
    public static Optional<Herinnering> herinnering(long dagenTotTermijn) {
        if (dagenTotTermijn < 0) {
            return Optional.empty();
        }
        return HERINNERMOMENTEN.stream().filter(m -> m >= dagenTotTermijn).min(Comparator.naturalOrder())
                .map(m -> new Herinnering(m, dagenTotTermijn));
    }

    /** All deadlines, newest half-year first. */
    public List<Termijn> termijnen() {
        return jdbc.sql("select * from bekostiging.regiokostentermijn order by halfjaar desc")
                .query((rs, i) -> termijn(rs)).list();
    }

    /** All deadlines, for a region coordinator or a national reader (anyone else 403). */
    public List<Termijn> termijnen(Gebruiker gebruiker) {
        if (!isRegio(gebruiker)) {
            vereisLandelijk(gebruiker);
        }
        return termijnen();
    }

    /** What the user sees: a region coordinator the region's half-years and applications, a national reader all applications. */
    public Overzicht overzicht(Gebruiker gebruiker) {
        var vandaag = LocalDate.now(clock);
        var termijnen = termijnen();
        if (isRegio(gebruiker)) {
            var regio = gebruiker.organisatie().veiligheidsregioCode();
            var namen = regionamen();
            var aanvragen = metGeschiedenis(jdbc.sql(SELECT + " where a.veiligheidsregio_code = ? order by a.halfjaar desc").param(regio)
                    .query((rs, i) -> rij(rs, namen)).list());
            var perHalfjaar = aanvragen.stream().collect(Collectors.toMap(a -> a.halfjaar().toString(), a -> a));
            var halfjaren = termijnen.stream().map(t -> stand(t, perHalfjaar.get(t.halfjaar().toString()), vandaag)).toList();
            return new Overzicht(regio, vandaag, termijnen, halfjaren, aanvragen);
        }
        vereisLandelijk(gebruiker);
        var namen = regionamen();
        var aanvragen = metGeschiedenis(jdbc.sql(SELECT + " order by a.halfjaar desc, a.veiligheidsregio_code")
                .query((rs, i) -> rij(rs, namen)).list());
        return new Overzicht(null, vandaag, termijnen, List.of(), aanvragen);
    }

    static HalfjaarStand stand(Termijn t, @Nullable Aanvraag aanvraag, LocalDate vandaag) {
        long dagen = ChronoUnit.DAYS.between(vandaag, t.uiterlijk());
        if (aanvraag != null) {
            return new HalfjaarStand(t, dagen, woord(aanvraag.status()), null, aanvraag);
        }
        return new HalfjaarStand(t, dagen, dagen < 0 ? "termijn_verstreken" : "geen_aanvraag", herinnering(dagen).orElse(null), null);
    }

    /** One application, if the user may see it: a region its own, national users all; anyone else 403. */
    public Optional<Aanvraag> zichtbaar(RegiokostenaanvraagId id, Gebruiker gebruiker) {
        if (isRegio(gebruiker)) {
            var regio = gebruiker.organisatie().veiligheidsregioCode();
            return vind(id).filter(a -> a.veiligheidsregioCode().equals(regio));
        }
        vereisLandelijk(gebruiker);
        return vind(id);
    }

    /** A region coordinator submits the region's application for a half-year with a deadline; late is accepted and marked. */
    @Transactional
    public Aanvraag dienIn(RegiokostenInvoer.Aanvraag in, Gebruiker gebruiker) {
        if (!isRegio(gebruiker)) {
            throw new AccessDeniedException("alleen een coördinator van een veiligheidsregio dient regiokosten in");
        }
        var regio = gebruiker.organisatie().veiligheidsregioCode();
        var fouten = new ArrayList<>(in.fouten());
        var hj = in.halfjaar();
        Termijn termijn = hj == null ? null : termijn(hj).orElse(null);
        if (hj != null && termijn == null) {
            TransitieInvoer.voegToe(fouten, new Veld("halfjaar", nl.onderdak.platform.Berichten.tekst("regiokosten.fout.geenTermijn", String.valueOf(hj))), List.of("halfjaar", "bedrag", "toelichting"));
        }
        TransitieInvoer.vereisGeen(fouten);
        var nu = clock.instant();
        boolean teLaat = LocalDate.now(clock).isAfter(termijn.uiterlijk());
        var id = new RegiokostenaanvraagId(UUID.randomUUID());
        try {
            jdbc.sql("""
                    insert into bekostiging.regiokostenaanvraag (id, veiligheidsregio_code, halfjaar, bedrag, toelichting, ingediend_door,
                        ingediend_op, te_laat) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id.waarde(), regio, hj.toString(), in.bedrag(), in.toelichting(), gebruiker.gebruikersnaam(), Timestamp.from(nu),
                            teLaat)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("aanvraag-bestaat", Berichten.tekst("regiokosten.conflict.aanvraagBestaat", String.valueOf(hj)));
        }
        geschiedenissen.voegToe(Aanvraagsoort.REGIOKOSTENAANVRAAG, id.waarde(),
                Besluitgeschiedenis.ingediend(gebruiker.gebruikersnaam(), nu).regels().getFirst());
        return zichtbaar(id, gebruiker).orElseThrow();
    }

    /** A national administrator or the NOO records the deadline of a half-year; an existing deadline is never changed (409). */
    @Transactional
    public Termijn legTermijnVast(Gelezen<RegiokostenInvoer.Termijn> gelezen, Gebruiker gebruiker) {
        if (!magTermijnVastleggen(gebruiker)) {
            throw new AccessDeniedException("alleen een landelijk beheerder of de NOO legt termijnen vast");
        }
        var t = gelezen.geldig();
        var hj = t.halfjaar();
        var datum = t.uiterlijk();
        var bronTekst = t.bron();
        int nieuw = jdbc.sql("""
                insert into bekostiging.regiokostentermijn (halfjaar, uiterlijk, bron, vastgelegd_door, vastgelegd_op)
                values (?, ?, ?, ?, ?) on conflict (halfjaar) do nothing""")
                .params(hj.toString(), datum, bronTekst, gebruiker.gebruikersnaam(), Timestamp.from(clock.instant())).update();
        if (nieuw == 0) {
            var bestaand = termijn(hj).orElseThrow();
            throw new Conflict("termijn-bestaat", Berichten.tekst("regiokosten.conflict.termijnBestaat", String.valueOf(hj), nl.onderdak.platform.Weergave.in(Berichten.taal()).datum(bestaand.uiterlijk())));
        }
        return termijn(hj).orElseThrow();
    }

    /** The NOO approves ({@code goedgekeurd}) or rejects ({@code afgewezen}, with a reason) an application, once. */
    @Transactional
    public Aanvraag beoordeel(RegiokostenaanvraagId id, Gelezen<Besluit> gelezen, Gebruiker gebruiker) {
        if (!magBeoordelen(gebruiker)) {
            throw new AccessDeniedException("alleen de NOO beoordeelt regiokosten");
        }
        var aanvraag = vind(id).orElseThrow(() -> new NietGevonden("Regiokostenaanvraag"));
        var alBeoordeeld = (java.util.function.Supplier<Conflict>) () -> new Conflict("al-beoordeeld",
                Berichten.tekst("regiokosten.conflict.alBeoordeeld", Berichten.tekst("regiokosten.statuswoord." + woord(aanvraag.status()))));
        if (aanvraag.status().besloten()) {
            throw alBeoordeeld.get();
        }
        var regel = aanvraag.geschiedenis().beslis(gelezen.geldig(), gebruiker.gebruikersnaam(), clock.instant(), alBeoordeeld);
        try {
            geschiedenissen.voegToe(Aanvraagsoort.REGIOKOSTENAANVRAAG, id.waarde(), regel);
        } catch (DuplicateKeyException e) {
            throw new Conflict("al-beoordeeld", Berichten.tekst("regiokosten.conflict.zojuistBeoordeeld"));
        }
        return vind(id).orElseThrow();
    }

    /** The word of a status in the regional-cost API and pages. */
    public static String woord(Besluitstatus status) {
        return Aanvraagsoort.REGIOKOSTENAANVRAAG.woorden.woord(status);
    }

    /** Records deadlines: a national administrator or the NOO. */
    public static boolean magTermijnVastleggen(Gebruiker gebruiker) {
        return gebruiker.heeft(Rol.BEHEERDER) || gebruiker.heeft(Rol.NOO_MEDEWERKER);
    }

    /** Assesses applications: the NOO. */
    public static boolean magBeoordelen(Gebruiker gebruiker) {
        return gebruiker.heeft(Rol.NOO_MEDEWERKER);
    }

    /** Sees regional costs at all: a region coordinator or a national reader (the menu asks this too). */
    public static boolean magZien(@Nullable Gebruiker gebruiker) {
        return gebruiker != null && (isRegio(gebruiker) || isLandelijkLezer(gebruiker));
    }

    /** A region coordinator of a safety region. */
    public static boolean isRegio(Gebruiker gebruiker) {
        return gebruiker.heeft(Rol.REGIO_COORDINATOR) && gebruiker.organisatie().soort() == Organisatie.Soort.VEILIGHEIDSREGIO;
    }

    /** A national user who follows the applications: the NOO, the ministry (target setters) and national administrators. */
    public static boolean isLandelijkLezer(Gebruiker gebruiker) {
        return gebruiker.organisatie().soort() == Organisatie.Soort.LANDELIJK && (gebruiker.heeft(Rol.NOO_MEDEWERKER)
                || gebruiker.heeft(Rol.OPGAVE_VASTSTELLER) || gebruiker.heeft(Rol.BEHEERDER));
    }

    private static void vereisLandelijk(Gebruiker gebruiker) {
        if (!isLandelijkLezer(gebruiker)) {
            throw new AccessDeniedException("alleen veiligheidsregio's, de NOO, JenV en landelijk beheer");
        }
    }

    private Optional<Aanvraag> vind(RegiokostenaanvraagId id) {
        var namen = regionamen();
        return jdbc.sql(SELECT + " where a.id = ?").param(id.waarde()).query((rs, i) -> rij(rs, namen)).optional()
                .map(r -> metGeschiedenis(List.of(r)).getFirst());
    }

    /** Applications with their histories, read in one query. */
    private List<Aanvraag> metGeschiedenis(List<Aanvraag> zonder) {
        var histories = geschiedenissen.van(Aanvraagsoort.REGIOKOSTENAANVRAAG, zonder.stream().map(a -> a.id().waarde()).toList());
        return zonder.stream().map(a -> new Aanvraag(a.id(), a.veiligheidsregioCode(), a.veiligheidsregioNaam(), a.halfjaar(), a.uiterlijk(),
                a.bedrag(), a.toelichting(), a.ingediendDoor(), a.ingediendOp(), a.teLaat(),
                histories.getOrDefault(a.id().waarde(), new Besluitgeschiedenis(List.of())))).toList();
    }

    private Optional<Termijn> termijn(Halfjaar hj) {
        return jdbc.sql("select * from bekostiging.regiokostentermijn where halfjaar = ?").param(hj.toString()).query((rs, i) -> termijn(rs)).optional();
    }

    /** Region code to name in the current layout; the code itself when the reference data has no name. */
    private Map<String, String> regionamen() {
        var indeling = gebieden.huidigeIndeling();
        if (indeling.isEmpty()) {
            return Map.of();
        }
        var peiljaren = gebieden.peiljaren(indeling.get());
        if (peiljaren.isEmpty()) {
            return Map.of();
        }
        return gebieden.veiligheidsregios(indeling.get(), peiljaren.getLast()).stream()
                .collect(Collectors.toMap(v -> v.code(), v -> v.naam()));
    }

    private static final String SELECT = """
            select a.*, t.uiterlijk
              from bekostiging.regiokostenaanvraag a
              join bekostiging.regiokostentermijn t on t.halfjaar = a.halfjaar
            """;

    /** A stored application, its history still empty ({@link #metGeschiedenis} adds it). */
    private static Aanvraag rij(ResultSet rs, Map<String, String> namen) throws SQLException {
        var code = rs.getString("veiligheidsregio_code");
        return new Aanvraag(new RegiokostenaanvraagId(rs.getObject("id", UUID.class)), code, namen.getOrDefault(code, code),
                Halfjaar.lees(rs.getString("halfjaar")).orElseThrow(), rs.getObject("uiterlijk", LocalDate.class), rs.getBigDecimal("bedrag"),
                rs.getString("toelichting"), rs.getString("ingediend_door"), rs.getTimestamp("ingediend_op").toInstant(),
                rs.getBoolean("te_laat"), new Besluitgeschiedenis(List.of()));
    }

    private static Termijn termijn(ResultSet rs) throws SQLException {
        return new Termijn(Halfjaar.lees(rs.getString("halfjaar")).orElseThrow(), rs.getObject("uiterlijk", LocalDate.class),
                rs.getString("bron"), rs.getString("vastgelegd_door"), rs.getTimestamp("vastgelegd_op").toInstant());
    }
}
