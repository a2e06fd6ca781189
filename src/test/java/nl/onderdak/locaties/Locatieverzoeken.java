// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderdak.IntegratieTest.Antwoord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies and answer helpers for tests of the locations API and the overviews that read
 * locations. Every location gets a name of its own, so a test finds back exactly what it made in
 * the database that all test classes share.
 */
public final class Locatieverzoeken {

    public static final String PAD = "/api/v1/opvanglocaties";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Locatieverzoeken() {
    }

    /** A valid location in Utrecht (postcode 3511 AB) with long-stay beds from {@code vanaf}. */
    public static String locatie(String naam, String vanaf, int bedden) {
        return locatie(naam, vanaf, null, bedden, null);
    }

    public static String locatie(String naam, String vanaf, String tot, int bedden, Integer beddenKort) {
        var adres = new LinkedHashMap<String, Object>();
        adres.put("postcode", "3511 AB");
        adres.put("huisnummer", 12);
        adres.put("plaats", "Utrecht");
        var locatie = new LinkedHashMap<String, Object>();
        locatie.put("naam", naam);
        locatie.put("soort", "hotel");
        locatie.put("adres", adres);
        locatie.put("exploitant", "Testexploitant");
        locatie.put("beschikbaarVanaf", vanaf);
        if (tot != null) {
            locatie.put("beschikbaarTot", tot);
        }
        locatie.put("bedden", bedden);
        if (beddenKort != null) {
            locatie.put("beddenKortVerblijf", beddenKort);
        }
        return json(locatie);
    }

    /** A change of long-stay beds; {@code buitenGebruikReden} and {@code reden} are left out when null. */
    public static String bedden(String ingangsdatum, Object opgegeven, Object buitenGebruik, String buitenGebruikReden,
            String reden) {
        var m = new LinkedHashMap<String, Object>();
        m.put("ingangsdatum", ingangsdatum);
        m.put("opgegeven", opgegeven);
        if (buitenGebruik != null) {
            m.put("buitenGebruik", buitenGebruik);
        }
        if (buitenGebruikReden != null) {
            m.put("buitenGebruikReden", buitenGebruikReden);
        }
        if (reden != null) {
            m.put("reden", reden);
        }
        return json(m);
    }

    public static String status(String ingangsdatum, String status, String reden) {
        return json(Map.of("ingangsdatum", ingangsdatum, "status", status, "reden", reden));
    }

    public static String json(Object waarde) {
        return JSON.writeValueAsString(waarde);
    }

    public static List<JsonNode> lijst(JsonNode node) {
        var lijst = new ArrayList<JsonNode>();
        if (node != null) {
            node.forEach(lijst::add);
        }
        return lijst;
    }

    /** The names in {@code invalidParams} of a 400 answer. */
    public static List<String> ongeldigeVelden(Antwoord antwoord) {
        return lijst(antwoord.json().get("invalidParams")).stream().map(p -> p.get("name").asString()).toList();
    }

    /** The path of a Location header, whether it came absolute or relative. */
    public static String pad(Antwoord antwoord) {
        return antwoord.header("Location").replaceFirst("^https?://[^/]+", "");
    }
}
