// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import static nl.onderdak.bewoners.Bewonersverzoeken.HUISHOUDENS;
import static nl.onderdak.bewoners.Bewonersverzoeken.PLAATSINGEN;
import static nl.onderdak.bewoners.Bewonersverzoeken.plaatsing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.onderdak.IntegratieTest;
import nl.onderdak.locaties.Locatieverzoeken;
import tools.jackson.databind.JsonNode;

/**
 * Shared steps of the tests of residents, placements and the processing log: register a household,
 * a location of one's own and a placement over HTTP, and assert the shape of a problem answer.
 * Adds no configuration, so it shares the one Spring context of {@link IntegratieTest}.
 */
public abstract class BewonersIntegratieTest extends IntegratieTest {

    /** Registers a household and returns the 201 answer's body. */
    protected JsonNode registreer(String gebruiker, String huishouden) {
        var antwoord = post(HUISHOUDENS, gebruiker, huishouden);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json();
    }

    /** The member ids of a household answer, in the order the answer gives them. */
    protected static List<String> ledenIds(JsonNode huishouden) {
        var ids = new ArrayList<String>();
        huishouden.get("leden").forEach(l -> ids.add(l.get("id").asString()));
        return ids;
    }

    protected static List<UUID> ledenUuids(JsonNode huishouden) {
        return ledenIds(huishouden).stream().map(UUID::fromString).toList();
    }

    /** Registers a location of the user's gemeente (postcode in Utrecht) with long-stay beds from {@code vanaf}. */
    protected String registreerLocatie(String gebruiker, String vanaf, int bedden) {
        var antwoord = post(Locatieverzoeken.PAD, gebruiker,
                Locatieverzoeken.locatie("Plaatsingstest " + UUID.randomUUID(), vanaf, bedden));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("id").asString();
    }

    /** Checks the whole household in and returns the 201 answer's body. */
    protected JsonNode plaats(String gebruiker, String huishouden, String locatie, String vanaf) {
        var antwoord = post(PLAATSINGEN, gebruiker, plaatsing(huishouden, locatie, vanaf));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json();
    }

    protected static void isProbleem(Antwoord antwoord, int status) {
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(status);
        assertThat(antwoord.contentType()).as(antwoord.toString()).startsWith("application/problem+json");
        assertThat(antwoord.json().get("status").asInt()).isEqualTo(status);
    }

    protected static void isProbleem(Antwoord antwoord, int status, String type) {
        isProbleem(antwoord, status);
        assertThat(antwoord.json().get("type").asString()).isEqualTo("urn:onderdak:probleem:" + type);
    }
}
