// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.Huishouden;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.bewoners.Samenstelling;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.plaatsing.PlaatsingId;
import nl.onderdak.plaatsing.PlaatsingOpdracht;
import nl.onderdak.plaatsing.Plaatsingen;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placement requests: a gemeente without a place asks its safety region; the region coordinator
 * proposes a free place in the region or passes the request to the LCVS, which proposes one
 * anywhere; the receiving gemeente accepts (and the household is checked in) or declines (and the
 * request goes back to whoever proposed); the requesting gemeente may withdraw it while open. Every
 * step is timestamped; the lead time from request to placement is reported.
 *
 * <p>Who sees a request (ADR 0014): the requesting gemeente, the gemeente a place was proposed in
 * (while proposed or after acceptance), the region coordinator of its region and the LCVS once it
 * was passed on (neither after withdrawal); a request for a household with a child travelling alone
 * only users with the role MINDERJARIGEN; anyone else gets 404. They see the composition and needs,
 * never names or BSN. Every read and every step writes a processing-log record per member.
 */
@Service
@Transactional(readOnly = true)
public class Plaatsingsverzoeken {

    /** A free place for a request, with why it ranks where it does. */
    public record Suggestie(LocatieId locatieId, String naam, String gemeenteCode, Verblijfsduur verblijfsduur, int vrijeBedden,
            @Nullable Integer afstandKm,
            int score, List<String> redenen) {
    }

    /** What placement needs to know of a household: its size and needs, no names. */
    public record Behoefte(int personen, int minderjarigen, boolean toegankelijk, boolean medisch) {
        static Behoefte van(Samenstelling s) {
            return new Behoefte(s.leden().size(), (int) s.leden().stream().filter(Samenstelling.Lid::minderjarig).count(),
                    s.leden().stream().anyMatch(Samenstelling.Lid::toegankelijkheid),
                    s.leden().stream().anyMatch(Samenstelling.Lid::medischeZorg));
        }
    }

    /** A request as its viewer may see it: with the household's composition (ages on arrival, needs), no names. */
    public record Inzicht(Verzoek verzoek, Samenstelling samenstelling) {
        public Behoefte behoefte() {
            return Behoefte.van(samenstelling);
        }
    }

    private static final String ACTIVITEIT = Plaatsingen.ACTIVITEIT;
    /** Longest explanation of a request, and of declining a proposal. */
    public static final int MAX_TOELICHTING = 1000;
    public static final int MAX_AFWIJZINGSREDEN = 500;

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Plaatsingen plaatsingen;
    private final Gebieden gebieden;
    private final Logboek logboek;
    private final Clock clock;

