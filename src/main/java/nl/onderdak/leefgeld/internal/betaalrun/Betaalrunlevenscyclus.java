// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.betaalrun;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import nl.onderdak.leefgeld.Betaalmethode;
import nl.onderdak.leefgeld.internal.Aanwezigheden;
import nl.onderdak.leefgeld.internal.LeefgeldTarieven;
import nl.onderdak.leefgeld.internal.Leefgeldberekening;
import nl.onderdak.leefgeld.internal.Verwerking;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.Pagina;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a payment run per gemeente per month. A run is first a preview (concept) with one line
 * per household: its amount with explanation, or why it is held back. A second employee approves it
 * (four eyes, also enforced by the database). Execution turns the approved lines into payments in one
 * transaction: all or nothing. The database allows one valid payment per household per month, so a
 * retried execution or a second run for the same month pays only what was not yet paid. A payment the
 * bank returned may be paid once more, after the payment details were corrected. The files of a run
 * are made by {@link Betaalbestanden}, the bank's result is read by {@link Bankafstemming}.
 */
@Service
@Transactional
public class Betaalrunlevenscyclus {

    /**
     * One line of the preview, with the payment details as they were at the preview (what is paid),
     * the household's explanation, and warnings for the approver. A line of a household with a
     * child travelling alone is {@code afgeschermd} for a user without the role: amount and method
     * only, no id, name, account, card or explanation.
     */
    public record Regel(@Nullable UUID huishoudenId, String omschrijving, BigDecimal bedrag, int poging, @Nullable Betaalmethode methode,
            @Nullable String tegengehouden, Leefgeldberekening.@Nullable Uitkomst uitleg, boolean gewijzigd, @Nullable String iban,
            @Nullable String tenaamstelling, @Nullable String kaartnummer, @Nullable String tegengehoudenBijUitvoering,
            boolean betaalgegevensGewijzigd, int gedeeldIban, boolean afgeschermd, @Nullable EerderePoging eerderePoging,
            Betalingen.@Nullable Status betaalstatus, @Nullable String betaalreden) {

        /** The bank's ISO reason code of a failed payment (AC04), for the reason in the user's language. */
        public @Nullable String redencode() {
            return Betalingen.redencode(betaalreden);
        }

        public @Nullable String redentekst() {
            return Betalingen.redentekst(betaalreden);
        }
    }

    /** The failed first attempt of a month, shown with a second attempt: what was paid, why it failed and who said so. */
    public record EerderePoging(String endToEndId, Betaalmethode methode, @Nullable String iban, @Nullable String tenaamstelling,
            @Nullable String kaartnummer, @Nullable String reden, @Nullable String bron, @Nullable String gemeldDoor,
            @Nullable String bevestigdDoor, @Nullable Instant verwerktOp) {
    }

    /** Why a line is held back at execution when the household's payment details changed after the preview. */
    public static final String GEWIJZIGD_NA_VOORVERTONING =
            "Betaalgegevens gewijzigd na de voorvertoning; neem het huishouden op in een volgende run";
    public static final String AFGESCHERMD_ZONDER_ROL =
            "Afgeschermd huishouden (alleenreizende minderjarige): goedgekeurd zonder de rol voor alleenreizende minderjarigen; "
                    + "neem het op in een volgende run die een collega met die rol goedkeurt";

    private final JdbcClient jdbc;
    private final Betaalrunopslag opslag;
    private final Aanwezigheden aanwezigheden;
    private final LeefgeldTarieven tarieven;
    private final Logboek logboek;
    private final Clock clock;

