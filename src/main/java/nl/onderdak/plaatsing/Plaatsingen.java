// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.BewonerId;
import nl.onderdak.bewoners.Huishouden;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Opvanglocatie;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checking households in to numbered beds of a location, and out again: the placement module's front
 * door. It takes typed commands; text is parsed at the edge. PostgreSQL guarantees that a bed never
 * holds two people at once and a person is never in two beds at once (exclusion constraints on
 * {@code bedbezetting}); the location's row lock (taken through {@link Opvanglocaties#vergrendel})
 * makes concurrent check-ins to one location take turns, on any number of application instances, so
 * the free beds are counted right.
 */
@Service
@Transactional(readOnly = true)
public class Plaatsingen {

    /** The purpose every act on placements and placement requests is logged under. */
    public static final String ACTIVITEIT = "opvang-ontheemden";
    public static final String DOEL = "Plaatsing in de gemeentelijke opvang van ontheemden uit Oekraïne";
    /** How far ahead a placement may start. */
    public static final int DAGEN_VOORUIT = 30;
    /** Why a placement cannot start on that day, in the user's language. */
    public static String teVerVooruit() {
        return Berichten.tekst("plaatsing.fout.teVerVooruit", DAGEN_VOORUIT);
    }

    /** A household's stay at a location. */
    public record Plaatsing(PlaatsingId id, HuishoudenId huishoudenId, LocatieId opvanglocatieId, Verblijfsduur verblijfsduur,
            int personen, LocalDate vanaf, @Nullable LocalDate tot, @Nullable Vertrekreden vertrekreden,
            @Nullable String splitsingsreden, List<Bed> bedden) {

        /** Everyone who slept here, once each: whom an act on the placement concerns. */
        public List<BewonerId> bewoners() {
            return bedden.stream().map(Bed::bewonerId).distinct().toList();
        }

        /** What is wrong with ending this placement on {@code datum} (not yet known when null), as fields. */
        public List<Veld> uitcheckfouten(@Nullable LocalDate datum) {
            var fouten = new ArrayList<Veld>();
            if (datum != null && !datum.isAfter(vanaf)) {
                fouten.add(new Veld("datum", Berichten.tekst("plaatsing.fout.vertrekNaAankomst", Weergave.in(Berichten.taal()).datum(vanaf))));
            }
            if (tot != null) {
                fouten.add(new Veld("datum", Berichten.tekst("plaatsing.fout.alBeeindigd", Weergave.in(Berichten.taal()).datum(tot))));
            }
            return fouten;
        }
    }

    /** One person in one bed for a period. */
    public record Bed(BewonerId bewonerId, int bednummer, LocalDate vanaf, @Nullable LocalDate tot) {
    }

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

    /** Who checks households in and out: a gemeente employee, at the locations of their own gemeente. */
    public static boolean magPlaatsen(@Nullable Gebruiker gebruiker) {
        return gebruiker != null && gebruiker.isGemeenteMedewerker();
    }

    /** Whether a placement starting on {@code vanaf} starts too far ahead of {@code vandaag}. */
    public static boolean teVerVooruit(LocalDate vanaf, LocalDate vandaag) {
        return vanaf.isAfter(vandaag.plusDays(DAGEN_VOORUIT));
    }

