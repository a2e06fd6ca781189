package nl.onderdak.leefgeld;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.Huishouden;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The living allowance of one household: its monthly entitlement with explanation, how it is paid,
 * the municipality's decisions, and stays with a host household. Only employees of a gemeente in
 * whose scope the household is (registered or placed there) see or change any of it.
 */
@Service
@Transactional
public class Leefgeld {

    static final String ACTIVITEIT = "leefgeld";
    static final String DOEL = "Verstrekken van leefgeld aan ontheemden uit Oekraïne (Regeling opvang ontheemden Oekraïne)";

    public record Betaalwijze(String methode, String iban, String tenaamstelling, String kaartnummer) {
    }

    public record OpgeslagenBesluit(UUID id, String soort, LocalDate vanaf, LocalDate tot, String reden) {
    }

    public record Gastverblijf(UUID id, String gemeenteCode, LocalDate van, LocalDate tot, String gastgezin) {
    }

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Aanwezigheden aanwezigheden;
    private final LeefgeldTarieven tarieven;
    private final Logboek logboek;
    private final Clock clock;

    Leefgeld(JdbcClient jdbc, Huishoudens huishoudens, Aanwezigheden aanwezigheden, LeefgeldTarieven tarieven, Logboek logboek,
            Clock clock) {
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.aanwezigheden = aanwezigheden;
        this.tarieven = tarieven;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** Reads a month written as JJJJ-MM from 2022 on (there was no allowance before); a wrong value is named as field {@code veld}. */
    public static YearMonth maand(String tekst, String veld) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var m = Invoer.maand(tekst, veld, true, fouten);
        if (m != null && (m.getYear() < 2022 || m.getYear() > 2100)) {
            fouten.add(new OngeldigeInvoer.Veld(veld, "Leefgeld bestaat vanaf 2022; geef een maand van 2022 of later."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return m;
    }

    /** The entitlement of a household for a month, with its lines; logged as a view of each member. */
    public Leefgeldberekening.Uitkomst berekening(UUID huishoudenId, YearMonth maand, Gebruiker gebruiker) {
        var huishouden = inScope(huishoudenId, gebruiker);
        var feiten = aanwezigheden.voor(List.of(huishoudenId), maand).get(huishoudenId);
        logboek.leg(Handeling.INZIEN, ACTIVITEIT, DOEL, ids(huishouden), gebruiker);
        return Leefgeldberekening.bereken(maand, feiten.leden(), feiten.besluiten(), tarieven.geldend());
    }

    /** How the household is paid (IBAN, account holder, card); logged as a view of each member. */
    public Optional<Betaalwijze> betaalwijze(UUID huishoudenId, Gebruiker gebruiker) {
        var huishouden = inScope(huishoudenId, gebruiker);
        var wijze = jdbc.sql("select methode, iban, tenaamstelling, kaartnummer from leefgeld.betaalwijze where huishouden_id = ?").param(huishoudenId)
                .query((rs, i) -> new Betaalwijze(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional();
        logboek.leg(Handeling.INZIEN, ACTIVITEIT, DOEL, ids(huishouden), gebruiker);
        return wijze;
    }

    /**
     * The gemeente that may change a household's payment details, decisions and host stays: the one
     * that pays its current month (where it spends the month's last night in reception), or, when
     * the household has no night in reception this month, the gemeente that registered it.
     */
    public String betalendeGemeenteNu(UUID huishoudenId, String registrerendeGemeente) {
        var feiten = aanwezigheden.voor(List.of(huishoudenId), YearMonth.now(clock)).get(huishoudenId);
        var betalend = feiten == null ? null : feiten.betalendeGemeente();
        return betalend != null ? betalend : registrerendeGemeente;
    }

    /** The household, in scope and paid by the user's gemeente; otherwise the change is refused (409, the paying gemeente changes it). */
    private Huishouden teWijzigen(UUID huishoudenId, Gebruiker gebruiker) {
        var huishouden = inScope(huishoudenId, gebruiker);
        if (!gebruiker.eigenGemeente().equals(betalendeGemeenteNu(huishoudenId, huishouden.gemeenteCode()))) {
            throw new Conflict("niet-betalende-gemeente", "Alleen de gemeente die het leefgeld van dit huishouden nu betaalt, wijzigt de "
                    + "betaalgegevens, besluiten en verblijven bij een gastgezin. Neem contact op met die gemeente.");
        }
        return huishouden;
    }

    /** Sets how the household is paid: bank (IBAN checked with mod-97, account holder), cash, or prepaid card. */
    public Betaalwijze legBetaalwijzeVast(UUID huishoudenId, String methode, String iban, String tenaamstelling, String kaartnummer,
            Gebruiker gebruiker) {
        var huishouden = teWijzigen(huishoudenId, gebruiker);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var m = Invoer.schoon(methode);
        String rekening = null, naam = null, kaart = null;
        if (m == null || !List.of("bank", "contant", "prepaid").contains(m)) {
            fouten.add(new OngeldigeInvoer.Veld("methode", "Kies bank, contant of prepaid."));
        } else if (m.equals("bank")) {
            var gelezen = Iban.lees(iban);
            if (gelezen.isEmpty()) {
                fouten.add(new OngeldigeInvoer.Veld("iban", "Dit is geen geldig IBAN (controlegetal of lengte klopt niet)."));
            } else {
                rekening = gelezen.get().waarde();
            }
            naam = Invoer.verplicht(tenaamstelling, "tenaamstelling", "Vul de naam van de rekeninghouder in.", 70, fouten);
        } else if (m.equals("prepaid")) {
            kaart = Invoer.schoon(kaartnummer);
            if (kaart == null || !kaart.matches("[0-9A-Za-z-]{4,32}")) {
                fouten.add(new OngeldigeInvoer.Veld("kaartnummer", "Vul het kaartnummer in (4 tot 32 cijfers of letters)."));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        jdbc.sql("""
                insert into leefgeld.betaalwijze (huishouden_id, methode, iban, tenaamstelling, kaartnummer, gewijzigd_door, gewijzigd_op)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (huishouden_id) do update set methode = excluded.methode, iban = excluded.iban,
                    tenaamstelling = excluded.tenaamstelling, kaartnummer = excluded.kaartnummer,
                    gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = excluded.gewijzigd_op""")
                .params(huishoudenId, m, rekening, naam, kaart, gebruiker.gebruikersnaam(), Timestamp.from(clock.instant())).update();
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, DOEL, ids(huishouden), gebruiker);
        return new Betaalwijze(m, rekening, naam, kaart);
    }

    /** The household's allowance decisions; logged as a view of each member. */
    public List<OpgeslagenBesluit> besluiten(UUID huishoudenId, Gebruiker gebruiker) {
        var huishouden = inScope(huishoudenId, gebruiker);
        var lijst = jdbc.sql("select id, soort, vanaf, tot, reden from leefgeld.leefgeldbesluit where huishouden_id = ? order by vanaf, vastgelegd_op")
                .param(huishoudenId)
                .query((rs, i) -> new OpgeslagenBesluit(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
        logboek.leg(Handeling.INZIEN, ACTIVITEIT, DOEL, ids(huishouden), gebruiker);
        return lijst;
    }

    /** Records a decision to stop the allowance or to give the food or clothing part in kind. */
    public OpgeslagenBesluit neemBesluit(UUID huishoudenId, String soort, String vanaf, String tot, String reden, Gebruiker gebruiker) {
        var huishouden = teWijzigen(huishoudenId, gebruiker);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var s = Invoer.schoon(soort);
        if (s == null || !List.of("stoppen", "voedsel_in_natura", "kleding_in_natura").contains(s)) {
            fouten.add(new OngeldigeInvoer.Veld("soort", "Kies stoppen, voedsel_in_natura of kleding_in_natura."));
        }
        var van = Invoer.datum(vanaf, "vanaf", true, fouten);
        var einde = Invoer.datum(tot, "tot", false, fouten);
        var waarom = Invoer.verplicht(reden, "reden", "Vul de reden van het besluit in.", 500, fouten);
        if (van != null && einde != null && einde.isBefore(van)) {
            fouten.add(new OngeldigeInvoer.Veld("tot", "De einddatum ligt voor de begindatum."));
        }
        if ("stoppen".equals(s) && van != null && van.isBefore(Leefgeldberekening.STOPPEN_MOGELIJK_VANAF)) {
            fouten.add(new OngeldigeInvoer.Veld("vanaf", "Stoppen wegens inkomen kan vanaf 1 februari 2023."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into leefgeld.leefgeldbesluit (id, huishouden_id, soort, vanaf, tot, reden, vastgelegd_door, vastgelegd_op)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, huishoudenId, s, van, einde, waarom, gebruiker.gebruikersnaam(), Timestamp.from(clock.instant())).update();
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, DOEL, ids(huishouden), gebruiker);
        return new OpgeslagenBesluit(id, s, van, einde, waarom);
    }

    /** The household's stays with a host household; logged as a view of each member. */
    public List<Gastverblijf> gastverblijven(UUID huishoudenId, Gebruiker gebruiker) {
        var huishouden = inScope(huishoudenId, gebruiker);
        var lijst = jdbc.sql("""
                select id, gemeente_code, lower(periode), upper(periode), gastgezin from plaatsing.gastverblijf where huishouden_id = ?
                 order by lower(periode)""").param(huishoudenId)
                .query((rs, i) -> new Gastverblijf(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
        logboek.leg(Handeling.INZIEN, ACTIVITEIT, DOEL, ids(huishouden), gebruiker);
        return lijst;
    }

    /**
     * Records a stay with a host household in the user's gemeente (private reception): from the
     * first night up to, not including, the departure day. Overlapping stays are refused.
     */
    public Gastverblijf legGastverblijfVast(UUID huishoudenId, String van, String tot, String gastgezin, Gebruiker gebruiker) {
        var huishouden = teWijzigen(huishoudenId, gebruiker);
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var begin = Invoer.datum(van, "van", true, fouten);
        var einde = Invoer.datum(tot, "tot", false, fouten);
        var gast = Invoer.verplicht(gastgezin, "gastgezin", "Vul het gastgezin in (naam of adres).", 200, fouten);
        if (begin != null && einde != null && !einde.isAfter(begin)) {
            fouten.add(new OngeldigeInvoer.Veld("tot", "De vertrekdag ligt na de eerste nacht."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var id = UUID.randomUUID();
        var gemeente = gebruiker.eigenGemeente();
        try {
            jdbc.sql("""
                    insert into plaatsing.gastverblijf (id, huishouden_id, gemeente_code, periode, gastgezin, vastgelegd_door, vastgelegd_op)
                    values (?, ?, ?, daterange(?, ?), ?, ?, ?)""")
                    .params(id, huishoudenId, gemeente, begin, einde, gast, gebruiker.gebruikersnaam(), Timestamp.from(clock.instant()))
                    .update();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw OngeldigeInvoer.veld("van", "Het huishouden verblijft in deze periode al bij een gastgezin.");
        }
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, DOEL, ids(huishouden), gebruiker);
        return new Gastverblijf(id, gemeente, begin, einde, gast);
    }

    private Huishouden inScope(UUID huishoudenId, Gebruiker gebruiker) {
        return huishoudens.lees(huishoudenId, gebruiker, new Scope.Gemeente(gebruiker.eigenGemeente()))
                .orElseThrow(() -> new NietGevonden("Huishouden"));
    }

    private static List<UUID> ids(Huishouden h) {
        return h.leden().stream().map(Bewoner::id).toList();
    }

    static String maandNaam(YearMonth maand) {
        return maand.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.forLanguageTag("nl")) + " " + maand.getYear();
    }
}
