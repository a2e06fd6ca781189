// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.betaalrun;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.onderdak.leefgeld.Betaalmethode;
import nl.onderdak.leefgeld.internal.Verwerking;
import nl.onderdak.leefgeld.internal.bestanden.Bankresultaat;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciliation of an executed run with the bank: the bank's result marks payments paid or failed,
 * and a failure claimed by hand waits for a second employee, since it allows a second payment.
 */
@Service
@Transactional
public class Bankafstemming {

    /**
     * What a reconciliation did: how many payments were marked paid and failed, were already so, and
     * how many failures were claimed by hand and now wait for a second employee.
     */
    /** Serializable: shown after a redirect as a flash attribute, which lives in the (database) session. */
    public record Afstemming(int betaald, int mislukt, int alVerwerkt, int gemeld) implements java.io.Serializable {
    }

    /** A failure claimed by hand, waiting for a second employee. */
    public record Mislukmelding(String endToEndId, BigDecimal bedrag, Betaalmethode methode, String reden, String gemeldDoor, Instant gemeldOp,
            boolean afgeschermd) {
    }

    private record OpenMelding(UUID huishouden, Mislukmelding melding) {
    }

    private final JdbcClient jdbc;
    private final Betaalrunopslag opslag;
    private final Gemeenterekening rekeningen;
    private final Logboek logboek;
    private final Clock clock;

    Bankafstemming(JdbcClient jdbc, Betaalrunopslag opslag, Gemeenterekening rekeningen, Logboek logboek, Clock clock) {
        this.jdbc = jdbc;
        this.opslag = opslag;
        this.rekeningen = rekeningen;
        this.logboek = logboek;
        this.clock = clock;
    }

