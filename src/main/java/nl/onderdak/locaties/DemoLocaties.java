package nl.onderdak.locaties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.gebieden.Gemeente;
import nl.onderdak.gebieden.GemeenteCode;
import nl.onderdak.gebieden.GemeenteFilter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: reception locations in the two largest gemeenten of every safety region, with a
 * few bed changes over the last months, so the overviews, map and trend show something. Every demo
 * location has operator {@value #MARKERING} and a name that starts with "Demo:". Idempotent.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "onderdak.demo-gegevens", havingValue = "true", matchIfMissing = true)
@Order(40)
class DemoLocaties implements ApplicationRunner {

    static final String MARKERING = "DEMOGEGEVENS";
    private static final List<Soort> SOORTEN = List.of(Soort.HOTEL, Soort.VAKANTIEPARK, Soort.ZORGCENTRUM, Soort.KANTOOR,
            Soort.PAVILJOEN, Soort.SCHIP);

    private final Opvanglocaties locaties;
    private final Gebieden gebieden;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoLocaties(Opvanglocaties locaties, Gebieden gebieden, JdbcClient jdbc, Clock clock) {
        this.locaties = locaties;
        this.gebieden = gebieden;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from locaties.opvanglocatie where exploitant = ?").param(MARKERING).query(Integer.class).single() > 0) {
            return;
        }
        var indeling = gebieden.huidigeIndeling().orElseThrow();
        var peiljaar = gebieden.peiljaren(indeling).getLast();
        var perRegio = gebieden.gemeenten(indeling, peiljaar, GemeenteFilter.alles()).stream()
                .filter(g -> g.inwoners() != null)
                .collect(Collectors.groupingBy(Gemeente::veiligheidsregioCode));
        var vandaag = LocalDate.now(clock);
        int n = 0;
        for (var regio : perRegio.keySet().stream().sorted().toList()) {
            var grootste = perRegio.get(regio).stream()
                    .sorted(Comparator.comparing(Gemeente::inwoners, Comparator.reverseOrder())).limit(2).toList();
            for (var g : grootste) {
                n++;
                var soort = SOORTEN.get(n % SOORTEN.size());
                int bedden = 60 + (n * 37) % 240;
                var vanaf = vandaag.minusDays(150 + (n * 11) % 60);
                var tot = soort == Soort.PAVILJOEN || soort == Soort.SCHIP ? vandaag.plusDays(40 + n % 50) : null;
                var postcode = new Postcode("%04dAB".formatted(1000 + (n * 83) % 8900));
                var l = new NieuweLocatie("Demo: " + naam(soort) + " " + g.naam(), soort, postcode, n,
                        null, g.naam(), MARKERING, vanaf, tot, Status.BESCHIKBAAR,
                        n % 2 == 0 ? EnumSet.of(Faciliteit.GEZINSKAMERS, Faciliteit.CATERING)
                                : EnumSet.of(Faciliteit.EIGEN_KEUKEN, Faciliteit.ROLSTOELTOEGANKELIJK),
                        bedden, n % 3 == 0 ? 20 : 0);
                var id = locaties.bewaar(l, new GemeenteCode(g.code()), "demo", "Demogegevens");
                locaties.legBeddenVast(id, new Beddenwijziging(Verblijfsduur.LANG, vanaf.plusDays(45), bedden + 40, 0, null,
                        "Uitbreiding met een extra vleugel (demo)"), "demo");
                if (n % 4 == 1) {
                    locaties.legBeddenVast(id, new Beddenwijziging(Verblijfsduur.LANG, vandaag.minusDays(30), bedden + 40, 15,
                            "Waterschade (demo)", "Bedden tijdelijk buiten gebruik (demo)"), "demo");
                }
            }
        }
    }

    private static String naam(Soort soort) {
        return switch (soort) {
            case HOTEL -> "Hotel";
            case VAKANTIEPARK -> "Vakantiepark";
            case ZORGCENTRUM -> "Voormalig zorgcentrum";
            case KANTOOR -> "Kantoorpand";
            case PAVILJOEN -> "Paviljoen";
            case SCHIP -> "Hotelschip";
            default -> "Locatie";
        };
    }
}