    /**
     * Checks the household (or the chosen members, with a reason for splitting it) in to free beds of
     * a location of the user's own gemeente from {@code vanaf}, which may lie in the past.
     * Too few free beds: {@link Conflict} (409).
     */
    @Transactional
    public Plaatsing plaats(PlaatsingOpdracht opdracht, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var scope = new Scope.Gemeente(gemeente);
        if (teVerVooruit(opdracht.vanaf(), LocalDate.now(clock))) {
            // The edge said so already; a request accepted with its expected arrival comes here directly.
            throw OngeldigeInvoer.veld("vanaf", teVerVooruit());
        }
        var huishouden = huishoudens.lees(opdracht.huishouden().waarde(), gebruiker, scope)
                .orElseThrow(() -> new NietGevonden("Huishouden"));
        // Lock first, then read: concurrent check-ins to this location wait here until the other commits.
        if (!locaties.vergrendel(opdracht.locatie()).filter(gemeente::equals).isPresent()) {
            throw new NietGevonden("Opvanglocatie");
        }
        var locatie = locaties.vind(opdracht.locatie().waarde(), scope, opdracht.vanaf())
                .orElseThrow(() -> new NietGevonden("Opvanglocatie"));
        var teplaatsen = teplaatsen(huishouden, opdracht);
        if (!locatie.beschikbaarOp(opdracht.vanaf())) {
            throw new Conflict("locatie-niet-beschikbaar", Berichten.tekst("plaatsing.conflict.nietBeschikbaar", Weergave.in(Berichten.taal()).datum(opdracht.vanaf())));
        }
        var bedden = vrijeBedden(locatie, opdracht.verblijfsduur(), opdracht.vanaf(), teplaatsen.size());
        var id = PlaatsingId.nieuw();
        schrijf(id, opdracht, teplaatsen, bedden, gebruiker);
        huishoudens.neemOp(opdracht.huishouden().waarde(), gemeente);
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, DOEL, teplaatsen.stream().map(Bewoner::id).toList(), gebruiker);
        return vind(id).orElseThrow();
    }

    /** The members to place: all, or the chosen ones when they all belong here and a split has its reason. */
    private static List<Bewoner> teplaatsen(Huishouden huishouden, PlaatsingOpdracht opdracht) {
        List<Bewoner> teplaatsen = huishouden.leden();
        if (!opdracht.leden().isEmpty()) {
            var gekozen = new HashSet<>(opdracht.leden());
            teplaatsen = huishouden.leden().stream().filter(b -> gekozen.contains(new BewonerId(b.id()))).toList();
            if (teplaatsen.size() != gekozen.size()) {
                throw OngeldigeInvoer.veld("leden", Berichten.tekst("plaatsing.fout.vreemdeLeden"));
            }
        }
        if (teplaatsen.size() < huishouden.leden().size() && opdracht.splitsingsreden() == null) {
            throw OngeldigeInvoer.veld("splitsingsreden", Berichten.tekst("plaatsing.fout.splitsingsreden"));
        }
        return teplaatsen;
    }

    /** The lowest-numbered usable beds of the kind free from {@code vanaf} on, one per person; 409 when too few. */
    private List<Integer> vrijeBedden(Opvanglocatie locatie, Verblijfsduur duur, LocalDate vanaf, int nodig) {
        int bruikbaar = (duur == Verblijfsduur.LANG ? locatie.langVerblijf() : locatie.kortVerblijf()).bruikbaar();
        var bezet = new HashSet<>(jdbc.sql("""
                select bednummer from plaatsing.bedbezetting
                 where opvanglocatie_id = ? and verblijfsduur = ? and periode && daterange(?, null)""")
                .params(locatie.id(), duur.code(), vanaf).query(Integer.class).list());
        var vrij = new ArrayList<Integer>();
        for (int n = 1; n <= bruikbaar && vrij.size() < nodig; n++) {
            if (!bezet.contains(n)) {
                vrij.add(n);
            }
        }
        if (vrij.size() < nodig) {
            throw new Conflict("te-weinig-vrije-bedden", Berichten.tekst("plaatsing.conflict.teWeinigBedden", Weergave.in(Berichten.taal()).datum(vanaf), vrij.size(), nodig));
        }
        return vrij;
    }

    private void schrijf(PlaatsingId id, PlaatsingOpdracht opdracht, List<Bewoner> teplaatsen, List<Integer> bedden,
            Gebruiker gebruiker) {
        var duur = opdracht.verblijfsduur().code();
        jdbc.sql("""
                insert into plaatsing.plaatsing (id, opvanglocatie_id, verblijfsduur, aantal_personen, vanaf, huishouden_id, splitsingsreden,
                    vastgelegd_op, vastgelegd_door) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.waarde(), opdracht.locatie().waarde(), duur, teplaatsen.size(), opdracht.vanaf(),
                        opdracht.huishouden().waarde(), opdracht.splitsingsreden(), Timestamp.from(clock.instant()),
                        gebruiker.gebruikersnaam())
                .update();
        try {
            for (int i = 0; i < teplaatsen.size(); i++) {
                jdbc.sql("""
                        insert into plaatsing.bedbezetting (plaatsing_id, bewoner_id, opvanglocatie_id, verblijfsduur, bednummer, periode)
                        values (?, ?, ?, ?, ?, daterange(?, null))""")
                        .params(id.waarde(), teplaatsen.get(i).id(), opdracht.locatie().waarde(), duur, bedden.get(i), opdracht.vanaf())
                        .update();
            }
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains("bewoner_niet_dubbel")) {
                throw new Conflict("al-geplaatst", Berichten.tekst("plaatsing.conflict.alGeplaatst"));
            }
            throw new Conflict("bed-bezet", Berichten.tekst("plaatsing.conflict.bedBezet"));
        }
    }

    /**
     * A placement as the user may see it, with a processing-log record per person in it; empty (404)
     * when out of scope. The API's read of one placement.
     */
    @Transactional
    public Optional<Plaatsing> bekijk(PlaatsingId id, Gebruiker gebruiker, Scope scope) {
        var plaatsing = zichtbaar(id, gebruiker, scope);
        plaatsing.ifPresent(p -> logboek.leg(Handeling.INZIEN, ACTIVITEIT, DOEL, waarden(p.bewoners()), gebruiker));
        return plaatsing;
    }

    /**
     * The placements of a household the user has just read ({@code huishouden} as returned to them),
     * newest first, with a processing-log record per person placed.
     */
    @Transactional
    public List<Plaatsing> bekijkVanHuishouden(Huishouden huishouden, Gebruiker gebruiker) {
        var lijst = vanHuishouden(new HuishoudenId(huishouden.id()));
        logboek.leg(Handeling.INZIEN, ACTIVITEIT, DOEL,
                lijst.stream().flatMap(p -> p.bedden().stream()).map(b -> b.bewonerId().waarde()).distinct().toList(), gebruiker);
        return lijst;
    }

    /**
     * A placement the user may see: its location lies in their scope and they may see its household
     * (ADR 0014: a gemeente with access, the region or LCVS handling a request of it; a child
     * travelling alone only with the dedicated role). Not logged: for acts that log themselves.
     */
    public Optional<Plaatsing> zichtbaar(PlaatsingId id, Gebruiker gebruiker, Scope scope) {
        // A placed household belongs to the location's gemeente, so reading it within the scope decides.
        return vind(id).filter(p -> scope.omvat(gemeenteVan(p.opvanglocatieId())))
                .filter(p -> huishoudens.lees(p.huishoudenId().waarde(), gebruiker, scope).isPresent());
    }

    /**
     * A placement at a location of the user's own gemeente that they may see, to check out or move;
     * 403 for anyone but a gemeente employee, else 404. Not logged.
     */
    public Plaatsing teBeheren(PlaatsingId id, Gebruiker gebruiker) {
        var eigen = gebruiker.eigenGemeente();
        return zichtbaar(id, gebruiker, new Scope.Gemeente(eigen)).filter(p -> gemeenteVan(p.opvanglocatieId()).equals(eigen))
                .orElseThrow(() -> new NietGevonden("Plaatsing"));
    }

    /** Checks a placement out on a day (the first night not spent there), with a reason. */
    @Transactional
    public Plaatsing checkUit(PlaatsingId id, LocalDate datum, Vertrekreden reden, Gebruiker gebruiker) {
        var plaatsing = teBeheren(id, gebruiker);
        var fouten = plaatsing.uitcheckfouten(datum);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        locaties.vergrendel(plaatsing.opvanglocatieId());
        // The check above read the placement before the lock: a concurrent check-out (or move) may have
        // ended it since. Only a running placement is ended, so the first one's date and reason stay.
        int beeindigd = jdbc.sql("update plaatsing.plaatsing set tot = ?, vertrekreden = ? where id = ? and tot is null")
                .params(datum, reden.code(), id.waarde()).update();
        if (beeindigd != 1) {
            throw new Conflict("al-uitgecheckt", Berichten.tekst("plaatsing.conflict.alUitgecheckt"));
        }
        jdbc.sql("update plaatsing.bedbezetting set periode = daterange(lower(periode), ?) where plaatsing_id = ? and upper_inf(periode)")
                .params(datum, id.waarde()).update();
        logboek.leg(Handeling.WIJZIGEN, ACTIVITEIT, DOEL, waarden(plaatsing.bewoners()), gebruiker);
        return vind(id).orElseThrow();
    }

    /**
     * Moves the people of a placement to another location of the own gemeente from a day: check-out
     * with reason "verhuizing" and check-in elsewhere, in one transaction (both or neither).
     */
    @Transactional
    public Plaatsing verhuis(PlaatsingId id, LocatieId naar, LocalDate datum, Gebruiker gebruiker) {
        var oud = teBeheren(id, gebruiker);
        checkUit(id, datum, Vertrekreden.VERHUIZING, gebruiker);
        return plaats(new PlaatsingOpdracht(oud.huishoudenId(), naar, oud.verblijfsduur(), datum, oud.bewoners(),
                oud.splitsingsreden() == null ? "verhuizing van een deel van het huishouden" : oud.splitsingsreden()), gebruiker);
    }

    /** The placements of a household, newest first. Not logged: for callers that log what they show. */
    public List<Plaatsing> vanHuishouden(HuishoudenId huishouden) {
        return lees("p.huishouden_id = ?", huishouden.waarde());
    }

    /** A placement, whoever may see it. Not logged: for callers that decide access and log themselves. */
    public Optional<Plaatsing> vind(PlaatsingId id) {
        return lees("p.id = ?", id.waarde()).stream().findFirst();
    }

    /** Placements with their beds in one query, newest first. */
    private List<Plaatsing> lees(String voorwaarde, UUID waarde) {
        var uitkomst = new LinkedHashMap<UUID, Plaatsing>();
        jdbc.sql("""
                select p.*, b.bewoner_id, b.bednummer, lower(b.periode) as bed_vanaf, upper(b.periode) as bed_tot
                  from plaatsing.plaatsing p left join plaatsing.bedbezetting b on b.plaatsing_id = p.id
                 where %s order by p.vanaf desc, p.id, b.bednummer""".formatted(voorwaarde))
                .param(waarde)
                .query(rs -> {
                    var p = uitkomst.computeIfAbsent(rs.getObject("id", UUID.class), k -> plaatsing(rs));
                    var bewoner = rs.getObject("bewoner_id", UUID.class);
                    if (bewoner != null) {
                        p.bedden().add(new Bed(new BewonerId(bewoner), rs.getInt("bednummer"), rs.getObject("bed_vanaf", LocalDate.class),
                                rs.getObject("bed_tot", LocalDate.class)));
                    }
                });
        return uitkomst.values().stream().map(p -> new Plaatsing(p.id(), p.huishoudenId(), p.opvanglocatieId(), p.verblijfsduur(),
                p.personen(), p.vanaf(), p.tot(), p.vertrekreden(), p.splitsingsreden(), List.copyOf(p.bedden()))).toList();
    }

    /** The placement of the current row, with a list its beds are added to. The database words become types here. */
    private static Plaatsing plaatsing(ResultSet rs) {
        try {
            var reden = rs.getString("vertrekreden");
            return new Plaatsing(new PlaatsingId(rs.getObject("id", UUID.class)), new HuishoudenId(rs.getObject("huishouden_id", UUID.class)),
                    new LocatieId(rs.getObject("opvanglocatie_id", UUID.class)), Verblijfsduur.van(rs.getString("verblijfsduur")).orElseThrow(),
                    rs.getInt("aantal_personen"), rs.getObject("vanaf", LocalDate.class), rs.getObject("tot", LocalDate.class),
                    reden == null ? null : Vertrekreden.van(reden).orElseThrow(), rs.getString("splitsingsreden"), new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The gemeente of a location, for scope checks: read from the view locaties publishes. */
    public String gemeenteVan(LocatieId locatie) {
        return jdbc.sql("select gemeente_code from locaties.locatie where id = ?").param(locatie.waarde()).query(String.class).single();
    }

    private static List<UUID> waarden(List<BewonerId> ids) {
        return ids.stream().map(BewonerId::waarde).toList();
    }
}
