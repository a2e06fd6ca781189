// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.platform.Weergave;
import nl.onderdak.plaatsing.internal.Plaatsingsverzoeken;
import nl.onderdak.plaatsing.internal.Verzoekstatus;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkbron;
import nl.onderdak.werkvoorraad.Werkstapel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What waits in placement for a user: requests to find a place for (region, LCVS), proposals to answer
 * (receiving gemeente), declined requests (back with the proposer, and told to the requester) and, for the
 * proposer, a request accepted at another location than the one proposed (until they open it, at most
 * {@link Plaatsingsverzoeken#ANDERE_LOCATIE_DAGEN} days), each linking to the request's page, where it is done. The same access rules as that page
 * ({@link Plaatsingsverzoeken#wachtend}); the description names the requesting gemeente and the arrival
 * date (and a location's name), never a person.
 */
@Component
class PlaatsingWerk implements Werkbron {

    private final Plaatsingsverzoeken verzoeken;
    private final Gebieden gebieden;
    private final MessageSource berichten;

    PlaatsingWerk(Plaatsingsverzoeken verzoeken, Gebieden gebieden, MessageSource berichten) {
        this.verzoeken = verzoeken;
        this.gebieden = gebieden;
        this.berichten = berichten;
    }

    /**
     * Per kind the count and the oldest items. Built in full and cut: only open requests wait, a few
     * hundred in the whole country at the busiest, and hiding a child travelling alone needs the
     * household's facade after the query.
     */
    @Override
    public List<Werkstapel> werkVoor(Gebruiker gebruiker, Locale taal, int perSoort) {
        return Werkstapel.uit(alles(gebruiker, taal), perSoort, "/plaatsingsverzoeken");
    }

    private List<Werk> alles(Gebruiker gebruiker, Locale taal) {
        var namen = new HashMap<String, String>();
        return verzoeken.wachtend(gebruiker).stream().map(w -> {
            var v = w.verzoek();
            var aanvrager = naam(namen, v.aanvragendeGemeente());
            var aankomst = Weergave.nederlands().datum(v.verwachteAankomst());
            var omschrijving = switch (w.soort()) {
                case ZOEKEN -> berichten.getMessage("werk.verzoek.zoeken", new Object[] {aanvrager, aankomst}, taal);
                case OPNIEUW -> berichten.getMessage("werk.verzoek.opnieuw", new Object[] {aanvrager, aankomst}, taal);
                case BEANTWOORDEN -> berichten.getMessage("werk.verzoek.beantwoorden", new Object[] {aanvrager, aankomst}, taal);
                case AFGEWEZEN -> berichten.getMessage("werk.verzoek.afgewezen", new Object[] {
                        berichten.getMessage(v.voorgesteldDoor() == Verzoekstatus.LCVS ? "werk.wie.lcvs" : "werk.wie.regio", null, taal),
                        aankomst}, taal);
                case ANDERE_LOCATIE -> berichten.getMessage("werk.verzoek.andereLocatie", new Object[] {w.locatie(), aanvrager, aankomst},
                        taal);
            };
            return new Werk(w.soort().code(), omschrijving, w.sinds(), "/plaatsingsverzoeken/" + v.id());
        }).toList();
    }

    /** "Utrecht (GM0344)": the name next to the code, each gemeente looked up once per list. */
    private String naam(Map<String, String> namen, String code) {
        return namen.computeIfAbsent(code, c -> gebieden.gemeenteNaam(c).map(n -> n + " (" + c + ")").orElse(c));
    }
}
