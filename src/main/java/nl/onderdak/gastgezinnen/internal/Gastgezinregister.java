// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.bewoners.Samenstelling;
import nl.onderdak.gastgezinnen.Gastgezinstatus;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Pagina;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.platform.Weergave;
import nl.onderdak.plaatsing.Gastverblijven;
import nl.onderdak.plaatsing.Terugplaatsingen;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of host households, their screening, the requests for a host family, and the matches.
 * Access: the matching organisation (role MATCHER) sees all hosts and requests and makes matches; a
 * gemeente employee sees the hosts in its own gemeente (their address becomes the guests' address), files
 * requests for its own households, and sees and ends the matches of its households. A request, match,
 * follow-up or signal of a household with a child travelling alone exists only for users with the role
 * MINDERJARIGEN; a host's occupied places still count its members. Anyone else, and a gemeente asking for
 * another gemeente's host, request or match, gets 404.
 */
@Service
@Transactional(readOnly = true)
public class Gastgezinregister {

    public static final String ACTIVITEIT = "particuliere-opvang";
    public static final String DOEL = "Particuliere opvang van ontheemden uit Oekraïne bij gastgezinnen (matching en verblijf)";
    /** A certificate of conduct (VOG) counts this many years from its date unless the step says otherwise. */
    public static final int VOG_JAREN = 2;
    /** The matching organisation is warned this many days before a VOG lapses. */
    public static final int VOG_WAARSCHUWING_DAGEN = 30;
    public static final int MAX_PLAATSEN = 20;
    private static final Pattern GM = Pattern.compile("GM\\d{4}");
    private static final Pattern POSTCODE = Pattern.compile("[1-9]\\d{3} ?[A-Za-z]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TAAL = Pattern.compile("[a-z]{2,3}");

    public record Adres(String straat, String huisnummer, String postcode, String plaats) {
    }

    public record Gemeente(String code, String naam) {
    }

    /** What the API and the public form read into a host's offer. */
    public record GastgezinInvoer(@Nullable String naam, @Nullable String email, @Nullable String telefoon, @Nullable String straat,
            @Nullable String huisnummer, @Nullable String postcode, @Nullable String plaats, @Nullable String gemeente,
            @Nullable String plaatsen, @Nullable String kamers, @Nullable String beschikbaarVanaf, @Nullable String beschikbaarTot,
            @Nullable Boolean kinderenWelkom, @Nullable Boolean huisdieren, @Nullable Boolean toegankelijk, @Nullable List<String> talen) {
    }

    public record Screeningstap(String stap, String uitkomst, LocalDate datum, @Nullable LocalDate geldigTot, @Nullable String toelichting) {
    }

    public record Gastgezin(UUID id, String naam, String email, String telefoon, Adres adres, Gemeente gemeente, int plaatsen, int kamers,
            LocalDate beschikbaarVanaf, @Nullable LocalDate beschikbaarTot, boolean kinderenWelkom, boolean huisdieren,
            boolean toegankelijk, List<String> talen, String status, @Nullable String afwijzingsreden, @Nullable LocalDate vogGeldigTot,
            boolean vogVerlooptBinnenkort, int bezettePlaatsen, List<Screeningstap> screening, @Nullable String terugtrekreden,
            java.time.Instant aangemeldOp) {

        /** Whether the matching organisation may still take this host's offer back on its behalf. */
        public boolean magTerugtrekken() {
            return Gastgezinstatus.van(status).map(s -> s.magNaar(Gastgezinstatus.TERUGGETROKKEN)).orElse(false);
        }
    }

    public record Lid(int leeftijd, String geslacht, boolean minderjarig, boolean alleenreizendMinderjarig, boolean medischeZorg,
            boolean toegankelijkheid, @Nullable String taal) {
    }

    /** A request as the matching organisation sees it: composition, ages, needs, languages, wishes; no names, no BSN. */
    public record Verzoek(UUID id, UUID huishouden, Gemeente gemeente, String status, int personen, List<Lid> leden, List<String> talen,
            boolean huisdieren, boolean toegankelijk, LocalDate verwachteStart, @Nullable Integer maanden, @Nullable String toelichting,
            java.time.Instant ingediendOp) {
    }

    public record Koppeling(UUID id, UUID huishouden, UUID gastgezin, String gastgezinNaam, Gemeente gemeente, Gemeente huishoudenGemeente,
            int personen, LocalDate vanaf, @Nullable LocalDate tot, String status, @Nullable String reden, @Nullable String toelichting,
            UUID gastverblijf, @Nullable UUID plaatsingsverzoek) {
    }

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Gastverblijven gastverblijven;
    private final Terugplaatsingen terugplaatsingen;
    private final Gebieden gebieden;
    private final Logboek logboek;
    private final Clock clock;

    Gastgezinregister(JdbcClient jdbc, Huishoudens huishoudens, Gastverblijven gastverblijven, Terugplaatsingen terugplaatsingen,
            Gebieden gebieden, Logboek logboek, Clock clock) {
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.gastverblijven = gastverblijven;
        this.terugplaatsingen = terugplaatsingen;
        this.gebieden = gebieden;
        this.logboek = logboek;
        this.clock = clock;
    }

    // ---- access ----

    public static boolean isMatcher(@Nullable Gebruiker g) {
        return g != null && g.heeft(Rol.MATCHER) && g.organisatie().soort() == Organisatie.Soort.MATCHING;
    }

    public static boolean isGemeente(@Nullable Gebruiker g) {
        return g != null && g.isGemeenteMedewerker();
    }

    /** Who sees anything of private reception: the matching organisation and gemeente employees. The menu asks the same. */
    public static boolean magZien(@Nullable Gebruiker g) {
        return isMatcher(g) || isGemeente(g);
    }

    private static void vereisMatcher(Gebruiker g) {
        if (!isMatcher(g)) {
            throw new org.springframework.security.access.AccessDeniedException("alleen de matchingsorganisatie");
        }
    }

    /** A gemeente's name next to its code. */
    public Gemeente gemeente(String code) {
        return new Gemeente(code, gebieden.gemeenteNaam(code).orElse(code));
    }

    public LocalDate vandaag() {
        return clock.instant().atZone(Weergave.TIJDZONE).toLocalDate();
    }

    // ---- hosts ----

    /** Reads and checks an offer; every wrong field named at once. */
    public GastgezinInvoer valideer(GastgezinInvoer in, List<Veld> fouten) {
        Invoer.verplicht(in.naam(), "naam", Berichten.tekst("gastgezin.fout.naam"), 200, fouten);
        var email = Invoer.verplicht(in.email(), "email", Berichten.tekst("gastgezin.fout.email"), 200, fouten);
        if (email != null && !EMAIL.matcher(email).matches()) {
            fouten.add(new Veld("email", Berichten.tekst("gastgezin.fout.email")));
        }
        Invoer.verplicht(in.telefoon(), "telefoon", Berichten.tekst("gastgezin.fout.telefoon"), 40, fouten);
        Invoer.verplicht(in.straat(), "adres.straat", Berichten.tekst("gastgezin.fout.straat"), 200, fouten);
        Invoer.verplicht(in.huisnummer(), "adres.huisnummer", Berichten.tekst("gastgezin.fout.huisnummer"), 20, fouten);
        var pc = Invoer.verplicht(in.postcode(), "adres.postcode", Berichten.tekst("gastgezin.fout.postcode"), 10, fouten);
        if (pc != null && !POSTCODE.matcher(pc).matches()) {
            fouten.add(new Veld("adres.postcode", Berichten.tekst("gastgezin.fout.postcode")));
        }
        Invoer.verplicht(in.plaats(), "adres.plaats", Berichten.tekst("gastgezin.fout.plaats"), 100, fouten);
        var gm = Invoer.schoon(in.gemeente());
        if (gm == null || !GM.matcher(gm).matches() || gebieden.gemeenteNaam(gm).isEmpty()) {
            fouten.add(new Veld("gemeente", Berichten.tekst("gastgezin.fout.gemeente")));
        }
        Invoer.geheelGetal(in.plaatsen(), "plaatsen", 1, MAX_PLAATSEN, true, fouten);
        Invoer.geheelGetal(in.kamers(), "kamers", 1, MAX_PLAATSEN, true, fouten);
        var vanaf = Invoer.datum(in.beschikbaarVanaf(), "beschikbaarVanaf", true, fouten);
        var tot = Invoer.datum(in.beschikbaarTot(), "beschikbaarTot", false, fouten);
        if (vanaf != null && tot != null && !tot.isAfter(vanaf)) {
            fouten.add(new Veld("beschikbaarTot", Berichten.tekst("gastgezin.fout.beschikbaarTot")));
        }
        talen(in.talen(), "talen", fouten);
        return in;
    }

    private static List<String> talen(@Nullable List<String> talen, String veld, List<Veld> fouten) {
        var uit = new LinkedHashSet<String>();
        for (var t : talen == null ? List.<String>of() : talen) {
            var w = t == null ? "" : t.strip().toLowerCase(Locale.ROOT);
            if (!TAAL.matcher(w).matches()) {
                fouten.add(new Veld(veld, Berichten.tekst("gastgezin.fout.taal")));
                break;
            }
            uit.add(w);
        }
        return List.copyOf(uit);
    }

    /** The matching organisation records an offer (a host registered by phone or e-mail). */
    @Transactional
    public UUID registreer(@Nullable GastgezinInvoer in, Gebruiker gebruiker) {
        vereisMatcher(gebruiker);
        return bewaar(in, "matcher", gebruiker.gebruikersnaam());
    }

    /** Stores a checked offer; from the public form after its e-mail code is confirmed too. */
    @Transactional
    public UUID bewaar(@Nullable GastgezinInvoer invoer, String bron, String door) {
        var in = invoer == null ? new GastgezinInvoer(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null) : invoer;
        var fouten = new ArrayList<Veld>();
        valideer(in, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into gastgezinnen.gastgezin (id, naam, email, telefoon, straat, huisnummer, postcode, plaats, gemeente_code, plaatsen,
                    kamers, beschikbaar_vanaf, beschikbaar_tot, kinderen_welkom, huisdieren, toegankelijk, talen, status, bron, aangemeld_op,
                    vastgelegd_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, Invoer.schoon(in.naam()), Invoer.schoon(in.email()), Invoer.schoon(in.telefoon()), Invoer.schoon(in.straat()),
                        Invoer.schoon(in.huisnummer()), Invoer.schoon(in.postcode()).toUpperCase(Locale.ROOT).replace(" ", ""),
                        Invoer.schoon(in.plaats()), Invoer.schoon(in.gemeente()), Integer.parseInt(Invoer.schoon(in.plaatsen())),
                        Integer.parseInt(Invoer.schoon(in.kamers())), Invoer.datum(in.beschikbaarVanaf(), "x", true, new ArrayList<>()),
                        Invoer.datum(in.beschikbaarTot(), "x", false, new ArrayList<>()), Boolean.TRUE.equals(in.kinderenWelkom()),
                        Boolean.TRUE.equals(in.huisdieren()), Boolean.TRUE.equals(in.toegankelijk()),
                        talen(in.talen(), "talen", new ArrayList<>()).toArray(String[]::new), Gastgezinstatus.AANGEMELD.code(), bron,
                        Timestamp.from(clock.instant()), door)
                .update();
        return id;
    }

    /** A host as the user may see it: the matching organisation all, a gemeente those in its own area; else 404. */
    public Gastgezin gastgezin(UUID id, Gebruiker gebruiker) {
        var g = leesGastgezin(id).orElseThrow(() -> new NietGevonden("Gastgezin"));
        if (!isMatcher(gebruiker) && !(isGemeente(gebruiker) && g.gemeente().code().equals(gebruiker.organisatie().gemeenteCode()))) {
            throw new NietGevonden("Gastgezin");
        }
        return g;
    }

    /** Default and largest page size of the host and request lists (the API's {@code aantal}). */
    public static final int STANDAARD_AANTAL = 50;
    public static final int MAX_AANTAL = 500;
    private static final int ZOEK_MAX = 100;

    /**
     * A sort order of a list: a column code as the page and the API name it, the SQL it orders by, and
     * whether it runs descending ({@code -naam}). The id is always the last key, so pages never overlap.
     */
    record Volgorde(String kolom, String sql, boolean aflopend) {

        String orderBy(String id) {
            var richting = aflopend ? " desc nulls last" : " asc nulls last";
            return sql + richting + ", " + id + richting;
        }

        String parameter() {
            return aflopend ? "-" + kolom : kolom;
        }
    }

    private static Volgorde volgorde(@Nullable String sorteer, Map<String, String> kolommen, String standaard, List<Veld> fouten) {
        var w = Invoer.schoon(sorteer);
        var gekozen = w == null ? standaard : w;
        boolean aflopend = gekozen.startsWith("-");
        var kolom = aflopend ? gekozen.substring(1) : gekozen;
        if (!kolommen.containsKey(kolom)) {
            fouten.add(new Veld("sorteer", Berichten.tekst("gastgezin.fout.sorteer", Berichten.opsomming(List.copyOf(kolommen.keySet())))));
            return new Volgorde(kolom, "id", false);
        }
        return new Volgorde(kolom, kolommen.get(kolom), aflopend);
    }

    /** Host list columns the user may sort on, and the SQL of each. */
    static final Map<String, String> GASTGEZIN_KOLOMMEN = new java.util.LinkedHashMap<>(Map.of("naam", "lower(g.naam)", "gemeente",
            "lower(coalesce(a.naam, g.gemeente_code))", "plaats", "lower(g.plaats)", "plaatsen", "g.plaatsen", "status", "g.status",
            "aangemeld", "g.aangemeld_op", "vog", "g.vog_geldig_tot"));

    /** The hosts the user sees, newest first, optionally of one status. Kept for callers that want every host of a status. */
    public List<Gastgezin> gastgezinnen(@Nullable String status, Gebruiker gebruiker) {
        return gastgezinnen(null, status, null, null, String.valueOf(MAX_AANTAL), gebruiker).regels();
    }

    /**
     * One page of the hosts the user sees: search in name, place and gemeente (name or code), one status or
     * all, sorted on a column ({@link #GASTGEZIN_KOLOMMEN}; a leading minus sorts descending; newest first
     * by default). Every wrong parameter is named at once.
     */
    public Pagina<Gastgezin> gastgezinnen(@Nullable String zoek, @Nullable String status, @Nullable String sorteer, @Nullable String pagina,
            @Nullable String aantal, Gebruiker gebruiker) {
        var fouten = new ArrayList<Veld>();
        var z = zoekterm(zoek, fouten);
        var st = Invoer.schoon(status);
        if (st != null && Gastgezinstatus.van(st).isEmpty()) {
            fouten.add(new Veld("status", Berichten.tekst("gastgezin.fout.status",
                    Berichten.opsomming(Arrays.stream(Gastgezinstatus.values()).map(Gastgezinstatus::code).toList()))));
        }
        var v = volgorde(sorteer, GASTGEZIN_KOLOMMEN, "-aangemeld", fouten);
        var p = Invoer.geheelGetal(pagina, "pagina", 1, 1_000_000, false, fouten);
        var a = Invoer.geheelGetal(aantal, "aantal", 1, MAX_AANTAL, false, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        int pg = p == null ? 1 : p;
        int grootte = a == null ? STANDAARD_AANTAL : a;
        if (!magZien(gebruiker)) {
            return new Pagina<>(List.of(), 0, pg, grootte);
        }
        var gemeente = isMatcher(gebruiker) ? null : gebruiker.organisatie().gemeenteCode();
        var patroon = z == null ? null : "%" + z.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var waar = """
                from gastgezinnen.gastgezin g left join gebieden.actuele_gemeente a on a.code = g.gemeente_code
                 where (cast(? as text) is null or g.gemeente_code = ?) and (cast(? as text) is null or g.status = ?)
                   and (cast(? as text) is null or lower(g.naam) like ? or lower(g.plaats) like ? or lower(coalesce(a.naam, '')) like ?
                        or lower(g.gemeente_code) like ?)""";
        Object[] params = {gemeente, gemeente, st, st, patroon, patroon, patroon, patroon, patroon};
        long totaal = jdbc.sql("select count(*) " + waar).params(params).query(Long.class).single();
        var ids = jdbc.sql("select g.id " + waar + " order by " + v.orderBy("g.id") + " limit ? offset ?")
                .params(concat(params, grootte, (long) (pg - 1) * grootte)).query(UUID.class).list();
        return new Pagina<>(ids.stream().map(this::leesGastgezin).flatMap(Optional::stream).toList(), totaal, pg, grootte);
    }

    private static Object[] concat(Object[] a, Object... b) {
        var uit = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, uit, a.length, b.length);
        return uit;
    }

    private static @Nullable String zoekterm(@Nullable String zoek, List<Veld> fouten) {
        var z = Invoer.schoon(zoek);
        if (z != null && z.length() > ZOEK_MAX) {
            fouten.add(new Veld("zoek", Berichten.tekst("invoer.teLang", Weergave.in(Berichten.taal()).getal(ZOEK_MAX))));
            return null;
        }
        return z;
    }

    Optional<Gastgezin> leesGastgezin(UUID id) {
        var stappen = jdbc.sql("""
                select stap, uitkomst, datum, geldig_tot, toelichting from gastgezinnen.screeningstap where gastgezin_id = ?
                 order by datum, vastgelegd_op""").param(id)
                .query((rs, i) -> new Screeningstap(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
        var vandaag = vandaag();
        return jdbc.sql("""
                select g.*, (select coalesce(sum(k.personen), 0) from gastgezinnen.koppeling k where k.gastgezin_id = g.id
                   and k.status = 'lopend') as bezet from gastgezinnen.gastgezin g where g.id = ?""")
                .param(id).query((rs, i) -> {
                    var vog = rs.getObject("vog_geldig_tot", LocalDate.class);
                    var gm = rs.getString("gemeente_code");
                    return new Gastgezin(id, rs.getString("naam"), rs.getString("email"), rs.getString("telefoon"),
                            new Adres(rs.getString("straat"), rs.getString("huisnummer"), rs.getString("postcode"), rs.getString("plaats")),
                            new Gemeente(gm, gebieden.gemeenteNaam(gm).orElse(gm)), rs.getInt("plaatsen"), rs.getInt("kamers"),
                            rs.getObject("beschikbaar_vanaf", LocalDate.class), rs.getObject("beschikbaar_tot", LocalDate.class),
                            rs.getBoolean("kinderen_welkom"), rs.getBoolean("huisdieren"), rs.getBoolean("toegankelijk"),
                            tekstlijst(rs.getArray("talen")), rs.getString("status"), rs.getString("afwijzingsreden"), vog,
                            vog != null && "goedgekeurd".equals(rs.getString("status"))
                                    && !vog.isAfter(vandaag.plusDays(VOG_WAARSCHUWING_DAGEN)),
                            rs.getInt("bezet"), stappen, rs.getString("terugtrekreden"),
                            rs.getTimestamp("aangemeld_op").toInstant());
                }).optional();
    }

    static List<String> tekstlijst(@Nullable Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    /**
     * Records a screening step. A refusal rejects the host with its reason (the note is then required);
     * the host is approved once intake, VOG and home visit are each agreed (the latest of each step counts).
     */
    @Transactional
    public Gastgezin screen(UUID id, @Nullable String stap, @Nullable String uitkomst, @Nullable String datum, @Nullable String geldigTot,
            @Nullable String toelichting, Gebruiker gebruiker) {
        vereisMatcher(gebruiker);
        var huidig = Gastgezinstatus.van(jdbc.sql("select status from gastgezinnen.gastgezin where id = ? for update").param(id)
                .query(String.class).optional().orElseThrow(() -> new NietGevonden("Gastgezin"))).orElseThrow();
        var fouten = new ArrayList<Veld>();
        var s = Invoer.schoon(stap);
        if (s == null || !List.of("intake", "vog", "huisbezoek").contains(s)) {
            fouten.add(new Veld("stap", Berichten.tekst("gastgezin.fout.stap")));
        }
        var u = Invoer.schoon(uitkomst);
        if (u == null || !List.of("akkoord", "afgewezen").contains(u)) {
            fouten.add(new Veld("uitkomst", Berichten.tekst("gastgezin.fout.uitkomst")));
        }
        var dag = Invoer.datum(datum, "datum", true, fouten);
        if (dag != null && dag.isAfter(vandaag())) {
            fouten.add(new Veld("datum", Berichten.tekst("gastgezin.fout.datumToekomst")));
        }
        var geldig = Invoer.datum(geldigTot, "geldigTot", false, fouten);
        var noot = Invoer.schoon(toelichting);
        if (noot != null && noot.length() > Invoer.TEKST_MAX) {
            fouten.add(new Veld("toelichting", Berichten.tekst("invoer.teLang", Weergave.in(Berichten.taal()).getal(Invoer.TEKST_MAX))));
        }
        if ("afgewezen".equals(u) && noot == null) {
            fouten.add(new Veld("toelichting", Berichten.tekst("gastgezin.fout.reden")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        if (huidig == Gastgezinstatus.AFGEWEZEN) {
            throw new Conflict("afgewezen", Berichten.tekst("gastgezin.conflict.afgewezen"));
        }
        if (huidig == Gastgezinstatus.TERUGGETROKKEN) {
            throw new Conflict("teruggetrokken", Berichten.tekst("gastgezin.conflict.teruggetrokken"));
        }
        if ("vog".equals(s) && geldig == null) {
            geldig = dag.plusYears(VOG_JAREN);
        }
        jdbc.sql("""
                insert into gastgezinnen.screeningstap (id, gastgezin_id, stap, uitkomst, datum, geldig_tot, toelichting, vastgelegd_door,
                    vastgelegd_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id, s, u, dag, "vog".equals(s) ? geldig : null, noot, gebruiker.gebruikersnaam(),
                        Timestamp.from(clock.instant()))
                .update();
        Gastgezinstatus doel;
        if ("afgewezen".equals(u)) {
            doel = Gastgezinstatus.AFGEWEZEN;
        } else {
            var akkoord = jdbc.sql("""
                    select count(*) from (select distinct on (stap) stap, uitkomst from gastgezinnen.screeningstap where gastgezin_id = ?
                     order by stap, datum desc, vastgelegd_op desc) l where uitkomst = 'akkoord'""").param(id).query(Integer.class).single();
            doel = akkoord == 3 ? Gastgezinstatus.GOEDGEKEURD : Gastgezinstatus.IN_SCREENING;
        }
        if (!huidig.magNaar(doel)) {
            throw new Conflict("overgang", Berichten.tekst("gastgezin.conflict.overgang"));
        }
        jdbc.sql("""
                update gastgezinnen.gastgezin set status = ?, afwijzingsreden = case when ? = 'afgewezen' then ? else afwijzingsreden end,
                    vog_geldig_tot = case when ? then ? else vog_geldig_tot end,
                    goedgekeurd_op = case when ? = 'goedgekeurd' and goedgekeurd_op is null then ? else goedgekeurd_op end where id = ?""")
                .params(doel.code(), doel.code(), noot, "vog".equals(s) && "akkoord".equals(u), geldig, doel.code(),
                        Timestamp.from(clock.instant()), id)
                .update();
        return leesGastgezin(id).orElseThrow();
    }

    /**
     * The host withdraws its offer (told the matching organisation by phone or e-mail): from now on it is
     * neither proposed nor matched, and its screening stops. Final, like a rejection; the reason is
     * required so the funnel can say why hosts drop out. 409 while a guest household still stays there
     * (end that stay first: the household must land somewhere) or when it is already rejected or withdrawn.
     */
    @Transactional
    public Gastgezin trekTerug(UUID id, @Nullable String reden, Gebruiker gebruiker) {
        vereisMatcher(gebruiker);
        var huidig = Gastgezinstatus.van(jdbc.sql("select status from gastgezinnen.gastgezin where id = ? for update").param(id)
                .query(String.class).optional().orElseThrow(() -> new NietGevonden("Gastgezin"))).orElseThrow();
        var noot = Invoer.schoon(reden);
        if (noot == null) {
            throw OngeldigeInvoer.veld("reden", Berichten.tekst("gastgezin.fout.terugtrekreden"));
        }
        if (noot.length() > Invoer.TEKST_MAX) {
            throw OngeldigeInvoer.veld("reden", Berichten.tekst("invoer.teLang", Weergave.in(Berichten.taal()).getal(Invoer.TEKST_MAX)));
        }
        if (!huidig.magNaar(Gastgezinstatus.TERUGGETROKKEN)) {
            throw new Conflict("overgang", Berichten.tekst("gastgezin.conflict.nietTerugtrekken"));
        }
        int lopend = jdbc.sql("select count(*) from gastgezinnen.koppeling where gastgezin_id = ? and status = 'lopend'").param(id)
                .query(Integer.class).single();
        if (lopend > 0) {
            throw new Conflict("koppeling-loopt", Berichten.tekst("gastgezin.conflict.terugtrekkenMetGasten"));
        }
        jdbc.sql("update gastgezinnen.gastgezin set status = ?, terugtrekreden = ?, teruggetrokken_op = ? where id = ?")
                .params(Gastgezinstatus.TERUGGETROKKEN.code(), noot, Timestamp.from(clock.instant()), id).update();
        return leesGastgezin(id).orElseThrow();
    }

    // ---- requests ----

    /** A gemeente asks for a host family for a household it may see (404 otherwise). */
    @Transactional
    public UUID vraagGastgezin(HuishoudenId huishoudenId, @Nullable String toelichting, @Nullable List<String> talen,
            @Nullable Boolean huisdieren, @Nullable Boolean toegankelijk, @Nullable String verwachteStart, @Nullable String maanden,
            Gebruiker gebruiker) {
        if (!isGemeente(gebruiker)) {
            throw new NietGevonden("Huishouden");
        }
        var gemeente = gebruiker.eigenGemeente();
        var huishouden = huishoudens.lees(huishoudenId.waarde(), gebruiker, new Scope.Gemeente(gemeente))
                .orElseThrow(() -> new NietGevonden("Huishouden"));
        var fouten = new ArrayList<Veld>();
        var noot = Invoer.schoon(toelichting);
        if (noot != null && noot.length() > Invoer.TEKST_MAX) {
            fouten.add(new Veld("toelichting", Berichten.tekst("invoer.teLang", Weergave.in(Berichten.taal()).getal(Invoer.TEKST_MAX))));
        }
        var t = talen(talen, "talen", fouten);
        var start = Invoer.datum(verwachteStart, "verwachteStart", false, fouten);
        var m = Invoer.geheelGetal(maanden, "maanden", 1, 60, false, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var open = jdbc.sql("select count(*) from gastgezinnen.verzoek where huishouden_id = ? and status in ('open', 'gekoppeld')")
                .param(huishouden.id()).query(Integer.class).single();
        if (open > 0) {
            throw new Conflict("verzoek-loopt", Berichten.tekst("gastgezin.conflict.verzoekLoopt"));
        }
        var id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into gastgezinnen.verzoek (id, huishouden_id, gemeente_code, toelichting, talen, huisdieren, toegankelijk, verwachte_start,
                        maanden, status, ingediend_op, ingediend_door) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)""")
                    .params(id, huishouden.id(), gemeente, noot, t.toArray(String[]::new), Boolean.TRUE.equals(huisdieren),
                            Boolean.TRUE.equals(toegankelijk), start == null ? vandaag() : start, m, Timestamp.from(clock.instant()),
                            gebruiker.gebruikersnaam())
                    .update();
        } catch (DuplicateKeyException e) {
            // A concurrent request for the same household passed the count above too; the unique index
            // verzoek_een_open let only one in. The same answer as when the count sees it.
            throw new Conflict("verzoek-loopt", Berichten.tekst("gastgezin.conflict.verzoekLoopt"));
        }
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, DOEL, huishouden.leden().stream().map(b -> b.id()).toList(), gebruiker);
        return id;
    }

    /** 404 unless the user is an employee of a gemeente that may see this household (the page to file a request). */
    public void vereisEigenHuishouden(HuishoudenId huishoudenId, Gebruiker gebruiker) {
        if (!isGemeente(gebruiker) || huishoudens.lees(huishoudenId.waarde(), gebruiker, new Scope.Gemeente(gebruiker.eigenGemeente())).isEmpty()) {
            throw new NietGevonden("Huishouden");
        }
    }

    /** A household's request that is still running (open or matched), for the household page; no member data. */
    public record LopendVerzoek(UUID id, String status, LocalDate verwachteStart) {
    }

    public Optional<LopendVerzoek> lopendVerzoek(UUID huishouden) {
        return jdbc.sql("""
                select id, status, verwachte_start from gastgezinnen.verzoek where huishouden_id = ? and status in ('open', 'gekoppeld')
                 order by ingediend_op desc limit 1""").param(huishouden)
                .query((rs, i) -> new LopendVerzoek(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class))).optional();
    }

    private record VerzoekRij(UUID id, UUID huishouden, String gemeente, String status, @Nullable String toelichting, List<String> talen,
            boolean huisdieren, boolean toegankelijk, LocalDate start, @Nullable Integer maanden, java.time.Instant ingediendOp) {
    }

    private static VerzoekRij verzoekRij(ResultSet rs, int i) throws SQLException {
        return new VerzoekRij(rs.getObject("id", UUID.class), rs.getObject("huishouden_id", UUID.class), rs.getString("gemeente_code"),
                rs.getString("status"), rs.getString("toelichting"), tekstlijst(rs.getArray("talen")), rs.getBoolean("huisdieren"),
                rs.getBoolean("toegankelijk"), rs.getObject("verwachte_start", LocalDate.class), (Integer) rs.getObject("maanden"),
                rs.getTimestamp("ingediend_op").toInstant());
    }

    /** Request list columns the user may sort on, and the SQL of each. */
    static final Map<String, String> VERZOEK_KOLOMMEN = new java.util.LinkedHashMap<>(Map.of("ingediend", "v.ingediend_op", "gemeente",
            "lower(coalesce(a.naam, v.gemeente_code))", "personen", "(select count(*) from bewoners.lid l where l.huishouden_id = v.huishouden_id)",
            "start", "v.verwachte_start", "status", "v.status"));

    /**
     * The requests the user sees (matcher: all; gemeente: its own; a household with a child travelling
     * alone only with the role MINDERJARIGEN), oldest first, logged per member shown.
     */
    @Transactional
    public List<Verzoek> verzoeken(@Nullable String status, Gebruiker gebruiker) {
        return verzoeken(null, status, null, null, String.valueOf(MAX_AANTAL), gebruiker).regels();
    }

    /**
     * One page of the requests the user sees: search in the gemeente (name or code) and the wishes, one
     * status or all, sorted on a column ({@link #VERZOEK_KOLOMMEN}; oldest first by default, the order
     * in which they wait). Only the members shown on the page are logged.
     */
    @Transactional
    public Pagina<Verzoek> verzoeken(@Nullable String zoek, @Nullable String status, @Nullable String sorteer, @Nullable String pagina,
            @Nullable String aantal, Gebruiker gebruiker) {
        var fouten = new ArrayList<Veld>();
        var z = zoekterm(zoek, fouten);
        var st = Invoer.schoon(status);
        if (st != null && !List.of("open", "gekoppeld", "ingetrokken").contains(st)) {
            fouten.add(new Veld("status", Berichten.tekst("gastgezin.fout.status", Berichten.opsomming(List.of("open", "gekoppeld", "ingetrokken")))));
        }
        var v = volgorde(sorteer, VERZOEK_KOLOMMEN, "ingediend", fouten);
        var p = Invoer.geheelGetal(pagina, "pagina", 1, 1_000_000, false, fouten);
        var a = Invoer.geheelGetal(aantal, "aantal", 1, MAX_AANTAL, false, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        int pg = p == null ? 1 : p;
        int grootte = a == null ? STANDAARD_AANTAL : a;
        if (!magZien(gebruiker)) {
            return new Pagina<>(List.of(), 0, pg, grootte);
        }
        var gemeente = isMatcher(gebruiker) ? null : gebruiker.organisatie().gemeenteCode();
        var patroon = z == null ? null : "%" + z.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var waar = """
                from gastgezinnen.verzoek v left join gebieden.actuele_gemeente a on a.code = v.gemeente_code
                 where (cast(? as text) is null or v.gemeente_code = ?) and (cast(? as text) is null or v.status = ?)
                   and (cast(? as text) is null or lower(coalesce(a.naam, '')) like ? or lower(v.gemeente_code) like ?
                        or lower(coalesce(v.toelichting, '')) like ?)""";
        // In the query, so the total counts only what the user may see.
        waar += zonderAlleenreizend("v.huishouden_id", gebruiker);
        Object[] params = {gemeente, gemeente, st, st, patroon, patroon, patroon, patroon};
        long totaal = jdbc.sql("select count(*) " + waar).params(params).query(Long.class).single();
        var rijen = jdbc.sql("select v.* " + waar + " order by " + v.orderBy("v.id") + " limit ? offset ?")
                .params(concat(params, grootte, (long) (pg - 1) * grootte)).query(Gastgezinregister::verzoekRij).list();
        var uit = rijen.stream().map(this::verzoek).flatMap(Optional::stream).toList();
        logLeden(uit, gebruiker);
        return new Pagina<>(uit, totaal, pg, grootte);
    }

    /** One request; 404 outside the user's view. Logged. */
    @Transactional
    public Verzoek verzoek(UUID id, Gebruiker gebruiker) {
        var rij = jdbc.sql("select * from gastgezinnen.verzoek where id = ?").param(id).query(Gastgezinregister::verzoekRij).optional()
                .filter(r -> isMatcher(gebruiker) || (isGemeente(gebruiker) && r.gemeente().equals(gebruiker.organisatie().gemeenteCode())))
                .filter(r -> magHuishoudenZien(r.huishouden(), gebruiker)).orElseThrow(() -> new NietGevonden("Verzoek"));
        var v = verzoek(rij).orElseThrow(() -> new NietGevonden("Verzoek"));
        logLeden(List.of(v), gebruiker);
        return v;
    }

    /**
     * A household with a child travelling alone is shown only to users with the role MINDERJARIGEN,
     * matching organisation included (the rule of {@code Huishoudens} and the placement requests); for
     * anyone else it answers as unknown.
     */
    private boolean magHuishoudenZien(UUID huishouden, Gebruiker gebruiker) {
        return gebruiker.heeft(Rol.MINDERJARIGEN) || huishoudens.metAlleenreizendeMinderjarige(List.of(huishouden)).isEmpty();
    }

    /**
     * The same rule as {@link #magHuishoudenZien} as an SQL condition on the household id in {@code kolom}
     * ({@code " and not exists ..."}, empty for a user with the role), for lists, totals and work items that
     * must leave such households out in the query itself. It reads the published view of the members not
     * merged away, as {@code Huishoudens.metAlleenreizendeMinderjarige} and the placement requests do, so a
     * member marked after a match hides the match from then on.
     */
    static String zonderAlleenreizend(String kolom, Gebruiker gebruiker) {
        if (gebruiker.heeft(Rol.MINDERJARIGEN)) {
            return "";
        }
        return " and not exists (select 1 from bewoners.lid l where l.huishouden_id = " + kolom + " and l.alleenreizend_minderjarig)";
    }

    private void logLeden(List<Verzoek> verzoeken, Gebruiker gebruiker) {
        var ids = new ArrayList<UUID>();
        for (var v : verzoeken) {
            huishoudens.samenstelling(v.huishouden(), vandaag()).ifPresent(s -> ids.addAll(s.bewonerIds()));
        }
        if (!ids.isEmpty()) {
            logboek.leg(Handeling.INZIEN, ACTIVITEIT, DOEL, ids, gebruiker);
        }
    }

    private Optional<Verzoek> verzoek(VerzoekRij r) {
        return huishoudens.samenstelling(r.huishouden(), r.start().isBefore(vandaag()) ? vandaag() : r.start()).map(s -> {
            var leden = s.leden().stream().map(l -> new Lid(l.leeftijd(), l.geslacht(), l.minderjarig(), l.alleenreizendMinderjarig(),
                    l.medischeZorg(), l.toegankelijkheid(), l.taal())).toList();
            var talen = new LinkedHashSet<>(r.talen());
            s.leden().stream().map(Samenstelling.Lid::taal).filter(x -> x != null && TAAL.matcher(x).matches()).forEach(talen::add);
            boolean toegankelijk = r.toegankelijk() || s.leden().stream().anyMatch(Samenstelling.Lid::toegankelijkheid);
            return new Verzoek(r.id(), r.huishouden(), new Gemeente(r.gemeente(), gebieden.gemeenteNaam(r.gemeente()).orElse(r.gemeente())),
                    r.status(), leden.size(), leden, List.copyOf(talen), r.huisdieren(), toegankelijk, r.start(), r.maanden(), r.toelichting(),
                    r.ingediendOp());
        });
    }

    // ---- proposals ----

    /** Open requests and approved hosts as the solver sees them. */
    public record Invoerset(List<Koppelaar.Vraag> vragen, List<Koppelaar.Gastgezin> gastgezinnen, Koppelaar.Afstanden afstanden,
            Map<UUID, Verzoek> verzoeken, Map<UUID, Gastgezin> gasten) {
    }

    @Transactional
    public Invoerset invoerVoorKoppelen(Gebruiker gebruiker) {
        vereisMatcher(gebruiker);
        var verzoeken = verzoeken("open", gebruiker);
        var vragen = new ArrayList<Koppelaar.Vraag>();
        var perId = new java.util.LinkedHashMap<UUID, Verzoek>();
        for (var v : verzoeken) {
            perId.put(v.id(), v);
            vragen.add(new Koppelaar.Vraag(v.id(), v.gemeente().code(), v.personen(), v.leden().stream().anyMatch(Lid::minderjarig),
                    v.toegankelijk(), v.huisdieren(), Set.copyOf(v.talen()), v.verwachteStart(), v.maanden()));
        }
        var gasten = new java.util.LinkedHashMap<UUID, Gastgezin>();
        var kandidaten = new ArrayList<Koppelaar.Gastgezin>();
        for (var id : jdbc.sql("select id from gastgezinnen.gastgezin where status = 'goedgekeurd' order by id").query(UUID.class).list()) {
            var g = leesGastgezin(id).orElseThrow();
            gasten.put(id, g);
            kandidaten.add(new Koppelaar.Gastgezin(id, g.gemeente().code(), g.plaatsen() - g.bezettePlaatsen(), g.beschikbaarVanaf(),
                    g.beschikbaarTot(), g.kinderenWelkom(), g.huisdieren(), g.toegankelijk(), Set.copyOf(g.talen()), g.vogGeldigTot()));
        }
        var ligging = new java.util.HashMap<String, double[]>();
        jdbc.sql("select gemeente_code, breedtegraad, lengtegraad from gebieden.ligging")
                .query(rs -> {
                    ligging.put(rs.getString(1), new double[] {rs.getDouble(2), rs.getDouble(3)});
                });
        return new Invoerset(vragen, kandidaten, new Koppelaar.Afstanden(ligging), perId, gasten);
    }

    // ---- matches ----

    /**
     * A person of the matching organisation confirms a match from {@code vanaf} (may lie in the past).
     * 409 when the host is not approved (or its VOG lapsed by then) or has too few places on any night
     * from then on; the match is the household's host stay in plaatsing (no second entry).
     */
    @Transactional
    public Koppeling koppel(@Nullable String huishouden, @Nullable String gastgezin, @Nullable String vanaf, Gebruiker gebruiker) {
        vereisMatcher(gebruiker);
        var fouten = new ArrayList<Veld>();
        var hid = Invoer.id(huishouden, "huishouden", Berichten.tekst("gastgezin.fout.huishouden"), fouten);
        var gid = Invoer.id(gastgezin, "gastgezin", Berichten.tekst("gastgezin.fout.gastgezin"), fouten);
        var begin = Invoer.datum(vanaf, "vanaf", true, fouten);
        VerzoekRij verzoek = null;
        if (hid != null) {
            // A child travelling alone is placed only by a matcher with the role: for anyone else the request is not there.
            verzoek = jdbc.sql("select * from gastgezinnen.verzoek where huishouden_id = ? and status in ('open', 'gekoppeld') for update")
                    .param(hid).query(Gastgezinregister::verzoekRij).optional().filter(r -> magHuishoudenZien(r.huishouden(), gebruiker))
                    .orElse(null);
            if (verzoek == null) {
                fouten.add(new Veld("huishouden", Berichten.tekst("gastgezin.fout.geenVerzoek")));
            }
        }
        String status = null;
        if (gid != null) {
            status = jdbc.sql("select status from gastgezinnen.gastgezin where id = ? for update").param(gid).query(String.class).optional()
                    .orElse(null);
            if (status == null) {
                fouten.add(new Veld("gastgezin", Berichten.tekst("gastgezin.fout.gastgezin")));
            }
        }
        if (begin != null && begin.isAfter(vandaag().plusDays(90))) {
            fouten.add(new Veld("vanaf", Berichten.tekst("gastgezin.fout.vanafTeVer")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var gast = leesGastgezin(gid).orElseThrow();
        if (!Gastgezinstatus.GOEDGEKEURD.code().equals(status) || gast.vogGeldigTot() == null || gast.vogGeldigTot().isBefore(begin)) {
            throw new Conflict("niet-goedgekeurd", Berichten.tekst("gastgezin.conflict.nietGoedgekeurd"));
        }
        var lopend = jdbc.sql("select count(*) from gastgezinnen.koppeling where huishouden_id = ? and status = 'lopend'").param(hid)
                .query(Integer.class).single();
        if (lopend > 0) {
            throw new Conflict("koppeling-loopt", Berichten.tekst("gastgezin.conflict.koppelingLoopt"));
        }
        var samenstelling = huishoudens.samenstelling(hid, begin).orElseThrow(() -> new NietGevonden("Huishouden"));
        int personen = samenstelling.leden().size();
        // The most people at this host on any night from the start on: the nights where a stay starts are the peaks.
        int drukste = jdbc.sql("""
                select coalesce(max((select coalesce(sum(k.personen), 0) from gastgezinnen.koppeling k
                                      where k.gastgezin_id = ? and k.periode @> d.dag)), 0)
                  from (select cast(? as date) as dag union select lower(periode) from gastgezinnen.koppeling
                         where gastgezin_id = ? and lower(periode) > ? ) d""")
                .params(gid, begin, gid, begin).query(Integer.class).single();
        if (drukste + personen > gast.plaatsen()) {
            throw new Conflict("te-weinig-plaatsen", Berichten.tekst("gastgezin.conflict.teWeinigPlaatsen", gast.plaatsen() - drukste, personen));
        }
        var verblijf = gastverblijven.legVastVoorKoppeling(new HuishoudenId(hid), gast.gemeente().code(), begin,
                Berichten.in(Weergave.NEDERLANDS, "gastgezin.verblijfOmschrijving", gast.naam(), gast.adres().plaats()), gebruiker);
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into gastgezinnen.koppeling (id, verzoek_id, huishouden_id, gastgezin_id, huishouden_gemeente, personen, periode,
                    gastverblijf_id, status, aangemaakt_door, aangemaakt_op) values (?, ?, ?, ?, ?, ?, daterange(?, null), ?, 'lopend', ?, ?)""")
                .params(id, verzoek.id(), hid, gid, verzoek.gemeente(), personen, begin, verblijf.id(), gebruiker.gebruikersnaam(),
                        Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("update gastgezinnen.verzoek set status = 'gekoppeld' where id = ?").param(verzoek.id()).update();
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, DOEL, samenstelling.bewonerIds(), gebruiker);
        return leesKoppeling(id).orElseThrow();
    }

    /** Why a stay with a host ends. Back to municipal reception files a placement request for the household's gemeente. */
    public enum Einde {
        TERUG_NAAR_GEMEENTELIJKE_OPVANG("terug_naar_gemeentelijke_opvang"), EIGEN_WONING("eigen_woning"), ANDER_GASTGEZIN("ander_gastgezin"),
        VERTROKKEN("vertrokken"), CONFLICT("conflict"), OVERIG("overig");

        private final String code;

        Einde(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /** After these the household needs a host family again, so its request is open again (a rematch is a new match). */
        boolean opnieuwKoppelen() {
            return this == ANDER_GASTGEZIN || this == CONFLICT;
        }

        public static Optional<Einde> van(@Nullable String code) {
            return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
        }
    }

    /** A match's states: running, then ended (final). */
    public enum Koppelstatus {
        LOPEND, BEEINDIGD;

        public boolean magNaar(Koppelstatus doel) {
            return this == LOPEND && doel == BEEINDIGD;
        }
    }

    /** Ends a match on the departure day; the matching organisation or the household's gemeente. */
    @Transactional
    public Koppeling beeindig(UUID id, @Nullable String datum, @Nullable String reden, @Nullable String toelichting, Gebruiker gebruiker) {
        var k = zichtbareKoppeling(id, gebruiker);
        if (!isMatcher(gebruiker) && !k.huishoudenGemeente().code().equals(gebruiker.organisatie().gemeenteCode())) {
            throw new NietGevonden("Koppeling");
        }
        var fouten = new ArrayList<Veld>();
        var dag = Invoer.datum(datum, "datum", true, fouten);
        var einde = Einde.van(Invoer.schoon(reden));
        if (einde.isEmpty()) {
            fouten.add(new Veld("reden", Berichten.tekst("gastgezin.fout.einde",
                    Berichten.opsomming(Arrays.stream(Einde.values()).map(Einde::code).toList()))));
        }
        var noot = Invoer.schoon(toelichting);
        if (noot != null && noot.length() > Invoer.TEKST_MAX) {
            fouten.add(new Veld("toelichting", Berichten.tekst("invoer.teLang", Weergave.in(Berichten.taal()).getal(Invoer.TEKST_MAX))));
        }
        if (dag != null && !dag.isAfter(k.vanaf())) {
            fouten.add(new Veld("datum", Berichten.tekst("gastgezin.fout.eindeNaBegin", Weergave.in(Berichten.taal()).datum(k.vanaf()))));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var status = Koppelstatus.valueOf(k.status().toUpperCase(Locale.ROOT));
        if (!status.magNaar(Koppelstatus.BEEINDIGD)) {
            throw new Conflict("al-beeindigd", Berichten.tekst("gastgezin.conflict.alBeeindigd"));
        }
        // The check above read before this statement: a concurrent end that committed in between leaves
        // no running row here, and none of the follow-ups (stay's end, request, return placement) may run again.
        int beeindigd = jdbc.sql("""
                update gastgezinnen.koppeling set periode = daterange(lower(periode), ?), status = 'beeindigd', reden = ?, toelichting = ?,
                    beeindigd_op = ? where id = ? and status = 'lopend'""")
                .params(dag, einde.get().code(), noot, Timestamp.from(clock.instant()), id).update();
        if (beeindigd == 0 || !gastverblijven.beeindigVoorKoppeling(k.gastverblijf(), new HuishoudenId(k.huishouden()), dag, gebruiker)) {
            throw new Conflict("al-beeindigd", Berichten.tekst("gastgezin.conflict.alBeeindigd"));
        }
        var huishouden = new HuishoudenId(k.huishouden());
        jdbc.sql("update gastgezinnen.verzoek set status = ? where huishouden_id = ? and status = 'gekoppeld'")
                .params(einde.get().opnieuwKoppelen() ? "open" : "ingetrokken", k.huishouden()).update();
        if (einde.get() == Einde.TERUG_NAAR_GEMEENTELIJKE_OPVANG) {
            var verzoek = terugplaatsingen.vraagPlaatsAan(huishouden, k.huishoudenGemeente().code(), dag, noot, gebruiker);
            jdbc.sql("update gastgezinnen.koppeling set plaatsingsverzoek_id = ? where id = ?").params(verzoek, id).update();
        }
        return leesKoppeling(id).orElseThrow();
    }

    /**
     * A match the user sees: the matching organisation all; a gemeente those of its households or of hosts in
     * its area; a household with a child travelling alone only with the role MINDERJARIGEN, also when the
     * member was marked after the match. Every action on a match asks this first, so for anyone else the
     * match, its follow-ups and its signals answer as unknown.
     */
    public Koppeling zichtbareKoppeling(UUID id, Gebruiker gebruiker) {
        var k = leesKoppeling(id).filter(x -> magHuishoudenZien(x.huishouden(), gebruiker)).orElseThrow(() -> new NietGevonden("Koppeling"));
        if (isMatcher(gebruiker)) {
            return k;
        }
        var eigen = isGemeente(gebruiker) ? gebruiker.organisatie().gemeenteCode() : null;
        if (eigen != null && (eigen.equals(k.huishoudenGemeente().code()) || eigen.equals(k.gemeente().code()))) {
            return k;
        }
        throw new NietGevonden("Koppeling");
    }

    /** The matches the user sees (the rule of {@link #zichtbareKoppeling}), newest first, at most 500. */
    public List<Koppeling> koppelingen(Gebruiker gebruiker) {
        if (!magZien(gebruiker)) {
            return List.of();
        }
        var gemeente = isMatcher(gebruiker) ? null : gebruiker.organisatie().gemeenteCode();
        return jdbc.sql("""
                select k.id from gastgezinnen.koppeling k join gastgezinnen.gastgezin g on g.id = k.gastgezin_id
                 where (cast(? as text) is null or k.huishouden_gemeente = ? or g.gemeente_code = ?)"""
                + zonderAlleenreizend("k.huishouden_id", gebruiker) + " order by lower(k.periode) desc, k.id limit 500")
                .params(gemeente, gemeente, gemeente).query(UUID.class).list().stream().map(this::leesKoppeling).flatMap(Optional::stream)
                .toList();
    }

    Optional<Koppeling> leesKoppeling(UUID id) {
        return jdbc.sql("""
                select k.*, g.naam, g.gemeente_code from gastgezinnen.koppeling k join gastgezinnen.gastgezin g on g.id = k.gastgezin_id
                 where k.id = ?""").param(id).query((rs, i) -> {
                    var gm = rs.getString("gemeente_code");
                    var hg = rs.getString("huishouden_gemeente");
                    var periode = rs.getString("periode");
                    return new Koppeling(id, rs.getObject("huishouden_id", UUID.class), rs.getObject("gastgezin_id", UUID.class),
                            rs.getString("naam"), new Gemeente(gm, gebieden.gemeenteNaam(gm).orElse(gm)),
                            new Gemeente(hg, gebieden.gemeenteNaam(hg).orElse(hg)), rs.getInt("personen"), onder(periode), boven(periode),
                            rs.getString("status"), rs.getString("reden"), rs.getString("toelichting"), rs.getObject("gastverblijf_id", UUID.class),
                            rs.getObject("plaatsingsverzoek_id", UUID.class));
                }).optional();
    }

    /** The first night of a PostgreSQL daterange's text, {@code [2026-01-01,2026-02-01)}. */
    static LocalDate onder(String periode) {
        return LocalDate.parse(periode.substring(1, periode.indexOf(',')));
    }

    static @Nullable LocalDate boven(String periode) {
        var w = periode.substring(periode.indexOf(',') + 1, periode.length() - 1);
        return w.isEmpty() ? null : LocalDate.parse(w);
    }
}
