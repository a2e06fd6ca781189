// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.demo;

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
import nl.onderdak.locaties.Beddenwijziging;
import nl.onderdak.locaties.Faciliteit;
import nl.onderdak.locaties.NieuweLocatie;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.locaties.Postcode;
import nl.onderdak.locaties.Soort;
import nl.onderdak.locaties.Status;
import nl.onderdak.locaties.Verblijfsduur;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Reception locations in the two largest gemeenten of every safety region, with a few bed changes over
 * the last months, so the overviews, map and trend show something. Every demo location has operator
 * {@value #MARKERING} and a name that starts with "Demo:". Written through the facade's typed commands
 * (the same rules as a registration), recorded as made by "demo".
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "onderdak.demo-gegevens", havingValue = "true", matchIfMissing = true)
class DemoLocaties implements Demostap {

    static final String MARKERING = "DEMOGEGEVENS";
    private static final List<Soort> SOORTEN = List.of(Soort.HOTEL, Soort.VAKANTIEPARK, Soort.ZORGCENTRUM, Soort.KANTOOR,
            Soort.PAVILJOEN, Soort.SCHIP);

    private final Opvanglocaties locaties;
    private final Gebieden gebieden;
    private final Clock clock;

    DemoLocaties(Opvanglocaties locaties, Gebieden gebieden, Clock clock) {
        this.locaties = locaties;
        this.gebieden = gebieden;
        this.clock = clock;
    }

    @Override
    public String stap() {
        return "locaties";
    }

    @Override
    public void maak() {
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
