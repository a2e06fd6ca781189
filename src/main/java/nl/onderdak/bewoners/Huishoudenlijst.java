// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.bewoners.internal.BewonerRij;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.Pagina;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Scope;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gemeente's households as a list that scales: search by part of a name in Latin or Cyrillic
 * script (case-insensitive; also by transliteration, so "Шевч" finds Shevchenko and "shevch" finds
 * Шевченко), filter by location and status, sort, and pages with the total count; no cap. The search
 * uses the trigram index on the stored search text (migrations V31, V48). Pages count from 1. Every household shown writes a record
 * per member into the processing log (a search as a search hit), in the same transaction.
 */
@Service
public class Huishoudenlijst {

    public static final int STANDAARD_AANTAL = 25;
    public static final int MAX_AANTAL = 100;
    public static final int ZOEK_MAX = 100;

    /** Status filter: whether the household sleeps in a bed or with a host family today. */
    public enum Status {
        GEPLAATST("geplaatst"), NIET_GEPLAATST("niet_geplaatst");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Sort orders. */
    public enum Volgorde {
        NIEUWSTE("nieuwste", "h.aangemaakt_op desc, h.id"), OUDSTE("oudste", "h.aangemaakt_op, h.id"),
        NAAM("naam", "naam, h.id");

        private final String code;
        private final String sql;

        Volgorde(String code, String sql) {
            this.code = code;
            this.sql = sql;
        }

        public String code() {
            return code;
        }
    }

    /** One household in the list, with where it sleeps today (null when nowhere known) and its gemeente's name. */
    public record Regel(Huishouden huishouden, @Nullable String locatie, String gemeente) {
    }

    /** A location of the gemeente to filter on. */
    public record Locatie(UUID id, String naam) {
    }

    private final JdbcClient jdbc;
    private final Logboek logboek;
    private final Clock clock;
    private final Huishoudens huishoudens;

    Huishoudenlijst(JdbcClient jdbc, Logboek logboek, Clock clock, Huishoudens huishoudens) {
        this.jdbc = jdbc;
        this.logboek = logboek;
        this.clock = clock;
        this.huishoudens = huishoudens;
    }