    Plaatsingsverzoeken(JdbcClient jdbc, Huishoudens huishoudens, Plaatsingen plaatsingen, Gebieden gebieden, Logboek logboek,
            Clock clock) {
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.plaatsingen = plaatsingen;
        this.gebieden = gebieden;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** Who works on placement requests, and so sees the list: the same rule {@link #werkvoorraad} applies. */
    public static boolean magVerzoekenZien(@Nullable Gebruiker gebruiker) {
        if (gebruiker == null) {
            return false;
        }
        return switch (gebruiker.organisatie().soort()) {
            case GEMEENTE -> gebruiker.isGemeenteMedewerker();
            case VEILIGHEIDSREGIO -> gebruiker.heeft(Rol.REGIO_COORDINATOR);
            case LANDELIJK -> gebruiker.heeft(Rol.LCVS_PLAATSER);
            case MATCHING -> false;
        };
    }

    /** A gemeente asks its safety region for a place for a household it may see. */
    @Transactional
    public Inzicht dienIn(HuishoudenId huishoudenId, LocalDate aankomst, @Nullable String toelichting, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var huishouden = huishoudens.lees(huishoudenId.waarde(), gebruiker, new Scope.Gemeente(gemeente))
                .orElseThrow(() -> new NietGevonden("Huishouden"));
        var regio = gebieden.veiligheidsregioVan(gemeente).orElseThrow();
        var id = VerzoekId.nieuw();
        try {
            jdbc.sql("""
                    insert into plaatsing.plaatsingsverzoek (id, huishouden_id, aanvragende_gemeente, veiligheidsregio_code, verwachte_aankomst,
                        toelichting, status, ingediend_op) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id.waarde(), huishoudenId.waarde(), gemeente, regio, aankomst, toelichting, Verzoekstatus.REGIO.code(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new Conflict("verzoek-loopt", "Voor dit huishouden loopt al een plaatsingsverzoek.");
        }
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, Plaatsingen.DOEL, ids(huishouden), gebruiker);
        return inzicht(vind(id).orElseThrow());
    }

    /**
     * The requests a user works on, with their composition: a gemeente its own and those proposed to
     * it; a region its requests; the LCVS those passed to it. A processing-log record for every member
     * of every household listed.
     */
    @Transactional
    public List<Inzicht> werkvoorraad(Gebruiker gebruiker) {
        if (!magVerzoekenZien(gebruiker)) {
            throw new AccessDeniedException("geen rol voor plaatsingsverzoeken");
        }
        var org = gebruiker.organisatie();
        var ingetrokken = Verzoekstatus.INGETROKKEN.code();
        List<Verzoek> lijst = switch (org.soort()) {
            case GEMEENTE -> jdbc.sql("""
                    select * from plaatsing.plaatsingsverzoek where aanvragende_gemeente = :g or ontvangende_gemeente = :g
                     order by ingediend_op desc""")
                    .param("g", org.gemeenteCode()).query(Plaatsingsverzoeken::verzoek).list();
            case VEILIGHEIDSREGIO -> jdbc.sql("""
                    select * from plaatsing.plaatsingsverzoek where veiligheidsregio_code = ? and status <> ?
                     order by ingediend_op desc""")
                    .params(org.veiligheidsregioCode(), ingetrokken).query(Plaatsingsverzoeken::verzoek).list();
            case LANDELIJK -> jdbc.sql("""
                    select * from plaatsing.plaatsingsverzoek where naar_lcvs_op is not null and status <> ?
                     order by ingediend_op desc""")
                    .param(ingetrokken).query(Plaatsingsverzoeken::verzoek).list();
            case MATCHING -> throw new AccessDeniedException("geen rol voor plaatsingsverzoeken");
        };
        var verborgen = gebruiker.heeft(Rol.MINDERJARIGEN) ? java.util.Set.<UUID>of()
                : huishoudens.metAlleenreizendeMinderjarige(lijst.stream().map(v -> v.huishoudenId().waarde()).toList());
        var uitkomst = lijst.stream().filter(v -> !verborgen.contains(v.huishoudenId().waarde())).map(this::inzicht).toList();
        logboek.leg(Handeling.INZIEN, ACTIVITEIT, Plaatsingen.DOEL,
                uitkomst.stream().flatMap(i -> i.samenstelling().bewonerIds().stream()).toList(), gebruiker);
        return uitkomst;
    }

    /** One request with its composition, if the user takes part in it; logged per member. */
    @Transactional
    public Optional<Inzicht> bekijk(VerzoekId id, Gebruiker gebruiker) {
        var inzicht = zichtbaar(id, gebruiker).map(this::inzicht);
        inzicht.ifPresent(i -> logboek.leg(Handeling.INZIEN, ACTIVITEIT, Plaatsingen.DOEL, i.samenstelling().bewonerIds(), gebruiker));
        return inzicht;
    }

    /** A request, if the user takes part in it: the same rules as {@link #werkvoorraad}, for one request. Not logged. */
    public Optional<Verzoek> zichtbaar(VerzoekId id, Gebruiker gebruiker) {
        var org = gebruiker.organisatie();
        return vind(id).filter(v -> switch (org.soort()) {
            case GEMEENTE -> gebruiker.isGemeenteMedewerker()
                    && (org.gemeenteCode().equals(v.aanvragendeGemeente()) || org.gemeenteCode().equals(v.ontvangendeGemeente()));
            case VEILIGHEIDSREGIO -> gebruiker.heeft(Rol.REGIO_COORDINATOR) && org.veiligheidsregioCode().equals(v.veiligheidsregio())
                    && v.status() != Verzoekstatus.INGETROKKEN;
            case LANDELIJK -> gebruiker.heeft(Rol.LCVS_PLAATSER) && v.naarLcvsOp() != null && v.status() != Verzoekstatus.INGETROKKEN;
            case MATCHING -> false;
        }).filter(v -> gebruiker.heeft(Rol.MINDERJARIGEN)
                || huishoudens.metAlleenreizendeMinderjarige(List.of(v.huishoudenId().waarde())).isEmpty());
    }

    /**
     * A request the user may see and that lies with them to propose a place for: 404 when they cannot
     * see it, 409 when it is not (or no longer) theirs. Checked before the proposal's input is read.
     */
    public Verzoek teBehandelen(VerzoekId id, Gebruiker gebruiker) {
        var verzoek = zichtbaar(id, gebruiker).orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        verzoek.plaatser(gebruiker);
        return verzoek;
    }

    /**
     * A request whose proposed place the user's gemeente decides on: 403 for anyone but a gemeente
     * employee, else 404 unless the place was proposed to their gemeente. Checked before the decision's
     * input is read, so nobody learns from a 400 that a request exists.
     */
    public Verzoek teBeslissen(VerzoekId id, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var verzoek = zichtbaar(id, gebruiker).orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        verzoek.vereisVoorgesteldAan(gemeente);
        return verzoek;
    }

    /** What placement needs to know of the household of a request. */
    public Behoefte behoefte(Verzoek verzoek) {
        return inzicht(verzoek).behoefte();
    }

    private Inzicht inzicht(Verzoek v) {
        return new Inzicht(v, huishoudens.samenstelling(v.huishoudenId().waarde(), v.verwachteAankomst())
                .orElse(new Samenstelling(v.huishoudenId().waarde(), List.of())));
    }

    /**
     * Free places for the request, best first: only locations available on the arrival day with
     * enough free beds of one kind to keep the household together and, when a member needs it,
     * wheelchair access; then family rooms for a family, then the requesting gemeente itself, then
     * its region, then the shortest distance between the centres of the gemeenten, then the most
     * free beds. A region coordinator gets long-stay beds in the region; the LCVS gets the country's
     * long-stay beds and, separately, its short-stay (crisis) beds.
     */
    public List<Suggestie> suggesties(VerzoekId id, Gebruiker gebruiker) {
        return suggesties(id, gebruiker, null);
    }

    /**
     * The suggestions, or with {@code locatie} only that location's: a coordinator may propose any
     * location that fits, not only one of the ten best shown to them (in a region with many
     * locations the one they know to be right may rank eleventh).
     */
    private List<Suggestie> suggesties(VerzoekId id, Gebruiker gebruiker, @Nullable LocatieId locatie) {
        var verzoek = zichtbaar(id, gebruiker).orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        boolean landelijk = gebruiker.heeft(Rol.LCVS_PLAATSER);
        var behoefte = behoefte(verzoek);
        var dag = verzoek.verwachteAankomst().isBefore(LocalDate.now(clock)) ? LocalDate.now(clock) : verzoek.verwachteAankomst();
        var regioGemeenten = gebieden.gemeentecodesInRegio(verzoek.veiligheidsregio()).toArray(String[]::new);
        eigenPlanPerUitvoering();
        return jdbc.sql(SQL_SUGGESTIES)
                .param("d", dag).param("personen", behoefte.personen()).param("toegankelijk", behoefte.toegankelijk())
                .param("gemeente", verzoek.aanvragendeGemeente()).param("regio", regioGemeenten).param("landelijk", landelijk)
                .param("locatie", locatie == null ? null : locatie.waarde(), java.sql.Types.OTHER)
                .query((rs, i) -> suggestie(rs, behoefte)).list();
    }

    /**
     * Plans the next statements of this transaction for their actual parameters. After a few runs
     * PostgreSQL may switch a prepared statement to a generic plan, which for the suggestions (an
     * optional region filter, a day that selects one period per location) misjudges the row counts
     * and was measured two to six times slower than the custom plan.
     */
    private void eigenPlanPerUitvoering() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    private static Suggestie suggestie(ResultSet rs, Behoefte behoefte) throws SQLException {
        var duur = Verblijfsduur.van(rs.getString("verblijfsduur")).orElseThrow();
        int vrij = rs.getInt("vrij");
        var redenen = new ArrayList<String>();
        redenen.add(vrij + (duur == Verblijfsduur.KORT ? " vrije bedden kort verblijf" : " vrije bedden"));
        if (behoefte.toegankelijk()) {
            redenen.add("rolstoeltoegankelijk");
        }
        if (behoefte.personen() > 1 && rs.getBoolean("gezinskamers")) {
            redenen.add("gezinskamers");
        }
        if (rs.getBoolean("eigen_gemeente")) {
            redenen.add("in de eigen gemeente");
        } else if (rs.getBoolean("eigen_regio")) {
            redenen.add("in de eigen regio");
        }
        Integer afstand = rs.getObject("afstand_km") == null ? null : rs.getInt("afstand_km");
        if (afstand != null && !rs.getBoolean("eigen_gemeente")) {
            redenen.add("ca. " + afstand + " km");
        }
        return new Suggestie(new LocatieId(rs.getObject("id", UUID.class)), rs.getString("naam"), rs.getString("gemeente_code"), duur,
                vrij, afstand, rs.getInt("score"), redenen);
    }

    /**
     * Free beds per location on day {@code :d} from the derived table {@code vrijstand} (and the published views {@code locaties.locatie} and {@code gebieden.ligging}) (usable minus
     * occupied beds per period, kept by trigger; V16), long and short stay side by side, read once; from those the best ten long-stay places and, for the LCVS, the
     * best ten short-stay places, each kept only where the whole household fits and, when needed,
     * with wheelchair access, and ranked by family rooms for a family (4), the requesting gemeente
     * (3), its region (2), then the distance between the centres of the gemeenten in kilometres,
     * then the most free beds. Region coordinators search their region ({@code :landelijk} false),
     * the LCVS the country. Measured: one read with two top-ten sorts beats both two full queries
     * and one window function over both kinds. The benchmark keeps its own copy to time it next to the service.
     */
    private static final String SQL_SUGGESTIES = """
            with afstand as (
                select m.gemeente_code,
                       round(6371 * sqrt(power(radians(m.breedtegraad - h.breedtegraad), 2)
                           + power(radians(m.lengtegraad - h.lengtegraad) * cos(radians((m.breedtegraad + h.breedtegraad) / 2)), 2)))::int
                           as km
                  from gebieden.ligging m join gebieden.ligging h on h.gemeente_code = :gemeente),
            kandidaat as materialized (
                select l.id, l.naam, l.gemeente_code, l.gezinskamers, v.lang_vrij, v.kort_vrij,
                       l.gemeente_code = :gemeente as eigen_gemeente, l.gemeente_code = any(:regio) as eigen_regio,
                       a.km as afstand_km,
                       (case when :personen > 1 and l.gezinskamers then 4 else 0 end)
                       + (case when l.gemeente_code = :gemeente then 3 when l.gemeente_code = any(:regio) then 2 else 0 end) as score
                  from plaatsing.vrijstand v
                  join locaties.locatie l on l.id = v.opvanglocatie_id
                  left join afstand a on a.gemeente_code = l.gemeente_code
                 where v.geldig @> cast(:d as date)
                   and (v.lang_vrij >= :personen or (:landelijk and v.kort_vrij >= :personen))
                   and l.beschikbaar_vanaf <= :d and (l.beschikbaar_tot is null or l.beschikbaar_tot >= :d)
                   and (not :toegankelijk or l.rolstoeltoegankelijk)
                   and (:landelijk or l.gemeente_code = any(:regio))
                   and (cast(:locatie as uuid) is null or l.id = cast(:locatie as uuid)))
            (select id, naam, gemeente_code, gezinskamers, 'lang' as verblijfsduur, lang_vrij as vrij, eigen_gemeente, eigen_regio,
                    afstand_km, score
               from kandidaat where lang_vrij >= :personen
              order by score desc, afstand_km nulls last, lang_vrij desc, id limit 10)
            union all
            (select id, naam, gemeente_code, gezinskamers, 'kort', kort_vrij, eigen_gemeente, eigen_regio, afstand_km, score
               from kandidaat where :landelijk and kort_vrij >= :personen
              order by score desc, afstand_km nulls last, kort_vrij desc, id limit 10)
            """;

    /**
     * The region coordinator or the LCVS proposes a location and the kind of bed (long stay unless
     * the LCVS chooses a short-stay crisis bed). The receiving gemeente then sees the request with the
     * composition and needs, not the household itself (relation {@code voorgesteld}, ADR 0014).
     */
    @Transactional
    public Inzicht stelVoor(VerzoekId id, LocatieId locatie, Verblijfsduur duur, Gebruiker gebruiker) {
        var verzoek = zichtbaar(id, gebruiker).orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        var door = verzoek.stelVoor(gebruiker);
        if (suggesties(id, gebruiker, locatie).stream().noneMatch(s -> s.locatieId().equals(locatie) && s.verblijfsduur() == duur)) {
            throw new Conflict("geen-passende-plek", "Deze locatie heeft geen passende vrije plek voor dit huishouden.");
        }
        var ontvangend = plaatsingen.gemeenteVan(locatie);
        // The reason a previous gemeente gave for declining is its own text: the next gemeente does not see it. Only
        // a request that is still open moves on (a withdrawal at the same moment wins).
        int voorgesteld = jdbc.sql("""
                update plaatsing.plaatsingsverzoek set status = ?, voorgestelde_locatie = ?, voorgestelde_verblijfsduur = ?,
                       ontvangende_gemeente = ?, voorgesteld_door = ?, voorgesteld_op = ?, afwijzingsreden = null
                 where id = ? and status in (?, ?)""")
                .params(Verzoekstatus.VOORGESTELD.code(), locatie.waarde(), duur.code(), ontvangend, door.code(),
                        Timestamp.from(clock.instant()), id.waarde(), Verzoekstatus.REGIO.code(), Verzoekstatus.LCVS.code())
                .update();
        if (voorgesteld == 0) {
            throw new Conflict("verzoek-niet-open", "Dit verzoek is intussen ingetrokken of al voorgesteld.");
        }
        huishoudens.stelVoorAan(verzoek.huishoudenId().waarde(), ontvangend, id.waarde());
        return gelogd(Handeling.WIJZIGEN, vind(id).orElseThrow(), gebruiker);
    }

    /** The region has no fitting place: the request goes to the national placement desk. */
    @Transactional
    public Inzicht naarLcvs(VerzoekId id, Gebruiker gebruiker) {
        var verzoek = zichtbaar(id, gebruiker).orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        var naar = verzoek.stuurDoor(gebruiker);
        jdbc.sql("update plaatsing.plaatsingsverzoek set status = ?, naar_lcvs_op = ? where id = ?")
                .params(naar.code(), Timestamp.from(clock.instant()), id.waarde()).update();
        return gelogd(Handeling.WIJZIGEN, vind(id).orElseThrow(), gebruiker);
    }

    /**
     * The receiving gemeente accepts the proposal: it becomes the hosting gemeente of the household
     * (relation {@code opvangend}) and checks it in from the given day (the expected arrival when
     * null), in one transaction.
     */
    @Transactional
    public Inzicht accepteer(VerzoekId id, @Nullable LocalDate vanaf, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var verzoek = zichtbaar(id, gebruiker).orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        var na = verzoek.accepteer(gemeente);
        huishoudens.aanvaard(verzoek.huishoudenId().waarde(), gemeente, id.waarde());
        var plaatsing = plaatsingen.plaats(PlaatsingOpdracht.heel(verzoek.huishoudenId(), Objects.requireNonNull(verzoek.voorgesteldeLocatie()),
                Objects.requireNonNull(verzoek.voorgesteldeVerblijfsduur()), vanaf == null ? verzoek.verwachteAankomst() : vanaf), gebruiker);
        jdbc.sql("update plaatsing.plaatsingsverzoek set status = ?, plaatsing_id = ?, geplaatst_op = ? where id = ?")
                .params(na.code(), plaatsing.id().waarde(), Timestamp.from(clock.instant()), id.waarde()).update();
        return inzicht(vind(id).orElseThrow());
    }

    /**
     * The receiving gemeente declines the proposal: the request goes back to whoever proposed it
     * (region or LCVS) and the gemeente loses every access the proposal gave, the request included.
     */
    @Transactional
    public void wijsAf(VerzoekId id, @Nullable String reden, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var verzoek = zichtbaar(id, gebruiker).orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        var terug = verzoek.wijsAf(gemeente);
        jdbc.sql("""
                update plaatsing.plaatsingsverzoek set status = ?, voorgestelde_locatie = null, voorgestelde_verblijfsduur = null,
                       ontvangende_gemeente = null, voorgesteld_door = null, voorgesteld_op = null, afgewezen_op = ?, afwijzingsreden = ?
                 where id = ?""")
                .params(terug.code(), Timestamp.from(clock.instant()), reden, id.waarde()).update();
        huishoudens.trekVoorstelIn(verzoek.huishoudenId().waarde(), id.waarde());
        gelogd(Handeling.WIJZIGEN, verzoek, gebruiker);
    }

    /** The requesting gemeente withdraws an open request; a proposal's access goes with it. */
    @Transactional
    public Inzicht trekIn(VerzoekId id, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var verzoek = zichtbaar(id, gebruiker).filter(v -> gemeente.equals(v.aanvragendeGemeente()))
                .orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        var na = verzoek.trekIn();
        jdbc.sql("""
                update plaatsing.plaatsingsverzoek set status = ?, voorgestelde_locatie = null, voorgestelde_verblijfsduur = null,
                       ontvangende_gemeente = null, voorgesteld_door = null, ingetrokken_op = ? where id = ?""")
                .params(na.code(), Timestamp.from(clock.instant()), id.waarde()).update();
        huishoudens.trekVoorstelIn(verzoek.huishoudenId().waarde(), id.waarde());
        return gelogd(Handeling.WIJZIGEN, vind(id).orElseThrow(), gebruiker);
    }

    private Inzicht gelogd(Handeling handeling, Verzoek verzoek, Gebruiker gebruiker) {
        var inzicht = inzicht(verzoek);
        logboek.leg(handeling, ACTIVITEIT, Plaatsingen.DOEL, inzicht.samenstelling().bewonerIds(), gebruiker);
        return inzicht;
    }

    public Optional<Verzoek> vind(VerzoekId id) {
        return jdbc.sql("select * from plaatsing.plaatsingsverzoek where id = ?").param(id.waarde()).query(Plaatsingsverzoeken::verzoek)
                .optional();
    }

    private static List<UUID> ids(Huishouden h) {
        return h.leden().stream().map(Bewoner::id).toList();
    }

    /** A row as the aggregate: the database's words become the workflow's types here, and only here. */
    private static Verzoek verzoek(ResultSet rs, int rij) throws SQLException {
        var locatie = rs.getObject("voorgestelde_locatie", UUID.class);
        var duur = rs.getString("voorgestelde_verblijfsduur");
        var door = rs.getString("voorgesteld_door");
        var plaatsing = rs.getObject("plaatsing_id", UUID.class);
        return new Verzoek(new VerzoekId(rs.getObject("id", UUID.class)), new HuishoudenId(rs.getObject("huishouden_id", UUID.class)),
                rs.getString("aanvragende_gemeente"), rs.getString("veiligheidsregio_code"), rs.getObject("verwachte_aankomst", LocalDate.class),
                rs.getString("toelichting"), Verzoekstatus.lees(rs.getString("status")), locatie == null ? null : new LocatieId(locatie),
                duur == null ? null : Verblijfsduur.van(duur).orElseThrow(), rs.getString("ontvangende_gemeente"),
                door == null ? null : Verzoekstatus.lees(door), plaatsing == null ? null : new PlaatsingId(plaatsing),
                Objects.requireNonNull(instant(rs, "ingediend_op")), instant(rs, "naar_lcvs_op"), instant(rs, "voorgesteld_op"),
                instant(rs, "geplaatst_op"), instant(rs, "afgewezen_op"), rs.getString("afwijzingsreden"), instant(rs, "ingetrokken_op"));
    }

    private static @Nullable Instant instant(ResultSet rs, String kolom) throws SQLException {
        var t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }
}