    Betaalrunlevenscyclus(JdbcClient jdbc, Betaalrunopslag opslag, Aanwezigheden aanwezigheden, LeefgeldTarieven tarieven, Logboek logboek,
            Clock clock) {
        this.jdbc = jdbc;
        this.opslag = opslag;
        this.aanwezigheden = aanwezigheden;
        this.tarieven = tarieven;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** Who works with payment runs: employees of a gemeente, for their own gemeente. The menu asks the same. */
    public static boolean magBetaalrunsZien(@Nullable Gebruiker gebruiker) {
        return gebruiker != null && gebruiker.isGemeenteMedewerker();
    }

    /** The user's gemeente, whose runs the user works with; anyone else is refused (403). */
    public static String gemeenteVan(Gebruiker gebruiker) {
        if (!magBetaalrunsZien(gebruiker)) {
            throw new AccessDeniedException("alleen een medewerker van een gemeente");
        }
        return gebruiker.eigenGemeente();
    }

    /**
     * Creates the preview of the user's gemeente for a month: every household the gemeente pays for
     * that month and has not paid yet. {@code voortgang} hears how many households are computed.
     */
    public Betaalrun maak(YearMonth maand, Gebruiker gebruiker, IntConsumer voortgang) {
        var gemeente = gemeenteVan(gebruiker);
        jdbc.sql("select pg_advisory_xact_lock(hashtext('betaalrun-' || ? || '-' || ?))").params(gemeente, maand.toString())
                .query().singleRow();
        var open = jdbc.sql("select id from leefgeld.betaalrun where gemeente_code = ? and maand = ? and status in ('concept', 'goedgekeurd')")
                .params(gemeente, maand.atDay(1)).query(UUID.class).optional();
        if (open.isPresent()) {
            throw new Conflict("run-loopt", Berichten.tekst("betaalrun.conflict.runLoopt", Weergave.in(Berichten.taal()).maand(maand)));
        }
        var feiten = aanwezigheden.vanGemeente(gemeente, maand);
        var eerder = eerdereBetalingen(feiten.keySet(), maand);
        var wijzen = betaalwijzen(feiten.keySet());
        var geldend = tarieven.geldend();
        var id = BetaalrunId.nieuw();
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into leefgeld.betaalrun (id, gemeente_code, maand, status, aangemaakt_door, aangemaakt_op)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id.waarde(), gemeente, maand.atDay(1), Betaalrunstatus.CONCEPT.woord(), gebruiker.gebruikersnaam(), nu).update();

        int n = feiten.size();
        var huishoudens = new ArrayList<UUID>(n);
        var bedragen = new ArrayList<BigDecimal>(n);
        var pogingen = new ArrayList<Integer>(n);
        var methoden = new ArrayList<String>(n);
        var ibans = new ArrayList<String>(n);
        var namen = new ArrayList<String>(n);
        var kaarten = new ArrayList<String>(n);
        var gewijzigdOp = new ArrayList<String>(n);
        var redenen = new ArrayList<String>(n);
        int gedaan = 0;
        for (var f : feiten.values()) {
            if (++gedaan % 1000 == 0) {
                voortgang.accept(gedaan);
            }
            var vorige = eerder.get(f.huishoudenId());
            if (vorige != null && !vorige.opnieuwTeBetalen()) {
                continue; // paid, or sent and awaiting the bank
            }
            var uitkomst = Leefgeldberekening.bereken(maand, f.leden(), f.besluiten(), geldend);
            if (uitkomst.bedrag().signum() == 0 && !uitkomst.tegengehouden()) {
                continue; // nothing to pay (not present, or stopped by decision)
            }
            var wijze = wijzen.get(f.huishoudenId());
            String reden = null;
            if (uitkomst.tegengehouden()) {
                reden = "tarief ontbreekt";
            } else if (wijze == null) {
                reden = "betaalwijze ontbreekt";
            } else if (vorige != null && !vorige.gecorrigeerd()) {
                reden = "vorige betaling mislukt (" + vorige.reden() + "): corrigeer eerst de betaalgegevens";
            }
            huishoudens.add(f.huishoudenId());
            bedragen.add(uitkomst.tegengehouden() ? BigDecimal.ZERO.setScale(2) : uitkomst.bedrag());
            pogingen.add(vorige == null ? 1 : 2);
            methoden.add(wijze == null ? null : wijze.methode());
            ibans.add(wijze == null ? null : wijze.iban());
            namen.add(wijze == null ? null : wijze.tenaamstelling());
            kaarten.add(wijze == null ? null : wijze.kaartnummer());
            gewijzigdOp.add(wijze == null ? null : wijze.gewijzigdOp().toString());
            redenen.add(reden);
        }
        jdbc.sql("""
                insert into leefgeld.betaalrunregel (betaalrun_id, huishouden_id, bedrag, poging, methode, tegengehouden, iban, tenaamstelling,
                    kaartnummer, betaalgegevens_op)
                select ?, h, b, p, m, t, i, n, k, cast(o as timestamptz)
                  from unnest(cast(? as uuid[]), cast(? as numeric[]), cast(? as smallint[]), cast(? as text[]), cast(? as text[]),
                              cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
                       as r(h, b, p, m, t, i, n, k, o)""")
                .params(id.waarde(), huishoudens.toArray(UUID[]::new), bedragen.toArray(BigDecimal[]::new), pogingen.toArray(Integer[]::new),
                        methoden.toArray(String[]::new), redenen.toArray(String[]::new), ibans.toArray(String[]::new),
                        namen.toArray(String[]::new), kaarten.toArray(String[]::new), gewijzigdOp.toArray(String[]::new))
                .update();
        voortgang.accept(n);
        // Computing the preview shows nobody anything; viewing its lines is logged where they are shown (regels).
        return opslag.vind(id).orElseThrow();
    }

