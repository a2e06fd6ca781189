// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.gebieden.GemeenteFilter;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.spreiding.Planstatus;
import nl.onderdak.spreiding.Tegenprestatie;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 2024 distribution law in one service: inputs (SES-WOA, the official table), the key, the cycle,
 * the provincial round and the realisation. Access is decided here; pages, API and menu ask the same
 * {@code mag...} methods. Nothing here is a person's data, so nothing is written to the processing log.
 */
@Service
@Transactional(readOnly = true)
public class Spreidingsdienst {

    private final JdbcClient jdbc;
    private final Gebieden gebieden;
    private final Clock clock;

    public Spreidingsdienst(JdbcClient jdbc, Gebieden gebieden, Clock clock) {
        this.jdbc = jdbc;
        this.gebieden = gebieden;
        this.clock = clock;
    }

    // ---- access ------------------------------------------------------------------------------------

    /** Every logged-in user reads the key, the cycle, the plans and the realisation: none of it is about a person. */
    public static boolean magLezen(@Nullable Gebruiker g) {
        return g != null;
    }

    public static boolean magSesWoaLaden(@Nullable Gebruiker g) {
        return g != null && g.heeft(Rol.BEHEERDER);
    }

    public static boolean magOfficieleTabelLaden(@Nullable Gebruiker g) {
        return g != null && (g.heeft(Rol.OPGAVE_VASTSTELLER) || g.heeft(Rol.BEHEERDER));
    }

    /** JenV decides and records what is realised. */
    public static boolean magBesluiten(@Nullable Gebruiker g) {
        return g != null && g.heeft(Rol.OPGAVE_VASTSTELLER);
    }

    /** Only the province itself (its regietafel) writes its plan. */
    public static boolean magPlanWijzigen(@Nullable Gebruiker g, String provincieCode) {
        return g != null && g.heeft(Rol.PROVINCIE_REGISSEUR) && g.organisatie().soort() == Organisatie.Soort.PROVINCIE
                && g.organisatie().code().equals(provincieCode);
    }

    private static void vereis(boolean mag, String wat) {
        if (!mag) {
            throw new AccessDeniedException(wat);
        }
    }

    // ---- inputs ------------------------------------------------------------------------------------

    public record SesWoaUpload(UUID id, int peiljaar, String bron, Instant geuploadOp, String geuploadDoor, int aantal) {
    }

