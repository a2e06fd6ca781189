// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Besluit;
import nl.onderdak.platform.Besluitgeschiedenis;
import nl.onderdak.platform.Besluitregel;
import nl.onderdak.platform.Besluitstatus;
import nl.onderdak.platform.Besluitwoorden;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.Pagina;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import org.jspecify.annotations.Nullable;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Scope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transition fees (transitievergoedingen) for new reception locations: a gemeente employee asks the
 * NOO for a fee for one of the gemeente's own locations, the NOO grants (at most the amount asked)
 * or refuses with a reason. The NOO has an effort obligation to decide within 48 hours of submission
 * (annex 2 of the letter of 16 December 2022); every request carries that clock, and the lead times
 * are reported per month.
 *
 * <p>Rights: a gemeente employee submits and sees the own gemeente's requests; an NOO employee sees
 * all of them and decides; anyone else is refused (403). A request of another gemeente does not
 * exist for a gemeente (404).
 */
@Service
@Transactional(readOnly = true)
public class Transitievergoedingen {

    /** The words of this kind's API and pages for the one status vocabulary (an approval is {@code toegekend}). */
    public static final Besluitwoorden WOORDEN = Aanvraagsoort.TRANSITIEVERGOEDING.woorden;

    /** The NOO's effort obligation: a decision within 48 hours of submission. Not a legal term. */
    public static final Duration NORM = Duration.ofHours(48);

    /**
     * A request as it stands, with its history (the status and the decision are derived from it) and its
     * 48-hour clock at the moment it was read.
     */
    public record Aanvraag(TransitievergoedingId id, String gemeenteCode, @Nullable String gemeenteNaam, UUID opvanglocatieId,
            String locatienaam, BigDecimal bedrag, String toelichting, String ingediendDoor, Instant ingediendOp,
            Besluitgeschiedenis geschiedenis, Klok klok) {

        public Besluitstatus status() {
            return geschiedenis.status();
        }

        /** Not decided yet. */
        public boolean open() {
            return geschiedenis.open();
        }

        public @Nullable BigDecimal toegekendBedrag() {
            return geschiedenis.besluit().map(Besluitregel::bedrag).orElse(null);
        }

        public @Nullable String reden() {
            return geschiedenis.besluit().map(Besluitregel::reden).orElse(null);
        }

        public @Nullable String beslotenDoor() {
            return geschiedenis.besluit().map(Besluitregel::door).orElse(null);
        }

        public @Nullable Instant beslotenOp() {
            return geschiedenis.besluit().map(Besluitregel::op).orElse(null);
        }
    }

    /**
     * The 48-hour clock of a request: the moment the 48 hours end; for an open request the whole hours
     * left (rounded down, so never more than is left) or the whole hours past that moment; for a
     * decided request the hours from submission to decision (one decimal) and whether that was
     * within 48 hours.
     */
    public record Klok(Instant termijn, boolean overTijd, @Nullable Integer resterendeUren, @Nullable Integer urenOverTijd,
            @Nullable Double doorlooptijdUren, @Nullable Boolean binnen48Uur) {

        static Klok van(Instant ingediend, @Nullable Instant besloten, Instant nu) {
            var termijn = ingediend.plus(NORM);
            if (besloten != null) {
                return new Klok(termijn, false, null, null, uren(Duration.between(ingediend, besloten)), !besloten.isAfter(termijn));
            }
            var rest = Duration.between(nu, termijn);
            if (rest.isNegative()) {
                return new Klok(termijn, true, null, (int) rest.negated().toHours(), null, null);
            }
            return new Klok(termijn, false, (int) rest.toHours(), null, null, null);
        }
    }