    /** A second employee of the same gemeente approves the preview. */
    public Betaalrun keurGoed(BetaalrunId id, Gebruiker gebruiker) {
        var run = opslag.eigen(id, gebruiker);
        opslag.schrijf(run.keurGoed(gebruiker, clock.instant()), run.status(), gebruiker.heeft(Rol.MINDERJARIGEN));
        return opslag.vind(id).orElseThrow();
    }

    /** A run that should not be executed (the figures changed) lapses; a new preview can then be made. */
    public Betaalrun laatVervallen(BetaalrunId id, Gebruiker gebruiker) {
        var run = opslag.eigen(id, gebruiker);
        opslag.schrijf(run.laatVervallen(), run.status(), false);
        return opslag.vind(id).orElseThrow();
    }

    /**
     * Creates the payments of an approved run, in one transaction. Lines that are held back or
     * already paid by another run are skipped; executing again changes nothing.
     */
    public Betaalrun voerUit(BetaalrunId id, Gebruiker gebruiker) {
        opslag.eigen(id, gebruiker);
        opslag.vergrendel(id);
        var run = opslag.vind(id).orElseThrow();
        if (run.isUitgevoerd()) {
            return run; // a retry: already done, nothing more happens
        }
        var uitgevoerd = run.voerUit(clock.instant());
        var maand = run.maand();
        // A household whose payment details are no longer the approved ones is held back: the approved details may be
        // out of date (a closed account), the new ones were never approved. Nobody is paid with details that were not approved.
        jdbc.sql("""
                update leefgeld.betaalrunregel r set tegengehouden_bij_uitvoering = :reden
                 where r.betaalrun_id = :run and r.tegengehouden is null and r.bedrag > 0 and r.tegengehouden_bij_uitvoering is null
                   and not exists (select 1 from leefgeld.betaalwijze w where w.huishouden_id = r.huishouden_id
                                      and (w.methode, w.iban, w.tenaamstelling, w.kaartnummer)
                                          is not distinct from (r.methode, r.iban, r.tenaamstelling, r.kaartnummer))""")
                .param("reden", GEWIJZIGD_NA_VOORVERTONING).param("run", id.waarde()).update();
        // A shielded line (a household with a child travelling alone) showed an approver without the role only its amount
        // and method: its account was never seen by a second pair of eyes, so it waits for a run approved by a colleague
        // with the role.
        jdbc.sql("""
                update leefgeld.betaalrunregel r set tegengehouden_bij_uitvoering = :reden
                 where r.betaalrun_id = :run and r.tegengehouden is null and r.bedrag > 0 and r.tegengehouden_bij_uitvoering is null
                   and not (select goedgekeurd_met_rol_minderjarigen from leefgeld.betaalrun where id = :run)
                   and exists (select 1 from bewoners.lid b where b.huishouden_id = r.huishouden_id and b.alleenreizend_minderjarig)""")
                .param("reden", AFGESCHERMD_ZONDER_ROL).param("run", id.waarde()).update();
        // Paid exactly as approved: method, account, holder and card come from the line, not from the current details.
        // End-to-end id: LG, month, the household's id without hyphens cut to 22 characters, attempt: at most 35 characters.
        jdbc.sql("""
                insert into leefgeld.betaling (id, betaalrun_id, huishouden_id, gemeente_code, maand, poging, bedrag, methode, iban, tenaamstelling,
                    kaartnummer, end_to_end_id, afgeschermd)
                select gen_random_uuid(), r.betaalrun_id, r.huishouden_id, :gemeente, :maand, r.poging, r.bedrag, r.methode, r.iban,
                       r.tenaamstelling, r.kaartnummer,
                       'LG' || to_char(cast(:maand as date), 'YYYYMM') || '-' || left(replace(cast(r.huishouden_id as text), '-', ''), 22)
                           || '-' || r.poging,
                       exists (select 1 from bewoners.lid b where b.huishouden_id = r.huishouden_id and b.alleenreizend_minderjarig)
                  from leefgeld.betaalrunregel r
                 where r.betaalrun_id = :run and r.tegengehouden is null and r.tegengehouden_bij_uitvoering is null and r.bedrag > 0
                on conflict do nothing""")
                .param("gemeente", run.gemeenteCode()).param("maand", maand.atDay(1)).param("run", id.waarde()).update();
        opslag.schrijf(uitgevoerd, run.status(), false);
        logboek.leg(Handeling.WIJZIGEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, opslag.ledenVanBetalingen(id), gebruiker);
        return opslag.vind(id).orElseThrow();
    }

