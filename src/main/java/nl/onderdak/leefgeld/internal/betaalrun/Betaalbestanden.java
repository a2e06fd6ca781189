// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.betaalrun;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.leefgeld.Betaalmethode;
import nl.onderdak.leefgeld.Iban;
import nl.onderdak.leefgeld.internal.bestanden.Sepa;
import nl.onderdak.leefgeld.internal.Maanden;
import nl.onderdak.leefgeld.internal.Verwerking;
import nl.onderdak.leefgeld.internal.bestanden.Kaslijst;
import nl.onderdak.leefgeld.internal.bestanden.Prepaidlijst;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Weergave;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of an executed run, one per payment method: the SEPA credit transfer for the bank, the
 * printable cash list, the prepaid-card load list. Payments to households with a child travelling
 * alone are in files of their own ({@code afgeschermd}), for users with the role only; each payment is
 * in exactly one file. Each file is logged as an export of the members it names.
 */
@Service
@Transactional
public class Betaalbestanden {

    /** Files carry the same moment as the pages: the time in the Netherlands (the run page shows it with #nl). */
    private static final ZoneId NL = Weergave.TIJDZONE;

    private final JdbcClient jdbc;
    private final Betaalrunopslag opslag;
    private final Gemeenterekening rekeningen;
    private final Gebieden gebieden;
    private final Logboek logboek;
    private final Clock clock;

    Betaalbestanden(JdbcClient jdbc, Betaalrunopslag opslag, Gemeenterekening rekeningen, Gebieden gebieden, Logboek logboek, Clock clock) {
        this.jdbc = jdbc;
        this.opslag = opslag;
        this.rekeningen = rekeningen;
        this.gebieden = gebieden;
        this.logboek = logboek;
        this.clock = clock;
    }

    /**
     * The SEPA credit-transfer file (pain.001.001.09) of the run's bank payments, validated against
     * its schema. It carries only what the bank needs: the creditor's name and IBAN, the amount, the
     * end-to-end id and "Leefgeld <month>".
     */
    public byte[] sepa(BetaalrunId id, boolean afgeschermd, Gebruiker gebruiker) {
        var run = opslag.eigen(id, gebruiker).vereisUitgevoerd();
        magAfgeschermd(id, Betaalmethode.BANK, afgeschermd, gebruiker);
        var rekening = rekeningen.rekening(run.gemeenteCode()).orElseThrow(() -> new Conflict("rekening-ontbreekt",
                Berichten.tekst("betaalrun.conflict.rekeningOntbreekt")));
        var omschrijving = "Leefgeld " + Maanden.naam(run.maand());
        var overboekingen = jdbc.sql("""
                select b.end_to_end_id, b.tenaamstelling, b.iban, b.bedrag from leefgeld.betaling b
                 where b.betaalrun_id = ? and b.methode = 'bank' and b.status <> 'mislukt' and b.afgeschermd = ?
                 order by b.end_to_end_id""")
                .params(id.waarde(), afgeschermd)
                .query((rs, i) -> new Sepa.Overboeking(rs.getString(1), rs.getString(2), new Iban(rs.getString(3)), rs.getBigDecimal(4),
                        omschrijving))
                .list();
        if (overboekingen.isEmpty()) {
            throw new Conflict("geen-overboekingen", Berichten.tekst(afgeschermd ? "betaalrun.conflict.geenAfgeschermdeBetalingen"
                    : "betaalrun.conflict.geenBetalingen"));
        }
        var uit = new ByteArrayOutputStream(overboekingen.size() * 700 + 2000);
        // Each file its own message id, so a bank never takes the second file for a duplicate of the first.
        Sepa.schrijf(berichtId(id, afgeschermd), OffsetDateTime.now(clock.withZone(NL)), new Sepa.Opdrachtgever(rekening.naam(), new Iban(rekening.iban()),
                rekening.bic()), uitvoerdatum(), overboekingen, uit);
        var xml = uit.toByteArray();
        Sepa.valideer(xml);
        logboek.leg(Handeling.EXPORTEREN, Verwerking.ACTIVITEIT, Verwerking.DOEL,
                opslag.ledenVanBetalingen(id, Betaalmethode.BANK, afgeschermd), gebruiker);
        return xml;
    }

    /**
     * The SEPA file's message id ({@code MsgId}). Each file its own, so a bank never takes the second
     * file for a duplicate of the first; the bank's camt.054 names it, which ties a result to this run.
     */
    static String berichtId(BetaalrunId id, boolean afgeschermd) {
        return (afgeschermd ? "ONDERDAK-A-" : "ONDERDAK-") + id.toString().replace("-", "").substring(0, 20);
    }

    public byte[] sepa(BetaalrunId id, Gebruiker gebruiker) {
        return sepa(id, false, gebruiker);
    }

