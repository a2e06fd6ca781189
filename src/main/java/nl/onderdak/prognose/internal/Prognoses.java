// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Makes, stores and reads forecasts. Who may do what is decided here; API, pages and menu ask these methods. */
@Service
@Transactional(readOnly = true)
public class Prognoses {

    /** A scenario as assumptions: net arrivals per week and the share leaving per month (a fraction, 0.02 = 2 %). */
    public record Scenario(String naam, double aankomstenPerWeek, double vertrekFractiePerMaand) {
    }

    public record Vraag(LocalDate peildatum, int horizonMaanden, String indicator, Reeksen.Bron bron,
            @Nullable Scenario scenario) {
    }

    public record Prognose(UUID id, LocalDate peildatum, int horizonMaanden, String indicator, Reeksen.Bron bron, String methode,
            @Nullable Scenario scenario, YearMonth laatsteInvoermaand, int invoerpunten, Instant gemaaktOp, String gemaaktDoor,
            List<Voorspelling> maanden) {
    }

    private final JdbcClient jdbc;
    private final Reeksen reeksen;
    private final Clock clock;

    Prognoses(JdbcClient jdbc, Reeksen reeksen, Clock clock) {
        this.jdbc = jdbc;
        this.reeksen = reeksen;
        this.clock = clock;
    }

    /** Forecasts are about numbers, not people: every national role, regions and gemeenten read them. */
    public static boolean magInzien(@Nullable Gebruiker g) {
        return g != null && (landelijk(g) || g.heeft(Rol.REGIO_COORDINATOR) || g.heeft(Rol.GEMEENTE_MEDEWERKER));
    }

    /** The national roles that work with forecasts make them (JenV, NOO, LCVS, KCIO, national administration). */
    public static boolean magMaken(@Nullable Gebruiker g) {
        return g != null && landelijk(g);
    }

    /** Published figures are imported by the national administrator or JenV. */
    public static boolean magImporteren(@Nullable Gebruiker g) {
        return g != null && (g.heeft(Rol.BEHEERDER) || g.heeft(Rol.OPGAVE_VASTSTELLER));
    }

    /** The review and its draft target decision are JenV's (the target setter). */
    public static boolean magBeoordelen(@Nullable Gebruiker g) {
        return g != null && g.heeft(Rol.OPGAVE_VASTSTELLER);
    }

    static boolean landelijk(Gebruiker g) {
        return g.heeft(Rol.OPGAVE_VASTSTELLER) || g.heeft(Rol.BEHEERDER) || g.heeft(Rol.NOO_MEDEWERKER)
                || g.heeft(Rol.LCVS_PLAATSER) || g.heeft(Rol.KCIO_ANALIST);
    }

    /** The region whose places a user sees: their own region (a gemeente's region), or null for all. */
    public static Optional<String> eigenRegio(Gebruiker g, java.util.function.Function<String, String> regioVanGemeente) {
        if (landelijk(g)) {
            return Optional.empty();
        }
        var o = g.organisatie();
        if (o.soort() == Organisatie.Soort.VEILIGHEIDSREGIO) {
            return Optional.ofNullable(o.veiligheidsregioCode());
        }
        if (o.soort() == Organisatie.Soort.GEMEENTE && o.gemeenteCode() != null) {
            return Optional.ofNullable(regioVanGemeente.apply(o.gemeenteCode()));
        }
        return Optional.of("-");
    }

    /** Computes without storing: the benchmark and the backtest use this. */
    public Prognose bereken(Vraag vraag, String door) {
        var waarnemingen = reeksen.waarnemingen(vraag.indicator(), vraag.bron(), null, vraag.peildatum());
        return bereken(vraag, waarnemingen, UUID.randomUUID(), clock.instant(), door);
    }

    public static Prognose bereken(Vraag vraag, List<Waarneming> waarnemingen, UUID id, Instant op, String door) {
        var reeks = Maandreeks.bouw(waarnemingen, vraag.peildatum());
        Prognosemodel.Uitkomst uitkomst;
        try {
            uitkomst = Prognosemodel.voorspel(reeks, YearMonth.from(vraag.peildatum()), vraag.horizonMaanden());
        } catch (TeWeinigCijfers e) {
            throw OngeldigeInvoer.veld("peildatum", Berichten.tekst("prognose.fout.teWeinigCijfers", e.punten(),
                    Prognosemodel.MINIMUM_PUNTEN));
        }
        var maanden = uitkomst.maanden();
        var methode = Prognosemodel.METHODE;
        if (vraag.scenario() != null) {
            maanden = Voorraadstroom.scenario(uitkomst.nu(), maanden, vraag.scenario().aankomstenPerWeek(),
                    vraag.scenario().vertrekFractiePerMaand());
            methode = "voorraadstroom-scenario";
        }
        return new Prognose(id, vraag.peildatum(), vraag.horizonMaanden(), vraag.indicator(), vraag.bron(), methode, vraag.scenario(),
                uitkomst.laatsteInvoer(), uitkomst.punten(), op, door, maanden);
    }

