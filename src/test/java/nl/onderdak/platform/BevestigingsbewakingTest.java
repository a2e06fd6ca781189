// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Test;

/**
 * Without JavaScript an irreversible action is guarded by the checkbox of fragments/bevestiging.html: a
 * post that carries its marker but not the tick is refused and changes nothing; with the tick it acts.
 * A declaration decision stands for every such action (the filter does not know the page).
 */
class BevestigingsbewakingTest extends IntegratieTest {

    private static final String PAD = "/api/v1/bekostiging/declaraties";

    private String declaratie() {
        var antwoord = post(PAD, "utrecht", """
                {"bedrag": 1250.50, "categorie": "beveiliging", "periodeVan": "2024-03-01", "periodeTot": "2024-03-31",
                 "omschrijving": "Zonder script %s"}""".formatted(UUID.randomUUID()));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("id").asString();
    }

    private String status(String id) {
        return get(PAD + "/" + id, "noo").json().get("status").asString();
    }

    private static Map<String, String> besluit(boolean aangevinkt) {
        var velden = new LinkedHashMap<String, String>();
        velden.put("besluit", "goedgekeurd");
        velden.put("reden", "");
        velden.put("_bevestiging", "vereist");
        if (aangevinkt) {
            velden.put("_bevestigd", "ja");
        }
        return velden;
    }

    @Test
    void zonderScriptEnZonderVinkjeWordtEenBesluitGeweigerdEnVerandertErNiets() {
        var id = declaratie();
        var sessie = new Websessie(poort).inloggen("noo");

        var antwoord = sessie.formulier("/declaraties/" + id + "/beoordelen", besluit(false));

        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(sessie.tekst(antwoord)).contains("Er is niets uitgevoerd", "vink het vakje aan");
        assertThat(status(id)).isEqualTo("ingediend");
    }

    @Test
    void zonderScriptMetVinkjeWordtHetBesluitVastgelegd() {
        var id = declaratie();
        var sessie = new Websessie(poort).inloggen("noo");

        var antwoord = sessie.formulier("/declaraties/" + id + "/beoordelen", besluit(true));

        assertThat(antwoord.statusCode()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("goedgekeurd");
    }

    @Test
    void deWeigeringIsEngelsVoorWieEngelsKoos() {
        var id = declaratie();
        var sessie = new Websessie(poort).inloggen("noo");

        var antwoord = sessie.formulier("/declaraties/" + id + "/beoordelen?lang=en", besluit(false));

        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(sessie.tekst(antwoord)).contains("Nothing was done");
        assertThat(status(id)).isEqualTo("ingediend");
    }

    @Test
    void deBevestigingsknopZonderScriptStuurtHetMerkteken() {
        var sessie = new Websessie(poort).inloggen("noo");
        var id = declaratie();

        var pagina = sessie.pagina("/declaraties/" + id).body();

        assertThat(pagina).contains("<noscript>").containsPattern("name=\"_bevestiging\" value=\"vereist\"")
                .containsPattern("type=\"checkbox\" name=\"_bevestigd\" value=\"ja\"");
    }
}