    /**
     * Reads the bank's result (our CSV or camt.054) and marks the run's payments paid or failed.
     * All or nothing: a file with any unknown payment or bad line changes nothing and every problem
     * is named. Reading the same file again changes nothing more. The bank's camt.054 marks failures
     * at once; a failure in a CSV (made by hand, by anyone) is only a claim until another employee
     * of the gemeente confirms it ({@link #bevestigMislukking}), since it allows a second payment.
     * A camt.054 counts as the bank's only when it belongs to this run: it notifies about the
     * gemeente's own account and every transfer in it names one of the run's SEPA files as its
     * original message; any other XML is refused ({@link #herkomstFouten}). The change is logged for
     * the members of every household whose payment it marks or claims failed.
     */
    public Afstemming verwerkBankresultaat(BetaalrunId id, byte @Nullable [] inhoud, Gebruiker gebruiker) {
        var run = opslag.eigen(id, gebruiker).vereisUitgevoerd();
        if (inhoud == null || inhoud.length == 0) {
            throw OngeldigeInvoer.veld("bestand", Berichten.tekst("betaalrun.fout.geenBestand"));
        }
        var camt = Bankresultaat.isXml(inhoud);
        var resultaat = Bankresultaat.lees(inhoud);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        resultaat.fouten().forEach(f -> fouten.add(new OngeldigeInvoer.Veld("bestand", f)));
        if (camt && resultaat.fouten().isEmpty()) {
            herkomstFouten(id, run.gemeenteCode(), resultaat).forEach(f -> fouten.add(new OngeldigeInvoer.Veld("bestand", f)));
        }
        record Bekend(UUID id, String status, @Nullable String melding, UUID huishouden) {
        }
        var bekend = new HashMap<String, Bekend>();
        jdbc.sql("""
                select b.end_to_end_id, b.id, b.status, b.huishouden_id,
                       case when m.bevestigd_door is not null then 'bevestigd' when m.afgewezen_door is not null then 'afgewezen'
                            when m.betaling_id is not null then 'open' end
                  from leefgeld.betaling b left join leefgeld.mislukmelding m on m.betaling_id = b.id where b.betaalrun_id = ?""")
                .param(id.waarde())
                .query(rs -> {
                    bekend.put(rs.getString(1), new Bekend(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(5),
                            rs.getObject(4, UUID.class)));
                });
        int betaald = 0, mislukt = 0, al = 0, gemeld = 0;
        var teMelden = new ArrayList<Bankresultaat.Uitkomst>();
        var teZetten = new ArrayList<Bankresultaat.Uitkomst>();
        for (var u : resultaat.uitkomsten()) {
            var b = bekend.get(u.endToEndId());
            var nieuw = u.betaald() ? "betaald" : "mislukt";
            if (b == null) {
                fouten.add(new OngeldigeInvoer.Veld("bestand", Berichten.tekst("betaalrun.fout.vreemdeBetaling", Bankresultaat.kort(u.endToEndId()))));
            } else if (b.status().equals(nieuw)) {
                al++;
            } else if (!b.status().equals("verstuurd")) {
                fouten.add(new OngeldigeInvoer.Veld("bestand", Berichten.tekst("betaalrun.fout.alVerwerkt", u.endToEndId(),
                        Berichten.tekst("betaling.statuswoord." + b.status()), Berichten.tekst("betaling.statuswoord." + nieuw))));
            } else if (u.betaald()) {
                betaald++;
                teZetten.add(u);
            } else if (camt) {
                mislukt++;
                teZetten.add(u);
            } else if ("open".equals(b.melding())) {
                al++;
            } else if ("afgewezen".equals(b.melding())) {
                fouten.add(new OngeldigeInvoer.Veld("bestand", Berichten.tekst("betaalrun.fout.meldingAfgewezen", u.endToEndId())));
            } else {
                gemeld++;
                teMelden.add(u);
            }
        }
        if (fouten.size() > Bankresultaat.MAX_FOUTEN) {
            // As Bankresultaat.lees does for the file's own problems: a file of 250,000 strangers is not 250,000 messages.
            int meer = fouten.size() - Bankresultaat.MAX_FOUTEN;
            fouten.subList(Bankresultaat.MAX_FOUTEN, fouten.size()).clear();
            fouten.add(new OngeldigeInvoer.Veld("bestand", Berichten.tekst("betaalrun.fout.meer", meer)));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var nu = Timestamp.from(clock.instant());
        for (var u : teZetten) {
            jdbc.sql("""
                    update leefgeld.betaling set status = ?, reden = ?, verwerkt_op = ?, mislukt_bron = ?
                     where betaalrun_id = ? and end_to_end_id = ? and status = 'verstuurd'""")
                    .params(u.betaald() ? "betaald" : "mislukt", u.betaald() ? null : u.reden(), nu, u.betaald() ? null : "camt054",
                            id.waarde(), u.endToEndId())
                    .update();
        }
        for (var u : teMelden) {
            jdbc.sql("""
                    insert into leefgeld.mislukmelding (betaling_id, reden, gemeld_door, gemeld_op) values (?, ?, ?, ?)
                    on conflict (betaling_id) do nothing""")
                    .params(bekend.get(u.endToEndId()).id(), Bankresultaat.kort(u.reden(), 200), gebruiker.gebruikersnaam(), nu).update();
        }
        // Marking a payment paid or failed, or claiming it failed, changes the household's leefgeld: logged as the
        // confirmation and rejection of a claim are, in this transaction, so a rollback leaves no record behind.
        var huishoudens = new LinkedHashSet<UUID>();
        teZetten.forEach(u -> huishoudens.add(bekend.get(u.endToEndId()).huishouden()));
        teMelden.forEach(u -> huishoudens.add(bekend.get(u.endToEndId()).huishouden()));
        logboek.leg(Handeling.WIJZIGEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, opslag.ledenVan(huishoudens), gebruiker);
        return new Afstemming(betaald, mislukt, al, gemeld);
    }

    /**
     * Why a camt.054 is not the bank's result for this run. Without this check any XML an employee
     * wrote would mark payments failed at once and so allow a second payment without the second
     * employee a CSV needs. The file must notify about the gemeente's own account (the debtor of the
     * run's SEPA files) and every transfer in it must name one of the run's SEPA files as its original
     * message ({@code Refs/MsgId}, {@code OrgnlMsgId} or the batch's {@code MsgId}).
     */
    private List<String> herkomstFouten(BetaalrunId id, String gemeente, Bankresultaat.Resultaat resultaat) {
        var eigen = rekeningen.rekening(gemeente).orElseThrow(() -> new Conflict("rekening-ontbreekt",
                Berichten.tekst("betaalrun.conflict.rekeningOntbreekt"))).iban();
        var uit = new ArrayList<String>();
        if (resultaat.rekeningen().isEmpty()) {
            uit.add(Berichten.tekst("betaalrun.fout.camtGeenRekening"));
        }
        for (var rekening : resultaat.rekeningen()) {
            if (!eigen.equals(rekening.replace(" ", "").toUpperCase(Locale.ROOT))) {
                uit.add(Berichten.tekst("betaalrun.fout.camtRekening", Bankresultaat.kort(rekening), eigen));
            }
        }
        var berichten = Set.of(Betaalbestanden.berichtId(id, false), Betaalbestanden.berichtId(id, true));
        for (var u : resultaat.uitkomsten()) {
            var bericht = resultaat.berichtIds().get(u.endToEndId());
            if (bericht == null) {
                uit.add(Berichten.tekst("betaalrun.fout.camtGeenBericht", Bankresultaat.kort(u.endToEndId())));
            } else if (!berichten.contains(bericht)) {
                uit.add(Berichten.tekst("betaalrun.fout.camtBericht", Bankresultaat.kort(u.endToEndId()), Bankresultaat.kort(bericht),
                        Betaalbestanden.berichtId(id, false)));
            }
        }
        return uit;
    }

    /**
     * The failures of the run claimed by hand that wait for a second employee: who claimed them, when
     * and why. A claim on a shielded payment (a child travelling alone) is shown only to users with
     * the role, and showing a claim is a view of that household's payment, so it is logged.
     */
    public List<Mislukmelding> openMislukmeldingen(BetaalrunId id, Gebruiker gebruiker) {
        opslag.eigen(id, gebruiker);
        var meldingen = openMeldingen(id, gebruiker.heeft(Rol.MINDERJARIGEN));
        logboek.leg(Handeling.INZIEN, Verwerking.ACTIVITEIT, Verwerking.DOEL,
                opslag.ledenVan(meldingen.stream().map(OpenMelding::huishouden).toList()), gebruiker);
        return meldingen.stream().map(OpenMelding::melding).toList();
    }

    private List<OpenMelding> openMeldingen(BetaalrunId id, boolean ookAfgeschermd) {
        return jdbc.sql("""
                select b.end_to_end_id, b.bedrag, b.methode, m.reden, m.gemeld_door, m.gemeld_op, %1$s, b.huishouden_id
                  from leefgeld.mislukmelding m join leefgeld.betaling b on b.id = m.betaling_id
                 where b.betaalrun_id = ? and m.bevestigd_door is null and m.afgewezen_door is null and b.status = 'verstuurd'
                   and (? or not %1$s)
                 order by m.gemeld_op, b.end_to_end_id""".formatted(Betaalrunopslag.AFGESCHERMD))
                .params(id.waarde(), ookAfgeschermd)
                .query((rs, i) -> new OpenMelding(rs.getObject(8, UUID.class), new Mislukmelding(rs.getString(1), rs.getBigDecimal(2),
                        Betaalmethode.uitDatabase(rs.getString(3)), rs.getString(4), rs.getString(5), Betaalrunopslag.instant(rs, "gemeld_op"),
                        rs.getBoolean(7))))
                .list();
    }

    /**
     * A second employee confirms a failure claimed by hand: the payment is then failed, and may be
     * paid once more after its details are corrected. The claimant cannot confirm (the database
     * refuses it too).
     */
    public Mislukmelding bevestigMislukking(BetaalrunId id, String endToEndId, Gebruiker gebruiker) {
        var open = openMelding(id, endToEndId, gebruiker);
        var melding = open.melding();
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("""
                update leefgeld.mislukmelding set bevestigd_door = ?, bevestigd_op = ?
                 where betaling_id = (select id from leefgeld.betaling where betaalrun_id = ? and end_to_end_id = ?)""")
                .params(gebruiker.gebruikersnaam(), nu, id.waarde(), endToEndId).update();
        int gezet = jdbc.sql("""
                update leefgeld.betaling set status = 'mislukt', reden = ?, verwerkt_op = ?, mislukt_bron = 'handmatig', mislukt_gemeld_door = ?,
                       mislukt_bevestigd_door = ?
                 where betaalrun_id = ? and end_to_end_id = ? and status = 'verstuurd'""")
                .params(melding.reden(), nu, melding.gemeldDoor(), gebruiker.gebruikersnaam(), id.waarde(), endToEndId).update();
        if (gezet == 0) {
            // Processed meanwhile (the bank's file said paid): the whole confirmation rolls back, nothing is half done.
            throw new Conflict("al-verwerkt", Berichten.tekst("betaalrun.conflict.alVerwerkt"));
        }
        logboek.leg(Handeling.WIJZIGEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, opslag.ledenVan(List.of(open.huishouden())), gebruiker);
        return melding;
    }

    /** A second employee rejects a failure claimed by hand: the payment stays sent. */
    public Mislukmelding wijsMislukkingAf(BetaalrunId id, String endToEndId, Gebruiker gebruiker) {
        var open = openMelding(id, endToEndId, gebruiker);
        jdbc.sql("""
                update leefgeld.mislukmelding set afgewezen_door = ?, afgewezen_op = ?
                 where betaling_id = (select id from leefgeld.betaling where betaalrun_id = ? and end_to_end_id = ?)""")
                .params(gebruiker.gebruikersnaam(), Timestamp.from(clock.instant()), id.waarde(), endToEndId).update();
        logboek.leg(Handeling.WIJZIGEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, opslag.ledenVan(List.of(open.huishouden())), gebruiker);
        return open.melding();
    }

    private OpenMelding openMelding(BetaalrunId id, String endToEndId, Gebruiker gebruiker) {
        opslag.eigen(id, gebruiker);
        var open = openMeldingen(id, gebruiker.heeft(Rol.MINDERJARIGEN)).stream()
                .filter(m -> m.melding().endToEndId().equals(endToEndId)).findFirst()
                .orElseThrow(() -> new NietGevonden("Melding"));
        if (open.melding().gemeldDoor().equals(gebruiker.gebruikersnaam())) {
            throw new Conflict("vier-ogen", Berichten.tekst("betaalrun.conflict.vierOgenMelding"));
        }
        return open;
    }
}
