// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.onderdak.locaties.Opvanglocatie;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.locaties.Soort;
import nl.onderdak.locaties.Status;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.toegang.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of locations for gemeenten, regions and national users (LCVS, KCIO): filtered by region,
 * gemeente, status on the day and kind, sorted, paged, with the total count and the total of usable
 * beds of everything that matches (not only the page). Gemeente and region come with their names.
 *
 * <p>The locations inside the scope are read in one query and filtered, sorted and paged here: the
 * status and usable beds on a day are computed per location (Opvanglocatie), and the whole register
 * holds a few thousand locations. The export uses the same filter without paging.
 */
@Service
@Transactional(readOnly = true)
public class Locatieoverzicht {

    public static final int STANDAARD_AANTAL = 50;
    public static final int MAXIMUM_AANTAL = 500;

    /** What can be sorted on; {@code code} is the value of the {@code sorteer} parameter. */
    public enum Sortering {
        NAAM("naam"), GEMEENTE("gemeente"), REGIO("regio"), SOORT("soort"), STATUS("status"), TOT("tot"), BEDDEN("bedden");

        private final String code;

        Sortering(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Optional<Sortering> van(String code) {
            return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
        }
    }

    /** A valid filter. Null fields do not filter. */
    public record Filter(@Nullable String regio, @Nullable String gemeente, @Nullable Status status, @Nullable Soort soort,
            Sortering sorteer, boolean aflopend, int pagina, int aantal) {

        /** The sort parameter as the page writes it: "-bedden" for descending. */
        public String sorteerParameter() {
            return (aflopend ? "-" : "") + sorteer.code();
        }
    }

    /** A location with the names of its gemeente and region. */
    public record Regel(Opvanglocatie locatie, String gemeenteNaam, @Nullable String regioCode, @Nullable String regioNaam) {

        /** "Utrecht (GM0344)": the name with the code, as every page shows a gemeente. */
        public String gemeente() {
            return gemeenteNaam + " (" + locatie.gemeenteCode() + ")";
        }

        public String regio() {
            return regioCode == null ? "–" : regioNaam + " (" + regioCode + ")";
        }
    }

    /** One page of the list, with the count and usable beds of everything that matched. */
    public record Pagina(List<Regel> regels, int totaal, int totaalBruikbaar, int pagina, int aantal) {

        public int paginas() {
            return Math.max(1, (totaal + aantal - 1) / aantal);
        }
    }

    /** A region or gemeente to choose in the filter. */
    public record Keuze(String code, String naam) {

        public String label() {
            return naam + " (" + code + ")";
        }
    }

    private final Opvanglocaties locaties;
    private final JdbcClient jdbc;

    Locatieoverzicht(Opvanglocaties locaties, JdbcClient jdbc) {
        this.locaties = locaties;
        this.jdbc = jdbc;
    }