    /** Reads and checks the typed parameters (every wrong one named), then lists. */
    @Transactional
    public Pagina<Regel> zoek(Gebruiker gebruiker, @Nullable String zoek, @Nullable String locatie, @Nullable String status,
            @Nullable String volgorde, @Nullable String pagina, @Nullable String aantal) {
        if (!Huishoudens.magHuishoudensZien(gebruiker)) {
            throw new AccessDeniedException("alleen een medewerker van een gemeente");
        }
        var fouten = new ArrayList<Veld>();
        var z = Invoer.schoon(zoek);
        if (z != null && z.length() > ZOEK_MAX) {
            fouten.add(new Veld("zoek", Berichten.tekst("invoer.teLang", nl.onderdak.platform.Weergave.in(Berichten.taal()).getal(ZOEK_MAX))));
        }
        var p = Invoer.geheelGetal(pagina, "pagina", 1, 1_000_000, false, fouten);
        var a = Invoer.geheelGetal(aantal, "aantal", 1, MAX_AANTAL, false, fouten);
        UUID loc = Invoer.schoon(locatie) == null ? null : Invoer.id(locatie, "locatie", Berichten.tekst("huishoudens.fout.locatie"), fouten);
        Status st = null;
        if (Invoer.schoon(status) != null) {
            st = java.util.Arrays.stream(Status.values()).filter(s -> s.code.equals(Invoer.schoon(status))).findFirst().orElse(null);
            if (st == null) {
                fouten.add(new Veld("status", Berichten.tekst("huishoudens.fout.status")));
            }
        }
        var v = Volgorde.NIEUWSTE;
        if (Invoer.schoon(volgorde) != null) {
            var gekozen = java.util.Arrays.stream(Volgorde.values()).filter(o -> o.code.equals(Invoer.schoon(volgorde))).findFirst();
            if (gekozen.isEmpty()) {
                fouten.add(new Veld("sorteer", Berichten.tekst("huishoudens.fout.sorteer")));
            } else {
                v = gekozen.get();
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return lijst(gebruiker, z, loc, st, v, p == null ? 1 : p, a == null ? STANDAARD_AANTAL : a);
    }

    private Pagina<Regel> lijst(Gebruiker gebruiker, @Nullable String zoek, @Nullable UUID locatie, @Nullable Status status,
            Volgorde volgorde, int pagina, int aantal) {
        var gemeente = gebruiker.eigenGemeente();
        var vandaag = LocalDate.now(clock);
        // A household with no member left (all merged into others) is not listed; a name search already
        // asks for a member who is not merged away, so that check is only needed without one.
        var waar = new StringBuilder("""
                 from bewoners.huishouden h join bewoners.huishouden_gemeente hg on hg.huishouden_id = h.id
                 where hg.gemeente_code = :gemeente and hg.relatie <> 'voorgesteld'
                """);
        var params = new java.util.HashMap<String, Object>();
        params.put("gemeente", gemeente);
        params.put("vandaag", vandaag);
        if (zoek == null) {
            waar.append(" and exists (select 1 from bewoners.bewoner b where b.huishouden_id = h.id and b.samengevoegd_in is null)");
        }
        if (!gebruiker.heeft(Rol.MINDERJARIGEN)) {
            waar.append(" and not exists (select 1 from bewoners.bewoner a where a.huishouden_id = h.id and a.alleenreizend_minderjarig"
                    + " and a.samengevoegd_in is null)");
        }
        if (zoek != null) {
            // Part of a name in any script, or the same part transliterated to the spelling-neutral key, in
            // the stored search text (V48) that the trigram index covers.
            waar.append(" and exists (select 1 from bewoners.bewoner z where z.huishouden_id = h.id and z.samengevoegd_in is null"
                    + " and (z.zoektekst like :zoek escape '\\'");
            params.put("zoek", "%" + zoek.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
            var sleutel = zoek.strip().length() >= 3 ? Namen.sleutel(zoek) : "";
            if (!sleutel.isEmpty()) {
                waar.append(" or z.zoektekst like :sleutelpatroon");
                params.put("sleutelpatroon", "%" + sleutel + "%");
            }
            waar.append("))");
        }
        var geplaatst = """
                (exists (select 1 from bewoners.bewoner g join plaatsing.bedverblijf bv on bv.bewoner_id = g.id
                          where g.huishouden_id = h.id and g.samengevoegd_in is null and bv.periode @> cast(:vandaag as date))
                 or exists (select 1 from plaatsing.verblijf_bij_gastgezin gg where gg.huishouden_id = h.id
                          and gg.periode @> cast(:vandaag as date)))""";
        if (status == Status.GEPLAATST) {
            waar.append(" and ").append(geplaatst);
        } else if (status == Status.NIET_GEPLAATST) {
            waar.append(" and not ").append(geplaatst);
        }
        if (locatie != null) {
            waar.append("""
                     and exists (select 1 from bewoners.bewoner l join plaatsing.bedverblijf lv on lv.bewoner_id = l.id
                       where l.huishouden_id = h.id and l.samengevoegd_in is null and lv.opvanglocatie_id = :locatie
                         and lv.periode @> cast(:vandaag as date))""");
            params.put("locatie", locatie);
        }
        params.put("aantal", aantal);
        params.put("vanaf", (long) (pagina - 1) * aantal);
        // The name to sort by is only computed when sorting by name: for every household of the gemeente it
        // costs a lookup of its members, which the newest-first list does not need.
        var naamkolom = volgorde == Volgorde.NAAM
                ? ", (select min(lower(n.achternaam || ' ' || n.voornaam)) from bewoners.bewoner n"
                        + " where n.huishouden_id = h.id and n.samengevoegd_in is null) as naam "
                : " ";
        // The page and the total in one statement: the total is a window over every matching household,
        // which the sort has to find anyway, so matching once instead of twice (count, then page) halves
        // the work of a broad search (measured in the load test, ADR 0025).
        // A plan for the values at hand, every time. After five executions PostgreSQL may keep a generic plan
        // made without them; for this list it walks all households of the gemeente (a plan that suits a small
        // gemeente), which for Rotterdam's 43,670 took 670 ms against 3 ms for a name search's own plan
        // (measured in the load test, ADR 0025). Planning costs a few milliseconds; set for this transaction only.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        var totaalOpPagina = new long[] {-1};
        var ids = jdbc.sql("select h.id, count(*) over () as totaal" + naamkolom + waar + " order by " + volgorde.sql
                + " limit :aantal offset :vanaf").params(params).query((rs, i) -> {
                    totaalOpPagina[0] = rs.getLong(2);
                    return rs.getObject(1, UUID.class);
                }).list();
        long totaal = Pagina.totaal(totaalOpPagina[0], pagina,
                () -> jdbc.sql("select count(*) " + waar).params(params).query(Long.class).single());
        // The page's query already applied the access rule; reading them through the facade applies it again
        // in bulk (three statements for the page) and maps the rows the one way every read of a household does.
        var huishoudensOpPagina = huishoudens.lees(ids, gebruiker, new Scope.Gemeente(gemeente));
        var locaties = locatiesVandaag(ids, vandaag);
        var naam = jdbc.sql("select naam from gebieden.actuele_gemeente where code = ?").param(gemeente).query(String.class)
                .optional().map(n -> n + " (" + gemeente + ")").orElse(gemeente);
        var regels = huishoudensOpPagina.stream()
                .map(h -> new Regel(h, locaties.get(h.id()), h.gemeenteCode().equals(gemeente) ? naam : h.gemeenteCode())).toList();
        logboek.leg(zoek == null ? Handeling.INZIEN : Handeling.ZOEKEN, BewonerRij.ACTIVITEIT, BewonerRij.DOEL_REGISTRATIE,
                huishoudensOpPagina.stream().flatMap(h -> h.leden().stream()).map(Bewoner::id).toList(), gebruiker);
        return new Pagina<>(regels, totaal, pagina, aantal);
    }

    /** Where each household sleeps today: the name of the location of its first member in a bed. */
    private Map<UUID, String> locatiesVandaag(List<UUID> huishoudens, LocalDate vandaag) {
        if (huishoudens.isEmpty()) {
            return Map.of();
        }
        var kaart = new java.util.HashMap<UUID, String>();
        jdbc.sql("""
                select distinct on (b.huishouden_id) b.huishouden_id, l.naam
                  from bewoners.bewoner b join plaatsing.bedverblijf bv on bv.bewoner_id = b.id
                  join locaties.locatie l on l.id = bv.opvanglocatie_id
                 where b.huishouden_id = any(?) and b.samengevoegd_in is null and bv.periode @> cast(? as date)
                 order by b.huishouden_id, l.naam""")
                .params(huishoudens.toArray(UUID[]::new), vandaag)
                .query((rs, i) -> kaart.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return kaart;
    }

    /** The locations of the user's gemeente, to filter on. */
    public List<Locatie> locaties(Gebruiker gebruiker) {
        return jdbc.sql("select id, naam from locaties.locatie where gemeente_code = ? order by naam")
                .param(gebruiker.eigenGemeente()).query((rs, i) -> new Locatie(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** "Utrecht (GM0344)" for a gemeente code, the code itself for any other organisation code. */
    public Map<String, String> organisatienamen(java.util.Collection<String> codes) {
        var kaart = new java.util.HashMap<String, String>();
        codes.forEach(c -> kaart.put(c, c));
        if (!codes.isEmpty()) {
            jdbc.sql("select code, naam from gebieden.actuele_gemeente where code = any(?)").param(codes.toArray(String[]::new))
                    .query((rs, i) -> kaart.put(rs.getString(1), rs.getString(2) + " (" + rs.getString(1) + ")")).list();
        }
        return kaart;
    }
}
