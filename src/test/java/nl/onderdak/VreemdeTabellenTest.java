// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each module owns the tables in its PostgreSQL schema (ADR 0015). SQL in one module may name another
 * module's relations only when they are views (what the owner publishes), and never a table. Unqualified
 * names cannot slip through: the application's search_path holds only {@code public}, where no module
 * table lives, so such a statement fails in every test that runs it.
 */
class VreemdeTabellenTest extends IntegratieTest {

    private static final Set<String> MODULESCHEMAS = Set.of("gebieden", "toegang", "opgave", "locaties", "bewoners",
            "plaatsing", "logboek", "leefgeld", "bekostiging", "demo", "werkvoorraad", "sessie", "platform",
            "prognose", "gastgezinnen", "spreiding");
    private static final Pattern TEKSTBLOK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern TEKST = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern SQL = Pattern.compile("(?i)\\b(select|insert|update|delete|with|lock)\\b");
    private static final Pattern NAAM = Pattern.compile("(?<![\\w.])(" + String.join("|", MODULESCHEMAS) + ")\\.([a-z_][a-z0-9_]*)\\b(?!\\s*\\()");

    @Autowired
    JdbcClient jdbc;

    record Verwijzing(String module, String bestand, String schema, String naam) {
        @Override
        public String toString() {
            return module + " (" + bestand + ") → " + schema + "." + naam;
        }
    }

    @Test
    void sqlInEenModuleNoemtVanEenAndereModuleAlleenGepubliceerdeViews() throws IOException {
        var vreemd = verwijzingen().stream().filter(v -> !v.schema().equals(v.module())).toList();
        var geenView = vreemd.stream().filter(v -> !soort(v.schema(), v.naam()).equals("v")).toList();
        assertThat(geenView).as("tabellen van een andere module (gebruik een gepubliceerde view of de Java-API)").isEmpty();
    }

    @Test
    void elkeGenoemdeRelatieBestaatInHetSchemaVanDeModule() throws IOException {
        var onbekend = verwijzingen().stream().filter(v -> soort(v.schema(), v.naam()).isEmpty()).toList();
        assertThat(onbekend).as("genoemd in SQL maar niet in de database").isEmpty();
    }

    @Test
    void deApplicatieZoektTabellenAlleenInPublic() {
        var pad = jdbc.sql("select current_schemas(false)::text").query(String.class).single();
        assertThat(pad).isEqualTo("{public}");
        var inPublic = jdbc.sql("""
                select c.relname from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'v', 'p')
                   and c.relname <> 'flyway_schema_history' order by 1""").query(String.class).list();
        assertThat(inPublic).as("tabellen buiten een moduleschema").isEmpty();
    }

    /**
     * A published view costs nothing: PostgreSQL pulls a simple view up into the query, so a set-based
     * join over views gets the plan it would get over the owners' tables (the placement suggestions and
     * the living-allowance run join this way; their benchmarks measure the same).
     */
    @Test
    void eenJoinOverGepubliceerdeViewsKrijgtHetPlanVanDeTabellen() {
        var overViews = """
                select l.id, l.naam, v.lang_vrij, b.geboortedatum
                  from plaatsing.vrijstand v
                  join locaties.locatie l on l.id = v.opvanglocatie_id
                  join gebieden.ligging m on m.gemeente_code = l.gemeente_code
                  join plaatsing.bedverblijf bb on bb.opvanglocatie_id = l.id and bb.periode @> date '2026-01-01'
                  join bewoners.lid b on b.id = bb.bewoner_id
                 where v.geldig @> date '2026-01-01' and l.gemeente_code = 'GM0344'""";
        var overTabellen = """
                select l.id, l.naam, v.lang_vrij, b.geboortedatum
                  from plaatsing.vrijstand v
                  join locaties.opvanglocatie l on l.id = v.opvanglocatie_id
                  join gebieden.gemeente_middelpunt m on m.gemeente_code = l.gemeente_code
                  join plaatsing.bedbezetting bb on bb.opvanglocatie_id = l.id and bb.periode @> date '2026-01-01'
                  join bewoners.bewoner b on b.id = bb.bewoner_id and b.samengevoegd_in is null
                 where v.geldig @> date '2026-01-01' and l.gemeente_code = 'GM0344'""";
        assertThat(plan(overViews)).isEqualTo(plan(overTabellen));
    }

    private String plan(String sql) {
        // Aliases inside a view may get a suffix (l_1); the shape of the plan is what matters.
        return String.join("\n", jdbc.sql("explain (costs off) " + sql).query(String.class).list())
                .replaceAll("\\b(\\w+)_\\d+\\b", "$1");
    }

    private String soort(String schema, String naam) {
        return jdbc.sql("select c.relkind::text from pg_class c where c.relnamespace = cast(? as regnamespace) and c.relname = ?")
                .params(schema, naam).query(String.class).optional().orElse("");
    }

    static List<Verwijzing> verwijzingen() throws IOException {
        var wortel = Path.of("src/main/java/nl/onderdak");
        var gevonden = new ArrayList<Verwijzing>();
        try (Stream<Path> bestanden = Files.walk(wortel)) {
            for (var bestand : bestanden.filter(p -> p.toString().endsWith(".java")).toList()) {
                var module = wortel.relativize(bestand).getName(0).toString();
                var bron = Files.readString(bestand);
                var teksten = new ArrayList<String>();
                var blok = TEKSTBLOK.matcher(bron);
                while (blok.find()) {
                    teksten.add(blok.group(1));
                }
                var rest = TEKST.matcher(TEKSTBLOK.matcher(bron).replaceAll(""));
                while (rest.find()) {
                    teksten.add(rest.group(1));
                }
                for (var tekst : teksten) {
                    if (!SQL.matcher(tekst).find()) {
                        continue;
                    }
                    var naam = NAAM.matcher(tekst);
                    while (naam.find()) {
                        gevonden.add(new Verwijzing(module, bestand.getFileName().toString(), naam.group(1), naam.group(2)));
                    }
                }
            }
        }
        return gevonden.stream().distinct().toList();
    }
}
