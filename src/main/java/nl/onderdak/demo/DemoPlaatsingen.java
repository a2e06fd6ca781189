// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.bewoners.LidInvoer;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.plaatsing.PlaatsingOpdracht;
import nl.onderdak.plaatsing.Plaatsingen;
import nl.onderdak.plaatsing.Vertrekreden;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Scope;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fictitious households (first names from a fixed list, surname "Demo…") placed in the demo locations
 * through the ordinary placement rules, so occupancy shows in the overviews. Every act is in the
 * processing log under the user "demo".
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "onderdak.demo-gegevens", havingValue = "true", matchIfMissing = true)
class DemoPlaatsingen implements Demostap {

    private static final List<String[]> NAMEN = List.of(new String[] {"Olena", "Олена"}, new String[] {"Andrii", "Андрій"},
            new String[] {"Iryna", "Ірина"}, new String[] {"Mykola", "Микола"}, new String[] {"Sofiia", "Софія"},
            new String[] {"Taras", "Тарас"}, new String[] {"Kateryna", "Катерина"}, new String[] {"Oleh", "Олег"});
    /** Persons placed per demo location at most: enough to show occupancy, few enough to start fast. */
    private static final int PER_LOCATIE = 16;

    private final Opvanglocaties locaties;
    private final Huishoudens huishoudens;
    private final Plaatsingen plaatsingen;
    private final Organisaties organisaties;
    private final Clock clock;

    DemoPlaatsingen(Opvanglocaties locaties, Huishoudens huishoudens, Plaatsingen plaatsingen, Organisaties organisaties,
            Clock clock) {
        this.locaties = locaties;
        this.huishoudens = huishoudens;
        this.plaatsingen = plaatsingen;
        this.organisaties = organisaties;
        this.clock = clock;
    }

    @Override
    public String stap() {
        return "plaatsingen";
    }

    @Override
    public void maak() {
        var vandaag = LocalDate.now(clock);
        var demo = locaties.lijst(new Scope.Landelijk(), vandaag).stream()
                .filter(l -> DemoLocaties.MARKERING.equals(l.exploitant())).toList();
        int n = 0;
        for (var l : demo) {
            var gebruiker = new Gebruiker("demo", "Demogegevens", organisaties.vind(l.gemeenteCode()).orElseThrow(),
                    Set.of(Rol.GEMEENTE_MEDEWERKER));
            int geplaatst = 0;
            var dag = l.beschikbaarVanaf().plusDays(50);
            while (geplaatst < Math.min(PER_LOCATIE, l.langVerblijf().bruikbaar()) && dag.isBefore(vandaag)) {
                n++;
                int grootte = 1 + n % 4;
                var leden = new ArrayList<LidInvoer>();
                for (int i = 0; i < grootte; i++) {
                    var naam = NAMEN.get((n + i) % NAMEN.size());
                    var geboren = i == 0 ? vandaag.minusYears(30 + n % 30) : vandaag.minusYears(2 + (n * 7 + i) % 14);
                    leden.add(new LidInvoer(naam[0], "Demo" + n, naam[1], null, geboren.toString(), i % 2 == 0 ? "vrouw" : "man",
                            "oekraiens", List.of("paspoort"), null, null, null, null, null, null, null, false, false, false, "uk"));
                }
                var huishouden = huishoudens.registreer(leden, gebruiker);
                var plaatsing = plaatsingen.plaats(PlaatsingOpdracht.heel(new HuishoudenId(huishouden.id()), new LocatieId(l.id()),
                        Verblijfsduur.LANG, dag), gebruiker);
                geplaatst += grootte;
                if (n % 9 == 0 && dag.plusDays(20).isBefore(vandaag)) {
                    plaatsingen.checkUit(plaatsing.id(), dag.plusDays(20), Vertrekreden.EIGEN_WONING, gebruiker);
                    geplaatst -= grootte;
                }
                dag = dag.plusDays(2 + n % 5);
            }
        }
    }
}
