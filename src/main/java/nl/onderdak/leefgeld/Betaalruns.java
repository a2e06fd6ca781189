package nl.onderdak.leefgeld;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment runs per gemeente per month. A run is first a preview (concept) with one line per
 * household: its amount with explanation, or why it is held back. A second employee approves it
 * (four eyes, also enforced by the database). Execution turns the approved lines into payments in
 * one transaction: all or nothing. The database allows one valid payment per household per month,
 * so a retried execution or a second run for the same month pays only what was not yet paid. A
 * payment the bank returned may be paid once more, after the payment details were corrected.
 */
@Service
@Transactional
public class Betaalruns {

    public record Run(UUID id, String gemeenteCode, YearMonth maand, String status, String aangemaaktDoor, Instant aangemaaktOp,
            String goedgekeurdDoor, Instant goedgekeurdOp, Instant uitgevoerdOp, Totalen totalen) {
    }

    /** Counts and sums of a run's lines and, once executed, of its payments. */
    public record Totalen(int huishoudens, int teBetalen, BigDecimal bedrag, int tegengehouden, int bank, int contant, int prepaid,
            int betaald, int mislukt) {
    }

    /**
     * One line of the preview, with the payment details as they were at the preview (what is paid),
     * the household's explanation, and warnings for the approver. A line of a household with a
     * child travelling alone is {@code afgeschermd} for a user without the role: amount and method
     * only, no id, name, account, card or explanation.
     */
    public record Regel(UUID huishoudenId, String omschrijving, BigDecimal bedrag, int poging, String methode, String tegengehouden,
            Leefgeldberekening.Uitkomst uitleg, boolean gewijzigd, String iban, String tenaamstelling, String kaartnummer,
            String tegengehoudenBijUitvoering, boolean betaalgegevensGewijzigd, int gedeeldIban, boolean afgeschermd,
            EerderePoging eerderePoging) {
    }

    /** The failed first attempt of a month, shown with a second attempt: what was paid, why it failed and who said so. */
    public record EerderePoging(String endToEndId, String methode, String iban, String tenaamstelling, String kaartnummer, String reden,
            String bron, String gemeldDoor, String bevestigdDoor, Instant verwerktOp) {
    }

    /** A failure claimed by hand, waiting for a second employee. */
    public record Mislukmelding(String endToEndId, BigDecimal bedrag, String methode, String reden, String gemeldDoor, Instant gemeldOp,
            boolean afgeschermd) {
    }

    /** A proposed change of the gemeente's own account, waiting for a second employee. */
    public record Rekeningvoorstel(UUID id, String iban, String bic, String naam, String voorgesteldDoor, Instant voorgesteldOp) {
    }

    /** Why a line is held back at execution when the household's payment details changed after the preview. */
    public static final String GEWIJZIGD_NA_VOORVERTONING =
            "Betaalgegevens gewijzigd na de voorvertoning; neem het huishouden op in een volgende run";
    public static final String AFGESCHERMD_ZONDER_ROL =
            "Afgeschermd huishouden (alleenreizende minderjarige): goedgekeurd zonder de rol voor alleenreizende minderjarigen; "
                    + "neem het op in een volgende run die een collega met die rol goedkeurt";

    /** The gemeente's own account, the debtor of the transfers. */
    public record Rekening(String iban, String bic, String naam) {
    }

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final Aanwezigheden aanwezigheden;
    private final LeefgeldTarieven tarieven;
    private final Gebieden gebieden;
    private final Logboek logboek;
    private final Clock clock;

    Betaalruns(JdbcClient jdbc, Aanwezigheden aanwezigheden, LeefgeldTarieven tarieven, Gebieden gebieden, Logboek logboek, Clock clock) {
        this.jdbc = jdbc;
        this.aanwezigheden = aanwezigheden;
        this.tarieven = tarieven;
        this.gebieden = gebieden;
        this.logboek = logboek;
        this.clock = clock;
    }

