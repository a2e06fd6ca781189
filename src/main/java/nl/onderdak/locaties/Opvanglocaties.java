package nl.onderdak.locaties;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of reception locations: the public API of this module.
 *
 * <p>Rights: only a gemeente employee of the owning gemeente registers and changes a location; users
 * whose {@link Scope} covers the gemeente (its region, national bodies) read it; for anyone else it
 * does not exist (404, so its existence does not leak).
 */
@Service
@Transactional(readOnly = true)
public class Opvanglocaties {

    private final JdbcClient jdbc;
    private final Clock clock;

    Opvanglocaties(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    /**
     * Locks the location until the caller's transaction ends and returns its gemeente: placements on
     * one location wait for each other, so two of them cannot both take its last bed. Empty for an
     * unknown location.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Optional<String> vergrendel(LocatieId id) {
        return jdbc.sql("select gemeente_code from locaties.opvanglocatie where id = ? for no key update").param(id.waarde())
                .query(String.class).optional();
    }

    @Transactional
    public Opvanglocatie registreer(LocatieInvoer invoer, Gebruiker gebruiker) {
        var gemeente = gebruiker.eigenGemeente();
        var uitkomst = LocatieValidatie.valideer(invoer);
        if (!uitkomst.fouten().isEmpty()) {
            throw new OngeldigeInvoer(uitkomst.fouten());
        }
        return vind(bewaar(uitkomst.locatie(), gemeente, gebruiker.gebruikersnaam(), "Registratie"),
                new Scope.Gemeente(gemeente), vandaag()).orElseThrow();
    }

    /** Stores a validated location with its first status and beds; used by registration and import. */
    UUID bewaar(LocatieValidatie.GeldigeLocatie l, String gemeente, String door, String reden) {
        var id = UUID.randomUUID();
        var nu = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into locaties.opvanglocatie (id, gemeente_code, naam, postcode, huisnummer, huisnummertoevoeging, plaats, soort,
                    exploitant, beschikbaar_vanaf, beschikbaar_tot, rolstoeltoegankelijk, gezinskamers, catering,
                    eigen_keuken, huisdieren_toegestaan, aangemaakt_op, aangemaakt_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, gemeente, l.naam(), l.postcode().waarde(), l.huisnummer(), l.toevoeging(), l.plaats(),
                        l.soort().code(), l.exploitant(), l.beschikbaarVanaf(), l.beschikbaarTot(),
                        l.faciliteiten().contains(Faciliteit.ROLSTOELTOEGANKELIJK),
                        l.faciliteiten().contains(Faciliteit.GEZINSKAMERS), l.faciliteiten().contains(Faciliteit.CATERING),
                        l.faciliteiten().contains(Faciliteit.EIGEN_KEUKEN),
                        l.faciliteiten().contains(Faciliteit.HUISDIEREN_TOEGESTAAN), nu, door)
                .update();
        jdbc.sql("""
                insert into locaties.locatiestatus (opvanglocatie_id, ingangsdatum, status, reden, vastgelegd_op, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, l.beschikbaarVanaf(), l.status().code(), reden, nu, door).update();
        voegBeddenToe(id, Verblijfsduur.LANG, l.beschikbaarVanaf(), l.bedden(), 0, null, reden, door);
        if (l.beddenKort() > 0) {
            voegBeddenToe(id, Verblijfsduur.KORT, l.beschikbaarVanaf(), l.beddenKort(), 0, null, reden, door);
        }
        return id;
    }

    /** Records a change of beds from a date on. Earlier history stays as it was. */
    @Transactional
    public Opvanglocatie wijzigBedden(UUID id, BeddenInvoer invoer, Gebruiker gebruiker, Scope scope) {
        var locatie = teWijzigen(id, gebruiker, scope);
        var fouten = new ArrayList<Veld>();
        var datum = Invoer.datum(invoer.ingangsdatum(), "ingangsdatum", true, fouten);
        var duur = Verblijfsduur.van(Invoer.schoon(invoer.verblijfsduur()) == null ? "lang"
                : invoer.verblijfsduur().strip());
        if (duur.isEmpty()) {
            fouten.add(new Veld("verblijfsduur", "Kies lang of kort (crisisopvang korter dan 72 uur)."));
        }
        var opgegeven = Invoer.geheelGetal(invoer.opgegeven(), "opgegeven", 0, LocatieValidatie.MAXIMUM_BEDDEN,
                true, fouten);
        var buiten = Invoer.geheelGetal(invoer.buitenGebruik(), "buitenGebruik", 0,
                LocatieValidatie.MAXIMUM_BEDDEN, false, fouten);
        int buitenGebruik = buiten == null ? 0 : buiten;
        var buitenReden = Invoer.schoon(invoer.buitenGebruikReden());
        if (opgegeven != null && buitenGebruik > opgegeven) {
            fouten.add(new Veld("buitenGebruik", "Er kunnen niet meer bedden buiten gebruik zijn dan er zijn opgegeven."));
        }
        if (buitenGebruik > 0 && buitenReden == null) {
            fouten.add(new Veld("buitenGebruikReden", "Geef aan waarom bedden buiten gebruik zijn."));
        }
        var reden = Invoer.verplicht(invoer.reden(), "reden", "Geef de reden van de wijziging.", 500, fouten);
        if (datum != null && datum.isBefore(locatie.beschikbaarVanaf())) {
            fouten.add(new Veld("ingangsdatum", "De datum ligt vóór de beschikbaarheid van de locatie ("
                    + locatie.beschikbaarVanaf() + ")."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        voegBeddenToe(id, duur.get(), datum, opgegeven, buitenGebruik, buitenReden, reden, gebruiker.gebruikersnaam());
        return vind(id, scope, vandaag()).orElseThrow();
    }

    @Transactional
    public Opvanglocatie wijzigStatus(UUID id, StatusInvoer invoer, Gebruiker gebruiker, Scope scope) {
        var locatie = teWijzigen(id, gebruiker, scope);
        var fouten = new ArrayList<Veld>();
        var datum = Invoer.datum(invoer.ingangsdatum(), "ingangsdatum", true, fouten);
        var status = Status.van(Invoer.schoon(invoer.status()) == null ? "" : invoer.status().strip());
        if (status.isEmpty()) {
            fouten.add(new Veld("status", "Kies een status: " + Status.codes() + "."));
        }
        var reden = Invoer.verplicht(invoer.reden(), "reden", "Geef de reden van de wijziging.", 500, fouten);
        if (datum != null && datum.isBefore(locatie.beschikbaarVanaf())) {
            fouten.add(new Veld("ingangsdatum", "De datum ligt vóór de beschikbaarheid van de locatie ("
                    + locatie.beschikbaarVanaf() + ")."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        jdbc.sql("""
                insert into locaties.locatiestatus (opvanglocatie_id, ingangsdatum, status, reden, vastgelegd_op, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, datum, status.get().code(), reden, Timestamp.from(clock.instant()), gebruiker.gebruikersnaam())
                .update();
        return vind(id, scope, vandaag()).orElseThrow();
    }

    void voegBeddenToe(UUID id, Verblijfsduur duur, LocalDate datum, int opgegeven, int buitenGebruik,
            String buitenReden, String reden, String door) {
        jdbc.sql("""
                insert into locaties.beddenmutatie (opvanglocatie_id, verblijfsduur, ingangsdatum, opgegeven, buiten_gebruik,
                    buiten_gebruik_reden, reden, vastgelegd_op, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, duur.code(), datum, opgegeven, buitenGebruik, buitenReden, reden,
                        Timestamp.from(clock.instant()), door)
                .update();
    }

    /** The location as it stands on the day, if it exists and lies inside the scope. */
    public Optional<Opvanglocatie> vind(UUID id, Scope scope, LocalDate peildatum) {
        return jdbc.sql(SELECT + " where l.id = :id").param("id", id).param("d", peildatum)
                .query((rs, i) -> locatie(rs, peildatum)).optional()
                .filter(l -> scope.omvat(l.gemeenteCode()));
    }

    /** All locations inside the scope as they stand on the day, by gemeente and name. */
    public List<Opvanglocatie> lijst(Scope scope, LocalDate peildatum) {
        var gemeenten = scope.gemeenten();
        var sql = SELECT + (gemeenten.isPresent() ? " where l.gemeente_code = any(:gemeenten)" : "")
                + " order by l.gemeente_code, l.naam";
        var query = jdbc.sql(sql).param("d", peildatum);
        if (gemeenten.isPresent()) {
            query = query.param("gemeenten", gemeenten.get().toArray(String[]::new));
        }
        return query.query((rs, i) -> locatie(rs, peildatum)).list();
    }

    public List<Beddenmutatie> beddenhistorie(UUID id) {
        return jdbc.sql("select * from locaties.beddenmutatie where opvanglocatie_id = ? order by ingangsdatum desc, id desc")
                .param(id)
                .query((rs, i) -> new Beddenmutatie(rs.getLong("id"), Verblijfsduur.van(rs.getString("verblijfsduur")).orElseThrow(),
                        rs.getObject("ingangsdatum", LocalDate.class), rs.getInt("opgegeven"), rs.getInt("buiten_gebruik"),
                        rs.getString("buiten_gebruik_reden"), rs.getString("reden"),
                        rs.getTimestamp("vastgelegd_op").toInstant(), rs.getString("vastgelegd_door")))
                .list();
    }

    public List<Statuswijziging> statushistorie(UUID id) {
        return jdbc.sql("select * from locaties.locatiestatus where opvanglocatie_id = ? order by ingangsdatum desc, id desc")
                .param(id)
                .query((rs, i) -> new Statuswijziging(rs.getLong("id"), rs.getObject("ingangsdatum", LocalDate.class),
                        Status.van(rs.getString("status")).orElseThrow(), rs.getString("reden"),
                        rs.getTimestamp("vastgelegd_op").toInstant(), rs.getString("vastgelegd_door")))
                .list();
    }

    private Opvanglocatie teWijzigen(UUID id, Gebruiker gebruiker, Scope scope) {
        var locatie = vind(id, scope, vandaag()).orElseThrow(() -> new NietGevonden("Opvanglocatie"));
        if (!locatie.gemeenteCode().equals(gebruiker.eigenGemeente())) {
            throw new AccessDeniedException("alleen de eigen gemeente wijzigt een locatie");
        }
        return locatie;
    }

    private static final String SELECT = """
            select l.*, st.status as status_op_dag,
                   coalesce(bl.opgegeven, 0) as lang_opgegeven, coalesce(bl.buiten_gebruik, 0) as lang_buiten,
                   coalesce(bk.opgegeven, 0) as kort_opgegeven, coalesce(bk.buiten_gebruik, 0) as kort_buiten
              from locaties.opvanglocatie l
              left join lateral (select s.status from locaties.locatiestatus s
                                  where s.opvanglocatie_id = l.id and s.ingangsdatum <= :d
                                  order by s.ingangsdatum desc, s.id desc limit 1) st on true
              left join lateral (select b.opgegeven, b.buiten_gebruik from locaties.beddenmutatie b
                                  where b.opvanglocatie_id = l.id and b.verblijfsduur = 'lang' and b.ingangsdatum <= :d
                                  order by b.ingangsdatum desc, b.id desc limit 1) bl on true
              left join lateral (select b.opgegeven, b.buiten_gebruik from locaties.beddenmutatie b
                                  where b.opvanglocatie_id = l.id and b.verblijfsduur = 'kort' and b.ingangsdatum <= :d
                                  order by b.ingangsdatum desc, b.id desc limit 1) bk on true
            """;

    private static Opvanglocatie locatie(ResultSet rs, LocalDate peildatum) throws SQLException {
        var faciliteiten = EnumSet.noneOf(Faciliteit.class);
        for (var f : Faciliteit.values()) {
            if (rs.getBoolean(f.kolom())) {
                faciliteiten.add(f);
            }
        }
        var statusOpDag = rs.getString("status_op_dag");
        return new Opvanglocatie(rs.getObject("id", UUID.class), rs.getString("gemeente_code"), rs.getString("naam"),
                new Opvanglocatie.Adres(new Postcode(rs.getString("postcode")), rs.getInt("huisnummer"),
                        rs.getString("huisnummertoevoeging"), rs.getString("plaats")),
                Soort.van(rs.getString("soort")).orElseThrow(), rs.getString("exploitant"),
                rs.getObject("beschikbaar_vanaf", LocalDate.class), rs.getObject("beschikbaar_tot", LocalDate.class),
                faciliteiten, peildatum,
                statusOpDag == null ? Status.IN_VOORBEREIDING : Status.van(statusOpDag).orElseThrow(),
                new Opvanglocatie.Bedden(rs.getInt("lang_opgegeven"), rs.getInt("lang_buiten")),
                new Opvanglocatie.Bedden(rs.getInt("kort_opgegeven"), rs.getInt("kort_buiten")),
                rs.getTimestamp("aangemaakt_op").toInstant(), rs.getInt("versie"));
    }
}