    /** The runs of the user's gemeente, newest first. */
    @Transactional(readOnly = true)
    public List<Betaalrun> vanGemeente(Gebruiker gebruiker) {
        return opslag.vanGemeente(gemeenteVan(gebruiker));
    }

    /** A run of the user's gemeente; another gemeente's run does not exist for the user. */
    @Transactional(readOnly = true)
    public Betaalrun eigen(BetaalrunId id, Gebruiker gebruiker) {
        return opslag.eigen(id, gebruiker);
    }

    /**
     * The lines of a run's preview, held back first, then lines whose IBAN is shared with another
     * household, then largest first. Each line shows the payment details as approved (what is paid)
     * and is flagged when the household's current details differ; its explanation is computed again
     * from the same data ({@code gewijzigd} when that gives another amount than the approved one); a
     * second attempt shows the failed first one and who marked it failed. A line of a household with
     * a child travelling alone is shown without anything that identifies it to a user without the
     * role. Logged as a view of the members shown.
     */
    public List<Regel> regels(BetaalrunId id, Gebruiker gebruiker, int max) {
        return lees(id, gebruiker, null, Regelvolgorde.AANDACHT, 1, max).regels();
    }

    /** How the lines of a run can be ordered on its page; {@link #AANDACHT} is the order of {@link #regels}. */
    public enum Regelvolgorde {
        /** Held back first, then a shared IBAN, then the largest amount: what the approver must look at first. */
        AANDACHT("aandacht", "q.tegengehouden is null and q.tegengehouden_bij_uitvoering is null, q.gedeeld = 0, q.bedrag desc"),
        /**
         * By surname. A line the user may not identify sorts after the others, so its place among the names
         * says nothing about whose it is.
         */
        NAAM("naam", "(:verberg and q.afgeschermd), q.naam nulls last"),
        /** The largest amount first. */
        BEDRAG("bedrag", "q.bedrag desc"),
        /** Held back first, then failed, reported, sent and paid payments, then by surname. */
        STATUS("status", """
                q.tegengehouden is null and q.tegengehouden_bij_uitvoering is null,
                case q.p_status when 'mislukt' then 0 when 'verstuurd' then 1 when 'betaald' then 2 else 3 end,
                (:verberg and q.afgeschermd), q.naam nulls last""");

        private final String woord;
        private final String sql;

        Regelvolgorde(String woord, String sql) {
            this.woord = woord;
            this.sql = sql;
        }

        public String woord() {
            return woord;
        }
    }

    /** Lines per page of a run's page unless the user chooses, and the most the user can choose. */
    public static final int REGELS_PER_PAGINA = 50;
    public static final int REGELS_MAX_PER_PAGINA = 200;
    private static final int ZOEK_MAX = 100;

