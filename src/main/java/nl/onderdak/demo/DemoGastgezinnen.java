// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderdak.gastgezinnen.Gastgezinaanbod;
import nl.onderdak.gastgezinnen.Gastgezinaanbod.Aanbod;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.toegang.Rol;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Host families for the matching organisation's pages (issue 15), so they are not empty on first start:
 * approved hosts across the country, one being screened, one only registered and one that withdrew.
 * Named "Demo: …" with an address at example.org, recorded and screened by the matching organisation
 * through gastgezinnen's public service, so they pass the same checks as real offers. No demo host is
 * both accessible and open to pets: the browser test proves that only its own host fits such a household.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "onderdak.demo-gegevens", havingValue = "true", matchIfMissing = true)
class DemoGastgezinnen implements Demostap {

    private final Gastgezinaanbod aanbod;
    private final Organisaties organisaties;
    private final Clock clock;

    DemoGastgezinnen(Gastgezinaanbod aanbod, Organisaties organisaties, Clock clock) {
        this.aanbod = aanbod;
        this.organisaties = organisaties;
        this.clock = clock;
    }

    @Override
    public String stap() {
        return "gastgezinnen";
    }

    private static Aanbod gast(String naam, String straat, String postcode, String plaats, String gemeente, int plaatsen, LocalDate vanaf,
            boolean kinderen, boolean huisdieren, boolean toegankelijk, List<String> talen) {
        return new Aanbod("Demo: " + naam, "demo-gastgezin@example.org", "030 000 00 00", straat, "1", postcode, plaats, gemeente, plaatsen,
                Math.max(1, plaatsen / 2), vanaf, null, kinderen, huisdieren, toegankelijk, talen);
    }

    @Override
    public void maak() {
        var matcher = new Gebruiker("demo", "Demogegevens", organisaties.vind("REFUGEEHOMENL").orElseThrow(), Set.of(Rol.MATCHER));
        var vandaag = clock.instant().atZone(Weergave.TIJDZONE).toLocalDate();
        var begin = vandaag.minusMonths(2);
        var goedgekeurd = vandaag.minusMonths(1);
        for (var a : List.of(
                gast("familie Jansen", "Oudegracht", "3511 AB", "Utrecht", "GM0344", 4, begin, true, false, false, List.of("nl", "en", "uk")),
                gast("familie De Boer", "Langestraat", "3811 AA", "Amersfoort", "GM0307", 3, begin, true, true, false, List.of("nl", "en")),
                gast("familie Visser", "Coolsingel", "3011 AD", "Rotterdam", "GM0599", 2, begin, false, false, true, List.of("nl", "ru")),
                gast("familie Smit", "Grote Markt", "9711 LV", "Groningen", "GM0014", 5, begin, true, false, false, List.of("nl", "en")),
                gast("familie Mulder", "Stratumseind", "5611 ET", "Eindhoven", "GM0772", 2, begin, false, true, false, List.of("nl", "uk", "ru")))) {
            aanbod.legVast(a, goedgekeurd, matcher);
        }
        var inScreening = aanbod.legVast(gast("familie Bos", "Breestraat", "2311 CH", "Leiden", "GM0546", 3, vandaag, true, false, false,
                List.of("nl", "en")), null, matcher);
        aanbod.screen(inScreening, "intake", "akkoord", vandaag.minusDays(3), null, matcher);
        aanbod.legVast(gast("familie Meijer", "Vismarkt", "6511 VJ", "Nijmegen", "GM0268", 2, vandaag, false, false, false, List.of("nl")), null,
                matcher);
        var gestopt = aanbod.legVast(gast("familie De Vries", "Zuidsingel", "3811 HB", "Amersfoort", "GM0307", 2, begin, true, false, false,
                List.of("nl", "en")), null, matcher);
        aanbod.trekTerug(gestopt, "Demogegevens: de logeerkamer is toch nodig voor familie.", matcher);
    }
}