    /**
     * Lead times of the requests submitted in a month (or in the whole period for the total):
     * decided requests give the hours from submission to decision; open requests past 48 hours count
     * as not decided within 48 hours; open requests still inside their 48 hours are not counted in
     * the share yet.
     */
    public record Maand(String maand, int ingediend, int besloten, int open, int openOverTijd, int binnen48Uur,
            Double percentageBinnen48Uur, Double mediaanUren, Double percentiel90Uren) {

        /** The month as a month, for showing it by name ("november 2026"); null for the total. */
        public java.time.@Nullable YearMonth jaarmaand() {
            return maand == null ? null : java.time.YearMonth.parse(maand);
        }
    }

    /** The lead-time report over a period of months (null: unbounded). */
    public record Doorlooptijden(String van, String tot, int normUren, Instant peilmoment, List<Maand> maanden, Maand totaal) {
    }

    private final JdbcClient jdbc;
    private final Besluitgeschiedenissen geschiedenissen;
    private final Opvanglocaties locaties;
    private final Gebieden gebieden;
    private final Clock clock;

    Transitievergoedingen(JdbcClient jdbc, Besluitgeschiedenissen geschiedenissen, Opvanglocaties locaties, Gebieden gebieden, Clock clock) {
        this.jdbc = jdbc;
        this.geschiedenissen = geschiedenissen;
        this.locaties = locaties;
        this.gebieden = gebieden;
        this.clock = clock;
    }