    /**
     * The printable cash list with a signature column: the household's adults by name, adult as
     * bewoners defines it on the day the list is printed.
     */
    public byte[] kaslijst(BetaalrunId id, boolean afgeschermd, Gebruiker gebruiker) {
        var run = opslag.eigen(id, gebruiker).vereisUitgevoerd();
        magAfgeschermd(id, Betaalmethode.CONTANT, afgeschermd, gebruiker);
        var vandaag = LocalDate.now(clock.withZone(NL));
        var betalingen = jdbc.sql("""
                select b.end_to_end_id, (select string_agg(voornaam || ' ' || achternaam, ', ' order by geboortedatum)
                                           from bewoners.lid where huishouden_id = b.huishouden_id
                                            and bewoners.meerderjarig_op(geboortedatum, :dag)),
                       (select count(*) from bewoners.lid where huishouden_id = b.huishouden_id), b.bedrag
                  from leefgeld.betaling b where b.betaalrun_id = :run and b.methode = 'contant' and b.status <> 'mislukt'
                   and b.afgeschermd = :afgeschermd
                 order by 2, 1""")
                .param("dag", vandaag).param("run", id.waarde()).param("afgeschermd", afgeschermd)
                .query((rs, i) -> new Kaslijst.Kasbetaling(rs.getString(1), rs.getString(2) == null ? "(geen volwassene)" : rs.getString(2),
                        rs.getInt(3), rs.getBigDecimal(4)))
                .list();
        var uit = new ByteArrayOutputStream();
        Kaslijst.schrijf(new Kaslijst.Kop(gemeenteNaam(run.gemeenteCode()), run.maand(), id.toString().substring(0, 8), vandaag),
                betalingen, uit);
        logboek.leg(Handeling.EXPORTEREN, Verwerking.ACTIVITEIT, Verwerking.DOEL,
                opslag.ledenVanBetalingen(id, Betaalmethode.CONTANT, afgeschermd), gebruiker);
        return uit.toByteArray();
    }

    public byte[] kaslijst(BetaalrunId id, Gebruiker gebruiker) {
        return kaslijst(id, false, gebruiker);
    }

    /**
     * The prepaid-card load list (CSV, formula-safe): card, reference, the card holder (the
     * household's adults; the members when there is none) and amount.
     */
    public String prepaidlijst(BetaalrunId id, boolean afgeschermd, Gebruiker gebruiker) {
        opslag.eigen(id, gebruiker).vereisUitgevoerd();
        magAfgeschermd(id, Betaalmethode.PREPAID, afgeschermd, gebruiker);
        var ladingen = jdbc.sql("""
                select b.kaartnummer, b.end_to_end_id,
                       coalesce((select string_agg(voornaam || ' ' || achternaam, ', ' order by geboortedatum)
                                   from bewoners.lid where huishouden_id = b.huishouden_id
                                    and bewoners.meerderjarig_op(geboortedatum, :dag)),
                                (select string_agg(voornaam || ' ' || achternaam, ', ' order by geboortedatum)
                                   from bewoners.lid where huishouden_id = b.huishouden_id)),
                       b.bedrag
                  from leefgeld.betaling b where b.betaalrun_id = :run and b.methode = 'prepaid' and b.status <> 'mislukt'
                   and b.afgeschermd = :afgeschermd
                 order by 2""")
                .param("dag", LocalDate.now(clock.withZone(NL))).param("run", id.waarde()).param("afgeschermd", afgeschermd)
                .query((rs, i) -> new Prepaidlijst.Lading(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
                .list();
        var uit = new StringWriter();
        Prepaidlijst.schrijf(ladingen, uit);
        logboek.leg(Handeling.EXPORTEREN, Verwerking.ACTIVITEIT, Verwerking.DOEL,
                opslag.ledenVanBetalingen(id, Betaalmethode.PREPAID, afgeschermd), gebruiker);
        return uit.toString();
    }

    public String prepaidlijst(BetaalrunId id, Gebruiker gebruiker) {
        return prepaidlijst(id, false, gebruiker);
    }

    /** How many of the run's valid payments are in the separate files for households with a child travelling alone, per method. */
    @Transactional(readOnly = true)
    public Map<Betaalmethode, Integer> afgeschermdeBetalingen(BetaalrunId id, Gebruiker gebruiker) {
        opslag.eigen(id, gebruiker);
        var uit = new HashMap<Betaalmethode, Integer>();
        jdbc.sql("select b.methode, count(*) from leefgeld.betaling b where b.betaalrun_id = ? and %s and b.status <> 'mislukt' group by b.methode"
                .formatted(Betaalrunopslag.AFGESCHERMD))
                .param(id.waarde()).query(rs -> {
                    uit.put(Betaalmethode.uitDatabase(rs.getString(1)), rs.getInt(2));
                });
        return uit;
    }

    /**
     * The files of payments to households with a child travelling alone exist only for users with the
     * role. Which file a payment is in is fixed when the run is executed ({@code betaling.afgeschermd}):
     * a file may already be at the bank, and a payment that moved to the other file afterwards would be
     * paid twice. When a member has been marked as a child travelling alone since, the ordinary file
     * still holds that household, so it is refused to a user without the role (a colleague with the
     * role downloads it, unchanged); the lists and pages hide the household at once.
     */
    private void magAfgeschermd(BetaalrunId id, Betaalmethode methode, boolean afgeschermd, Gebruiker gebruiker) {
        if (gebruiker.heeft(Rol.MINDERJARIGEN)) {
            return;
        }
        if (afgeschermd) {
            throw new NietGevonden("Bestand");
        }
        boolean sindsdienAfgeschermd = jdbc.sql("""
                select exists (select 1 from leefgeld.betaling b where b.betaalrun_id = ? and b.methode = ? and b.status <> 'mislukt'
                                  and not b.afgeschermd and %s)""".formatted(Betaalrunopslag.AFGESCHERMD))
                .params(id.waarde(), methode.woord()).query(Boolean.class).single();
        if (sindsdienAfgeschermd) {
            throw new Conflict("sindsdien-afgeschermd", Berichten.tekst("betaalrun.conflict.sindsdienAfgeschermd"));
        }
    }

    /** Transfers are requested for the first working day on or after today, never in the past. */
    private LocalDate uitvoerdatum() {
        var dag = LocalDate.now(clock.withZone(NL));
        while (dag.getDayOfWeek().getValue() > 5) {
            dag = dag.plusDays(1);
        }
        return dag;
    }

    private String gemeenteNaam(String code) {
        return gebieden.gemeenteNaam(code).orElse(code);
    }
}