    @Transactional
    public Prognose maak(Vraag vraag, Gebruiker door) {
        var p = bereken(vraag, door.gebruikersnaam());
        jdbc.sql("""
                insert into prognose.prognose (id, peildatum, horizon_maanden, indicator, bron, methode, scenario_naam, aankomsten_per_week,
                       vertrek_pct_per_maand, laatste_invoermaand, invoerpunten, gemaakt_op, gemaakt_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.id(), p.peildatum(), p.horizonMaanden(), p.indicator(), p.bron().name().toLowerCase(java.util.Locale.ROOT),
                        p.methode(), p.scenario() == null ? null : p.scenario().naam(),
                        p.scenario() == null ? null : p.scenario().aankomstenPerWeek(),
                        p.scenario() == null ? null : p.scenario().vertrekFractiePerMaand() * 100,
                        p.laatsteInvoermaand().atDay(1), p.invoerpunten(), Timestamp.from(p.gemaaktOp()), p.gemaaktDoor())
                .update();
        for (var m : p.maanden()) {
            jdbc.sql("""
                    insert into prognose.prognosemaand (prognose_id, maand, stap, verwacht, ondergrens, bovengrens, laatste_waarde, lineaire_trend)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(p.id(), m.maand().atDay(1), m.stap(), een(m.verwacht()), een(Math.min(m.ondergrens(), m.verwacht())),
                            een(Math.max(m.bovengrens(), m.verwacht())), een(m.laatsteWaarde()), een(m.lineaireTrend()))
                    .update();
        }
        return vind(p.id()).orElseThrow();
    }

    private static BigDecimal een(double x) {
        return BigDecimal.valueOf(x).setScale(1, RoundingMode.HALF_EVEN);
    }

    public Optional<Prognose> vind(UUID id) {
        return jdbc.sql("select * from prognose.prognose where id = ?").param(id).query(this::prognose).optional();
    }

    /** Stored forecasts, newest first. */
    public List<Prognose> alle() {
        return jdbc.sql("select * from prognose.prognose order by gemaakt_op desc, id").query(this::prognose).list();
    }

    public long aantal() {
        return aantal("");
    }

    public List<Prognose> pagina(int vanaf, int aantal) {
        return pagina("", Volgorde.NIEUWSTE, vanaf, aantal);
    }

    /** The orders the forecast list offers; the word is what the page and the API take ({@code sorteer}). */
    public enum Volgorde {
        NIEUWSTE("nieuwste", "gemaakt_op desc, id"),
        OUDSTE("oudste", "gemaakt_op, id"),
        PEILDATUM("peildatum", "peildatum desc, gemaakt_op desc, id"),
        PEILDATUM_OUDSTE("peildatum-oudste", "peildatum, gemaakt_op desc, id"),
        HORIZON("horizon", "horizon_maanden desc, gemaakt_op desc, id");

        private final String woord;
        private final String sql;

        Volgorde(String woord, String sql) {
            this.woord = woord;
            this.sql = sql;
        }

        public String woord() {
            return woord;
        }

        public static Optional<Volgorde> van(@Nullable String woord) {
            if (woord == null || woord.isBlank()) {
                return Optional.of(NIEUWSTE);
            }
            return java.util.Arrays.stream(values()).filter(v -> v.woord.equals(woord.strip())).findFirst();
        }
    }

    /**
     * A forecast matches a search text when the text occurs (any case) in its scenario's name, in who made it,
     * in its indicator or method (underscores and hyphens read as spaces, so "gemeentelijke opvang" finds the
     * default indicator) or in its reference date as shown (31-7-2023). An empty text matches all.
     */
    private static final String ZOEK = """
             where (? = '' or position(? in lower(concat_ws(' ', scenario_naam, gemaakt_door, translate(indicator, '_', ' '),
                    translate(methode, '-_', '  '), to_char(peildatum, 'FMDD-FMMM-YYYY')))) > 0)""";

    public long aantal(String zoek) {
        var z = zoekterm(zoek);
        return jdbc.sql("select count(*) from prognose.prognose " + ZOEK).params(z, z).query(Long.class).single();
    }

    /** Stored forecasts matching {@code zoek} in the given order, {@code aantal} from {@code vanaf}. */
    public List<Prognose> pagina(String zoek, Volgorde volgorde, int vanaf, int aantal) {
        var z = zoekterm(zoek);
        return jdbc.sql("select * from prognose.prognose " + ZOEK + " order by " + volgorde.sql + " offset ? limit ?")
                .params(z, z, vanaf, aantal).query(this::prognose).list();
    }

    private static String zoekterm(@Nullable String zoek) {
        return zoek == null ? "" : zoek.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The newest stored forecast of the default indicator that reaches at least {@code maanden} ahead. */
    public Optional<Prognose> nieuwsteTot(int maanden) {
        return jdbc.sql("""
                select * from prognose.prognose where indicator = ? and horizon_maanden >= ?
                 order by gemaakt_op desc, id limit 1""").params(Indicatoren.OPGEVANGEN, maanden).query(this::prognose).optional();
    }

    private Prognose prognose(ResultSet rs, int i) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var maanden = jdbc.sql("select * from prognose.prognosemaand where prognose_id = ? order by maand").param(id)
                .query((r, j) -> new Voorspelling(YearMonth.from(r.getObject("maand", LocalDate.class)), r.getInt("stap"),
                        r.getDouble("verwacht"), r.getDouble("ondergrens"), r.getDouble("bovengrens"), r.getDouble("laatste_waarde"),
                        r.getDouble("lineaire_trend")))
                .list();
        var naam = rs.getString("scenario_naam");
        var scenario = naam == null ? null
                : new Scenario(naam, rs.getDouble("aankomsten_per_week"), rs.getDouble("vertrek_pct_per_maand") / 100);
        return new Prognose(id, rs.getObject("peildatum", LocalDate.class), rs.getInt("horizon_maanden"), rs.getString("indicator"),
                Reeksen.Bron.valueOf(rs.getString("bron").toUpperCase(java.util.Locale.ROOT)), rs.getString("methode"), scenario,
                YearMonth.from(rs.getObject("laatste_invoermaand", LocalDate.class)), rs.getInt("invoerpunten"),
                rs.getTimestamp("gemaakt_op").toInstant(), rs.getString("gemaakt_door"), maanden);
    }
}
