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
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
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

    /** The NOO's effort obligation: a decision within 48 hours of submission. Not a legal term. */
    public static final Duration NORM = Duration.ofHours(48);

    private static final int MAX_TEKST = 4000;

    /** A request as it stands, with its 48-hour clock at the moment it was read. */
    public record Aanvraag(UUID id, String gemeenteCode, String gemeenteNaam, UUID opvanglocatieId, String locatienaam,
            BigDecimal bedrag, String toelichting, String ingediendDoor, Instant ingediendOp, String status,
            BigDecimal toegekendBedrag, String reden, String beslotenDoor, Instant beslotenOp, Klok klok) {

        /** Not decided yet. */
        public boolean open() {
            return beslotenOp == null;
        }
    }

    /**
     * The 48-hour clock of a request: the moment the 48 hours end; for an open request the whole hours
     * left (rounded down, so never more than is left) or the whole hours past that moment; for a
     * decided request the hours from submission to decision (one decimal) and whether that was
     * within 48 hours.
     */
    public record Klok(Instant termijn, boolean overTijd, Integer resterendeUren, Integer urenOverTijd, Double doorlooptijdUren,
            Boolean binnen48Uur) {

        static Klok van(Instant ingediend, Instant besloten, Instant nu) {
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

    /** One entry of a request's status history. */
    public record Status(String status, BigDecimal toegekendBedrag, String reden, String door, Instant op) {
    }

    /**
     * Lead times of the requests submitted in a month (or in the whole period for the total):
     * decided requests give the hours from submission to decision; open requests past 48 hours count
     * as not decided within 48 hours; open requests still inside their 48 hours are not counted in
     * the share yet.
     */
    public record Maand(String maand, int ingediend, int besloten, int open, int openOverTijd, int binnen48Uur,
            Double percentageBinnen48Uur, Double mediaanUren, Double percentiel90Uren) {
    }

    /** The lead-time report over a period of months (null: unbounded). */
    public record Doorlooptijden(String van, String tot, int normUren, Instant peilmoment, List<Maand> maanden, Maand totaal) {
    }

    private final JdbcClient jdbc;
    private final Opvanglocaties locaties;
    private final Gebieden gebieden;
    private final Clock clock;

    Transitievergoedingen(JdbcClient jdbc, Opvanglocaties locaties, Gebieden gebieden, Clock clock) {
        this.jdbc = jdbc;
        this.locaties = locaties;
        this.gebieden = gebieden;
        this.clock = clock;
    }

    /** Submits a request for one of the own gemeente's locations. */
    @Transactional
    public Aanvraag dienIn(String opvanglocatie, String bedrag, String toelichting, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var fouten = new ArrayList<Veld>();
        UUID locatieId = null;
        if (Invoer.schoon(opvanglocatie) == null) {
            fouten.add(new Veld("opvanglocatie", "Kies een opvanglocatie van de eigen gemeente."));
        } else {
            locatieId = Invoer.id(opvanglocatie, "opvanglocatie", "'" + Invoer.uittreksel(opvanglocatie.strip()) + "' is geen id van een opvanglocatie.",
                    fouten);
        }
        var locatie = locatieId == null ? null
                : locaties.vind(locatieId, new Scope.Gemeente(gemeente), LocalDate.now(clock)).orElse(null);
        if (locatieId != null && locatie == null) {
            fouten.add(new Veld("opvanglocatie", "Deze opvanglocatie is niet gevonden bij de eigen gemeente."));
        }
        var euro = Invoer.bedrag(bedrag, "bedrag", true, MAX_BEDRAG, fouten);
        var tekst = Invoer.verplicht(toelichting, "toelichting", "Licht de aanvraag toe: waarvoor is de vergoeding nodig?",
                MAX_TEKST, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        // One open request per location at a time: requests for a location take turns.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param("transitievergoeding:" + locatieId).query().singleRow();
        var lopend = jdbc.sql("""
                select t.ingediend_op from bekostiging.transitievergoeding t
                 where t.opvanglocatie_id = ?
                   and not exists (select 1 from bekostiging.transitievergoedingstatus s
                                    where s.transitievergoeding_id = t.id and s.status <> 'ingediend')""")
                .param(locatieId).query(Timestamp.class).optional();
        if (lopend.isPresent()) {
            throw new Conflict("aanvraag-loopt", "Voor deze opvanglocatie loopt al een aanvraag voor een transitievergoeding; "
                    + "wacht op het besluit van de NOO.");
        }
        var id = UUID.randomUUID();
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into bekostiging.transitievergoeding (id, gemeente_code, opvanglocatie_id, locatienaam, bedrag, toelichting,
                    ingediend_door, ingediend_op) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, gemeente, locatieId, locatie.naam(), euro, tekst, gebruiker.gebruikersnaam(), nu).update();
        jdbc.sql("""
                insert into bekostiging.transitievergoedingstatus (transitievergoeding_id, status, vastgelegd_door, vastgelegd_op)
                values (?, 'ingediend', ?, ?)""")
                .params(id, gebruiker.gebruikersnaam(), nu).update();
        return vind(id).orElseThrow();
    }

    /**
     * The requests a user works on: a gemeente its own, the NOO all. Open requests come first, those
     * past their 48 hours before the others and the oldest first; then decided ones, newest decision first.
     */
    public List<Aanvraag> lijst(Gebruiker gebruiker) {
        var nu = clock.instant();
        List<Aanvraag> lijst;
        if (gebruiker.heeft(Rol.NOO_MEDEWERKER)) {
            lijst = jdbc.sql(SELECT).query((rs, i) -> aanvraag(rs, nu)).list();
        } else if (gebruiker.isGemeenteMedewerker()) {
            lijst = jdbc.sql(SELECT + " where t.gemeente_code = ?").param(gebruiker.eigenGemeente())
                    .query((rs, i) -> aanvraag(rs, nu)).list();
        } else {
            throw new AccessDeniedException("alleen gemeenten en de NOO");
        }
        return metNamen(lijst.stream().sorted(VOLGORDE).toList());
    }

    static final Comparator<Aanvraag> VOLGORDE = Comparator.<Aanvraag, Boolean>comparing(a -> !a.open())
            .thenComparing(a -> !a.klok().overTijd())
            .thenComparing(a -> a.open() ? a.ingediendOp() : Instant.MAX)
            .thenComparing(a -> a.open() ? Instant.MIN : a.beslotenOp(), Comparator.reverseOrder())
            .thenComparing(Aanvraag::id);

    /** One request, if the user may see it (a gemeente: its own; the NOO: all); anyone else 403. */
    public Optional<Aanvraag> zichtbaar(UUID id, Gebruiker gebruiker) {
        if (gebruiker.heeft(Rol.NOO_MEDEWERKER)) {
            return vind(id);
        }
        if (!gebruiker.isGemeenteMedewerker()) {
            throw new AccessDeniedException("alleen gemeenten en de NOO");
        }
        var gemeente = gebruiker.eigenGemeente();
        return vind(id).filter(a -> a.gemeenteCode().equals(gemeente));
    }

    /** The status history of a request the user may see, oldest first. */
    public List<Status> historie(UUID id, Gebruiker gebruiker) {
        zichtbaar(id, gebruiker).orElseThrow(() -> new NietGevonden("Transitievergoeding"));
        return jdbc.sql("select * from bekostiging.transitievergoedingstatus where transitievergoeding_id = ? order by vastgelegd_op, id")
                .param(id)
                .query((rs, i) -> new Status(rs.getString("status"), rs.getBigDecimal("toegekend_bedrag"), rs.getString("reden"),
                        rs.getString("vastgelegd_door"), rs.getTimestamp("vastgelegd_op").toInstant()))
                .list();
    }

    /**
     * The NOO decides: {@code toegekend} with an amount of at most the amount asked (a reason is
     * optional), or {@code afgewezen} with a reason. A request is decided once (409 after that).
     */
    @Transactional
    public Aanvraag beslis(UUID id, String besluit, String toegekendBedrag, String reden, Gebruiker gebruiker) {
        if (!gebruiker.heeft(Rol.NOO_MEDEWERKER)) {
            throw new AccessDeniedException("alleen de NOO beslist over transitievergoedingen");
        }
        var aanvraag = vind(id).orElseThrow(() -> new NietGevonden("Transitievergoeding"));
        if (!aanvraag.open()) {
            throw new Conflict("al-besloten", "Over deze aanvraag is al besloten (" + aanvraag.status() + ").");
        }
        var fouten = new ArrayList<Veld>();
        var soort = Invoer.schoon(besluit);
        if (!"toegekend".equals(soort) && !"afgewezen".equals(soort)) {
            fouten.add(new Veld("besluit", "Kies toegekend of afgewezen."));
        }
        var bedrag = Invoer.bedrag(toegekendBedrag, "toegekendBedrag", "toegekend".equals(soort), MAX_BEDRAG, fouten);
        if ("afgewezen".equals(soort) && bedrag != null) {
            fouten.add(new Veld("toegekendBedrag", "Laat het toegekende bedrag leeg bij een afwijzing."));
        }
        if (bedrag != null && bedrag.compareTo(aanvraag.bedrag()) > 0) {
            fouten.add(new Veld("toegekendBedrag", "Het toegekende bedrag is hoger dan het gevraagde bedrag (€ "
                    + aanvraag.bedrag().toPlainString() + ")."));
        }
        var redenTekst = "afgewezen".equals(soort)
                ? Invoer.verplicht(reden, "reden", "Geef de reden van de afwijzing.", MAX_TEKST, fouten)
                : optioneel(reden, "reden", fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        try {
            jdbc.sql("""
                    insert into bekostiging.transitievergoedingstatus (transitievergoeding_id, status, toegekend_bedrag, reden, vastgelegd_door,
                        vastgelegd_op) values (?, ?, ?, ?, ?, ?)""")
                    .params(id, soort, "toegekend".equals(soort) ? bedrag : null, redenTekst, gebruiker.gebruikersnaam(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("al-besloten", "Over deze aanvraag is zojuist al besloten.");
        }
        return metNamen(List.of(vind(id).orElseThrow())).getFirst();
    }

    /**
     * Lead times per month of submission (Dutch time) from month {@code van} to month {@code tot}
     * (both optional, as JJJJ-MM): the NOO over all requests, a gemeente over its own.
     */
    public Doorlooptijden doorlooptijden(String van, String tot, Gebruiker gebruiker) {
        String gemeente;
        if (gebruiker.heeft(Rol.NOO_MEDEWERKER)) {
            gemeente = null;
        } else if (gebruiker.isGemeenteMedewerker()) {
            gemeente = gebruiker.eigenGemeente();
        } else {
            throw new AccessDeniedException("alleen gemeenten en de NOO");
        }
        var fouten = new ArrayList<Veld>();
        var vanaf = Invoer.maand(van, "van", false, fouten);
        var totMet = Invoer.maand(tot, "tot", false, fouten);
        if (vanaf != null && totMet != null && totMet.isBefore(vanaf)) {
            fouten.add(new Veld("tot", "De laatste maand ligt voor de eerste."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
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
    Optional<Aanvraag> vind(UUID id) {
        var nu = clock.instant();
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query((rs, i) -> aanvraag(rs, nu)).optional()
                .map(a -> metNamen(List.of(a)).getFirst());
    }

    private static final String SELECT = """
            select t.*, coalesce(b.status, 'ingediend') as status, b.toegekend_bedrag, b.reden,
                   b.vastgelegd_door as besloten_door, b.vastgelegd_op as besloten_op
              from bekostiging.transitievergoeding t
              left join bekostiging.transitievergoedingstatus b on b.transitievergoeding_id = t.id and b.status <> 'ingediend'
            """;

    private static Aanvraag aanvraag(ResultSet rs, Instant nu) throws SQLException {
        var ingediend = rs.getTimestamp("ingediend_op").toInstant();
        var beslotenOp = rs.getTimestamp("besloten_op");
        var besloten = beslotenOp == null ? null : beslotenOp.toInstant();
        return new Aanvraag(rs.getObject("id", UUID.class), rs.getString("gemeente_code"), null,
                rs.getObject("opvanglocatie_id", UUID.class), rs.getString("locatienaam"), rs.getBigDecimal("bedrag"),
                rs.getString("toelichting"), rs.getString("ingediend_door"), ingediend, rs.getString("status"),
                rs.getBigDecimal("toegekend_bedrag"), rs.getString("reden"), rs.getString("besloten_door"), besloten,
                Klok.van(ingediend, besloten, nu));
    }

    private List<Aanvraag> metNamen(List<Aanvraag> lijst) {
        var namen = new HashMap<String, String>();
        return lijst.stream().map(a -> new Aanvraag(a.id(), a.gemeenteCode(),
                namen.computeIfAbsent(a.gemeenteCode(), c -> gebieden.gemeenteNaam(c).orElse(c)), a.opvanglocatieId(), a.locatienaam(),
                a.bedrag(), a.toelichting(), a.ingediendDoor(), a.ingediendOp(), a.status(), a.toegekendBedrag(), a.reden(),
                a.beslotenDoor(), a.beslotenOp(), a.klok())).toList();
    }

    /** The largest amount a request or application may name (ten digits before the comma). */
    static final BigDecimal MAX_BEDRAG = new BigDecimal("9999999999.99");

    /** Optional free text of at most {@value #MAX_TEKST} characters. */
    static String optioneel(String tekst, String veld, List<Veld> fouten) {
        var w = Invoer.schoon(tekst);
        if (w != null && w.length() > MAX_TEKST) {
            fouten.add(new Veld(veld, "Hoogstens " + MAX_TEKST + " tekens."));
        }
        return w;
    }

    private static Double eenDecimaal(Double waarde) {
        return waarde == null ? null : BigDecimal.valueOf(waarde).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static double uren(Duration d) {
        return eenDecimaal(d.toSeconds() / 3600.0);
    }
}
