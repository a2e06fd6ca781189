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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.Huishouden;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.bewoners.Samenstelling;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.plaatsing.PlaatsingId;
import nl.onderdak.plaatsing.PlaatsingOpdracht;
import nl.onderdak.plaatsing.Plaatsingen;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.Pagina;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
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

    /**
     * A request as its viewer may see it: with the household's composition (ages on arrival, needs), no
     * names; for one request also the place proposed or taken ({@link Plek}) and the steps its viewer may
     * see. In lists both stay empty (one query per request would not scale to the national list).
     */
    public record Inzicht(Verzoek verzoek, Samenstelling samenstelling, @Nullable Plek plek, @Nullable List<Stap> geschiedenis) {
        public Inzicht(Verzoek verzoek, Samenstelling samenstelling) {
            this(verzoek, samenstelling, null, null);
        }

        public Behoefte behoefte() {
            return Behoefte.van(samenstelling);
        }
    }

    /**
     * A location as the parties of a request see it: the place proposed (or, once placed, where the
     * household went), with its gemeente's name, its address as locaties keeps it (postcode, number,
     * place; locaties has no street yet) and the free beds of the kind proposed on the arrival day.
     */
    public record Plek(LocatieId locatieId, String naam, String adres, String gemeenteCode, String gemeenteNaam, Verblijfsduur verblijfsduur,
            int vrijeBedden, LocalDate peildatum) {
    }

    /**
     * One step in a request's history: what happened, when, by which organisation and why. {@code door}
     * (the employee) only for colleagues of the same organisation, else null. {@code locatie} names the
     * location the step concerns (proposed, accepted, declined); for {@code andere_locatie} it is the
     * location the gemeente chose and {@code voorgesteldeLocatie} the one proposed.
     */
    public record Stap(String stap, @Nullable Verzoekstatus van, Verzoekstatus naar, String organisatie, String organisatieNaam,
            @Nullable String door, Instant op, @Nullable String reden, @Nullable String locatie, @Nullable String voorgesteldeLocatie) {
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
    private final Opvanglocaties locaties;
    private final Clock clock;

    Plaatsingsverzoeken(JdbcClient jdbc, Huishoudens huishoudens, Plaatsingen plaatsingen, Gebieden gebieden, Logboek logboek,
            Opvanglocaties locaties, Clock clock) {
        this.jdbc = jdbc;
        this.locaties = locaties;
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
            case LANDELIJK -> isLcvsPlaatser(gebruiker);
            case MATCHING, PROVINCIE -> false;
        };
    }

    /** The organisation code of the LCVS, the one national organisation that places (toegang's organisation list). */
    static final String LCVS = "LCVS";

    /**
     * A placer of the LCVS: the role and the organisation both. The role alone is not enough, as a
     * login (an OIDC token, an account) may carry it for another national organisation (KCIO, NOO,
     * JenV, national administration), which handles no request and may read no household.
     */
    static boolean isLcvsPlaatser(Gebruiker gebruiker) {
        var org = gebruiker.organisatie();
        return org.soort() == Organisatie.Soort.LANDELIJK && LCVS.equals(org.code()) && gebruiker.heeft(Rol.LCVS_PLAATSER);
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
            throw new Conflict("verzoek-loopt", Berichten.tekst("verzoek.conflict.verzoekLoopt"));
        }
        stap(id, null, Verzoekstatus.REGIO, "ingediend", gebruiker, null, null, null);
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, Plaatsingen.DOEL, ids(huishouden), gebruiker);
        return inzicht(vind(id).orElseThrow());
    }

    /**
     * A request for a place in municipal reception for a household of {@code gemeente}, filed on its
     * behalf when a stay with a host household ends with "back to municipal reception" (issue 15): the
     * match's rules decided that the user may end the stay, so no scope check of the user here.
     */
    @Transactional
    public VerzoekId dienInVoor(HuishoudenId huishoudenId, String gemeente, LocalDate aankomst, @Nullable String toelichting,
            Gebruiker gebruiker) {
        // A request that is still open already asks for a place: that one stands (no second one).
        var lopend = jdbc.sql("""
                select id from plaatsing.plaatsingsverzoek where huishouden_id = ? and status in ('regio', 'lcvs', 'voorgesteld', 'afgewezen')""")
                .param(huishoudenId.waarde()).query(UUID.class).optional();
        if (lopend.isPresent()) {
            return new VerzoekId(lopend.get());
        }
        var regio = gebieden.veiligheidsregioVan(gemeente).orElseThrow();
        var id = VerzoekId.nieuw();
        jdbc.sql("""
                insert into plaatsing.plaatsingsverzoek (id, huishouden_id, aanvragende_gemeente, veiligheidsregio_code, verwachte_aankomst,
                    toelichting, status, ingediend_op) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.waarde(), huishoudenId.waarde(), gemeente, regio, aankomst, toelichting, Verzoekstatus.REGIO.code(),
                        Timestamp.from(clock.instant()))
                .update();
        stap(id, null, Verzoekstatus.REGIO, "ingediend", gebruiker, null, null, null);
        return id;
    }

    /** Requests per page of the API when the client names no size, and the most it may ask for. */
    public static final int STANDAARD_AANTAL = 100;
    public static final int MAX_AANTAL = 500;

    /**
     * Reads the page parameters as typed (from 1; size 1 to {@link #MAX_AANTAL}, {@link #STANDAARD_AANTAL}
     * when absent) and lists that page; every wrong parameter is named. Access is checked first: a user
     * without a role for requests gets 403 whatever they typed.
     */
    @Transactional
    public Pagina<Inzicht> werkvoorraad(Gebruiker gebruiker, @Nullable String pagina, @Nullable String aantal) {
        if (!magVerzoekenZien(gebruiker)) {
            throw new AccessDeniedException("geen rol voor plaatsingsverzoeken");
        }
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var p = Invoer.geheelGetal(pagina, "pagina", 1, 1_000_000, false, fouten);
        var a = Invoer.geheelGetal(aantal, "aantal", 1, MAX_AANTAL, false, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return werkvoorraad(gebruiker, p == null ? 1 : p, a == null ? STANDAARD_AANTAL : a);
    }

    /**
     * One page of the requests a user works on, newest first, with their composition: a gemeente its
     * own and those proposed to it; a region its requests; the LCVS those passed to it; a household with
     * a child travelling alone only for a user with the role MINDERJARIGEN. That rule is part of the
     * query, so the total and the pages count only what the user may see. A processing-log record for
     * every member of every household on the page (what was shown), none for the other pages.
     */
    @Transactional
    public Pagina<Inzicht> werkvoorraad(Gebruiker gebruiker, int pagina, int aantal) {
        return werkvoorraad(gebruiker, Zoekopdracht.ALLES, Volgorde.NIEUWSTE, pagina, aantal);
    }

    /** The orders of the list of requests: by filing (newest or longest waiting first) or by expected arrival. */
    public enum Volgorde {
        NIEUWSTE("v.ingediend_op desc, v.id"),
        OUDSTE("v.ingediend_op, v.id"),
        AANKOMST("v.verwachte_aankomst, v.ingediend_op, v.id");

        private final String sql;

        Volgorde(String sql) {
            this.sql = sql;
        }
    }

    /**
     * What the list is narrowed to: requests from or to one of the gemeenten, or whose number (the id in
     * the address) starts with the given text. Never a household or a name: region and LCVS see none.
     * {@code null} for both: every request. Empty codes and no number: none (the search found nothing).
     */
    public record Zoekopdracht(@Nullable Set<String> gemeenten, @Nullable String nummerBegin) {
        public static final Zoekopdracht ALLES = new Zoekopdracht(null, null);
    }

    /**
     * As {@link #werkvoorraad(Gebruiker, int, int)}, narrowed and ordered in the query itself, so the
     * total and the pages count only what the search finds, within the same rule of who sees what.
     */
    @Transactional
    public Pagina<Inzicht> werkvoorraad(Gebruiker gebruiker, Zoekopdracht zoek, Volgorde volgorde, int pagina, int aantal) {
        if (!magVerzoekenZien(gebruiker)) {
            throw new AccessDeniedException("geen rol voor plaatsingsverzoeken");
        }
        if (pagina < 1 || aantal < 1) {
            throw new IllegalArgumentException("pagina en aantal tellen vanaf 1");
        }
        var org = gebruiker.organisatie();
        var params = new java.util.HashMap<String, Object>();
        params.put("ingetrokken", Verzoekstatus.INGETROKKEN.code());
        var waar = new StringBuilder(" from plaatsing.plaatsingsverzoek v where ");
        switch (org.soort()) {
            case GEMEENTE -> {
                waar.append("(v.aanvragende_gemeente = :g or v.ontvangende_gemeente = :g)");
                params.put("g", org.gemeenteCode());
            }
            case VEILIGHEIDSREGIO -> {
                waar.append("v.veiligheidsregio_code = :regio and v.status <> :ingetrokken");
                params.put("regio", org.veiligheidsregioCode());
            }
            case LANDELIJK -> waar.append("v.naar_lcvs_op is not null and v.status <> :ingetrokken");
            case MATCHING, PROVINCIE -> throw new AccessDeniedException("geen rol voor plaatsingsverzoeken");
        }
        if (!gebruiker.heeft(Rol.MINDERJARIGEN)) {
            // The published view of the members not merged away: the same rule as Huishoudens.metAlleenreizendeMinderjarige.
            waar.append(" and not exists (select 1 from bewoners.lid l where l.huishouden_id = v.huishouden_id and l.alleenreizend_minderjarig)");
        }
        if (zoek.gemeenten() != null || zoek.nummerBegin() != null) {
            var codes = zoek.gemeenten() == null ? Set.<String>of() : zoek.gemeenten();
            // Only hexadecimal digits and hyphens, as in an id: no wildcard of "like" gets through.
            var nummer = zoek.nummerBegin() == null ? "" : zoek.nummerBegin().toLowerCase(java.util.Locale.ROOT).replaceAll("[^0-9a-f-]", "");
            // "false" for an empty part keeps the statement valid and finds nothing by that part.
            waar.append(" and (").append(codes.isEmpty() ? "false" : "(v.aanvragende_gemeente in (:codes) or v.ontvangende_gemeente in (:codes))")
                    .append(" or ").append(nummer.isEmpty() ? "false" : "v.id::text like :nummer").append(")");
            if (!codes.isEmpty()) {
                params.put("codes", codes);
            }
            if (!nummer.isEmpty()) {
                params.put("nummer", nummer + "%");
            }
        }
        params.put("aantal", aantal);
        params.put("vanaf", (long) (pagina - 1) * aantal);
        // The page and the total in one statement (Pagina.totaal): the sort finds every
        // matching request anyway, so the window count costs little more than the page.
        var totaalOpPagina = new long[] {-1};
        List<Verzoek> lijst = jdbc.sql("select v.*, count(*) over () as totaal" + waar
                + " order by " + volgorde.sql + " limit :aantal offset :vanaf").params(params).query((rs, i) -> {
                    totaalOpPagina[0] = rs.getLong("totaal");
                    return verzoek(rs, i);
                }).list();
        long totaal = Pagina.totaal(totaalOpPagina[0], pagina,
                () -> jdbc.sql("select count(*)" + waar).params(params).query(Long.class).single());
        var samenstellingen = huishoudens.samenstellingen(
                lijst.stream().map(v -> Map.entry(v.huishoudenId().waarde(), v.verwachteAankomst())).toList());
        var uitkomst = new ArrayList<Inzicht>(lijst.size());
        for (int i = 0; i < lijst.size(); i++) {
            var v = lijst.get(i);
            uitkomst.add(new Inzicht(v, samenstellingen.get(i).orElse(new Samenstelling(v.huishoudenId().waarde(), List.of()))));
        }
        logboek.leg(Handeling.INZIEN, ACTIVITEIT, Plaatsingen.DOEL,
                uitkomst.stream().flatMap(i -> i.samenstelling().bewonerIds().stream()).toList(), gebruiker);
        return new Pagina<>(uitkomst, totaal, pagina, aantal);
    }

    /** What kind of work an open request is for its holder (the {@code soort} of a work item). */
    public enum Werksoort {
        /** Region or LCVS: find and propose a place. */
        ZOEKEN("plaatsingsverzoek"),
        /** Region or LCVS: the place they proposed was declined; propose again. */
        OPNIEUW("plaatsingsverzoek-afgewezen"),
        /** Receiving gemeente: accept or decline the proposed place. */
        BEANTWOORDEN("voorstel"),
        /** Requesting gemeente: its request came back declined; read the reason, wait or withdraw. */
        AFGEWEZEN("plaatsingsverzoek-terug"),
        /**
         * Region or LCVS that proposed: the gemeente accepted at another of its own locations. For
         * information, until they open the request or for {@link #ANDERE_LOCATIE_DAGEN} days.
         */
        ANDERE_LOCATIE("plaatsingsverzoek-andere-locatie");

        private final String code;

        Werksoort(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** How many days the proposer is told that the gemeente accepted at another location, unless they open the request first. */
    public static final int ANDERE_LOCATIE_DAGEN = 7;

    /**
     * An open request waiting for a user, since when, and why it waits for them; {@code locatie} names
     * the location the gemeente chose instead of the one proposed ({@link Werksoort#ANDERE_LOCATIE}).
     */
    public record Wachtend(Verzoek verzoek, Werksoort soort, Instant sinds, @Nullable String locatie) {
        public Wachtend(Verzoek verzoek, Werksoort soort, Instant sinds) {
            this(verzoek, soort, sinds, null);
        }
    }

    /**
     * The open requests waiting for this user's organisation, oldest first: the region's requests to
     * find a place for (and those it proposed that came back declined), the LCVS's likewise, the
     * receiving gemeente's proposals to answer, and the requesting gemeente's declined requests. The
     * same rules as the request page: a user sees only what they may act on there, a child travelling
     * alone only with the role MINDERJARIGEN. Not logged: only gemeente names and dates leave here.
     */
    public List<Wachtend> wachtend(Gebruiker gebruiker) {
        if (!magVerzoekenZien(gebruiker)) {
            return List.of();
        }
        var org = gebruiker.organisatie();
        var afgewezen = Verzoekstatus.AFGEWEZEN.code();
        List<Wachtend> lijst = switch (org.soort()) {
            case GEMEENTE -> jdbc.sql("""
                    select * from plaatsing.plaatsingsverzoek
                     where (status = :voorgesteld and ontvangende_gemeente = :g) or (status = :afgewezen and aanvragende_gemeente = :g)""")
                    .param("voorgesteld", Verzoekstatus.VOORGESTELD.code()).param("afgewezen", afgewezen).param("g", org.gemeenteCode())
                    .query(Plaatsingsverzoeken::verzoek).list().stream()
                    .map(v -> v.status() == Verzoekstatus.VOORGESTELD
                            ? new Wachtend(v, Werksoort.BEANTWOORDEN, Objects.requireNonNull(v.voorgesteldOp()))
                            : new Wachtend(v, Werksoort.AFGEWEZEN, Objects.requireNonNull(v.afgewezenOp())))
                    .toList();
            case VEILIGHEIDSREGIO -> java.util.stream.Stream.concat(jdbc.sql("""
                    select * from plaatsing.plaatsingsverzoek
                     where veiligheidsregio_code = ? and (status = ? or (status = ? and voorgesteld_door = ?))""")
                    .params(org.veiligheidsregioCode(), Verzoekstatus.REGIO.code(), afgewezen, Verzoekstatus.REGIO.code())
                    .query(Plaatsingsverzoeken::verzoek).list().stream().map(Plaatsingsverzoeken::zoekwerk),
                    elders(Verzoekstatus.REGIO, org.veiligheidsregioCode()).stream()).toList();
            case LANDELIJK -> java.util.stream.Stream.concat(jdbc.sql("""
                    select * from plaatsing.plaatsingsverzoek where status = ? or (status = ? and voorgesteld_door = ?)""")
                    .params(Verzoekstatus.LCVS.code(), afgewezen, Verzoekstatus.LCVS.code())
                    .query(Plaatsingsverzoeken::verzoek).list().stream().map(Plaatsingsverzoeken::zoekwerk),
                    gebruiker.heeft(Rol.LCVS_PLAATSER) ? elders(Verzoekstatus.LCVS, null).stream()
                            : java.util.stream.Stream.<Wachtend>empty()).toList();
            case MATCHING, PROVINCIE -> List.<Wachtend>of();
        };
        var verborgen = gebruiker.heeft(Rol.MINDERJARIGEN) || lijst.isEmpty() ? java.util.Set.<UUID>of()
                : huishoudens.metAlleenreizendeMinderjarige(lijst.stream().map(w -> w.verzoek().huishoudenId().waarde()).toList());
        return lijst.stream().filter(w -> !verborgen.contains(w.verzoek().huishoudenId().waarde()))
                .sorted(java.util.Comparator.comparing(Wachtend::sinds)).toList();
    }

    /**
     * The requests a proposer (the region, or the LCVS) proposed that the gemeente accepted at another
     * of its own locations, placed within the last {@link #ANDERE_LOCATIE_DAGEN} days and not yet opened
     * by the proposer, with the location chosen.
     */
    private List<Wachtend> elders(Verzoekstatus door, @Nullable String regio) {
        var grens = Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(ANDERE_LOCATIE_DAGEN)));
        return jdbc.sql("""
                select v.*, l.naam as gekozen_locatie
                  from plaatsing.plaatsingsverzoek v
                  join plaatsing.verzoekstap s on s.verzoek_id = v.id and s.stap = 'andere_locatie'
                  join locaties.locatie l on l.id = s.locatie_id
                 where v.status = :geplaatst and v.voorgesteld_door = :door and v.andere_locatie_gezien_op is null
                   and v.geplaatst_op > :grens and (cast(:regio as text) is null or v.veiligheidsregio_code = :regio)""")
                .param("geplaatst", Verzoekstatus.GEPLAATST.code()).param("door", door.code()).param("grens", grens)
                .param("regio", regio)
                .query((rs, i) -> new Wachtend(verzoek(rs, i), Werksoort.ANDERE_LOCATIE, rs.getTimestamp("geplaatst_op").toInstant(),
                        rs.getString("gekozen_locatie")))
                .list();
    }

    /**
     * Whether the user belongs to the party that proposed the place of this request: the region's
     * coordinator when the region proposed, the LCVS when the LCVS did.
     */
    private static boolean isVoorsteller(Verzoek v, Gebruiker gebruiker) {
        var org = gebruiker.organisatie();
        return switch (org.soort()) {
            case VEILIGHEIDSREGIO -> v.voorgesteldDoor() == Verzoekstatus.REGIO && gebruiker.heeft(Rol.REGIO_COORDINATOR)
                    && org.veiligheidsregioCode().equals(v.veiligheidsregio());
            case LANDELIJK -> v.voorgesteldDoor() == Verzoekstatus.LCVS && gebruiker.heeft(Rol.LCVS_PLAATSER);
            default -> false;
        };
    }

    private static Wachtend zoekwerk(Verzoek v) {
        return switch (v.status()) {
            case AFGEWEZEN -> new Wachtend(v, Werksoort.OPNIEUW, Objects.requireNonNull(v.afgewezenOp()));
            case LCVS -> new Wachtend(v, Werksoort.ZOEKEN, Objects.requireNonNull(v.naarLcvsOp()));
            default -> new Wachtend(v, Werksoort.ZOEKEN, v.ingediendOp());
        };
    }

    /** One request with its composition, if the user takes part in it; logged per member. */
    @Transactional
    public Optional<Inzicht> bekijk(VerzoekId id, Gebruiker gebruiker) {
        zichtbaar(id, gebruiker).filter(v -> v.status() == Verzoekstatus.GEPLAATST && isVoorsteller(v, gebruiker))
                // The proposer has now seen where the household went: their work item about it goes away.
                .ifPresent(v -> jdbc.sql("""
                        update plaatsing.plaatsingsverzoek set andere_locatie_gezien_op = ? where id = ? and andere_locatie_gezien_op is null""")
                        .params(Timestamp.from(clock.instant()), v.id().waarde()).update());
        var inzicht = zichtbaar(id, gebruiker).map(v -> volledig(v, gebruiker));
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
            case LANDELIJK -> isLcvsPlaatser(gebruiker) && v.naarLcvsOp() != null && v.status() != Verzoekstatus.INGETROKKEN;
            case MATCHING, PROVINCIE -> false;
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
        vergrendel(id);
        var verzoek = zichtbaar(id, gebruiker).orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        var door = verzoek.stelVoor(gebruiker);
        if (suggesties(id, gebruiker, locatie).stream().noneMatch(s -> s.locatieId().equals(locatie) && s.verblijfsduur() == duur)) {
            throw new Conflict("geen-passende-plek", Berichten.tekst("verzoek.conflict.geenPlek"));
        }
        var ontvangend = plaatsingen.gemeenteVan(locatie);
        // The reason a previous gemeente gave for declining is its own text: the next gemeente does not see it. Only
        // a request that is still open moves on (a withdrawal at the same moment wins).
        int voorgesteld = jdbc.sql("""
                update plaatsing.plaatsingsverzoek set status = ?, voorgestelde_locatie = ?, voorgestelde_verblijfsduur = ?,
                       ontvangende_gemeente = ?, voorgesteld_door = ?, voorgesteld_op = ?, afwijzingsreden = null
                 where id = ? and status = ?""")
                .params(Verzoekstatus.VOORGESTELD.code(), locatie.waarde(), duur.code(), ontvangend, door.code(),
                        Timestamp.from(clock.instant()), id.waarde(), verzoek.status().code())
                .update();
        if (voorgesteld == 0) {
            throw new Conflict("verzoek-niet-open", Berichten.tekst("verzoek.conflict.alVoorgesteld"));
        }
        stap(id, verzoek.status(), Verzoekstatus.VOORGESTELD, "voorgesteld", gebruiker, null, locatie, ontvangend);
        huishoudens.stelVoorAan(verzoek.huishoudenId().waarde(), ontvangend, id.waarde());
        return gelogd(Handeling.WIJZIGEN, vind(id).orElseThrow(), gebruiker);
    }

    /** The region has no fitting place: the request goes to the national placement desk. */
    @Transactional
    public Inzicht naarLcvs(VerzoekId id, Gebruiker gebruiker) {
        vergrendel(id);
        var verzoek = zichtbaar(id, gebruiker).orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        var naar = verzoek.stuurDoor(gebruiker);
        jdbc.sql("update plaatsing.plaatsingsverzoek set status = ?, naar_lcvs_op = ? where id = ?")
                .params(naar.code(), Timestamp.from(clock.instant()), id.waarde()).update();
        stap(id, verzoek.status(), naar, "doorgestuurd", gebruiker, null, null, null);
        return gelogd(Handeling.WIJZIGEN, vind(id).orElseThrow(), gebruiker);
    }

    /**
     * The receiving gemeente accepts the proposal: it becomes the hosting gemeente of the household
     * (relation {@code opvangend}) and checks it in from the given day (the expected arrival when
     * null), in one transaction.
     */
    @Transactional
    public Inzicht accepteer(VerzoekId id, @Nullable LocalDate vanaf, Gebruiker gebruiker) {
        return accepteer(id, vanaf, null, gebruiker);
    }

    /**
     * As {@link #accepteer(VerzoekId, LocalDate, Gebruiker)}, at {@code andereLocatie} when the gemeente
     * chooses another of its own locations instead of the one proposed (the same kind of bed); the
     * history records the change of location. A location of another gemeente: 404; too few free beds: 409.
     */
    @Transactional
    public Inzicht accepteer(VerzoekId id, @Nullable LocalDate vanaf, @Nullable LocatieId andereLocatie, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        // Locked first: a withdrawal at the same moment waits, and whichever comes second finds the new state.
        vergrendel(id);
        var verzoek = zichtbaar(id, gebruiker).orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        var na = verzoek.accepteer(gemeente);
        var voorgesteld = Objects.requireNonNull(verzoek.voorgesteldeLocatie());
        var locatie = andereLocatie == null ? voorgesteld : andereLocatie;
        huishoudens.aanvaard(verzoek.huishoudenId().waarde(), gemeente, id.waarde());
        var plaatsing = plaatsingen.plaats(PlaatsingOpdracht.heel(verzoek.huishoudenId(), locatie,
                Objects.requireNonNull(verzoek.voorgesteldeVerblijfsduur()), vanaf == null ? verzoek.verwachteAankomst() : vanaf), gebruiker);
        jdbc.sql("update plaatsing.plaatsingsverzoek set status = ?, plaatsing_id = ?, geplaatst_op = ? where id = ?")
                .params(na.code(), plaatsing.id().waarde(), Timestamp.from(clock.instant()), id.waarde()).update();
        if (!locatie.equals(voorgesteld)) {
            stap(id, verzoek.status(), verzoek.status(), "andere_locatie", gebruiker, null, locatie, gemeente, voorgesteld);
        }
        stap(id, verzoek.status(), na, "geaccepteerd", gebruiker, null, locatie, gemeente);
        return volledig(vind(id).orElseThrow(), gebruiker);
    }

    /**
     * The receiving gemeente declines the proposal: the request goes back to whoever proposed it
     * (region or LCVS) and the gemeente loses every access the proposal gave, the request included.
     */
    @Transactional
    public void wijsAf(VerzoekId id, String reden, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        vergrendel(id);
        var verzoek = zichtbaar(id, gebruiker).orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        var afgewezen = verzoek.wijsAf(gemeente);
        // voorgesteld_door stays: the request now lies with whoever proposed, who proposes again.
        jdbc.sql("""
                update plaatsing.plaatsingsverzoek set status = ?, voorgestelde_locatie = null, voorgestelde_verblijfsduur = null,
                       ontvangende_gemeente = null, voorgesteld_op = null, afgewezen_op = ?, afwijzingsreden = ?
                 where id = ?""")
                .params(afgewezen.code(), Timestamp.from(clock.instant()), reden, id.waarde()).update();
        stap(id, verzoek.status(), afgewezen, "afgewezen", gebruiker, reden, verzoek.voorgesteldeLocatie(), gemeente);
        huishoudens.trekVoorstelIn(verzoek.huishoudenId().waarde(), id.waarde());
        gelogd(Handeling.WIJZIGEN, verzoek, gebruiker);
    }

    /** The requesting gemeente withdraws an open request; a proposal's access goes with it. */
    @Transactional
    public Inzicht trekIn(VerzoekId id, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        vergrendel(id);
        var verzoek = zichtbaar(id, gebruiker).filter(v -> gemeente.equals(v.aanvragendeGemeente()))
                .orElseThrow(() -> new NietGevonden("Plaatsingsverzoek"));
        var na = verzoek.trekIn();
        jdbc.sql("""
                update plaatsing.plaatsingsverzoek set status = ?, voorgestelde_locatie = null, voorgestelde_verblijfsduur = null,
                       ontvangende_gemeente = null, voorgesteld_door = null, ingetrokken_op = ? where id = ?""")
                .params(na.code(), Timestamp.from(clock.instant()), id.waarde()).update();
        stap(id, verzoek.status(), na, "ingetrokken", gebruiker, null, null, null);
        huishoudens.trekVoorstelIn(verzoek.huishoudenId().waarde(), id.waarde());
        var inzicht = volledig(vind(id).orElseThrow(), gebruiker);
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, Plaatsingen.DOEL, inzicht.samenstelling().bewonerIds(), gebruiker);
        return inzicht;
    }

    private Inzicht gelogd(Handeling handeling, Verzoek verzoek, Gebruiker gebruiker) {
        var inzicht = volledig(verzoek, gebruiker);
        logboek.leg(handeling, ACTIVITEIT, Plaatsingen.DOEL, inzicht.samenstelling().bewonerIds(), gebruiker);
        return inzicht;
    }

    /**
     * Locks the request's row until the transaction ends, before its state is read: two steps at the
     * same moment (accept and withdraw, a double click) take turns and the second sees what the first did.
     */
    private void vergrendel(VerzoekId id) {
        jdbc.sql("select id from plaatsing.plaatsingsverzoek where id = ? for update").param(id.waarde()).query(UUID.class).optional();
    }

    /** Writes one step of the request's history. */
    private void stap(VerzoekId id, @Nullable Verzoekstatus van, Verzoekstatus naar, String stap, Gebruiker gebruiker, @Nullable String reden,
            @Nullable LocatieId locatie, @Nullable String gemeente) {
        stap(id, van, naar, stap, gebruiker, reden, locatie, gemeente, null);
    }

    /** Writes one step; {@code voorgesteld} is the location proposed when the gemeente chose {@code locatie} instead. */
    private void stap(VerzoekId id, @Nullable Verzoekstatus van, Verzoekstatus naar, String stap, Gebruiker gebruiker, @Nullable String reden,
            @Nullable LocatieId locatie, @Nullable String gemeente, @Nullable LocatieId voorgesteld) {
        var org = gebruiker.organisatie();
        jdbc.sql("""
                insert into plaatsing.verzoekstap (verzoek_id, van_status, naar_status, stap, organisatie, organisatie_naam, door, gemeente, op,
                    reden, locatie_id, voorgestelde_locatie_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.waarde(), van == null ? null : van.code(), naar.code(), stap, org.code(), org.naam(), gebruiker.gebruikersnaam(),
                        gemeente, Timestamp.from(clock.instant()), reden, locatie == null ? null : locatie.waarde(),
                        voorgesteld == null ? null : voorgesteld.waarde())
                .update();
    }

    /**
     * The steps of a request its viewer may see, oldest first. A gemeente that only received a proposal
     * sees the filing, the passing on and its own steps: not which other gemeente was proposed first
     * nor why it declined (that text is the other gemeente's). Employees' names only to colleagues.
     */
    public List<Stap> geschiedenis(Verzoek verzoek, Gebruiker gebruiker) {
        var org = gebruiker.organisatie();
        boolean alleenEigen = org.soort() == nl.onderdak.toegang.Organisatie.Soort.GEMEENTE
                && !verzoek.aanvragendeGemeente().equals(org.gemeenteCode());
        return jdbc.sql("""
                select s.*, l.naam as locatie_naam, vl.naam as voorgestelde_locatie_naam
                  from plaatsing.verzoekstap s
                  left join locaties.locatie l on l.id = s.locatie_id
                  left join locaties.locatie vl on vl.id = s.voorgestelde_locatie_id
                 where s.verzoek_id = ? order by s.op, s.id""").param(verzoek.id().waarde())
                .query((rs, i) -> {
                    var gemeente = rs.getString("gemeente");
                    var stap = rs.getString("stap");
                    if (alleenEigen && !(stap.equals("ingediend") || stap.equals("doorgestuurd") || org.gemeenteCode().equals(gemeente))) {
                        return null;
                    }
                    var van = rs.getString("van_status");
                    var eigen = rs.getString("organisatie").equals(org.code());
                    return new Stap(stap, van == null ? null : Verzoekstatus.lees(van), Verzoekstatus.lees(rs.getString("naar_status")),
                            rs.getString("organisatie"), rs.getString("organisatie_naam"), eigen ? rs.getString("door") : null,
                            rs.getTimestamp("op").toInstant(), rs.getString("reden"), rs.getString("locatie_naam"),
                            rs.getString("voorgestelde_locatie_naam"));
                }).list().stream().filter(Objects::nonNull).toList();
    }

    /**
     * The place of a request: where the household went once placed, else the place proposed; null
     * before a proposal. Read through the locaties front door over the whole country: the parties of
     * the request may know the place (it is no person's data), whatever their own scope.
     */
    public @Nullable Plek plek(Verzoek verzoek) {
        LocatieId locatie = verzoek.voorgesteldeLocatie();
        Verblijfsduur duur = verzoek.voorgesteldeVerblijfsduur();
        if (verzoek.plaatsingId() != null) {
            var plaatsing = plaatsingen.vind(verzoek.plaatsingId());
            if (plaatsing.isPresent()) {
                locatie = plaatsing.get().opvanglocatieId();
                duur = plaatsing.get().verblijfsduur();
            }
        }
        if (locatie == null || duur == null) {
            return null;
        }
        var vandaag = LocalDate.now(clock);
        var dag = verzoek.verwachteAankomst().isBefore(vandaag) ? vandaag : verzoek.verwachteAankomst();
        var gevonden = locaties.vind(locatie, new Scope.Landelijk(), dag);
        if (gevonden.isEmpty()) {
            return null;
        }
        var l = gevonden.get();
        return new Plek(locatie, l.naam(), l.adres().toString(), l.gemeenteCode(), gebieden.gemeenteNaam(l.gemeenteCode()).orElse(l.gemeenteCode()),
                duur, vrijeBedden(locatie, duur, dag), dag);
    }

    /** Free beds of a kind at a location on a day: usable minus occupied (V16's table), never below 0. */
    public int vrijeBedden(LocatieId locatie, Verblijfsduur duur, LocalDate dag) {
        var kolom = duur == Verblijfsduur.KORT ? "kort_vrij" : "lang_vrij";
        return jdbc.sql("select greatest(" + kolom + ", 0) from plaatsing.vrijstand where opvanglocatie_id = ? and geldig @> cast(? as date)")
                .params(locatie.waarde(), dag).query(Integer.class).optional().orElse(0);
    }

    /** The name of a safety region, by its code (the code when unknown). */
    public String regioNaam(String code) {
        return jdbc.sql("select naam from gebieden.regio where code = ?").param(code).query(String.class).optional().orElse(code);
    }

    /** Free beds of a kind on a day for many locations in one query; a location without beds that day: 0. */
    public java.util.Map<UUID, Integer> vrijeBedden(java.util.Collection<UUID> locaties, Verblijfsduur duur, LocalDate dag) {
        var uitkomst = new java.util.HashMap<UUID, Integer>();
        locaties.forEach(l -> uitkomst.put(l, 0));
        if (locaties.isEmpty()) {
            return uitkomst;
        }
        var kolom = duur == Verblijfsduur.KORT ? "kort_vrij" : "lang_vrij";
        jdbc.sql("select opvanglocatie_id, greatest(" + kolom + ", 0) as vrij from plaatsing.vrijstand"
                + " where opvanglocatie_id = any(?) and geldig @> cast(? as date)")
                .params(locaties.toArray(UUID[]::new), dag)
                .query(rs -> {
                    uitkomst.put(rs.getObject("opvanglocatie_id", UUID.class), rs.getInt("vrij"));
                });
        return uitkomst;
    }

    /** One request with its place and the history this viewer may see. */
    private Inzicht volledig(Verzoek v, Gebruiker gebruiker) {
        var kaal = inzicht(v);
        return new Inzicht(v, kaal.samenstelling(), plek(v), geschiedenis(v, gebruiker));
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