    @Transactional
    public SesWoaUpload laadSesWoa(@Nullable String peiljaarTekst, @Nullable String bron, byte @Nullable [] inhoud,
            Gebruiker door) {
        vereis(magSesWoaLaden(door), "alleen landelijk beheer laadt SES-WOA-scores");
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var peiljaar = nl.onderdak.platform.Invoer.geheelGetal(peiljaarTekst, "peiljaar", 2000, 2100, true, fouten);
        var bronTekst = nl.onderdak.platform.Invoer.verplicht(bron, "bron", Berichten.tekst("spreiding.fout.bron"),
                nl.onderdak.platform.Invoer.TEKST_MAX, fouten);
        Map<String, BigDecimal> scores = Map.of();
        try {
            scores = Tabellezer.sesWoa(inhoud, gemeentecodes());
        } catch (OngeldigeInvoer e) {
            fouten.addAll(e.velden());
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var upload = new SesWoaUpload(UUID.randomUUID(), peiljaar, bronTekst, clock.instant(), door.gebruikersnaam(), scores.size());
        jdbc.sql("""
                insert into spreiding.ses_woa_upload (id, peiljaar, bron, geupload_op, geupload_door, aantal)
                values (?, ?, ?, ?, ?, ?)""")
                .params(upload.id(), peiljaar, bronTekst, Timestamp.from(upload.geuploadOp()), upload.geuploadDoor(), upload.aantal())
                .update();
        for (var e : scores.entrySet()) {
            jdbc.sql("insert into spreiding.ses_woa_score (upload_id, gemeente_code, score) values (?, ?, ?)")
                    .params(upload.id(), e.getKey(), e.getValue()).update();
        }
        return upload;
    }

    public List<SesWoaUpload> sesWoaUploads() {
        return jdbc.sql("select id, peiljaar, bron, geupload_op, geupload_door, aantal from spreiding.ses_woa_upload "
                        + "order by peiljaar desc, geupload_op desc")
                .query((rs, i) -> new SesWoaUpload(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getInt(6)))
                .list();
    }

    /** The scores in force for a reference year: the newest upload of the newest year not after it ("meest recente"). */
    Optional<SesWoaUpload> sesWoaVoor(int peiljaar) {
        return sesWoaUploads().stream().filter(u -> u.peiljaar() <= peiljaar).findFirst();
    }

    private Map<String, BigDecimal> scores(UUID upload) {
        var uit = new HashMap<String, BigDecimal>();
        jdbc.sql("select gemeente_code, score from spreiding.ses_woa_score where upload_id = ?").param(upload)
                .query(rs -> {
                    uit.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return uit;
    }

    public record OfficieleUpload(UUID id, String cyclus, String bron, Instant geuploadOp, String geuploadDoor, int aantal) {
    }

    @Transactional
    public OfficieleUpload laadOfficieleTabel(String cyclusCode, @Nullable String bron, byte @Nullable [] inhoud, Gebruiker door) {
        vereis(magOfficieleTabelLaden(door), "alleen JenV of landelijk beheer laadt de officiële tabel");
        var cyclus = cyclus(cyclusCode);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var bronTekst = nl.onderdak.platform.Invoer.verplicht(bron, "bron", Berichten.tekst("spreiding.fout.bron"),
                nl.onderdak.platform.Invoer.TEKST_MAX, fouten);
        List<Tabellezer.OfficieleRegel> regels = List.of();
        try {
            regels = Tabellezer.officieleTabel(inhoud, gemeentecodes());
        } catch (OngeldigeInvoer e) {
            fouten.addAll(e.velden());
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var id = UUID.randomUUID();
        var nu = clock.instant();
        jdbc.sql("insert into spreiding.officiele_tabel_upload (id, cyclus_code, bron, geupload_op, geupload_door) values (?, ?, ?, ?, ?)")
                .params(id, cyclus.code(), bronTekst, Timestamp.from(nu), door.gebruikersnaam()).update();
        for (var r : regels) {
            jdbc.sql("insert into spreiding.officiele_regel (upload_id, gemeente_code, plaatsen, amv) values (?, ?, ?, ?)")
                    .params(id, r.gemeenteCode(), r.plaatsen(), r.amv()).update();
        }
        return new OfficieleUpload(id, cyclus.code(), bronTekst, nu, door.gebruikersnaam(), regels.size());
    }

    Optional<OfficieleUpload> officieleUpload(String cyclus) {
        return jdbc.sql("""
                select u.id, u.cyclus_code, u.bron, u.geupload_op, u.geupload_door,
                       (select count(*) from spreiding.officiele_regel r where r.upload_id = u.id)
                  from spreiding.officiele_tabel_upload u where u.cyclus_code = ? order by u.geupload_op desc limit 1""")
                .param(cyclus)
                .query((rs, i) -> new OfficieleUpload(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getInt(6)))
                .optional();
    }

    private Map<String, int[]> officieleRegels(UUID upload) {
        var uit = new LinkedHashMap<String, int[]>();
        jdbc.sql("select gemeente_code, plaatsen, amv from spreiding.officiele_regel where upload_id = ? order by gemeente_code")
                .param(upload).query(rs -> {
                    uit.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        return uit;
    }

    private Set<String> gemeentecodes() {
        return jdbc.sql("select code from gebieden.actuele_gemeente").query(String.class).set();
    }

    // ---- the key -----------------------------------------------------------------------------------

    /** The key computed for a total, with the figures it used. {@code sesWoa} is empty when no scores were loaded. */
    public record Berekening(int peiljaar, LocalDate indeling, @Nullable SesWoaUpload sesWoa,
            Spreidingssleutel.Verdeling verdeling) {
    }

    /**
     * Computed keys and the reference years, kept for a minute: a plan page, a submit and a reminder
     * each need the cycle's key, and computing it (CBS figures of 342 gemeenten, a quota method over
     * 96,000 places in two levels) on every request made the pages slow. The key of a new SES-WOA
     * upload is never stale (the upload is part of the cache key); re-imported CBS figures of the
     * same year show after at most a minute.
     */
    private static final java.time.Duration BEWAARTIJD = java.time.Duration.ofMinutes(1);
    private final Map<String, Map.Entry<Long, Object>> cache = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T bewaard(String sleutel, java.util.function.Supplier<T> bereken) {
        // Elapsed time, not the (movable) clock of the application: this is about freshness, not about dates.
        long nu = System.nanoTime();
        var e = cache.get(sleutel);
        if (e != null && nu - e.getKey() < BEWAARTIJD.toNanos()) {
            return (T) e.getValue();
        }
        var waarde = bereken.get();
        if (cache.size() > 100) {
            cache.clear();
        }
        cache.put(sleutel, Map.entry(nu, waarde));
        return waarde;
    }

    public List<Integer> peiljaren() {
        return bewaard("peiljaren", () -> List.copyOf(gebieden.peiljarenMetVolledigeCijfers()));
    }

    public Berekening bereken(int totaal, int amv, int peiljaar) {
        var upload = sesWoaVoor(peiljaar);
        return bewaard(totaal + "|" + amv + "|" + peiljaar + "|" + upload.map(u -> u.id().toString()).orElse("-"),
                () -> berekenNu(totaal, amv, peiljaar, upload));
    }

    private Berekening berekenNu(int totaal, int amv, int peiljaar, Optional<SesWoaUpload> upload) {
        var cijfers = gebieden.kerncijfers(peiljaar)
                .orElseThrow(() -> OngeldigeInvoer.veld("peiljaar", Berichten.tekst("spreiding.fout.peiljaar",
                        Berichten.opsomming(peiljaren()))));
        var scores = upload.map(u -> scores(u.id())).orElse(Map.of());
        var invoer = gebieden.gemeenten(cijfers.indeling(), peiljaar, GemeenteFilter.alles()).stream()
                .map(g -> new Spreidingssleutel.Invoer(g.code(), g.naam(), g.provincieCode(), g.provincieNaam(),
                        Objects.requireNonNull(g.inwoners()), scores.get(g.code())))
                .toList();
        return new Berekening(peiljaar, cijfers.indeling(), upload.orElse(null), Spreidingssleutel.bereken(totaal, amv, invoer));
    }

    /** Reads the three query parameters of the key, naming every wrong one. */
    public Berekening bereken(@Nullable String totaal, @Nullable String amv, @Nullable String peiljaar) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var t = nl.onderdak.platform.Invoer.geheelGetal(totaal, "totaal", 1, Spreidingssleutel.MAXIMUM_TOTAAL, true, fouten);
        // Without amv the key splits places only (amv 0 everywhere): the minors' share is never assumed.
        var a = nl.onderdak.platform.Invoer.geheelGetal(amv == null || amv.isBlank() ? "0" : amv, "amv", 0,
                Spreidingssleutel.MAXIMUM_TOTAAL, true, fouten);
        var jaren = peiljaren();
        var j = nl.onderdak.platform.Invoer.geheelGetal(peiljaar, "peiljaar", 1900, 2100, true, fouten);
        if (j != null && !jaren.contains(j)) {
            fouten.removeIf(f -> f.name().equals("peiljaar"));
            fouten.add(new OngeldigeInvoer.Veld("peiljaar", Berichten.tekst("spreiding.fout.peiljaar", Berichten.opsomming(jaren))));
            j = null;
        }
        if (t != null && a != null && a > t) {
            fouten.add(new OngeldigeInvoer.Veld("amv", Berichten.tekst("spreiding.fout.amvGroterDanTotaal")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return bereken(t, a, j);
    }

    // ---- the cycle ---------------------------------------------------------------------------------

    public record Cyclus(String code, int totaal, int amv, int peiljaar, LocalDate raming, LocalDate peildatum,
            LocalDate provinciaalPlan, LocalDate verdeelbesluit, LocalDate realisatie, LocalDate indeplaatsstelling,
            LocalDate volgendeCyclus) {

        /** The dates in order, each with its message key. */
        public List<Mijlpaal> mijlpalen(LocalDate vandaag) {
            return List.of(new Mijlpaal("raming", raming, dagen(vandaag, raming)),
                    new Mijlpaal("provinciaalPlan", provinciaalPlan, dagen(vandaag, provinciaalPlan)),
                    new Mijlpaal("verdeelbesluit", verdeelbesluit, dagen(vandaag, verdeelbesluit)),
                    new Mijlpaal("aanwijzing", verdeelbesluit, dagen(vandaag, verdeelbesluit)),
                    new Mijlpaal("peildatum", peildatum, dagen(vandaag, peildatum)),
                    new Mijlpaal("realisatie", realisatie, dagen(vandaag, realisatie)),
                    new Mijlpaal("indeplaatsstelling", indeplaatsstelling, dagen(vandaag, indeplaatsstelling)),
                    new Mijlpaal("volgendeCyclus", volgendeCyclus, dagen(vandaag, volgendeCyclus)));
        }

        private static long dagen(LocalDate vandaag, LocalDate datum) {
            return ChronoUnit.DAYS.between(vandaag, datum);
        }
    }

    /** A date of the cycle; {@code dagenTeGaan} negative when it has passed. */
    public record Mijlpaal(String soort, LocalDate datum, long dagenTeGaan) {
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    public List<Cyclus> cycli() {
        return jdbc.sql("select * from spreiding.cyclus order by code desc").query(Spreidingsdienst::cyclus).list();
    }

    public Cyclus cyclus(String code) {
        return jdbc.sql("select * from spreiding.cyclus where code = ?").param(code).query(Spreidingsdienst::cyclus)
                .optional().orElseThrow(() -> new NietGevonden("Cyclus"));
    }

    private static Cyclus cyclus(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Cyclus(rs.getString("code"), rs.getInt("totaal"), rs.getInt("amv"), rs.getInt("peiljaar"),
                rs.getObject("raming", LocalDate.class), rs.getObject("peildatum", LocalDate.class),
                rs.getObject("provinciaal_plan", LocalDate.class), rs.getObject("verdeelbesluit", LocalDate.class),
                rs.getObject("realisatie", LocalDate.class), rs.getObject("indeplaatsstelling", LocalDate.class),
                rs.getObject("volgende_cyclus", LocalDate.class));
    }

    /**
     * JenV opens a cycle when it publishes a capacity estimate. The dates follow the law as the first
     * cycle applied it: estimate 1 February of the first year, provincial plan 1 November, decision
     * 31 December, places on the reference date 1 January of the second year, six months to realise,
     * then the minister may take over, and two years after the estimate the next cycle.
     */
    @Transactional
    public Cyclus legCyclusVast(@Nullable String eersteJaar, @Nullable String totaal, @Nullable String amv,
            @Nullable String peiljaar, Gebruiker door) {
        vereis(magBesluiten(door), "alleen JenV stelt een capaciteitsraming vast");
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var jaar = nl.onderdak.platform.Invoer.geheelGetal(eersteJaar, "eersteJaar", 2024, 2098, true, fouten);
        var t = nl.onderdak.platform.Invoer.geheelGetal(totaal, "totaal", 1, Spreidingssleutel.MAXIMUM_TOTAAL, true, fouten);
        var a = nl.onderdak.platform.Invoer.geheelGetal(amv, "amv", 0, Spreidingssleutel.MAXIMUM_TOTAAL, true, fouten);
        var j = nl.onderdak.platform.Invoer.geheelGetal(peiljaar, "peiljaar", 1900, 2100, true, fouten);
        if (j != null && !peiljaren().contains(j)) {
            fouten.removeIf(f -> f.name().equals("peiljaar"));
            fouten.add(new OngeldigeInvoer.Veld("peiljaar", Berichten.tekst("spreiding.fout.peiljaar", Berichten.opsomming(peiljaren()))));
        }
        if (t != null && a != null && a > t) {
            fouten.add(new OngeldigeInvoer.Veld("amv", Berichten.tekst("spreiding.fout.amvGroterDanTotaal")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var c = new Cyclus(jaar + "-" + (jaar + 1), t, a, j, LocalDate.of(jaar, 2, 1), LocalDate.of(jaar + 1, 1, 1),
                LocalDate.of(jaar, 11, 1), LocalDate.of(jaar, 12, 31), LocalDate.of(jaar + 1, 6, 30),
                LocalDate.of(jaar + 1, 7, 1), LocalDate.of(jaar + 2, 2, 1));
        int nieuw = jdbc.sql("""
                insert into spreiding.cyclus (code, totaal, amv, peiljaar, raming, peildatum, provinciaal_plan, verdeelbesluit,
                                              realisatie, indeplaatsstelling, volgende_cyclus)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(c.code(), c.totaal(), c.amv(), c.peiljaar(), c.raming(), c.peildatum(), c.provinciaalPlan(),
                        c.verdeelbesluit(), c.realisatie(), c.indeplaatsstelling(), c.volgendeCyclus())
                .update();
        if (nieuw == 0) {
            throw new Conflict("cyclus-bestaat", Berichten.tekst("spreiding.conflict.cyclusBestaat", c.code()));
        }
        return c;
    }

    // ---- the task of a cycle -------------------------------------------------------------------------

    /** Where a cycle's task per gemeente comes from. */
    public enum Taakbron { OFFICIELE_TABEL, BEREKEND, ONBEKEND }

    /** A gemeente's task in a cycle; {@code plaatsen}/{@code amv} null where unknown. */
    public record Taak(String gemeenteCode, String gemeenteNaam, String provincieCode, String provincieNaam,
            @Nullable Integer plaatsen, @Nullable Integer amv) {
    }

    public record Taken(Taakbron bron, List<Taak> gemeenten) {

        public List<Taak> inProvincie(String provincie) {
            return gemeenten.stream().filter(t -> t.provincieCode().equals(provincie)).toList();
        }

        public @Nullable Integer plaatsen(String provincie) {
            return som(inProvincie(provincie), Taak::plaatsen);
        }

        public @Nullable Integer amv(String provincie) {
            return som(inProvincie(provincie), Taak::amv);
        }

        public Optional<Taak> van(String gemeente) {
            return gemeenten.stream().filter(t -> t.gemeenteCode().equals(gemeente)).findFirst();
        }

        static @Nullable Integer som(List<Taak> taken, java.util.function.Function<Taak, @Nullable Integer> veld) {
            int som = 0;
            for (var t : taken) {
                var w = veld.apply(t);
                if (w == null) {
                    return null;
                }
                som += w;
            }
            return taken.isEmpty() ? null : som;
        }
    }

    /**
     * The task per gemeente: the official table of the cycle when one was uploaded (what the minister
     * published is what counts), otherwise the key computed on the cycle's figures when every score is
     * there, otherwise unknown.
     */
    public Taken taken(Cyclus cyclus) {
        var berekening = bereken(cyclus.totaal(), cyclus.amv(), cyclus.peiljaar());
        var officieel = officieleUpload(cyclus.code()).map(u -> officieleRegels(u.id()));
        var taken = new ArrayList<Taak>();
        for (var p : berekening.verdeling().provincies()) {
            for (var g : p.gemeenten()) {
                Integer plaatsen = null;
                Integer amv = null;
                if (officieel.isPresent()) {
                    var r = officieel.get().get(g.code());
                    if (r != null) {
                        plaatsen = r[0];
                        amv = r[1];
                    }
                } else {
                    plaatsen = g.plaatsen();
                    amv = g.amv();
                }
                taken.add(new Taak(g.code(), g.naam(), p.code(), p.naam(), plaatsen, amv));
            }
        }
        var bron = officieel.isPresent() ? Taakbron.OFFICIELE_TABEL
                : berekening.verdeling().volledig() ? Taakbron.BEREKEND : Taakbron.ONBEKEND;
        return new Taken(bron, taken);
    }

    /** The official table next to the computation, with every difference. */
    public record Vergelijkingsregel(String gemeenteCode, String gemeenteNaam, String provincieNaam,
            @Nullable Integer officieelPlaatsen, @Nullable Integer officieelAmv, @Nullable Integer berekendPlaatsen,
            @Nullable Integer berekendAmv, boolean verschil) {
    }

    public record Vergelijking(String cyclus, @Nullable OfficieleUpload officieel, boolean berekeningVolledig,
            List<String> zonderScore, List<Vergelijkingsregel> regels, List<Vergelijkingsregel> verschillen) {
    }

    public Vergelijking vergelijking(String cyclusCode) {
        var cyclus = cyclus(cyclusCode);
        var berekening = bereken(cyclus.totaal(), cyclus.amv(), cyclus.peiljaar());
        var upload = officieleUpload(cyclus.code());
        var officieel = upload.map(u -> officieleRegels(u.id())).orElse(Map.of());
        var regels = new ArrayList<Vergelijkingsregel>();
        for (var p : berekening.verdeling().provincies()) {
            for (var g : p.gemeenten()) {
                var o = officieel.get(g.code());
                Integer op = o == null ? null : o[0];
                Integer oa = o == null ? null : o[1];
                // A difference is only stated where both sides are known; a missing side is shown as missing.
                boolean verschil = op != null && g.plaatsen() != null && (!op.equals(g.plaatsen()) || !oa.equals(g.amv()));
                regels.add(new Vergelijkingsregel(g.code(), g.naam(), p.naam(), op, oa, g.plaatsen(), g.amv(), verschil));
            }
        }
        return new Vergelijking(cyclus.code(), upload.orElse(null), berekening.verdeling().volledig(),
                berekening.verdeling().zonderScore(), regels, regels.stream().filter(Vergelijkingsregel::verschil).toList());
    }

    // ---- the provincial round ----------------------------------------------------------------------

    public record Toezegging(String gemeenteCode, String gemeenteNaam, @Nullable Integer taakPlaatsen,
            @Nullable Integer taakAmv, @Nullable Integer plaatsen, @Nullable Integer amv, int ruilSaldo,
            @Nullable Integer besluitPlaatsen, @Nullable Integer besluitAmv, boolean aangewezen) {

        /** What the gemeente should commit after its swaps: its task plus places taken over, minus places handed over. */
        public @Nullable Integer taakNaRuil() {
            return taakPlaatsen == null ? null : taakPlaatsen + ruilSaldo;
        }
    }

    public record Ruil(UUID id, String gemeenteAsiel, String gemeenteAsielNaam, String gemeenteTegen,
            String gemeenteTegenNaam, Tegenprestatie tegenprestatie, int aantal, @Nullable String toelichting,
            Instant vastgelegdOp, String vastgelegdDoor) {
    }

    public record Plan(String cyclus, String provincieCode, String provincieNaam, Planstatus status, int versie,
            Taakbron taakbron, @Nullable Integer taakPlaatsen, @Nullable Integer taakAmv, int toegezegdPlaatsen,
            int toegezegdAmv, @Nullable Integer saldoPlaatsen, @Nullable Integer saldoAmv, boolean magIndienen,
            @Nullable Instant ingediendOp, @Nullable String ingediendDoor, @Nullable Instant beslotenOp,
            List<Toezegging> gemeenten, List<Ruil> ruilen) {
    }

    public Plan plan(String cyclusCode, String provincieCode) {
        var cyclus = cyclus(cyclusCode);
        var taken = taken(cyclus);
        var inProvincie = taken.inProvincie(provincieCode);
        if (inProvincie.isEmpty()) {
            throw new NietGevonden("Provincie");
        }
        var kop = jdbc.sql("""
                select status, versie, ingediend_op, ingediend_door, besloten_op from spreiding.provinciaal_plan
                 where cyclus_code = ? and provincie_code = ?""").params(cyclus.code(), provincieCode)
                .query((rs, i) -> new Object[] {Planstatus.vanWoord(rs.getString(1)), rs.getInt(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()})
                .optional().orElse(new Object[] {Planstatus.CONCEPT, 0, null, null, null});
        var regels = new HashMap<String, int[]>();
        jdbc.sql("select gemeente_code, plaatsen, amv from spreiding.plan_regel where cyclus_code = ? and provincie_code = ?")
                .params(cyclus.code(), provincieCode).query(rs -> {
                    regels.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        var besluit = new HashMap<String, Object[]>();
        jdbc.sql("select gemeente_code, plaatsen, amv, aangewezen from spreiding.besluit_regel where cyclus_code = ?")
                .param(cyclus.code()).query(rs -> {
                    besluit.put(rs.getString(1), new Object[] {rs.getInt(2), rs.getInt(3), rs.getBoolean(4)});
                });
        var namen = inProvincie.stream().collect(Collectors.toMap(Taak::gemeenteCode, Taak::gemeenteNaam));
        var ruilen = jdbc.sql("""
                select id, gemeente_asiel, gemeente_tegen, tegenprestatie, aantal, toelichting, vastgelegd_op, vastgelegd_door
                  from spreiding.ruil where cyclus_code = ? and provincie_code = ? order by vastgelegd_op, id""")
                .params(cyclus.code(), provincieCode)
                .query((rs, i) -> new Ruil(rs.getObject(1, UUID.class), rs.getString(2), namen.getOrDefault(rs.getString(2), rs.getString(2)),
                        rs.getString(3), namen.getOrDefault(rs.getString(3), rs.getString(3)),
                        Tegenprestatie.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT)), rs.getInt(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8)))
                .list();
        var saldo = new HashMap<String, Integer>();
        for (var r : ruilen) {
            saldo.merge(r.gemeenteAsiel(), r.aantal(), Integer::sum);
            saldo.merge(r.gemeenteTegen(), -r.aantal(), Integer::sum);
        }
        var toezeggingen = new ArrayList<Toezegging>();
        int plaatsen = 0;
        int amv = 0;
        for (var t : inProvincie) {
            var r = regels.get(t.gemeenteCode());
            var b = besluit.get(t.gemeenteCode());
            if (r != null) {
                plaatsen += r[0];
                amv += r[1];
            }
            toezeggingen.add(new Toezegging(t.gemeenteCode(), t.gemeenteNaam(), t.plaatsen(), t.amv(),
                    r == null ? null : r[0], r == null ? null : r[1], saldo.getOrDefault(t.gemeenteCode(), 0),
                    b == null ? null : (Integer) b[0], b == null ? null : (Integer) b[1], b != null && (Boolean) b[2]));
        }
        var taakPlaatsen = taken.plaatsen(provincieCode);
        var taakAmv = taken.amv(provincieCode);
        Integer saldoPlaatsen = taakPlaatsen == null ? null : plaatsen - taakPlaatsen;
        Integer saldoAmv = taakAmv == null ? null : amv - taakAmv;
        var status = (Planstatus) kop[0];
        boolean magIndienen = status == Planstatus.CONCEPT && saldoPlaatsen != null && saldoPlaatsen == 0
                && saldoAmv != null && saldoAmv == 0;
        return new Plan(cyclus.code(), provincieCode, inProvincie.getFirst().provincieNaam(), status, (Integer) kop[1],
                taken.bron(), taakPlaatsen, taakAmv, plaatsen, amv, saldoPlaatsen, saldoAmv, magIndienen,
                (Instant) kop[2], (String) kop[3], (Instant) kop[4], List.copyOf(toezeggingen), ruilen);
    }

    /** Locks the plan row for the rest of the transaction (created as a concept when missing) and returns its state. */
    private Planstatus vergrendel(String cyclus, String provincie) {
        jdbc.sql("""
                insert into spreiding.provinciaal_plan (cyclus_code, provincie_code, status) values (?, ?, 'concept')
                on conflict do nothing""").params(cyclus, provincie).update();
        return Planstatus.vanWoord(jdbc.sql("""
                select status from spreiding.provinciaal_plan where cyclus_code = ? and provincie_code = ? for update""")
                .params(cyclus, provincie).query(String.class).single());
    }

    private void vereisConcept(Planstatus status) {
        if (status != Planstatus.CONCEPT) {
            throw new Conflict("plan-niet-in-concept", Berichten.tekst("spreiding.conflict.nietInConcept",
                    Berichten.tekst("spreiding.status." + status.woord())));
        }
    }

    private Taak gemeenteInProvincie(Taken taken, String provincie, @Nullable String gemeente, String veld) {
        return taken.inProvincie(provincie).stream().filter(t -> t.gemeenteCode().equals(gemeente)).findFirst()
                .orElseThrow(() -> OngeldigeInvoer.veld(veld, Berichten.tekst("spreiding.fout.gemeenteBuitenProvincie")));
    }

    @Transactional
    public Plan legToezeggingVast(String cyclusCode, String provincie, String gemeente, @Nullable String plaatsenTekst,
            @Nullable String amvTekst, Gebruiker door) {
        vereis(magPlanWijzigen(door, provincie), "alleen de eigen provincie wijzigt haar plan");
        var cyclus = cyclus(cyclusCode);
        var taken = taken(cyclus);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var plaatsen = nl.onderdak.platform.Invoer.geheelGetal(plaatsenTekst, "plaatsen", 0, Spreidingssleutel.MAXIMUM_TOTAAL, true, fouten);
        var amv = nl.onderdak.platform.Invoer.geheelGetal(amvTekst, "amv", 0, Spreidingssleutel.MAXIMUM_TOTAAL, true, fouten);
        if (plaatsen != null && amv != null && amv > plaatsen) {
            fouten.add(new OngeldigeInvoer.Veld("amv", Berichten.tekst("spreiding.fout.amvGroterDanPlaatsenVeld")));
        }
        try {
            gemeenteInProvincie(taken, provincie, gemeente, "gemeente");
        } catch (OngeldigeInvoer e) {
            throw new NietGevonden("Gemeente");
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        vereisConcept(vergrendel(cyclus.code(), provincie));
        jdbc.sql("""
                insert into spreiding.plan_regel (cyclus_code, provincie_code, gemeente_code, plaatsen, amv, gewijzigd_op, gewijzigd_door)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (cyclus_code, gemeente_code) do update set plaatsen = excluded.plaatsen, amv = excluded.amv,
                    gewijzigd_op = excluded.gewijzigd_op, gewijzigd_door = excluded.gewijzigd_door""")
                .params(cyclus.code(), provincie, gemeente, plaatsen, amv, Timestamp.from(clock.instant()), door.gebruikersnaam())
                .update();
        jdbc.sql("update spreiding.provinciaal_plan set versie = versie + 1 where cyclus_code = ? and provincie_code = ?")
                .params(cyclus.code(), provincie).update();
        return plan(cyclus.code(), provincie);
    }

    @Transactional
    public Ruil voegRuilToe(String cyclusCode, String provincie, @Nullable String gemeenteAsiel, @Nullable String gemeenteTegen,
            @Nullable String tegenprestatie, @Nullable String aantalTekst, @Nullable String toelichting, Gebruiker door) {
        vereis(magPlanWijzigen(door, provincie), "alleen de eigen provincie wijzigt haar plan");
        var cyclus = cyclus(cyclusCode);
        var taken = taken(cyclus);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        Taak a = null;
        Taak b = null;
        try {
            a = gemeenteInProvincie(taken, provincie, gemeenteAsiel, "gemeenteAsiel");
        } catch (OngeldigeInvoer e) {
            fouten.addAll(e.velden());
        }
        try {
            b = gemeenteInProvincie(taken, provincie, gemeenteTegen, "gemeenteTegen");
        } catch (OngeldigeInvoer e) {
            fouten.addAll(e.velden());
        }
        if (a != null && b != null && a.gemeenteCode().equals(b.gemeenteCode())) {
            fouten.add(new OngeldigeInvoer.Veld("gemeenteTegen", Berichten.tekst("spreiding.fout.ruilZelfdeGemeente")));
        }
        var soort = tegenprestatie == null ? Optional.<Tegenprestatie>empty() : Tegenprestatie.lees(tegenprestatie);
        if (soort.isEmpty()) {
            fouten.add(new OngeldigeInvoer.Veld("tegenprestatie", Berichten.tekst("spreiding.fout.tegenprestatie")));
        }
        var aantal = nl.onderdak.platform.Invoer.geheelGetal(aantalTekst, "aantal", 1, Spreidingssleutel.MAXIMUM_TOTAAL, true, fouten);
        var tekst = nl.onderdak.platform.Invoer.tekst(toelichting, "toelichting", nl.onderdak.platform.Invoer.TEKST_MAX, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        vereisConcept(vergrendel(cyclus.code(), provincie));
        var ruil = new Ruil(UUID.randomUUID(), a.gemeenteCode(), a.gemeenteNaam(), b.gemeenteCode(), b.gemeenteNaam(),
                soort.get(), aantal, tekst == null || tekst.isBlank() ? null : tekst, clock.instant(), door.gebruikersnaam());
        jdbc.sql("""
                insert into spreiding.ruil (id, cyclus_code, provincie_code, gemeente_asiel, gemeente_tegen, tegenprestatie,
                                            aantal, toelichting, vastgelegd_op, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ruil.id(), cyclus.code(), provincie, ruil.gemeenteAsiel(), ruil.gemeenteTegen(),
                        ruil.tegenprestatie().woord(), ruil.aantal(), ruil.toelichting(), Timestamp.from(ruil.vastgelegdOp()),
                        ruil.vastgelegdDoor())
                .update();
        jdbc.sql("update spreiding.provinciaal_plan set versie = versie + 1 where cyclus_code = ? and provincie_code = ?")
                .params(cyclus.code(), provincie).update();
        return ruil;
    }

    @Transactional
    public void verwijderRuil(String cyclusCode, String provincie, UUID ruil, Gebruiker door) {
        vereis(magPlanWijzigen(door, provincie), "alleen de eigen provincie wijzigt haar plan");
        var cyclus = cyclus(cyclusCode);
        vereisConcept(vergrendel(cyclus.code(), provincie));
        int weg = jdbc.sql("delete from spreiding.ruil where id = ? and cyclus_code = ? and provincie_code = ?")
                .params(ruil, cyclus.code(), provincie).update();
        if (weg == 0) {
            throw new NietGevonden("Ruil");
        }
    }

    /**
     * Submits the plan. The plan row is locked first and the balance computed inside the lock, so two
     * submits (two tabs, two people) are handled one after the other: the second finds the plan
     * submitted already and gets a conflict.
     */
    @Transactional
    public Plan dienIn(String cyclusCode, String provincie, Gebruiker door) {
        vereis(magPlanWijzigen(door, provincie), "alleen de eigen provincie dient haar plan in");
        var cyclus = cyclus(cyclusCode);
        var status = vergrendel(cyclus.code(), provincie);
        if (!status.magNaar(Planstatus.INGEDIEND)) {
            throw new Conflict("plan-al-ingediend", Berichten.tekst("spreiding.conflict.nietInConcept",
                    Berichten.tekst("spreiding.status." + status.woord())));
        }
        var plan = plan(cyclus.code(), provincie);
        if (plan.saldoPlaatsen() == null || plan.saldoAmv() == null) {
            throw new Conflict("taak-onbekend", Berichten.tekst("spreiding.conflict.taakOnbekend"));
        }
        if (plan.saldoPlaatsen() != 0 || plan.saldoAmv() != 0) {
            throw new Conflict("saldo-niet-nul", Berichten.tekst("spreiding.conflict.saldo", plan.saldoPlaatsen(), plan.saldoAmv()));
        }
        jdbc.sql("""
                update spreiding.provinciaal_plan set status = 'ingediend', versie = versie + 1, ingediend_op = ?, ingediend_door = ?
                 where cyclus_code = ? and provincie_code = ? and status = 'concept'""")
                .params(Timestamp.from(clock.instant()), door.gebruikersnaam(), cyclus.code(), provincie).update();
        return plan(cyclus.code(), provincie);
    }

    /** One line of the minister's decision. */
    public record Besluitregel(@Nullable String gemeente, @Nullable String plaatsen, @Nullable String amv, boolean aangewezen) {
    }

    /** JenV records the decision for every gemeente of a province (and any designation); the plan is then decided. */
    @Transactional
    public Plan besluit(String cyclusCode, String provincie, List<Besluitregel> regels, Gebruiker door) {
        vereis(magBesluiten(door), "alleen JenV neemt het verdeelbesluit");
        var cyclus = cyclus(cyclusCode);
        var taken = taken(cyclus);
        var inProvincie = taken.inProvincie(provincie);
        if (inProvincie.isEmpty()) {
            throw new NietGevonden("Provincie");
        }
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var gezien = new java.util.HashSet<String>();
        var gelezen = new ArrayList<Object[]>();
        for (int i = 0; i < regels.size(); i++) {
            var r = regels.get(i);
            var pad = "regels[" + i + "].";
            if (r.gemeente() == null || inProvincie.stream().noneMatch(t -> t.gemeenteCode().equals(r.gemeente()))) {
                fouten.add(new OngeldigeInvoer.Veld(pad + "gemeente", Berichten.tekst("spreiding.fout.gemeenteBuitenProvincie")));
            } else if (!gezien.add(r.gemeente())) {
                fouten.add(new OngeldigeInvoer.Veld(pad + "gemeente", Berichten.tekst("spreiding.fout.dubbeleGemeenteVeld")));
            }
            var p = nl.onderdak.platform.Invoer.geheelGetal(r.plaatsen(), pad + "plaatsen", 0, Spreidingssleutel.MAXIMUM_TOTAAL, true, fouten);
            var a = nl.onderdak.platform.Invoer.geheelGetal(r.amv(), pad + "amv", 0, Spreidingssleutel.MAXIMUM_TOTAAL, true, fouten);
            if (p != null && a != null && a > p) {
                fouten.add(new OngeldigeInvoer.Veld(pad + "amv", Berichten.tekst("spreiding.fout.amvGroterDanPlaatsenVeld")));
            }
            gelezen.add(new Object[] {r.gemeente(), p, a, r.aangewezen()});
        }
        if (regels.isEmpty()) {
            fouten.add(new OngeldigeInvoer.Veld("regels", Berichten.tekst("spreiding.fout.geenRegels")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var status = vergrendel(cyclus.code(), provincie);
        if (!status.magNaar(Planstatus.BESLOTEN)) {
            throw new Conflict("plan-besloten", Berichten.tekst("spreiding.conflict.alBesloten"));
        }
        var nu = Timestamp.from(clock.instant());
        for (var r : gelezen) {
            jdbc.sql("""
                    insert into spreiding.besluit_regel (cyclus_code, gemeente_code, plaatsen, amv, aangewezen, vastgelegd_op, vastgelegd_door)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(cyclus.code(), r[0], r[1], r[2], r[3], nu, door.gebruikersnaam()).update();
        }
        jdbc.sql("""
                update spreiding.provinciaal_plan set status = 'besloten', versie = versie + 1, besloten_op = ?, besloten_door = ?
                 where cyclus_code = ? and provincie_code = ?""")
                .params(nu, door.gebruikersnaam(), cyclus.code(), provincie).update();
        return plan(cyclus.code(), provincie);
    }

    // ---- realisation -------------------------------------------------------------------------------

    @Transactional
    public void legRealisatieVast(String cyclusCode, String gemeente, @Nullable String gerealiseerdTekst,
            @Nullable String duurzaamTekst, Gebruiker door) {
        vereis(magBesluiten(door), "alleen JenV legt de realisatie vast");
        var cyclus = cyclus(cyclusCode);
        if (!gemeentecodes().contains(gemeente)) {
            throw new NietGevonden("Gemeente");
        }
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var gerealiseerd = nl.onderdak.platform.Invoer.geheelGetal(gerealiseerdTekst, "gerealiseerd", 0, Spreidingssleutel.MAXIMUM_TOTAAL, true, fouten);
        var duurzaam = nl.onderdak.platform.Invoer.geheelGetal(duurzaamTekst, "duurzaam", 0, Spreidingssleutel.MAXIMUM_TOTAAL, true, fouten);
        if (gerealiseerd != null && duurzaam != null && duurzaam > gerealiseerd) {
            fouten.add(new OngeldigeInvoer.Veld("duurzaam", Berichten.tekst("spreiding.fout.duurzaam")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        jdbc.sql("""
                insert into spreiding.realisatie (cyclus_code, gemeente_code, gerealiseerd, duurzaam, vastgelegd_op, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?)
                on conflict (cyclus_code, gemeente_code) do update set gerealiseerd = excluded.gerealiseerd,
                    duurzaam = excluded.duurzaam, vastgelegd_op = excluded.vastgelegd_op, vastgelegd_door = excluded.vastgelegd_door""")
                .params(cyclus.code(), gemeente, gerealiseerd, duurzaam, Timestamp.from(clock.instant()), door.gebruikersnaam())
                .update();
    }

    /** What the minister decided for one gemeente and what it has realised so far (0 when nothing was recorded). */
    public record Gemeentestand(int besloten, int gerealiseerd) {
    }

    /** The gemeente's decided places in a cycle and its realisation; empty when no decision names it. */
    public Optional<Gemeentestand> gemeentestand(String cyclusCode, String gemeente) {
        return jdbc.sql("""
                select b.plaatsen, coalesce(r.gerealiseerd, 0)
                  from spreiding.besluit_regel b
                  left join spreiding.realisatie r on r.cyclus_code = b.cyclus_code and r.gemeente_code = b.gemeente_code
                 where b.cyclus_code = ? and b.gemeente_code = ?
                 order by b.vastgelegd_op desc limit 1""")
                .params(cyclusCode, gemeente)
                .query((rs, i) -> new Gemeentestand(rs.getInt(1), rs.getInt(2)))
                .optional();
    }

    /** One line of the side-by-side view; a null is a figure that is not known (never shown as 0). */
    public record Realisatieregel(String code, String naam, @Nullable Integer taak, @Nullable Integer taakAmv,
            @Nullable Integer toegezegd, @Nullable Integer besloten, @Nullable Integer gerealiseerd,
            @Nullable Integer duurzaam, int oekraineBruikbaar, int oekraineBezet) {
    }

    public record Realisatie(String cyclus, LocalDate peildatum, Taakbron taakbron, Realisatieregel landelijk,
            List<Realisatieregel> provincies, List<Realisatieregel> gemeenten) {
    }

    public Realisatie realisatie(String cyclusCode) {
        var cyclus = cyclus(cyclusCode);
        var taken = taken(cyclus);
        var vandaag = vandaag();
        var toegezegd = perGemeente("select gemeente_code, plaatsen from spreiding.plan_regel where cyclus_code = ?", cyclus.code());
        var besloten = perGemeente("select gemeente_code, plaatsen from spreiding.besluit_regel where cyclus_code = ?", cyclus.code());
        var gerealiseerd = perGemeente("select gemeente_code, gerealiseerd from spreiding.realisatie where cyclus_code = ?", cyclus.code());
        var duurzaam = perGemeente("select gemeente_code, duurzaam from spreiding.realisatie where cyclus_code = ?", cyclus.code());
        // Onderdak's own Ukrainian reception today: usable beds (declared minus out of use, on available
        // locations) and beds occupied, from the published views of locaties and plaatsing.
        var bruikbaar = new HashMap<String, Integer>();
        jdbc.sql("""
                select l.gemeente_code, sum(b.lang_opgegeven - b.lang_buiten + b.kort_opgegeven - b.kort_buiten)
                  from locaties.locatie l
                  join locaties.bedden_per_periode b on b.opvanglocatie_id = l.id and b.status = 'beschikbaar'
                                                    and b.geldig @> cast(:dag as date)
                 where daterange(l.beschikbaar_vanaf, l.beschikbaar_tot, '[]') @> cast(:dag as date)
                 group by l.gemeente_code""").param("dag", vandaag)
                .query(rs -> {
                    bruikbaar.put(rs.getString(1), rs.getInt(2));
                });
        var bezet = new HashMap<String, Integer>();
        jdbc.sql("""
                select l.gemeente_code, count(*) from plaatsing.bedverblijf v join locaties.locatie l on l.id = v.opvanglocatie_id
                 where v.periode @> cast(:dag as date) group by l.gemeente_code""").param("dag", vandaag)
                .query(rs -> {
                    bezet.put(rs.getString(1), rs.getInt(2));
                });
        var gemeenten = new ArrayList<Realisatieregel>();
        var perProvincie = new LinkedHashMap<String, List<Realisatieregel>>();
        var provincieNamen = new HashMap<String, String>();
        for (var t : taken.gemeenten()) {
            var r = new Realisatieregel(t.gemeenteCode(), t.gemeenteNaam(), t.plaatsen(), t.amv(), toegezegd.get(t.gemeenteCode()),
                    besloten.get(t.gemeenteCode()), gerealiseerd.get(t.gemeenteCode()), duurzaam.get(t.gemeenteCode()),
                    bruikbaar.getOrDefault(t.gemeenteCode(), 0), bezet.getOrDefault(t.gemeenteCode(), 0));
            gemeenten.add(r);
            perProvincie.computeIfAbsent(t.provincieCode(), k -> new ArrayList<>()).add(r);
            provincieNamen.put(t.provincieCode(), t.provincieNaam());
        }
        var provincies = new ArrayList<Realisatieregel>();
        perProvincie.forEach((code, regels) -> provincies.add(optelling(code, provincieNamen.get(code), regels)));
        return new Realisatie(cyclus.code(), vandaag, taken.bron(), optelling("NL", "Nederland", gemeenten), provincies, gemeenten);
    }

    private Map<String, Integer> perGemeente(String sql, String cyclus) {
        var uit = new HashMap<String, Integer>();
        jdbc.sql(sql).param(cyclus).query(rs -> {
            uit.put(rs.getString(1), rs.getInt(2));
        });
        return uit;
    }

    /**
     * Sums lines. A task is only summed when every line has it; committed, decided and realised places
     * sum what was recorded (a gemeente without a record adds nothing) and are null when nothing was.
     */
    private static Realisatieregel optelling(String code, String naam, List<Realisatieregel> regels) {
        return new Realisatieregel(code, naam, somAlles(regels, Realisatieregel::taak), somAlles(regels, Realisatieregel::taakAmv),
                somBekend(regels, Realisatieregel::toegezegd), somBekend(regels, Realisatieregel::besloten),
                somBekend(regels, Realisatieregel::gerealiseerd), somBekend(regels, Realisatieregel::duurzaam),
                regels.stream().mapToInt(Realisatieregel::oekraineBruikbaar).sum(),
                regels.stream().mapToInt(Realisatieregel::oekraineBezet).sum());
    }

    private static @Nullable Integer somAlles(List<Realisatieregel> regels, java.util.function.Function<Realisatieregel, @Nullable Integer> f) {
        int som = 0;
        for (var r : regels) {
            var w = f.apply(r);
            if (w == null) {
                return null;
            }
            som += w;
        }
        return som;
    }

    private static @Nullable Integer somBekend(List<Realisatieregel> regels, java.util.function.Function<Realisatieregel, @Nullable Integer> f) {
        var bekend = regels.stream().map(f).filter(Objects::nonNull).toList();
        return bekend.isEmpty() ? null : bekend.stream().mapToInt(Integer::intValue).sum();
    }

    /** Plans submitted and waiting for the minister's decision. */
    public List<Plan> ingediendePlannen() {
        return jdbc.sql("select cyclus_code, provincie_code from spreiding.provinciaal_plan where status = 'ingediend' order by provincie_code")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list().stream()
                .map(s -> plan(s[0], s[1])).toList();
    }

    /** The state of a province's plan without computing the key (for reminders). */
    public Planstatus status(String cyclus, String provincie) {
        return jdbc.sql("select status from spreiding.provinciaal_plan where cyclus_code = ? and provincie_code = ?")
                .params(cyclus, provincie).query(String.class).optional().map(Planstatus::vanWoord).orElse(Planstatus.CONCEPT);
    }

    /** The names of the provinces (published view of gebieden). */
    public Map<String, String> provincienamen() {
        var uit = new LinkedHashMap<String, String>();
        jdbc.sql("select code, naam from gebieden.provincie_naam order by code").query(rs -> {
            uit.put(rs.getString(1), rs.getString(2));
        });
        return uit;
    }
}
