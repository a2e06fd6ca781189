// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.Huishouden;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.leefgeld.Betaalmethode;
import nl.onderdak.leefgeld.Betaalwijze;
import nl.onderdak.leefgeld.Iban;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.plaatsing.Gastverblijven;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The living allowance of one household: its monthly entitlement with explanation, how it is paid and
 * the municipality's decisions. Only employees of a gemeente in whose scope the household is
 * (registered or placed there) see or change any of it; only the gemeente that pays it now changes it.
 * That last rule also decides who records a stay with a host household (plaatsing asks it through
 * {@link Gastverblijven.Wijzigrecht}), because such a stay changes who pays.
 */
@Service
@Transactional
public class Huishoudleefgeld implements Gastverblijven.Wijzigrecht {

    public record OpgeslagenBesluit(UUID id, String soort, LocalDate vanaf, @Nullable LocalDate tot, String reden) {
    }

    /** A payment method as typed by a user; checked by {@link #valideer()} after the access check, as before. */
    public record BetaalwijzeInvoer(@Nullable String methode, @Nullable String iban, @Nullable String tenaamstelling,
            @Nullable String kaartnummer) {

        Betaalwijze valideer() {
            var fouten = new ArrayList<OngeldigeInvoer.Veld>();
            var methode = Betaalmethode.van(Invoer.schoon(this.methode));
            Betaalwijze wijze = null;
            if (methode.isEmpty()) {
                fouten.add(new OngeldigeInvoer.Veld("methode", Berichten.tekst("leefgeld.fout.methode")));
            } else {
                switch (methode.get()) {
                    case BANK -> {
                        var gelezen = Iban.lees(iban);
                        if (gelezen.isEmpty()) {
                            fouten.add(new OngeldigeInvoer.Veld("iban", Berichten.tekst("leefgeld.fout.iban")));
                        }
                        var naam = Invoer.verplicht(tenaamstelling, "tenaamstelling", Berichten.tekst("leefgeld.fout.tenaamstelling"), 70, fouten);
                        if (gelezen.isPresent() && naam != null) {
                            wijze = Betaalwijze.bank(gelezen.get(), naam);
                        }
                    }
                    case CONTANT -> wijze = Betaalwijze.contant();
                    case PREPAID -> {
                        var kaart = Invoer.schoon(kaartnummer);
                        if (kaart == null || !kaart.matches("[0-9A-Za-z-]{4,32}")) {
                            fouten.add(new OngeldigeInvoer.Veld("kaartnummer", Berichten.tekst("leefgeld.fout.kaartnummer")));
                        } else {
                            wijze = Betaalwijze.prepaid(kaart);
                        }
                    }
                }
            }
            if (!fouten.isEmpty() || wijze == null) {
                throw new OngeldigeInvoer(fouten);
            }
            return wijze;
        }
    }

    /** A decision as typed by a user; checked after the access check. */
    public record BesluitInvoer(@Nullable String soort, @Nullable String vanaf, @Nullable String tot, @Nullable String reden) {
    }

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Aanwezigheden aanwezigheden;
    private final LeefgeldTarieven tarieven;
    private final Logboek logboek;
    private final Clock clock;

