package nl.onderdak.plaatsing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Scope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checking households in to numbered beds of a location, and out again. PostgreSQL guarantees that a
 * bed never holds two people at once and a person is never in two beds at once (exclusion
 * constraints on {@code bedbezetting}); the location's row lock makes concurrent check-ins to one
 * location take turns, on any number of application instances, so the free beds are counted right.
 */
@Service
@Transactional(readOnly = true)
public class Plaatsingen {

    static final String DOEL = "Plaatsing in de gemeentelijke opvang van ontheemden uit Oekraïne";
    public static final int MAX_SPLITSINGSREDEN = 500;

    /** A household's stay at a location. */
    public record Plaatsing(UUID id, UUID huishoudenId, UUID opvanglocatieId, String verblijfsduur, int personen,
            LocalDate vanaf, LocalDate tot, String vertrekreden, String splitsingsreden, List<Bed> bedden) {
    }

    /** One person in one bed for a period. */
    public record Bed(UUID bewonerId, int bednummer, LocalDate vanaf, LocalDate tot) {
    }

    /** Reasons for leaving reception, as the letters name them. */
    public static final Set<String> VERTREKREDENEN = Set.of("eigen_woning", "terug_naar_oekraine", "andere_gemeente", "coa",
            "onbekende_bestemming", "overleden");

    private final JdbcClient jdbc;
    private final Huishoudens huishoudens;
    private final Opvanglocaties locaties;
    private final Logboek logboek;
    private final Clock clock;

    Plaatsingen(JdbcClient jdbc, Huishoudens huishoudens, Opvanglocaties locaties, Logboek logboek, Clock clock) {
        this.jdbc = jdbc;
        this.huishoudens = huishoudens;
        this.locaties = locaties;
        this.logboek = logboek;
        this.clock = clock;
    }