    /** Submits a request for one of the own gemeente's locations. */
    @Transactional
    public Aanvraag dienIn(TransitieInvoer.Aanvraag in, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var fouten = new ArrayList<>(in.fouten());
        var locatie = in.opvanglocatie() == null ? null
                : locaties.vind(in.opvanglocatie().waarde(), new Scope.Gemeente(gemeente), LocalDate.now(clock)).orElse(null);
        if (in.opvanglocatie() != null && locatie == null) {
            TransitieInvoer.voegToe(fouten, new Veld("opvanglocatie", nl.onderdak.platform.Berichten.tekst("transitie.fout.locatieNietGevonden")),
                    List.of("opvanglocatie", "bedrag", "toelichting"));
        }
        TransitieInvoer.vereisGeen(fouten);
        var locatieId = in.opvanglocatie().waarde();
        // One open request per location at a time: requests for a location take turns.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("transitievergoeding:" + locatieId).query().singleRow();
        var eerdere = jdbc.sql("select id from bekostiging.transitievergoeding where opvanglocatie_id = ?").param(locatieId)
                .query(UUID.class).list();
        if (geschiedenissen.van(Aanvraagsoort.TRANSITIEVERGOEDING, eerdere).values().stream().anyMatch(Besluitgeschiedenis::open)) {
            throw new Conflict("aanvraag-loopt", Berichten.tekst("transitie.conflict.aanvraagLoopt"));
        }
        var id = new TransitievergoedingId(UUID.randomUUID());
        var nu = clock.instant();
        jdbc.sql("""
                insert into bekostiging.transitievergoeding (id, gemeente_code, opvanglocatie_id, locatienaam, bedrag, toelichting,
                    ingediend_door, ingediend_op) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.waarde(), gemeente, locatieId, locatie.naam(), in.bedrag(), in.toelichting(), gebruiker.gebruikersnaam(),
                        Timestamp.from(nu))
                .update();
        geschiedenissen.voegToe(Aanvraagsoort.TRANSITIEVERGOEDING, id.waarde(),
                Besluitgeschiedenis.ingediend(gebruiker.gebruikersnaam(), nu).regels().getFirst());
        return vind(id).orElseThrow();
    }

    /**
     * The requests a user works on: a gemeente its own, the NOO all. Open requests come first, those
     * past their 48 hours before the others and the oldest first; then decided ones, newest decision first.
     */
    public List<Aanvraag> lijst(Gebruiker gebruiker) {
        var nu = clock.instant();
        List<Rij> rijen;
        if (gebruiker.heeft(Rol.NOO_MEDEWERKER)) {
            rijen = jdbc.sql(SELECT).query(Transitievergoedingen::rij).list();
        } else if (gebruiker.isGemeenteMedewerker()) {
            rijen = jdbc.sql(SELECT + " where t.gemeente_code = ?").param(gebruiker.eigenGemeente()).query(Transitievergoedingen::rij).list();
        } else {
            throw new AccessDeniedException("alleen gemeenten en de NOO");
        }
        return metNamen(aanvragen(rijen, nu).stream().sorted(VOLGORDE).toList());
    }

    /** The orders of the paged list: the word in the address and the SQL it stands for (ties by id). */
    public enum Volgorde implements nl.onderdak.platform.Lijstvraag.Volgorde {
        // As lijst: open first, past their 48 hours (the oldest) before the others, then the newest decision.
        OPEN("open", "(b.status is not null), case when b.status is null then t.ingediend_op end, b.op desc, t.id"),
        NIEUWSTE("nieuwste", "t.ingediend_op desc, t.id"),
        OUDSTE("oudste", "t.ingediend_op, t.id"),
        STATUS("status", "(b.status is not null), b.status, t.ingediend_op desc, t.id"),
        BEDRAG("bedrag", "t.bedrag desc, t.ingediend_op desc, t.id");

        private final String woord;
        private final String sql;

        Volgorde(String woord, String sql) {
            this.woord = woord;
            this.sql = sql;
        }

        @Override
        public String woord() {
            return woord;
        }

        @Override
        public String sql() {
            return sql;
        }
    }

    /**
     * One page of the requests the user works on (the scope of {@link #lijst}) with the total over all pages:
     * a search on part of the location's name or of the gemeente's name or code, and an order (by default
     * open requests first, as the work list). Wrong parameters are all named.
     */
    public Pagina<Aanvraag> zoek(@Nullable String zoek, @Nullable String sorteer, @Nullable String pagina, @Nullable String aantal,
            Gebruiker gebruiker) {
        String gemeente;
        if (gebruiker.heeft(Rol.NOO_MEDEWERKER)) {
            gemeente = null;
        } else if (gebruiker.isGemeenteMedewerker()) {
            gemeente = gebruiker.eigenGemeente();
        } else {
            throw new AccessDeniedException("alleen gemeenten en de NOO");
        }
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var vraag = nl.onderdak.platform.Lijstvraag.lees(zoek, sorteer, pagina, aantal, Volgorde.OPEN,
                Berichten.tekst("transitie.fout.zoek", nl.onderdak.platform.Lijstvraag.ZOEK_MAX), Berichten.tekst("transitie.fout.sorteer"), fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var z = vraag.zoek();
        var v = vraag.volgorde();
        int nr = vraag.pagina();
        int grootte = vraag.aantal();
        var params = new HashMap<String, Object>();
        params.put("gemeente", gemeente);
        var waar = new StringBuilder(" where (cast(:gemeente as text) is null or t.gemeente_code = :gemeente)");
        if (z != null) {
            // Gemeente names live in the gebieden module: matched here, handed to the query as codes.
            var deel = z.toLowerCase(java.util.Locale.ROOT);
            var codes = jdbc.sql("select distinct gemeente_code from bekostiging.transitievergoeding"
                    + " where cast(:gemeente as text) is null or gemeente_code = :gemeente").param("gemeente", gemeente)
                    .query(String.class).list().stream()
                    .filter(c -> gebieden.gemeenteNaam(c).map(n -> n.toLowerCase(java.util.Locale.ROOT).contains(deel)).orElse(false))
                    .toArray(String[]::new);
            waar.append(" and (lower(t.locatienaam) like :zoek escape '\\' or lower(t.gemeente_code) like :zoek escape '\\'"
                    + " or t.gemeente_code = any(:codes))");
            params.put("zoek", "%" + deel.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("codes", codes);
        }
        params.put("aantal", grootte);
        params.put("vanaf", (long) (nr - 1) * grootte);
        var totaal = new long[] {-1};
        var rijen = jdbc.sql(SELECT.replace(" from bekostiging.transitievergoeding t", ", count(*) over () as totaal"
                + " from bekostiging.transitievergoeding t" + BESLUIT) + waar + " order by " + v.sql() + " limit :aantal offset :vanaf")
                .params(params).query((rs, i) -> {
                    totaal[0] = rs.getLong("totaal");
                    return rij(rs, i);
                }).list();
        long t = Pagina.totaal(totaal[0], nr, () -> jdbc.sql("select count(*) from bekostiging.transitievergoeding t" + waar)
                .params(params).query(Long.class).single());
        return new Pagina<>(metNamen(aanvragen(rijen, clock.instant())), t, nr, grootte);
    }

    /** The decision of a request, if any, for the order of the paged list. */
    private static final String BESLUIT = """
             left join lateral (select s.status, s.vastgelegd_op as op from bekostiging.transitievergoedingstatus s
                                 where s.transitievergoeding_id = t.id and s.status <> 'ingediend'
                                 order by s.vastgelegd_op desc limit 1) b on true
            """;

    static final Comparator<Aanvraag> VOLGORDE = Comparator.<Aanvraag, Boolean>comparing(a -> !a.open())
            .thenComparing(a -> !a.klok().overTijd())
            .thenComparing(a -> a.open() ? a.ingediendOp() : Instant.MAX)
            .thenComparing(a -> a.open() ? Instant.MIN : a.beslotenOp(), Comparator.reverseOrder())
            .thenComparing(a -> a.id().waarde());

    /** Whether the user works on transition fees at all: a gemeente employee or the NOO (the menu asks this too). */
    public static boolean magZien(@Nullable Gebruiker gebruiker) {
        return gebruiker != null && (gebruiker.heeft(Rol.NOO_MEDEWERKER) || gebruiker.isGemeenteMedewerker());
    }

    /** Whether the user decides on requests: the NOO. */
    public static boolean magBeslissen(Gebruiker gebruiker) {
        return gebruiker.heeft(Rol.NOO_MEDEWERKER);
    }

    /** One request, if the user may see it (a gemeente: its own; the NOO: all); anyone else 403. */
    public Optional<Aanvraag> zichtbaar(TransitievergoedingId id, Gebruiker gebruiker) {
        if (gebruiker.heeft(Rol.NOO_MEDEWERKER)) {
            return vind(id);
        }
        if (!gebruiker.isGemeenteMedewerker()) {
            throw new AccessDeniedException("alleen gemeenten en de NOO");
        }
        var gemeente = gebruiker.eigenGemeente();
        return vind(id).filter(a -> a.gemeenteCode().equals(gemeente));
    }

    /**
     * The NOO decides: approved ({@code toegekend}) with an amount of at most the amount asked (a reason
     * is optional), or rejected with a reason. A request is decided once (409 after that).
     */
    @Transactional
    public Aanvraag beslis(TransitievergoedingId id, TransitieInvoer.Beslissing in, Gebruiker gebruiker) {
        if (!magBeslissen(gebruiker)) {
            throw new AccessDeniedException("alleen de NOO beslist over transitievergoedingen");
        }
        var aanvraag = vind(id).orElseThrow(() -> new NietGevonden("Transitievergoeding"));
        var alBesloten = (java.util.function.Supplier<Conflict>) () -> new Conflict("al-besloten",
                Berichten.tekst("transitie.conflict.alBesloten", Berichten.tekst("transitie.statuswoord." + woord(aanvraag.status()))));
        if (!aanvraag.open()) {
            throw alBesloten.get();
        }
        var fouten = new ArrayList<>(in.fouten());
        if (in.toegekendBedrag() != null && in.toegekendBedrag().compareTo(aanvraag.bedrag()) > 0) {
            TransitieInvoer.voegToe(fouten, new Veld("toegekendBedrag", nl.onderdak.platform.Berichten.tekst("transitie.fout.toegekendTeHoog",
                    nl.onderdak.platform.Weergave.in(nl.onderdak.platform.Berichten.taal()).bedrag(aanvraag.bedrag()))), List.of("besluit", "toegekendBedrag", "reden"));
        }
        TransitieInvoer.vereisGeen(fouten);
        var besluit = new Besluit(in.uitkomst(), in.reden(), in.uitkomst() == Besluitstatus.GOEDGEKEURD ? in.toegekendBedrag() : null);
        var regel = aanvraag.geschiedenis().beslis(besluit, gebruiker.gebruikersnaam(), clock.instant(), alBesloten);
        try {
            geschiedenissen.voegToe(Aanvraagsoort.TRANSITIEVERGOEDING, id.waarde(), regel);
        } catch (DuplicateKeyException e) {
            throw new Conflict("al-besloten", Berichten.tekst("transitie.conflict.zojuistBesloten"));
        }
        return metNamen(List.of(vind(id).orElseThrow())).getFirst();
    }

    /** The word of a status as the transition-fee API and pages have always said it (GOEDGEKEURD is {@code toegekend}). */
    public static String woord(Besluitstatus status) {
        return Aanvraagsoort.TRANSITIEVERGOEDING.woorden.woord(status);
    }

    /**
     * Lead times per month of submission (Dutch time) from month {@code van} to month {@code tot}
     * (both optional, as JJJJ-MM): the NOO over all requests, a gemeente over its own.
     */
    public Doorlooptijden doorlooptijden(Gelezen<TransitieInvoer.Maanden> gelezen, Gebruiker gebruiker) {
        String gemeente;
        if (gebruiker.heeft(Rol.NOO_MEDEWERKER)) {
            gemeente = null;
        } else if (gebruiker.isGemeenteMedewerker()) {
            gemeente = gebruiker.eigenGemeente();
        } else {
            throw new AccessDeniedException("alleen gemeenten en de NOO");
        }
        var periode = gelezen.geldig();
        var vanaf = periode.van();
        var totMet = periode.tot();
        var nu = clock.instant();
        var rijen = jdbc.sql("""
                with a as (
                    select to_char(t.ingediend_op at time zone :zone, 'YYYY-MM') as maand, t.ingediend_op,
                           b.vastgelegd_op as besloten_op,
                           extract(epoch from (b.vastgelegd_op - t.ingediend_op)) / 3600.0 as uren
                      from bekostiging.transitievergoeding t
                      left join bekostiging.transitievergoedingstatus b on b.transitievergoeding_id = t.id and b.status <> 'ingediend'
                     where (cast(:gemeente as text) is null or t.gemeente_code = :gemeente))
                select maand, count(*) as ingediend, count(besloten_op) as besloten,
                       count(*) filter (where besloten_op is null) as open,
                       count(*) filter (where besloten_op is null and ingediend_op + interval '48 hours' < :nu) as open_over_tijd,
                       count(*) filter (where besloten_op <= ingediend_op + interval '48 hours') as binnen,
                       percentile_cont(0.5) within group (order by uren) as mediaan,
                       percentile_cont(0.9) within group (order by uren) as p90
                  from a
                 where maand between :van and :tot
                 group by grouping sets ((maand), ())
                 order by grouping(maand), maand""")
                .param("zone", clock.getZone().getId()).param("gemeente", gemeente).param("nu", Timestamp.from(nu))
                .param("van", vanaf == null ? "0000-01" : vanaf.toString()).param("tot", totMet == null ? "9999-12" : totMet.toString())
                .query((rs, i) -> maandRij(rs, rs.getString("maand")))
                .list();
        // The grouping set () gives the total: the only row without a month.
        var maanden = rijen.stream().filter(m -> m.maand() != null).toList();
        var totaal = rijen.stream().filter(m -> m.maand() == null).findFirst()
                .orElse(new Maand(null, 0, 0, 0, 0, 0, null, null, null));
        return new Doorlooptijden(vanaf == null ? null : vanaf.toString(), totMet == null ? null : totMet.toString(),
                (int) NORM.toHours(), nu, maanden, totaal);
    }

    private static Maand maandRij(ResultSet rs, String maand) throws SQLException {
        int besloten = rs.getInt("besloten");
        int overTijd = rs.getInt("open_over_tijd");
        int binnen = rs.getInt("binnen");
        int bekend = besloten + overTijd;
        return new Maand(maand, rs.getInt("ingediend"), besloten, rs.getInt("open"), overTijd, binnen,
                bekend == 0 ? null : eenDecimaal(100.0 * binnen / bekend), eenDecimaal((Double) rs.getObject("mediaan", Double.class)),
                eenDecimaal((Double) rs.getObject("p90", Double.class)));
    }

    /** A request by id, without scope: for the NOO and after a check of the gemeente. */
    Optional<Aanvraag> vind(TransitievergoedingId id) {
        var rij = jdbc.sql(SELECT + " where t.id = ?").param(id.waarde()).query(Transitievergoedingen::rij).optional();
        return rij.map(r -> metNamen(aanvragen(List.of(r), clock.instant())).getFirst());
    }

    /** A stored request, before its history is added. */
    private record Rij(TransitievergoedingId id, String gemeenteCode, UUID opvanglocatieId, String locatienaam, BigDecimal bedrag,
            String toelichting, String ingediendDoor, Instant ingediendOp) {
    }

    private static final String SELECT = """
            select t.id, t.gemeente_code, t.opvanglocatie_id, t.locatienaam, t.bedrag, t.toelichting, t.ingediend_door, t.ingediend_op
              from bekostiging.transitievergoeding t
            """;

    private static Rij rij(ResultSet rs, int i) throws SQLException {
        return new Rij(new TransitievergoedingId(rs.getObject("id", UUID.class)), rs.getString("gemeente_code"),
                rs.getObject("opvanglocatie_id", UUID.class), rs.getString("locatienaam"), rs.getBigDecimal("bedrag"),
                rs.getString("toelichting"), rs.getString("ingediend_door"), rs.getTimestamp("ingediend_op").toInstant());
    }

    /** Requests with their histories (one query for all) and the clock at {@code nu}. */
    private List<Aanvraag> aanvragen(List<Rij> rijen, Instant nu) {
        var histories = geschiedenissen.van(Aanvraagsoort.TRANSITIEVERGOEDING, rijen.stream().map(r -> r.id().waarde()).toList());
        return rijen.stream().map(r -> {
            var geschiedenis = histories.getOrDefault(r.id().waarde(), new Besluitgeschiedenis(List.of()));
            var besloten = geschiedenis.besluit().map(Besluitregel::op).orElse(null);
            return new Aanvraag(r.id(), r.gemeenteCode(), null, r.opvanglocatieId(), r.locatienaam(), r.bedrag(), r.toelichting(),
                    r.ingediendDoor(), r.ingediendOp(), geschiedenis, Klok.van(r.ingediendOp(), besloten, nu));
        }).toList();
    }

    private List<Aanvraag> metNamen(List<Aanvraag> lijst) {
        var namen = new HashMap<String, String>();
        return lijst.stream().map(a -> new Aanvraag(a.id(), a.gemeenteCode(),
                namen.computeIfAbsent(a.gemeenteCode(), c -> gebieden.gemeenteNaam(c).orElse(c)), a.opvanglocatieId(), a.locatienaam(),
                a.bedrag(), a.toelichting(), a.ingediendDoor(), a.ingediendOp(), a.geschiedenis(), a.klok())).toList();
    }

    private static Double eenDecimaal(Double waarde) {
        return waarde == null ? null : BigDecimal.valueOf(waarde).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static double uren(Duration d) {
        return eenDecimaal(d.toSeconds() / 3600.0);
    }
}