    Huishoudleefgeld(JdbcClient jdbc, Huishoudens huishoudens, Aanwezigheden aanwezigheden, LeefgeldTarieven tarieven, Logboek logboek,
            Clock clock) {
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.aanwezigheden = aanwezigheden;
        this.tarieven = tarieven;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** The entitlement of a household for a month, with its lines; logged as a view of each member. */
    public Leefgeldberekening.Uitkomst berekening(HuishoudenId huishoudenId, YearMonth maand, Gebruiker gebruiker) {
        var huishouden = inScope(huishoudenId, gebruiker);
        var feiten = aanwezigheden.voor(List.of(huishoudenId.waarde()), maand).get(huishoudenId.waarde());
        logboek.leg(Handeling.INZIEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, ids(huishouden), gebruiker);
        return Leefgeldberekening.bereken(maand, feiten.leden(), feiten.besluiten(), tarieven.geldend());
    }

    /** How the household is paid (IBAN, account holder, card); logged as a view of each member. */
    public Optional<Betaalwijze> betaalwijze(HuishoudenId huishoudenId, Gebruiker gebruiker) {
        var huishouden = inScope(huishoudenId, gebruiker);
        var wijze = jdbc.sql("select methode, iban, tenaamstelling, kaartnummer from leefgeld.betaalwijze where huishouden_id = ?")
                .param(huishoudenId.waarde())
                .query((rs, i) -> new Betaalwijze(Betaalmethode.uitDatabase(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .optional();
        logboek.leg(Handeling.INZIEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, ids(huishouden), gebruiker);
        return wijze;
    }

    /**
     * The gemeente that may change a household's payment details, decisions and host stays: the one
     * that pays its current month (where it spends the month's last night in reception), or, when
     * the household has no night in reception this month, the gemeente that registered it.
     */
    @Transactional(readOnly = true)
    public String betalendeGemeenteNu(HuishoudenId huishoudenId, String registrerendeGemeente) {
        var feiten = aanwezigheden.voor(List.of(huishoudenId.waarde()), YearMonth.now(clock)).get(huishoudenId.waarde());
        var betalend = feiten == null ? null : feiten.betalendeGemeente();
        return betalend != null ? betalend : registrerendeGemeente;
    }

    /** The change is refused (409) unless the user's gemeente pays the household now: that gemeente changes it. */
    @Override
    public void vereisBetalendeGemeente(Huishouden huishouden, Gebruiker gebruiker) {
        if (!gebruiker.eigenGemeente().equals(betalendeGemeenteNu(new HuishoudenId(huishouden.id()), huishouden.gemeenteCode()))) {
            throw new Conflict("niet-betalende-gemeente", Berichten.tekst("leefgeld.conflict.nietBetalendeGemeente"));
        }
    }

    /** The household, in scope and paid by the user's gemeente; otherwise the change is refused. */
    private Huishouden teWijzigen(HuishoudenId huishoudenId, Gebruiker gebruiker) {
        var huishouden = inScope(huishoudenId, gebruiker);
        vereisBetalendeGemeente(huishouden, gebruiker);
        return huishouden;
    }

    /** Sets how the household is paid from what a user typed: checked only once the user may change it. */
    public Betaalwijze legBetaalwijzeVast(HuishoudenId huishoudenId, BetaalwijzeInvoer invoer, Gebruiker gebruiker) {
        var huishouden = teWijzigen(huishoudenId, gebruiker);
        return bewaar(huishouden, invoer.valideer(), gebruiker);
    }

    /** Sets how the household is paid: bank (IBAN checked with mod-97, account holder), cash, or prepaid card. */
    public Betaalwijze legBetaalwijzeVast(HuishoudenId huishoudenId, Betaalwijze wijze, Gebruiker gebruiker) {
        return bewaar(teWijzigen(huishoudenId, gebruiker), wijze, gebruiker);
    }

    private Betaalwijze bewaar(Huishouden huishouden, Betaalwijze wijze, Gebruiker gebruiker) {
        jdbc.sql("""
                insert into leefgeld.betaalwijze (huishouden_id, methode, iban, tenaamstelling, kaartnummer, gewijzigd_door, gewijzigd_op)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (huishouden_id) do update set methode = excluded.methode, iban = excluded.iban,
                    tenaamstelling = excluded.tenaamstelling, kaartnummer = excluded.kaartnummer,
                    gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = excluded.gewijzigd_op""")
                .params(huishouden.id(), wijze.methode().woord(), wijze.iban(), wijze.tenaamstelling(), wijze.kaartnummer(),
                        gebruiker.gebruikersnaam(), Timestamp.from(clock.instant()))
                .update();
        logboek.leg(Handeling.WIJZIGEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, ids(huishouden), gebruiker);
        return wijze;
    }

    /** The household's allowance decisions; logged as a view of each member. */
    public List<OpgeslagenBesluit> besluiten(HuishoudenId huishoudenId, Gebruiker gebruiker) {
        var huishouden = inScope(huishoudenId, gebruiker);
        var lijst = jdbc.sql("select id, soort, vanaf, tot, reden from leefgeld.leefgeldbesluit where huishouden_id = ? order by vanaf, vastgelegd_op")
                .param(huishoudenId.waarde())
                .query((rs, i) -> new OpgeslagenBesluit(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
        logboek.leg(Handeling.INZIEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, ids(huishouden), gebruiker);
        return lijst;
    }

    /** Records a decision to stop the allowance or to give the food or clothing part in kind. */
    public OpgeslagenBesluit neemBesluit(HuishoudenId huishoudenId, BesluitInvoer invoer, Gebruiker gebruiker) {
        var huishouden = teWijzigen(huishoudenId, gebruiker);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var soort = Invoer.schoon(invoer.soort());
        var s = besluitsoort(soort).orElse(null);
        if (s == null) {
            fouten.add(new OngeldigeInvoer.Veld("soort", Berichten.tekst("leefgeld.fout.besluitsoort")));
        }
        var van = Invoer.datum(invoer.vanaf(), "vanaf", true, fouten);
        var einde = Invoer.datum(invoer.tot(), "tot", false, fouten);
        var waarom = Invoer.verplicht(invoer.reden(), "reden", Berichten.tekst("leefgeld.fout.besluitreden"), 500, fouten);
        if (van != null && einde != null && einde.isBefore(van)) {
            fouten.add(new OngeldigeInvoer.Veld("tot", Berichten.tekst("leefgeld.fout.totVoorVan")));
        }
        if (s == Leefgeldberekening.Besluit.Soort.STOPPEN && van != null && van.isBefore(Leefgeldberekening.STOPPEN_MOGELIJK_VANAF)) {
            fouten.add(new OngeldigeInvoer.Veld("vanaf", Berichten.tekst("leefgeld.fout.stoppenVoor2023")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into leefgeld.leefgeldbesluit (id, huishouden_id, soort, vanaf, tot, reden, vastgelegd_door, vastgelegd_op)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, huishoudenId.waarde(), soort, van, einde, waarom, gebruiker.gebruikersnaam(), Timestamp.from(clock.instant()))
                .update();
        logboek.leg(Handeling.WIJZIGEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, ids(huishouden), gebruiker);
        return new OpgeslagenBesluit(id, soort, van, einde, waarom);
    }

    /** The kind of decision for its database word (stoppen, voedsel_in_natura, kleding_in_natura). */
    private static Optional<Leefgeldberekening.Besluit.Soort> besluitsoort(@Nullable String woord) {
        return java.util.Arrays.stream(Leefgeldberekening.Besluit.Soort.values())
                .filter(s -> s.name().toLowerCase(java.util.Locale.ROOT).equals(woord)).findFirst();
    }

    private Huishouden inScope(HuishoudenId huishoudenId, Gebruiker gebruiker) {
        return huishoudens.lees(huishoudenId.waarde(), gebruiker, new Scope.Gemeente(gebruiker.eigenGemeente()))
                .orElseThrow(() -> new NietGevonden("Huishouden"));
    }

    private static List<UUID> ids(Huishouden h) {
        return h.leden().stream().map(Bewoner::id).toList();
    }
}