    /**
     * Checks the household (or the chosen members, with a reason for splitting it) in to free beds of
     * a location of the user's own gemeente from {@code vanaf}, which may lie in the past.
     * Too few free beds: {@link Conflict} (409).
     */
    @Transactional
    public Plaatsing plaats(String huishoudenTekst, String locatieTekst, String vanafTekst, String verblijfsduurTekst,
            List<String> ledenTekst, String splitsingsreden, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var scope = new Scope.Gemeente(gemeente);
        var fouten = new ArrayList<Veld>();
        var huishoudenId = Invoer.id(huishoudenTekst, "huishouden", "Geef het id van het huishouden.", fouten);
        var locatieId = Invoer.id(locatieTekst, "opvanglocatie", "Geef het id van de opvanglocatie.", fouten);
        if (splitsingsreden != null && splitsingsreden.strip().length() > MAX_SPLITSINGSREDEN) {
            fouten.add(new Veld("splitsingsreden", "Hoogstens " + MAX_SPLITSINGSREDEN + " tekens."));
        }
        if (ledenTekst != null && ledenTekst.size() > 30) {
            fouten.add(new Veld("leden", "Een huishouden heeft hoogstens 30 leden."));
        }
        var vanaf = Invoer.datum(vanafTekst, "vanaf", true, fouten);
        if (vanaf != null && vanaf.isAfter(LocalDate.now(clock).plusDays(30))) {
            fouten.add(new Veld("vanaf", "Een plaatsing begint hoogstens 30 dagen vooruit."));
        }
        var duur = Verblijfsduur.van(verblijfsduurTekst == null || verblijfsduurTekst.isBlank() ? "lang" : verblijfsduurTekst.strip());
        if (duur.isEmpty()) {
            fouten.add(new Veld("verblijfsduur", "Kies lang of kort."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var huishouden = huishoudens.lees(huishoudenId, gebruiker, scope).orElseThrow(() -> new NietGevonden("Huishouden"));
        // Lock first, then read: concurrent check-ins to this location wait here until the other commits.
        var vergrendeld = jdbc.sql("select gemeente_code from locaties.opvanglocatie where id = ? for no key update").param(locatieId)
                .query(String.class).optional();
        if (vergrendeld.isEmpty() || !vergrendeld.get().equals(gemeente)) {
            throw new NietGevonden("Opvanglocatie");
        }
        var locatie = locaties.vind(locatieId, scope, vanaf).orElseThrow(() -> new NietGevonden("Opvanglocatie"));

        List<Bewoner> teplaatsen = huishouden.leden();
        if (ledenTekst != null && !ledenTekst.isEmpty()) {
            var gekozen = new HashSet<String>(ledenTekst);
            teplaatsen = huishouden.leden().stream().filter(b -> gekozen.contains(b.id().toString())).toList();
            if (teplaatsen.size() != gekozen.size()) {
                throw OngeldigeInvoer.veld("leden", "Niet alle gekozen leden horen bij dit huishouden.");
            }
        }
        if (teplaatsen.size() < huishouden.leden().size() && (splitsingsreden == null || splitsingsreden.isBlank())) {
            throw OngeldigeInvoer.veld("splitsingsreden",
                    "Een huishouden blijft bij elkaar; geef de reden als u het bewust splitst.");
        }
        if (!locatie.beschikbaarOp(vanaf)) {
            throw new Conflict("locatie-niet-beschikbaar", "De locatie is op " + vanaf + " niet beschikbaar.");
        }
        int bruikbaar = (duur.get() == Verblijfsduur.LANG ? locatie.langVerblijf() : locatie.kortVerblijf()).bruikbaar();
        var bezet = new HashSet<>(jdbc.sql("""
                select bednummer from plaatsing.bedbezetting
                 where opvanglocatie_id = ? and verblijfsduur = ? and periode && daterange(?, null)""")
                .params(locatieId, duur.get().code(), vanaf).query(Integer.class).list());
        var vrij = new ArrayList<Integer>();
        for (int n = 1; n <= bruikbaar && vrij.size() < teplaatsen.size(); n++) {
            if (!bezet.contains(n)) {
                vrij.add(n);
            }
        }
        if (vrij.size() < teplaatsen.size()) {
            throw new Conflict("te-weinig-vrije-bedden", "De locatie heeft vanaf " + vanaf + " " + vrij.size()
                    + " vrije bedden; er zijn er " + teplaatsen.size() + " nodig.");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into plaatsing.plaatsing (id, opvanglocatie_id, verblijfsduur, aantal_personen, vanaf, huishouden_id, splitsingsreden,
                    vastgelegd_op, vastgelegd_door) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, locatieId, duur.get().code(), teplaatsen.size(), vanaf, huishoudenId,
                        splitsingsreden == null || splitsingsreden.isBlank() ? null : splitsingsreden.strip(),
                        Timestamp.from(clock.instant()), gebruiker.gebruikersnaam())
                .update();
        try {
            for (int i = 0; i < teplaatsen.size(); i++) {
                jdbc.sql("""
                        insert into plaatsing.bedbezetting (plaatsing_id, bewoner_id, opvanglocatie_id, verblijfsduur, bednummer, periode)
                        values (?, ?, ?, ?, ?, daterange(?, null))""")
                        .params(id, teplaatsen.get(i).id(), locatieId, duur.get().code(), vrij.get(i), vanaf).update();
            }
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains("bewoner_niet_dubbel")) {
                throw new Conflict("al-geplaatst", "Een of meer leden zijn in deze periode al ergens geplaatst; check hen eerst uit.");
            }
            throw new Conflict("bed-bezet", "Een bed werd tegelijk door een ander vergeven; probeer het opnieuw.");
        }
        huishoudens.neemOp(huishoudenId, gemeente);
        logboek.leg(Handeling.WIJZIGEN, "opvang-ontheemden", DOEL, teplaatsen.stream().map(Bewoner::id).toList(), gebruiker);
        return vind(id).orElseThrow();
    }

    /**
     * A placement as the user may see it, with a processing-log record per person in it; empty (404)
     * when out of scope. The API's read of one placement.
     */
    @Transactional
    public Optional<Plaatsing> bekijk(UUID id, Gebruiker gebruiker, Scope scope) {
        var plaatsing = zichtbaar(id, gebruiker, scope);
        plaatsing.ifPresent(p -> logboek.leg(Handeling.INZIEN, "opvang-ontheemden", DOEL,
                p.bedden().stream().map(Bed::bewonerId).distinct().toList(), gebruiker));
        return plaatsing;
    }

    /**
     * The placements of a household the user has just read ({@code huishouden} as returned to them),
     * newest first, with a processing-log record per person placed.
     */
    @Transactional
    public List<Plaatsing> bekijkVanHuishouden(nl.onderdak.bewoners.Huishouden huishouden, Gebruiker gebruiker) {
        var lijst = vanHuishouden(huishouden.id());
        logboek.leg(Handeling.INZIEN, "opvang-ontheemden", DOEL,
                lijst.stream().flatMap(p -> p.bedden().stream()).map(Bed::bewonerId).distinct().toList(), gebruiker);
        return lijst;
    }

    /**
     * A placement the user may see: its location lies in their scope and they may see its household
     * (ADR 0014: a gemeente with access, the region or LCVS handling a request of it; a child
     * travelling alone only with the dedicated role). Not logged: for acts that log themselves.
     */
    public Optional<Plaatsing> zichtbaar(UUID id, Gebruiker gebruiker, Scope scope) {
        // A placed household belongs to the location's gemeente, so reading it within the scope decides.
        return vind(id).filter(p -> scope.omvat(gemeenteVan(p.opvanglocatieId())))
                .filter(p -> huishoudens.lees(p.huishoudenId(), gebruiker, scope).isPresent());
    }

    /** Checks a placement out on a day (the first night not spent there), with a reason. */
    @Transactional
    public Plaatsing checkUit(UUID plaatsingId, String datumTekst, String reden, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var plaatsing = zichtbaar(plaatsingId, gebruiker, new Scope.Gemeente(gemeente))
                .filter(p -> gemeenteVan(p.opvanglocatieId()).equals(gemeente))
                .orElseThrow(() -> new NietGevonden("Plaatsing"));
        var fouten = new ArrayList<Veld>();
        var datum = Invoer.datum(datumTekst, "datum", true, fouten);
        if (reden == null || !(VERTREKREDENEN.contains(reden.strip()) || reden.strip().equals("verhuizing"))) {
            fouten.add(new Veld("reden", "Kies een reden: " + String.join(", ", VERTREKREDENEN.stream().sorted().toList()) + "."));
        }
        if (datum != null && !datum.isAfter(plaatsing.vanaf())) {
            fouten.add(new Veld("datum", "De vertrekdatum ligt na de aankomst (" + plaatsing.vanaf() + ")."));
        }
        if (plaatsing.tot() != null) {
            fouten.add(new Veld("datum", "Deze plaatsing is al beëindigd op " + plaatsing.tot() + "."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        jdbc.sql("select 1 from locaties.opvanglocatie where id = ? for no key update").param(plaatsing.opvanglocatieId()).query().listOfRows();
        jdbc.sql("update plaatsing.plaatsing set tot = ?, vertrekreden = ? where id = ?").params(datum, reden.strip(), plaatsingId).update();
        jdbc.sql("update plaatsing.bedbezetting set periode = daterange(lower(periode), ?) where plaatsing_id = ? and upper_inf(periode)")
                .params(datum, plaatsingId).update();
        logboek.leg(Handeling.WIJZIGEN, "opvang-ontheemden", DOEL,
                plaatsing.bedden().stream().map(Bed::bewonerId).distinct().toList(), gebruiker);
        return vind(plaatsingId).orElseThrow();
    }

    /**
     * Moves the people of a placement to another location of the own gemeente from a day: check-out
     * with reason "verhuizing" and check-in elsewhere, in one transaction (both or neither).
     */
    @Transactional
    public Plaatsing verhuis(UUID plaatsingId, String locatieTekst, String datumTekst, Gebruiker gebruiker) {
        var eigen = gebruiker.eigenGemeente();
        var oud = zichtbaar(plaatsingId, gebruiker, new Scope.Gemeente(eigen)).filter(p -> gemeenteVan(p.opvanglocatieId()).equals(eigen))
                .orElseThrow(() -> new NietGevonden("Plaatsing"));
        checkUit(plaatsingId, datumTekst, "verhuizing", gebruiker);
        var leden = oud.bedden().stream().map(b -> b.bewonerId().toString()).distinct().toList();
        return plaats(oud.huishoudenId().toString(), locatieTekst, datumTekst, oud.verblijfsduur(), leden,
                oud.splitsingsreden() == null ? "verhuizing van een deel van het huishouden" : oud.splitsingsreden(), gebruiker);
    }

    /** The placements of a household, newest first. Not logged: for callers that log what they show. */
    public List<Plaatsing> vanHuishouden(UUID huishouden) {
        return lees("p.huishouden_id = ?", huishouden);
    }

    public Optional<Plaatsing> vind(UUID id) {
        return lees("p.id = ?", id).stream().findFirst();
    }

    /** Placements with their beds in one query, newest first. */
    private List<Plaatsing> lees(String voorwaarde, UUID waarde) {
        var uitkomst = new java.util.LinkedHashMap<UUID, Plaatsing>();
        jdbc.sql("""
                select p.*, b.bewoner_id, b.bednummer, lower(b.periode) as bed_vanaf, upper(b.periode) as bed_tot
                  from plaatsing.plaatsing p left join plaatsing.bedbezetting b on b.plaatsing_id = p.id
                 where %s order by p.vanaf desc, p.id, b.bednummer""".formatted(voorwaarde))
                .param(waarde)
                .query(rs -> {
                    var id = rs.getObject("id", UUID.class);
                    var p = uitkomst.computeIfAbsent(id, k -> {
                        try {
                            return new Plaatsing(id, rs.getObject("huishouden_id", UUID.class), rs.getObject("opvanglocatie_id", UUID.class),
                                    rs.getString("verblijfsduur"), rs.getInt("aantal_personen"), rs.getObject("vanaf", LocalDate.class),
                                    rs.getObject("tot", LocalDate.class), rs.getString("vertrekreden"), rs.getString("splitsingsreden"),
                                    new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    var bewoner = rs.getObject("bewoner_id", UUID.class);
                    if (bewoner != null) {
                        p.bedden().add(new Bed(bewoner, rs.getInt("bednummer"), rs.getObject("bed_vanaf", LocalDate.class),
                                rs.getObject("bed_tot", LocalDate.class)));
                    }
                });
        return uitkomst.values().stream().map(p -> new Plaatsing(p.id(), p.huishoudenId(), p.opvanglocatieId(), p.verblijfsduur(),
                p.personen(), p.vanaf(), p.tot(), p.vertrekreden(), p.splitsingsreden(), List.copyOf(p.bedden()))).toList();
    }

    /** The gemeente of a placement's location, for scope checks. */
    public String gemeenteVan(UUID locatie) {
        return jdbc.sql("select gemeente_code from locaties.opvanglocatie where id = ?").param(locatie).query(String.class).single();
    }

}