    /**
     * Creates the preview of the user's gemeente for a month: every household the gemeente pays for
     * that month and has not paid yet. {@code voortgang} hears how many households are computed.
     */
    public Run maak(String maandTekst, Gebruiker gebruiker, IntConsumer voortgang) {
        var gemeente = gebruiker.eigenGemeente();
        var maand = Leefgeld.maand(maandTekst, "maand");
        jdbc.sql("select pg_advisory_xact_lock(hashtext('betaalrun-' || ? || '-' || ?))").params(gemeente, maand.toString())
                .query().singleRow();
        var open = jdbc.sql("select id from leefgeld.betaalrun where gemeente_code = ? and maand = ? and status in ('concept', 'goedgekeurd')")
                .params(gemeente, maand.atDay(1)).query(UUID.class).optional();
        if (open.isPresent()) {
            throw new Conflict("run-loopt", "Voor " + Leefgeld.maandNaam(maand) + " staat al een betaalrun klaar. Open die in de lijst "
                    + "van betaalruns om hem goed te keuren en uit te voeren, of trek hem in om een nieuwe te maken.");
        }
        var feiten = aanwezigheden.vanGemeente(gemeente, maand);
        var eerder = eerdereBetalingen(feiten.keySet(), maand);
        var wijzen = betaalwijzen(feiten.keySet());
        var geldend = tarieven.geldend();
        var id = UUID.randomUUID();
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into leefgeld.betaalrun (id, gemeente_code, maand, status, aangemaakt_door, aangemaakt_op)
                values (?, ?, ?, 'concept', ?, ?)""").params(id, gemeente, maand.atDay(1), gebruiker.gebruikersnaam(), nu).update();

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
                .params(id, huishoudens.toArray(UUID[]::new), bedragen.toArray(BigDecimal[]::new), pogingen.toArray(Integer[]::new),
                        methoden.toArray(String[]::new), redenen.toArray(String[]::new), ibans.toArray(String[]::new),
                        namen.toArray(String[]::new), kaarten.toArray(String[]::new), gewijzigdOp.toArray(String[]::new))
                .update();
        voortgang.accept(n);
        // Computing the preview shows nobody anything; viewing its lines is logged where they are shown (regels).
        return vind(id).orElseThrow();
    }

    /** A second employee of the same gemeente approves the preview. */
    public Run keurGoed(UUID id, Gebruiker gebruiker) {
        var run = eigen(id, gebruiker);
        if (!"concept".equals(run.status())) {
            throw new Conflict("niet-in-concept", "Deze betaalrun is al " + run.status() + ".");
        }
        if (run.aangemaaktDoor().equals(gebruiker.gebruikersnaam())) {
            throw new Conflict("vier-ogen", "Een tweede medewerker keurt de betaalrun goed, niet degene die hem aanmaakte.");
        }
        jdbc.sql("""
                update leefgeld.betaalrun set status = 'goedgekeurd', goedgekeurd_door = ?, goedgekeurd_op = ?, goedgekeurd_met_rol_minderjarigen = ?
                 where id = ? and status = 'concept'""")
                .params(gebruiker.gebruikersnaam(), Timestamp.from(clock.instant()), gebruiker.heeft(Rol.MINDERJARIGEN), id).update();
        return vind(id).orElseThrow();
    }

    /** A run that should not be executed (the figures changed) lapses; a new preview can then be made. */
    public Run laatVervallen(UUID id, Gebruiker gebruiker) {
        var run = eigen(id, gebruiker);
        if (!List.of("concept", "goedgekeurd").contains(run.status())) {
            throw new Conflict("al-uitgevoerd", "Een uitgevoerde betaalrun vervalt niet meer.");
        }
        jdbc.sql("update leefgeld.betaalrun set status = 'vervallen' where id = ?").param(id).update();
        return vind(id).orElseThrow();
    }

    /**
     * Creates the payments of an approved run, in one transaction. Lines that are held back or
     * already paid by another run are skipped; executing again changes nothing.
     */
    public Run voerUit(UUID id, Gebruiker gebruiker) {
        var run = eigen(id, gebruiker);
        jdbc.sql("select id from leefgeld.betaalrun where id = ? for update").param(id).query().singleRow();
        run = vind(id).orElseThrow();
        if ("uitgevoerd".equals(run.status())) {
            return run; // a retry: already done, nothing more happens
        }
        if (!"goedgekeurd".equals(run.status())) {
            throw new Conflict("niet-goedgekeurd", "Een betaalrun wordt pas uitgevoerd na goedkeuring door een tweede medewerker.");
        }
        var maand = run.maand();
        // A household whose payment details are no longer the approved ones is held back: the approved details may be
        // out of date (a closed account), the new ones were never approved. Nobody is paid with details that were not approved.
        jdbc.sql("""
                update leefgeld.betaalrunregel r set tegengehouden_bij_uitvoering = :reden
                 where r.betaalrun_id = :run and r.tegengehouden is null and r.bedrag > 0 and r.tegengehouden_bij_uitvoering is null
                   and not exists (select 1 from leefgeld.betaalwijze w where w.huishouden_id = r.huishouden_id
                                      and (w.methode, w.iban, w.tenaamstelling, w.kaartnummer)
                                          is not distinct from (r.methode, r.iban, r.tenaamstelling, r.kaartnummer))""")
                .param("reden", GEWIJZIGD_NA_VOORVERTONING).param("run", id).update();
        // A shielded line (a household with a child travelling alone) showed an approver without the role only its amount
        // and method: its account was never seen by a second pair of eyes, so it waits for a run approved by a colleague
        // with the role.
        jdbc.sql("""
                update leefgeld.betaalrunregel r set tegengehouden_bij_uitvoering = :reden
                 where r.betaalrun_id = :run and r.tegengehouden is null and r.bedrag > 0 and r.tegengehouden_bij_uitvoering is null
                   and not (select goedgekeurd_met_rol_minderjarigen from leefgeld.betaalrun where id = :run)
                   and exists (select 1 from bewoners.bewoner b where b.huishouden_id = r.huishouden_id and b.samengevoegd_in is null
                                  and b.alleenreizend_minderjarig)""")
                .param("reden", AFGESCHERMD_ZONDER_ROL).param("run", id).update();
        // Paid exactly as approved: method, account, holder and card come from the line, not from the current details.
        // End-to-end id: LG, month, the household's id without hyphens cut to 22 characters, attempt: at most 35 characters.
        jdbc.sql("""
                insert into leefgeld.betaling (id, betaalrun_id, huishouden_id, gemeente_code, maand, poging, bedrag, methode, iban, tenaamstelling,
                    kaartnummer, end_to_end_id, afgeschermd)
                select gen_random_uuid(), r.betaalrun_id, r.huishouden_id, :gemeente, :maand, r.poging, r.bedrag, r.methode, r.iban,
                       r.tenaamstelling, r.kaartnummer,
                       'LG' || to_char(cast(:maand as date), 'YYYYMM') || '-' || left(replace(cast(r.huishouden_id as text), '-', ''), 22)
                           || '-' || r.poging,
                       exists (select 1 from bewoners.bewoner b where b.huishouden_id = r.huishouden_id and b.samengevoegd_in is null
                                  and b.alleenreizend_minderjarig)
                  from leefgeld.betaalrunregel r
                 where r.betaalrun_id = :run and r.tegengehouden is null and r.tegengehouden_bij_uitvoering is null and r.bedrag > 0
                on conflict do nothing""")
                .param("gemeente", run.gemeenteCode()).param("maand", maand.atDay(1)).param("run", id).update();
        jdbc.sql("update leefgeld.betaalrun set status = 'uitgevoerd', uitgevoerd_op = ? where id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
        logboek.leg(Handeling.WIJZIGEN, Leefgeld.ACTIVITEIT, Leefgeld.DOEL, ledenVanBetalingen(id), gebruiker);
        return vind(id).orElseThrow();
    }

    /**
     * The SEPA credit-transfer file (pain.001.001.09) of the run's bank payments, validated against
     * its schema. It carries only what the bank needs: the creditor's name and IBAN, the amount, the
     * end-to-end id and "Leefgeld <month>". Payments to households with a child travelling alone are
     * in a file of their own ({@code afgeschermd}), for users with the role only; each payment is in
     * exactly one of the two files.
     */
    public byte[] sepa(UUID id, boolean afgeschermd, Gebruiker gebruiker) {
        var run = uitgevoerd(id, gebruiker);
        magAfgeschermd(afgeschermd, gebruiker);
        var rekening = rekening(run.gemeenteCode()).orElseThrow(() -> new Conflict("rekening-ontbreekt",
                "Leg eerst de rekening van de gemeente vast waarvan het leefgeld wordt betaald."));
        var omschrijving = "Leefgeld " + Leefgeld.maandNaam(run.maand());
        var overboekingen = jdbc.sql("""
                select end_to_end_id, tenaamstelling, iban, bedrag from leefgeld.betaling
                 where betaalrun_id = ? and methode = 'bank' and status <> 'mislukt' and afgeschermd = ? order by end_to_end_id""")
                .params(id, afgeschermd)
                .query((rs, i) -> new Sepa.Overboeking(rs.getString(1), rs.getString(2), new Iban(rs.getString(3)), rs.getBigDecimal(4),
                        omschrijving))
                .list();
        if (overboekingen.isEmpty()) {
            throw new Conflict("geen-overboekingen", afgeschermd ? "Deze betaalrun heeft geen afgeschermde betalingen per bank."
                    : "Deze betaalrun heeft geen betalingen per bank.");
        }
        var uit = new ByteArrayOutputStream(overboekingen.size() * 700 + 2000);
        // Each file its own message id, so a bank never takes the second file for a duplicate of the first.
        var berichtId = (afgeschermd ? "ONDERDAK-A-" : "ONDERDAK-") + id.toString().replace("-", "").substring(0, 20);
        Sepa.schrijf(berichtId, OffsetDateTime.now(clock.withZone(NL)), new Sepa.Opdrachtgever(rekening.naam(), new Iban(rekening.iban()),
                rekening.bic()), uitvoerdatum(run), overboekingen, uit);
        var xml = uit.toByteArray();
        Sepa.valideer(xml);
        logboek.leg(Handeling.EXPORTEREN, Leefgeld.ACTIVITEIT, Leefgeld.DOEL, ledenVanBetalingen(id, "bank", afgeschermd), gebruiker);
        return xml;
    }

    public byte[] sepa(UUID id, Gebruiker gebruiker) {
        return sepa(id, false, gebruiker);
    }

    /** The printable cash list with a signature column (adults' names; afgeschermd: see {@link #sepa}). */
    public byte[] kaslijst(UUID id, boolean afgeschermd, Gebruiker gebruiker) {
        var run = uitgevoerd(id, gebruiker);
        magAfgeschermd(afgeschermd, gebruiker);
        var betalingen = jdbc.sql("""
                select b.end_to_end_id, (select string_agg(voornaam || ' ' || achternaam, ', ' order by geboortedatum)
                                           from bewoners.bewoner where huishouden_id = b.huishouden_id and samengevoegd_in is null
                                            and geboortedatum <= current_date - interval '18 years'),
                       (select count(*) from bewoners.bewoner where huishouden_id = b.huishouden_id and samengevoegd_in is null), b.bedrag
                  from leefgeld.betaling b where b.betaalrun_id = ? and b.methode = 'contant' and b.status <> 'mislukt' and b.afgeschermd = ?
                 order by 2, 1""")
                .params(id, afgeschermd)
                .query((rs, i) -> new Kaslijst.Kasbetaling(rs.getString(1), rs.getString(2) == null ? "(geen volwassene)" : rs.getString(2),
                        rs.getInt(3), rs.getBigDecimal(4)))
                .list();
        var uit = new ByteArrayOutputStream();
        Kaslijst.schrijf(new Kaslijst.Kop(gemeenteNaam(run.gemeenteCode()), run.maand(), id.toString().substring(0, 8),
                LocalDate.now(clock)), betalingen, uit);
        logboek.leg(Handeling.EXPORTEREN, Leefgeld.ACTIVITEIT, Leefgeld.DOEL, ledenVanBetalingen(id, "contant", afgeschermd), gebruiker);
        return uit.toByteArray();
    }

    public byte[] kaslijst(UUID id, Gebruiker gebruiker) {
        return kaslijst(id, false, gebruiker);
    }

    /**
     * The prepaid-card load list (CSV, formula-safe): card, reference, the card holder (the
     * household's adults; the members when there is none) and amount. Afgeschermd: see {@link #sepa}.
     */
    public String prepaidlijst(UUID id, boolean afgeschermd, Gebruiker gebruiker) {
        uitgevoerd(id, gebruiker);
        magAfgeschermd(afgeschermd, gebruiker);
        var ladingen = jdbc.sql("""
                select b.kaartnummer, b.end_to_end_id,
                       coalesce((select string_agg(voornaam || ' ' || achternaam, ', ' order by geboortedatum)
                                   from bewoners.bewoner where huishouden_id = b.huishouden_id and samengevoegd_in is null
                                    and geboortedatum <= current_date - interval '18 years'),
                                (select string_agg(voornaam || ' ' || achternaam, ', ' order by geboortedatum)
                                   from bewoners.bewoner where huishouden_id = b.huishouden_id and samengevoegd_in is null)),
                       b.bedrag
                  from leefgeld.betaling b where b.betaalrun_id = ? and b.methode = 'prepaid' and b.status <> 'mislukt' and b.afgeschermd = ?
                 order by 2""")
                .params(id, afgeschermd)
                .query((rs, i) -> new Prepaidlijst.Lading(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
                .list();
        var uit = new StringWriter();
        Prepaidlijst.schrijf(ladingen, uit);
        logboek.leg(Handeling.EXPORTEREN, Leefgeld.ACTIVITEIT, Leefgeld.DOEL, ledenVanBetalingen(id, "prepaid", afgeschermd), gebruiker);
        return uit.toString();
    }

    public String prepaidlijst(UUID id, Gebruiker gebruiker) {
        return prepaidlijst(id, false, gebruiker);
    }

    /** The files of payments to households with a child travelling alone exist only for users with the role. */
    private static void magAfgeschermd(boolean afgeschermd, Gebruiker gebruiker) {
        if (afgeschermd && !gebruiker.heeft(Rol.MINDERJARIGEN)) {
            throw new NietGevonden("Bestand");
        }
    }

    /** How many of the run's valid payments are in the separate files for households with a child travelling alone, per method. */
    @Transactional(readOnly = true)
    public Map<String, Integer> afgeschermdeBetalingen(UUID id, Gebruiker gebruiker) {
        eigen(id, gebruiker);
        var uit = new HashMap<String, Integer>();
        jdbc.sql("select methode, count(*) from leefgeld.betaling where betaalrun_id = ? and afgeschermd and status <> 'mislukt' group by methode")
                .param(id).query(rs -> {
                    uit.put(rs.getString(1), rs.getInt(2));
                });
        return uit;
    }

    /**
     * What a reconciliation did: how many payments were marked paid and failed, were already so, and
     * how many failures were claimed by hand and now wait for a second employee.
     */
    public record Afstemming(int betaald, int mislukt, int alVerwerkt, int gemeld) {
    }

    /**
     * Reads the bank's result (our CSV or camt.054) and marks the run's payments paid or failed.
     * All or nothing: a file with any unknown payment or bad line changes nothing and every problem
     * is named. Reading the same file again changes nothing more. The bank's camt.054 marks failures
     * at once; a failure in a CSV (made by hand, by anyone) is only a claim until another employee
     * of the gemeente confirms it ({@link #bevestigMislukking}), since it allows a second payment.
     */
    public Afstemming verwerkBankresultaat(UUID id, byte[] inhoud, Gebruiker gebruiker) {
        uitgevoerd(id, gebruiker);
        if (inhoud == null || inhoud.length == 0) {
            throw OngeldigeInvoer.veld("bestand", "Kies het bestand met het resultaat van de bank (CSV of camt.054).");
        }
        var camt = Bankresultaat.isXml(inhoud);
        var resultaat = Bankresultaat.lees(inhoud);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        resultaat.fouten().forEach(f -> fouten.add(new OngeldigeInvoer.Veld("bestand", f)));
        record Bekend(UUID id, String status, String melding) {
        }
        var bekend = new HashMap<String, Bekend>();
        jdbc.sql("""
                select b.end_to_end_id, b.id, b.status,
                       case when m.bevestigd_door is not null then 'bevestigd' when m.afgewezen_door is not null then 'afgewezen'
                            when m.betaling_id is not null then 'open' end
                  from leefgeld.betaling b left join leefgeld.mislukmelding m on m.betaling_id = b.id where b.betaalrun_id = ?""").param(id)
                .query(rs -> {
                    bekend.put(rs.getString(1), new Bekend(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)));
                });
        int betaald = 0, mislukt = 0, al = 0, gemeld = 0;
        var teMelden = new ArrayList<Bankresultaat.Uitkomst>();
        var teZetten = new ArrayList<Bankresultaat.Uitkomst>();
        for (var u : resultaat.uitkomsten()) {
            var b = bekend.get(u.endToEndId());
            var nieuw = u.betaald() ? "betaald" : "mislukt";
            if (b == null) {
                fouten.add(new OngeldigeInvoer.Veld("bestand", "Betaling " + Bankresultaat.kort(u.endToEndId())
                        + " hoort niet bij deze betaalrun."));
            } else if (b.status().equals(nieuw)) {
                al++;
            } else if (!b.status().equals("verstuurd")) {
                fouten.add(new OngeldigeInvoer.Veld("bestand", "Betaling " + u.endToEndId() + " is al als " + b.status()
                        + " verwerkt en kan niet " + nieuw + " worden."));
            } else if (u.betaald()) {
                betaald++;
                teZetten.add(u);
            } else if (camt) {
                mislukt++;
                teZetten.add(u);
            } else if ("open".equals(b.melding())) {
                al++;
            } else if ("afgewezen".equals(b.melding())) {
                fouten.add(new OngeldigeInvoer.Veld("bestand", "Betaling " + u.endToEndId() + " is al eens als mislukt gemeld en die "
                        + "melding is afgewezen; alleen het camt.054-bestand van de bank kan haar nog mislukt maken."));
            } else {
                gemeld++;
                teMelden.add(u);
            }
        }
        if (fouten.size() > Bankresultaat.MAX_FOUTEN) {
            // As Bankresultaat.lees does for the file's own problems: a file of 250,000 strangers is not 250,000 messages.
            int meer = fouten.size() - Bankresultaat.MAX_FOUTEN;
            fouten.subList(Bankresultaat.MAX_FOUTEN, fouten.size()).clear();
            fouten.add(new OngeldigeInvoer.Veld("bestand", "en nog " + meer + " problemen"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var nu = Timestamp.from(clock.instant());
        for (var u : teZetten) {
            jdbc.sql("""
                    update leefgeld.betaling set status = ?, reden = ?, verwerkt_op = ?, mislukt_bron = ?
                     where betaalrun_id = ? and end_to_end_id = ? and status = 'verstuurd'""")
                    .params(u.betaald() ? "betaald" : "mislukt", u.betaald() ? null : u.reden(), nu, u.betaald() ? null : "camt054", id,
                            u.endToEndId())
                    .update();
        }
        for (var u : teMelden) {
            jdbc.sql("""
                    insert into leefgeld.mislukmelding (betaling_id, reden, gemeld_door, gemeld_op) values (?, ?, ?, ?)
                    on conflict (betaling_id) do nothing""")
                    .params(bekend.get(u.endToEndId()).id(), Bankresultaat.kort(u.reden(), 200), gebruiker.gebruikersnaam(), nu).update();
        }
        return new Afstemming(betaald, mislukt, al, gemeld);
    }

    /**
     * The failures of the run claimed by hand that wait for a second employee: who claimed them, when
     * and why. A claim on a shielded payment (a child travelling alone) is shown only to users with
     * the role, and showing a claim is a view of that household's payment, so it is logged.
     */
    public List<Mislukmelding> openMislukmeldingen(UUID id, Gebruiker gebruiker) {
        eigen(id, gebruiker);
        var meldingen = openMeldingen(id, gebruiker.heeft(Rol.MINDERJARIGEN));
        logboek.leg(Handeling.INZIEN, Leefgeld.ACTIVITEIT, Leefgeld.DOEL, ledenVan(meldingen.stream().map(OpenMelding::huishouden).toList()),
                gebruiker);
        return meldingen.stream().map(OpenMelding::melding).toList();
    }

    private record OpenMelding(UUID huishouden, Mislukmelding melding) {
    }

    private List<OpenMelding> openMeldingen(UUID id, boolean ookAfgeschermd) {
        return jdbc.sql("""
                select b.end_to_end_id, b.bedrag, b.methode, m.reden, m.gemeld_door, m.gemeld_op, b.afgeschermd, b.huishouden_id
                  from leefgeld.mislukmelding m join leefgeld.betaling b on b.id = m.betaling_id
                 where b.betaalrun_id = ? and m.bevestigd_door is null and m.afgewezen_door is null and b.status = 'verstuurd'
                   and (? or not b.afgeschermd)
                 order by m.gemeld_op, b.end_to_end_id""")
                .params(id, ookAfgeschermd)
                .query((rs, i) -> new OpenMelding(rs.getObject(8, UUID.class), new Mislukmelding(rs.getString(1), rs.getBigDecimal(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, "gemeld_op"), rs.getBoolean(7))))
                .list();
    }

    /**
     * A second employee confirms a failure claimed by hand: the payment is then failed, and may be
     * paid once more after its details are corrected. The claimant cannot confirm (the database
     * refuses it too).
     */
    public Mislukmelding bevestigMislukking(UUID id, String endToEndId, Gebruiker gebruiker) {
        var open = openMelding(id, endToEndId, gebruiker);
        var melding = open.melding();
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("""
                update leefgeld.mislukmelding set bevestigd_door = ?, bevestigd_op = ?
                 where betaling_id = (select id from leefgeld.betaling where betaalrun_id = ? and end_to_end_id = ?)""")
                .params(gebruiker.gebruikersnaam(), nu, id, endToEndId).update();
        int gezet = jdbc.sql("""
                update leefgeld.betaling set status = 'mislukt', reden = ?, verwerkt_op = ?, mislukt_bron = 'handmatig', mislukt_gemeld_door = ?,
                       mislukt_bevestigd_door = ?
                 where betaalrun_id = ? and end_to_end_id = ? and status = 'verstuurd'""")
                .params(melding.reden(), nu, melding.gemeldDoor(), gebruiker.gebruikersnaam(), id, endToEndId).update();
        if (gezet == 0) {
            // Processed meanwhile (the bank's file said paid): the whole confirmation rolls back, nothing is half done.
            throw new Conflict("al-verwerkt", "Deze betaling is intussen al verwerkt; de melding kan niet meer worden bevestigd.");
        }
        logboek.leg(Handeling.WIJZIGEN, Leefgeld.ACTIVITEIT, Leefgeld.DOEL, ledenVan(List.of(open.huishouden())), gebruiker);
        return melding;
    }

    /** A second employee rejects a failure claimed by hand: the payment stays sent. */
    public Mislukmelding wijsMislukkingAf(UUID id, String endToEndId, Gebruiker gebruiker) {
        var open = openMelding(id, endToEndId, gebruiker);
        jdbc.sql("""
                update leefgeld.mislukmelding set afgewezen_door = ?, afgewezen_op = ?
                 where betaling_id = (select id from leefgeld.betaling where betaalrun_id = ? and end_to_end_id = ?)""")
                .params(gebruiker.gebruikersnaam(), Timestamp.from(clock.instant()), id, endToEndId).update();
        logboek.leg(Handeling.WIJZIGEN, Leefgeld.ACTIVITEIT, Leefgeld.DOEL, ledenVan(List.of(open.huishouden())), gebruiker);
        return open.melding();
    }

    private OpenMelding openMelding(UUID id, String endToEndId, Gebruiker gebruiker) {
        eigen(id, gebruiker);
        var open = openMeldingen(id, gebruiker.heeft(Rol.MINDERJARIGEN)).stream()
                .filter(m -> m.melding().endToEndId().equals(endToEndId)).findFirst()
                .orElseThrow(() -> new NietGevonden("Melding"));
        if (open.melding().gemeldDoor().equals(gebruiker.gebruikersnaam())) {
            throw new Conflict("vier-ogen", "Een tweede medewerker bevestigt of wijst de melding af, niet degene die haar deed.");
        }
        return open;
    }

    /** The runs of the user's gemeente, newest first. */
    @Transactional(readOnly = true)
    public List<Run> vanGemeente(Gebruiker gebruiker) {
        return jdbc.sql(RUN_MET_TOTALEN + " where r.gemeente_code = ? order by r.maand desc, r.aangemaakt_op desc limit 100")
                .param(gebruiker.eigenGemeente()).query(Betaalruns::run).list();
    }

    /** A run of the user's gemeente; another gemeente's run does not exist for the user. */
    @Transactional(readOnly = true)
    public Run eigen(UUID id, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        return vind(id).filter(r -> r.gemeenteCode().equals(gemeente)).orElseThrow(() -> new NietGevonden("Betaalrun"));
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
    public List<Regel> regels(UUID id, Gebruiker gebruiker, int max) {
        var run = eigen(id, gebruiker);
        var magMinderjarigen = gebruiker.heeft(Rol.MINDERJARIGEN);
        record Rij(UUID huishouden, String omschrijving, BigDecimal bedrag, int poging, String methode, String tegengehouden, String iban,
                String tenaamstelling, String kaartnummer, String bijUitvoering, boolean wijzeGewijzigd, int gedeeld, boolean afgeschermd,
                EerderePoging eerder) {
        }
        // One IBAN for several households, in this run or among the gemeente's households, is shown to the approver.
        var rijen = jdbc.sql("""
                with gedeeld as (
                    select iban, count(distinct huishouden_id) as n from (
                        select iban, huishouden_id from leefgeld.betaalrunregel where betaalrun_id = :run and iban is not null
                        union
                        select w.iban, w.huishouden_id from leefgeld.betaalwijze w
                          join bewoners.huishouden_gemeente hg on hg.huishouden_id = w.huishouden_id and hg.gemeente_code = :gemeente
                                             and hg.relatie <> 'voorgesteld'
                         where w.iban is not null) a
                     group by iban having count(distinct huishouden_id) > 1)
                select r.huishouden_id, (select string_agg(left(voornaam, 1) || '. ' || achternaam, ', ' order by geboortedatum)
                                           from bewoners.bewoner where huishouden_id = r.huishouden_id and samengevoegd_in is null),
                       r.bedrag, r.poging, r.methode, r.tegengehouden, r.iban, r.tenaamstelling, r.kaartnummer,
                       r.tegengehouden_bij_uitvoering,
                       r.methode is not null and not exists (
                           select 1 from leefgeld.betaalwijze w where w.huishouden_id = r.huishouden_id
                              and (w.methode, w.iban, w.tenaamstelling, w.kaartnummer)
                                  is not distinct from (r.methode, r.iban, r.tenaamstelling, r.kaartnummer)) as wijze_gewijzigd,
                       coalesce(g.n - 1, 0) as gedeeld,
                       exists (select 1 from bewoners.bewoner b where b.huishouden_id = r.huishouden_id and b.samengevoegd_in is null
                                  and b.alleenreizend_minderjarig) as afgeschermd,
                       e.end_to_end_id, e.methode as e_methode, e.iban as e_iban, e.tenaamstelling as e_tenaamstelling,
                       e.kaartnummer as e_kaartnummer, e.reden as e_reden, e.mislukt_bron, e.mislukt_gemeld_door, e.mislukt_bevestigd_door,
                       e.verwerkt_op
                  from leefgeld.betaalrunregel r
                  left join gedeeld g on g.iban = r.iban
                  left join leefgeld.betaling e on r.poging > 1 and e.huishouden_id = r.huishouden_id and e.maand = :maand
                                      and e.poging = r.poging - 1
                 where r.betaalrun_id = :run
                 order by r.tegengehouden is null and r.tegengehouden_bij_uitvoering is null, g.n is null, r.bedrag desc, r.huishouden_id
                 limit :max""")
                .param("run", id).param("gemeente", run.gemeenteCode()).param("maand", run.maand().atDay(1)).param("max", max)
                .query((rs, i) -> new Rij(rs.getObject(1, UUID.class), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11),
                        rs.getInt(12), rs.getBoolean(13),
                        rs.getString("end_to_end_id") == null ? null : new EerderePoging(rs.getString("end_to_end_id"),
                                rs.getString("e_methode"), rs.getString("e_iban"), rs.getString("e_tenaamstelling"),
                                rs.getString("e_kaartnummer"), rs.getString("e_reden"), rs.getString("mislukt_bron"),
                                rs.getString("mislukt_gemeld_door"), rs.getString("mislukt_bevestigd_door"), instant(rs, "verwerkt_op"))))
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
                        null, r.bijUitvoering(), r.wijzeGewijzigd(), 0, true, null));
                continue;
            }
            var f = feiten.get(r.huishouden());
            var uitleg = Leefgeldberekening.bereken(run.maand(), f.leden(), f.besluiten(), geldend);
            f.leden().forEach(l -> leden.add(l.id()));
            boolean gewijzigd = r.tegengehouden() == null && uitleg.bedrag().compareTo(r.bedrag()) != 0;
            regels.add(new Regel(r.huishouden(), r.omschrijving(), r.bedrag(), r.poging(), r.methode(), r.tegengehouden(), uitleg, gewijzigd,
                    r.iban(), r.tenaamstelling(), r.kaartnummer(), r.bijUitvoering(), r.wijzeGewijzigd(), r.gedeeld(), r.afgeschermd(),
                    r.eerder()));
        }
        logboek.leg(Handeling.INZIEN, Leefgeld.ACTIVITEIT, Leefgeld.DOEL, leden, gebruiker);
        return regels;
    }

    @Transactional(readOnly = true)
    public Optional<Rekening> rekening(String gemeente) {
        return jdbc.sql("select iban, bic, naam from leefgeld.leefgeldrekening where gemeente_code = ?").param(gemeente)
                .query((rs, i) -> new Rekening(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /**
     * Proposes the gemeente's own account (the debtor); the IBAN is checked with mod-97. It takes
     * effect only when another employee of the gemeente confirms it ({@link #bevestigRekening}); a
     * newer proposal replaces an open one.
     */
    public Rekeningvoorstel stelRekeningVoor(String iban, String bic, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var gelezen = Iban.lees(iban);
        if (gelezen.isEmpty()) {
            fouten.add(new OngeldigeInvoer.Veld("iban", "Dit is geen geldig IBAN (controlegetal of lengte klopt niet)."));
        }
        var b = Invoer.schoon(bic);
        if (b != null && !b.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            fouten.add(new OngeldigeInvoer.Veld("bic", "Een BIC heeft 8 of 11 tekens, bijvoorbeeld INGBNL2A."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var naam = "Gemeente " + gemeenteNaam(gemeente);
        var nu = clock.instant();
        jdbc.sql("update leefgeld.leefgeldrekening_voorstel set status = 'vervangen' where gemeente_code = ? and status = 'open'").param(gemeente)
                .update();
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into leefgeld.leefgeldrekening_voorstel (id, gemeente_code, iban, bic, naam, voorgesteld_door, voorgesteld_op)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, gemeente, gelezen.get().waarde(), b, naam, gebruiker.gebruikersnaam(), Timestamp.from(nu)).update();
        return new Rekeningvoorstel(id, gelezen.get().waarde(), b, naam, gebruiker.gebruikersnaam(), nu);
    }

    /** The open proposal for the gemeente's own account, if any. */
    @Transactional(readOnly = true)
    public Optional<Rekeningvoorstel> rekeningvoorstel(Gebruiker gebruiker) {
        return jdbc.sql("""
                select id, iban, bic, naam, voorgesteld_door, voorgesteld_op from leefgeld.leefgeldrekening_voorstel
                 where gemeente_code = ? and status = 'open'""").param(gebruiker.eigenGemeente())
                .query((rs, i) -> new Rekeningvoorstel(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instant(rs, "voorgesteld_op")))
                .optional();
    }

    /** Another employee of the same gemeente confirms the open proposal: from now on it is the debtor account. */
    public Rekening bevestigRekening(UUID voorstelId, Gebruiker gebruiker) {
        var voorstel = openVoorstel(voorstelId, gebruiker);
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("update leefgeld.leefgeldrekening_voorstel set status = 'bevestigd', afgehandeld_door = ?, afgehandeld_op = ? where id = ?")
                .params(gebruiker.gebruikersnaam(), nu, voorstelId).update();
        jdbc.sql("""
                insert into leefgeld.leefgeldrekening (gemeente_code, iban, bic, naam, gewijzigd_door, gewijzigd_op, voorgesteld_door)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (gemeente_code) do update set iban = excluded.iban, bic = excluded.bic, naam = excluded.naam,
                    gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = excluded.gewijzigd_op,
                    voorgesteld_door = excluded.voorgesteld_door""")
                .params(gebruiker.eigenGemeente(), voorstel.iban(), voorstel.bic(), voorstel.naam(), gebruiker.gebruikersnaam(), nu,
                        voorstel.voorgesteldDoor())
                .update();
        return new Rekening(voorstel.iban(), voorstel.bic(), voorstel.naam());
    }

    /** Another employee rejects the open proposal; the account stays as it was. */
    public Rekeningvoorstel wijsRekeningAf(UUID voorstelId, Gebruiker gebruiker) {
        var voorstel = openVoorstel(voorstelId, gebruiker);
        jdbc.sql("update leefgeld.leefgeldrekening_voorstel set status = 'afgewezen', afgehandeld_door = ?, afgehandeld_op = ? where id = ?")
                .params(gebruiker.gebruikersnaam(), Timestamp.from(clock.instant()), voorstelId).update();
        return voorstel;
    }

    private Rekeningvoorstel openVoorstel(UUID voorstelId, Gebruiker gebruiker) {
        var voorstel = rekeningvoorstel(gebruiker).filter(v -> v.id().equals(voorstelId))
                .orElseThrow(() -> new NietGevonden("Voorstel"));
        if (voorstel.voorgesteldDoor().equals(gebruiker.gebruikersnaam())) {
            throw new Conflict("vier-ogen", "Een tweede medewerker bevestigt de nieuwe rekening, niet degene die haar voorstelde.");
        }
        return voorstel;
    }

    @Transactional(readOnly = true)
    public Optional<Run> vind(UUID id) {
        return jdbc.sql(RUN_MET_TOTALEN + " where r.id = ?").param(id).query(Betaalruns::run).optional();
    }

    /** A run with the counts and sums of its lines and payments; the caller adds the where clause. */
    private static final String RUN_MET_TOTALEN = """
                select r.*, t.* from leefgeld.betaalrun r cross join lateral (
                    select count(*) as huishoudens,
                           count(*) filter (where tegengehouden is null and tegengehouden_bij_uitvoering is null and bedrag > 0)
                               as te_betalen,
                           coalesce(sum(bedrag) filter (where tegengehouden is null and tegengehouden_bij_uitvoering is null), 0) as bedrag,
                           count(*) filter (where tegengehouden is not null or tegengehouden_bij_uitvoering is not null) as tegengehouden,
                           count(*) filter (where tegengehouden is null and tegengehouden_bij_uitvoering is null and methode = 'bank')
                               as bank,
                           count(*) filter (where tegengehouden is null and tegengehouden_bij_uitvoering is null and methode = 'contant')
                               as contant,
                           count(*) filter (where tegengehouden is null and tegengehouden_bij_uitvoering is null and methode = 'prepaid')
                               as prepaid,
                           (select count(*) from leefgeld.betaling b where b.betaalrun_id = r.id and b.status = 'betaald') as betaald,
                           (select count(*) from leefgeld.betaling b where b.betaalrun_id = r.id and b.status = 'mislukt') as mislukt
                      from leefgeld.betaalrunregel where betaalrun_id = r.id) t
            """;

    private static Run run(ResultSet rs, int i) throws SQLException {
        return new Run(rs.getObject("id", UUID.class), rs.getString("gemeente_code"), YearMonth.from(rs.getObject("maand", LocalDate.class)),
                rs.getString("status"), rs.getString("aangemaakt_door"), instant(rs, "aangemaakt_op"), rs.getString("goedgekeurd_door"),
                instant(rs, "goedgekeurd_op"), instant(rs, "uitgevoerd_op"),
                new Totalen(rs.getInt("huishoudens"), rs.getInt("te_betalen"), rs.getBigDecimal("bedrag").setScale(2), rs.getInt("tegengehouden"),
                        rs.getInt("bank"), rs.getInt("contant"), rs.getInt("prepaid"), rs.getInt("betaald"), rs.getInt("mislukt")));
    }

    private static Instant instant(ResultSet rs, String kolom) throws SQLException {
        var t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    private Run uitgevoerd(UUID id, Gebruiker gebruiker) {
        var run = eigen(id, gebruiker);
        if (!"uitgevoerd".equals(run.status())) {
            throw new Conflict("niet-uitgevoerd", "De bestanden van een betaalrun zijn er pas na uitvoering.");
        }
        return run;
    }

    /** Transfers are requested for the first working day on or after today, never in the past. */
    private LocalDate uitvoerdatum(Run run) {
        var dag = LocalDate.now(clock.withZone(NL));
        while (dag.getDayOfWeek().getValue() > 5) {
            dag = dag.plusDays(1);
        }
        return dag;
    }

    private String gemeenteNaam(String code) {
        return gebieden.gemeenteNaam(code).orElse(code);
    }

    /** Earlier payments of the month for these households: the valid one, or the failed first attempt. */
    private record Eerder(String status, String reden, boolean gecorrigeerd, int pogingen) {
        boolean opnieuwTeBetalen() {
            return "mislukt".equals(status) && pogingen < 2;
        }
    }

    private Map<UUID, Eerder> eerdereBetalingen(java.util.Collection<UUID> huishoudens, YearMonth maand) {
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

    /** A household's payment details as read for the preview. */
    private record Wijze(String methode, String iban, String tenaamstelling, String kaartnummer, Instant gewijzigdOp) {
    }

    private Map<UUID, Wijze> betaalwijzen(java.util.Collection<UUID> huishoudens) {
        var uit = new HashMap<UUID, Wijze>();
        jdbc.sql("select huishouden_id, methode, iban, tenaamstelling, kaartnummer, gewijzigd_op from leefgeld.betaalwijze where huishouden_id = any(?)")
                .param(huishoudens.toArray(UUID[]::new))
                .query(rs -> {
                    uit.put(rs.getObject(1, UUID.class), new Wijze(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant()));
                });
        return uit;
    }

    private List<UUID> ledenVan(List<UUID> huishoudens) {
        if (huishoudens.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from bewoners.bewoner where huishouden_id = any(?) and samengevoegd_in is null")
                .param(huishoudens.toArray(UUID[]::new)).query(UUID.class).list();
    }

    private List<UUID> ledenVanBetalingen(UUID run) {
        return jdbc.sql("""
                select w.id from leefgeld.betaling b join bewoners.bewoner w on w.huishouden_id = b.huishouden_id and w.samengevoegd_in is null
                 where b.betaalrun_id = ?""").param(run).query(UUID.class).list();
    }

    private List<UUID> ledenVanBetalingen(UUID run, String methode, boolean afgeschermd) {
        return jdbc.sql("""
                select w.id from leefgeld.betaling b join bewoners.bewoner w on w.huishouden_id = b.huishouden_id and w.samengevoegd_in is null
                 where b.betaalrun_id = ? and b.methode = ? and b.afgeschermd = ? and b.status <> 'mislukt'""")
                .params(run, methode, afgeschermd).query(UUID.class).list();
    }
}