    /** Reads the text of the query parameters into a filter, naming every wrong one. */
    public static Filter filter(@Nullable String regio, @Nullable String gemeente, @Nullable String status,
            @Nullable String soort, @Nullable String sorteer, @Nullable String pagina, @Nullable String aantal) {
        var fouten = new ArrayList<Veld>();
        var r = Invoer.schoon(regio);
        if (r != null && !r.matches("VR[0-9]{2}")) {
            fouten.add(new Veld("regio", Berichten.tekst("locatie.fout.filterRegio")));
        }
        var g = Invoer.schoon(gemeente);
        if (g != null && !g.matches("GM[0-9]{4}")) {
            fouten.add(new Veld("gemeente", Berichten.tekst("locatie.fout.filterGemeente")));
        }
        Status st = null;
        if (Invoer.schoon(status) != null) {
            st = Status.van(status.strip()).orElse(null);
            if (st == null) {
                fouten.add(new Veld("status", Berichten.tekst("locatie.fout.filterStatus")));
            }
        }
        Soort so = null;
        if (Invoer.schoon(soort) != null) {
            so = Soort.van(soort.strip()).orElse(null);
            if (so == null) {
                fouten.add(new Veld("soort", Berichten.tekst("locatie.fout.filterSoort")));
            }
        }
        var s = Invoer.schoon(sorteer) == null ? "naam" : sorteer.strip();
        var aflopend = s.startsWith("-");
        var sortering = Sortering.van(aflopend ? s.substring(1) : s);
        if (sortering.isEmpty()) {
            fouten.add(new Veld("sorteer", Berichten.tekst("locatie.fout.sorteer")));
        }
        var p = Invoer.geheelGetal(pagina, "pagina", 1, 1_000_000, false, fouten);
        var a = Invoer.geheelGetal(aantal, "aantal", 1, MAXIMUM_AANTAL, false, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Filter(r, g, st, so, sortering.orElseThrow(), aflopend, p == null ? 1 : p, a == null ? STANDAARD_AANTAL : a);
    }

    /** One page of the locations inside the scope that match the filter, as they stand on the day. */
    public Pagina pagina(Scope scope, LocalDate dag, Filter filter) {
        var alle = alle(scope, dag, filter);
        var van = Math.min(alle.size(), (filter.pagina() - 1) * filter.aantal());
        var tot = Math.min(alle.size(), van + filter.aantal());
        return new Pagina(List.copyOf(alle.subList(van, tot)), alle.size(),
                alle.stream().mapToInt(r -> r.locatie().bruikbareBedden()).sum(), filter.pagina(), filter.aantal());
    }

    /** Every location that matches, sorted, for an export. */
    public List<Regel> alle(Scope scope, LocalDate dag, Filter filter) {
        var namen = namen();
        var collator = Collator.getInstance(Locale.forLanguageTag("nl-NL"));
        Comparator<Regel> volgorde = switch (filter.sorteer()) {
            case NAAM -> Comparator.comparing(r -> r.locatie().naam(), collator);
            case GEMEENTE -> Comparator.comparing(Regel::gemeenteNaam, collator);
            case REGIO -> Comparator.comparing(r -> r.regioNaam() == null ? "" : r.regioNaam(), collator);
            case SOORT -> Comparator.comparing(r -> r.locatie().soort().ordinal());
            case STATUS -> Comparator.comparing(r -> r.locatie().status().ordinal());
            case TOT -> Comparator.comparing(r -> r.locatie().beschikbaarTot(),
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
            case BEDDEN -> Comparator.comparingInt(r -> r.locatie().bruikbareBedden());
        };
        if (filter.aflopend()) {
            volgorde = volgorde.reversed();
        }
        // Equal keys keep one order on every page: by name, then id.
        volgorde = volgorde.thenComparing(r -> r.locatie().naam(), collator).thenComparing(r -> r.locatie().id());
        return locaties.lijst(scope, dag).stream()
                .map(l -> {
                    var n = namen.get(l.gemeenteCode());
                    return n == null ? new Regel(l, l.gemeenteCode(), null, null) : new Regel(l, n[0], n[1], n[2]);
                })
                .filter(r -> filter.regio() == null || filter.regio().equals(r.regioCode()))
                .filter(r -> filter.gemeente() == null || filter.gemeente().equals(r.locatie().gemeenteCode()))
                .filter(r -> filter.status() == null || filter.status() == r.locatie().status())
                .filter(r -> filter.soort() == null || filter.soort() == r.locatie().soort())
                .sorted(volgorde)
                .toList();
    }

    /** The regions to choose from, by name. */
    public List<Keuze> regios() {
        return jdbc.sql("select code, naam from gebieden.regio order by naam")
                .query((rs, i) -> new Keuze(rs.getString(1), rs.getString(2))).list();
    }

    /** The gemeenten that have a location inside the scope, by name: the only ones worth choosing. */
    public List<Keuze> gemeenten(Scope scope, LocalDate dag) {
        var namen = namen();
        return locaties.lijst(scope, dag).stream().map(Opvanglocatie::gemeenteCode).distinct()
                .map(c -> new Keuze(c, namen.containsKey(c) ? namen.get(c)[0] : c))
                .sorted(Comparator.comparing(Keuze::naam, Collator.getInstance(Locale.forLanguageTag("nl-NL")))).toList();
    }

    /** Gemeente code to {name, region code, region name} in the current layout. */
    private Map<String, String[]> namen() {
        var namen = new HashMap<String, String[]>();
        jdbc.sql("""
                select g.code, g.naam, g.veiligheidsregio_code, r.naam
                  from gebieden.actuele_gemeente g left join gebieden.regio r on r.code = g.veiligheidsregio_code""")
                .query(rs -> {
                    namen.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                });
        return namen;
    }
}