    /**
     * One page of a run's lines, for the run's page: a part of a member's name or of a payment's reference
     * (end-to-end id) narrows them, sorted as chosen (attention first unless chosen), with the number of all
     * matching lines, so an approver sees how many households the run has and reaches every one of them. A
     * search never matches a line the user may not identify (so a name typed does not reveal that household).
     * Wrong parameters are named per field ({@link OngeldigeInvoer}). Not read-only: the view is logged.
     */
    public Pagina<Regel> zoekRegels(BetaalrunId id, Gebruiker gebruiker, @Nullable String zoek, @Nullable String sorteer,
            @Nullable String pagina, @Nullable String aantal) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var z = Invoer.schoon(zoek);
        if (z != null && z.length() > ZOEK_MAX) {
            fouten.add(new OngeldigeInvoer.Veld("zoek", Berichten.tekst("leefgeld.fout.mislukt.zoek", ZOEK_MAX)));
        }
        var p = Invoer.geheelGetal(pagina, "pagina", 1, 1_000_000, false, fouten);
        var a = Invoer.geheelGetal(aantal, "aantal", 1, REGELS_MAX_PER_PAGINA, false, fouten);
        var v = Regelvolgorde.AANDACHT;
        if (Invoer.schoon(sorteer) != null) {
            var gekozen = Arrays.stream(Regelvolgorde.values()).filter(o -> o.woord.equals(Invoer.schoon(sorteer))).findFirst();
            if (gekozen.isEmpty()) {
                fouten.add(new OngeldigeInvoer.Veld("sorteer", Berichten.tekst("leefgeld.fout.regels.sorteer")));
            } else {
                v = gekozen.get();
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return lees(id, gebruiker, z, v, p == null ? 1 : p, a == null ? REGELS_PER_PAGINA : a);
    }

    /**
     * The number of lines of a run whose household has a child travelling alone: for the notice that an approver
     * without the role leaves them to a colleague, whichever page of lines is shown.
     */
    @Transactional(readOnly = true)
    public long afgeschermdeRegels(BetaalrunId id, Gebruiker gebruiker) {
        var run = opslag.eigen(id, gebruiker);
        return jdbc.sql("""
                select count(*) from leefgeld.betaalrunregel r
                 where r.betaalrun_id = ?
                   and exists (select 1 from bewoners.lid b where b.huishouden_id = r.huishouden_id and b.alleenreizend_minderjarig)""")
                .param(run.id().waarde()).query(Long.class).single();
    }

    private Pagina<Regel> lees(BetaalrunId id, Gebruiker gebruiker, @Nullable String zoek, Regelvolgorde volgorde, int pagina, int aantal) {
        var run = opslag.eigen(id, gebruiker);
        var magMinderjarigen = gebruiker.heeft(Rol.MINDERJARIGEN);
        record Rij(UUID huishouden, String omschrijving, BigDecimal bedrag, int poging, @Nullable Betaalmethode methode,
                @Nullable String tegengehouden, @Nullable String iban, @Nullable String tenaamstelling, @Nullable String kaartnummer,
                @Nullable String bijUitvoering, boolean wijzeGewijzigd, int gedeeld, boolean afgeschermd, @Nullable EerderePoging eerder,
                Betalingen.@Nullable Status status, @Nullable String reden) {
        }
        // One IBAN for several households, in this run or among the gemeente's households, is shown to the approver.
        var totaal = new long[] {-1};
        var rijen = jdbc.sql("""
                select q.*, count(*) over () as totaal from (
                with gedeeld as (
                    select iban, count(distinct huishouden_id) as n from (
                        select iban, huishouden_id from leefgeld.betaalrunregel where betaalrun_id = :run and iban is not null
                        union
                        select w.iban, w.huishouden_id from leefgeld.betaalwijze w
                          join bewoners.relatie hg on hg.huishouden_id = w.huishouden_id and hg.gemeente_code = :gemeente
                                             and hg.relatie <> 'voorgesteld'
                         where w.iban is not null) a
                     group by iban having count(distinct huishouden_id) > 1)
                select r.huishouden_id, (select string_agg(voornaam || ' ' || achternaam, ', ' order by geboortedatum)
                                           from bewoners.lid where huishouden_id = r.huishouden_id),
                       r.bedrag, r.poging, r.methode, r.tegengehouden, r.iban, r.tenaamstelling, r.kaartnummer,
                       r.tegengehouden_bij_uitvoering,
                       r.methode is not null and not exists (
                           select 1 from leefgeld.betaalwijze w where w.huishouden_id = r.huishouden_id
                              and (w.methode, w.iban, w.tenaamstelling, w.kaartnummer)
                                  is not distinct from (r.methode, r.iban, r.tenaamstelling, r.kaartnummer)) as wijze_gewijzigd,
                       coalesce(g.n - 1, 0) as gedeeld,
                       exists (select 1 from bewoners.lid b where b.huishouden_id = r.huishouden_id and b.alleenreizend_minderjarig)
                           as afgeschermd,
                       e.end_to_end_id, e.methode as e_methode, e.iban as e_iban, e.tenaamstelling as e_tenaamstelling,
                       e.kaartnummer as e_kaartnummer, e.reden as e_reden, e.mislukt_bron, e.mislukt_gemeld_door, e.mislukt_bevestigd_door,
                       e.verwerkt_op, p.status as p_status, p.reden as p_reden,
                       exists (select 1 from leefgeld.mislukmelding m where m.betaling_id = p.id and m.bevestigd_door is null
                                  and m.afgewezen_door is null) as p_gemeld,
                       (select min(lower(n.achternaam || ' ' || n.voornaam)) from bewoners.lid n where n.huishouden_id = r.huishouden_id)
                           as naam,
                       p.end_to_end_id as p_kenmerk
                  from leefgeld.betaalrunregel r
                  left join gedeeld g on g.iban = r.iban
                  left join leefgeld.betaling p on p.betaalrun_id = r.betaalrun_id and p.huishouden_id = r.huishouden_id
                  left join leefgeld.betaling e on r.poging > 1 and e.huishouden_id = r.huishouden_id and e.maand = :maand
                                      and e.poging = r.poging - 1
                 where r.betaalrun_id = :run) q
                 where :zoek = ''
                    or (not (:verberg and q.afgeschermd)
                        and (exists (select 1 from bewoners.lid z where z.huishouden_id = q.huishouden_id
                                        and lower(z.voornaam || ' ' || z.achternaam) like :zoekpatroon escape '\\')
                             or lower(coalesce(q.p_kenmerk, '')) like :zoekpatroon escape '\\'))
                 order by %s, q.huishouden_id
                 limit :aantal offset :vanaf""".formatted(volgorde.sql))
                .param("run", id.waarde()).param("gemeente", run.gemeenteCode()).param("maand", run.maand().atDay(1))
                .param("zoek", zoek == null ? "" : zoek).param("zoekpatroon", zoekpatroon(zoek)).param("verberg", !magMinderjarigen)
                .param("aantal", aantal).param("vanaf", (long) (pagina - 1) * aantal)
                .query((rs, i) -> {
                    totaal[0] = rs.getLong("totaal");
                    return new Rij(rs.getObject(1, UUID.class), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4),
                        methode(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getBoolean(11), rs.getInt(12), rs.getBoolean(13),
                        rs.getString("end_to_end_id") == null ? null : new EerderePoging(rs.getString("end_to_end_id"),
                                Betaalmethode.uitDatabase(rs.getString("e_methode")), rs.getString("e_iban"), rs.getString("e_tenaamstelling"),
                                rs.getString("e_kaartnummer"), rs.getString("e_reden"), rs.getString("mislukt_bron"),
                                rs.getString("mislukt_gemeld_door"), rs.getString("mislukt_bevestigd_door"),
                                Betaalrunopslag.instant(rs, "verwerkt_op")),
                        betaalstatus(rs.getString("p_status"), rs.getBoolean("p_gemeld")), rs.getString("p_reden"));
                })
                .list();
        var zichtbaar = rijen.stream().filter(r -> magMinderjarigen || !r.afgeschermd()).map(Rij::huishouden).toList();
        var feiten = aanwezigheden.voor(zichtbaar, run.maand());
        var geldend = tarieven.geldend();
        var regels = new ArrayList<Regel>(rijen.size());
        var leden = new ArrayList<UUID>();
        for (var r : rijen) {
            if (r.afgeschermd() && !magMinderjarigen) {
                // Counted and paid as approved, but nothing that identifies the household: see docs/regels.md.
                regels.add(new Regel(null, "afgeschermd", r.bedrag(), r.poging(), r.methode(), r.tegengehouden(), null, false, null, null,
                        null, r.bijUitvoering(), r.wijzeGewijzigd(), 0, true, null, r.status(), null));
                continue;
            }
            var f = feiten.get(r.huishouden());
            var uitleg = Leefgeldberekening.bereken(run.maand(), f.leden(), f.besluiten(), geldend);
            f.leden().forEach(l -> leden.add(l.id()));
            boolean gewijzigd = r.tegengehouden() == null && uitleg.bedrag().compareTo(r.bedrag()) != 0;
            regels.add(new Regel(r.huishouden(), r.omschrijving(), r.bedrag(), r.poging(), r.methode(), r.tegengehouden(), uitleg, gewijzigd,
                    r.iban(), r.tenaamstelling(), r.kaartnummer(), r.bijUitvoering(), r.wijzeGewijzigd(), r.gedeeld(), r.afgeschermd(),
                    r.eerder(), r.status(), r.reden()));
        }
        logboek.leg(zoek == null ? Handeling.INZIEN : Handeling.ZOEKEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, leden, gebruiker);
        long alle = Pagina.totaal(totaal[0], pagina, () -> jdbc.sql("select count(*) from leefgeld.betaalrunregel where betaalrun_id = ?")
                .param(id.waarde()).query(Long.class).single());
        return new Pagina<>(regels, alle, pagina, aantal);
    }

    /** A LIKE pattern for a part of a text, its wildcards taken literally. */
    private static String zoekpatroon(@Nullable String zoek) {
        return zoek == null ? "%" : "%" + zoek.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Betalingen.@Nullable Status betaalstatus(@Nullable String woord, boolean gemeld) {
        if (woord == null) {
            return null;
        }
        return switch (woord) {
            case "betaald" -> Betalingen.Status.BETAALD;
            case "mislukt" -> Betalingen.Status.MISLUKT;
            default -> gemeld ? Betalingen.Status.GEMELD : Betalingen.Status.VERSTUURD;
        };
    }

    private static @Nullable Betaalmethode methode(@Nullable String woord) {
        return woord == null ? null : Betaalmethode.uitDatabase(woord);
    }

    /** Earlier payments of the month for these households: the valid one, or the failed first attempt. */
    private record Eerder(String status, @Nullable String reden, boolean gecorrigeerd, int pogingen) {
        boolean opnieuwTeBetalen() {
            return "mislukt".equals(status) && pogingen < 2;
        }
    }

    private Map<UUID, Eerder> eerdereBetalingen(Collection<UUID> huishoudens, YearMonth maand) {
        var uit = new HashMap<UUID, Eerder>();
        jdbc.sql("""
                select b.huishouden_id, (array_agg(b.status order by b.poging desc))[1], (array_agg(b.reden order by b.poging desc))[1],
                       bool_or(w.gewijzigd_op > b.verwerkt_op) filter (where b.status = 'mislukt'), count(*)
                  from leefgeld.betaling b left join leefgeld.betaalwijze w on w.huishouden_id = b.huishouden_id
                 where b.maand = ? and b.huishouden_id = any(?)
                 group by b.huishouden_id""")
                .params(maand.atDay(1), huishoudens.toArray(UUID[]::new))
                .query(rs -> {
                    uit.put(rs.getObject(1, UUID.class), new Eerder(rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getInt(5)));
                });
        return uit;
    }

    /** A household's payment details as read for the preview (the method as its database word, copied onto the line). */
    private record Wijze(String methode, @Nullable String iban, @Nullable String tenaamstelling, @Nullable String kaartnummer,
            Instant gewijzigdOp) {
    }

    private Map<UUID, Wijze> betaalwijzen(Collection<UUID> huishoudens) {
        var uit = new HashMap<UUID, Wijze>();
        jdbc.sql("select huishouden_id, methode, iban, tenaamstelling, kaartnummer, gewijzigd_op from leefgeld.betaalwijze where huishouden_id = any(?)")
                .param(huishoudens.toArray(UUID[]::new))
                .query(rs -> {
                    uit.put(rs.getObject(1, UUID.class), new Wijze(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant()));
                });
        return uit;
    }
}
