// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import static nl.onderdak.bewoners.Bewonersverzoeken.HUISHOUDENS;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishouden;
import static nl.onderdak.bewoners.Bewonersverzoeken.lid;
import static nl.onderdak.bewoners.Bewonersverzoeken.uniekeAchternaam;
import static nl.onderdak.locaties.Locatieverzoeken.lijst;
import static nl.onderdak.locaties.Locatieverzoeken.ongeldigeVelden;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/v1/huishoudens: the gemeente's households by part of a name in Latin or Cyrillic script,
 * in pages with the total count (no cap), invalid paging named, and nothing of another gemeente.
 */
class HuishoudenlijstApiTest extends BewonersIntegratieTest {

    /** Eight random Cyrillic capitals: a name part no other test uses. */
    private static String cyrillischDeel() {
        var letters = "БВГДЖЗКЛМНПРСТФХЦЧШ";
        var s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return s.toString();
    }

    private static String zoek(String deel) {
        return URLEncoder.encode(deel, StandardCharsets.UTF_8);
    }

    private List<String> registreerDrie(String cyrillisch) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            ids.add(registreer("utrecht", huishouden(lid("Kateryna", uniekeAchternaam("Lijsttest"), "1990-03-0" + (i + 1),
                    Map.of("voornaamOrigineel", "Катерина", "achternaamOrigineel", "Ко" + cyrillisch + "ко")))).get("id").asString());
        }
        return ids;
    }

    private static List<String> ids(JsonNode pagina) {
        return lijst(pagina.get("huishoudens")).stream().map(h -> h.get("id").asString()).toList();
    }

    @Test
    void deelVanEenCyrillischeNaamVindtDeHuishoudensInPaginasMetHetTotaal() {
        var deel = cyrillischDeel();
        var ids = registreerDrie(deel);
        // A middle part, in lower case: the search ignores case and position.
        var gezocht = zoek(deel.substring(2, 7).toLowerCase(java.util.Locale.ROOT));

        var eerste = get(HUISHOUDENS + "?zoek=" + gezocht + "&pagina=1&aantal=2", "utrecht");
        var laatste = get(HUISHOUDENS + "?zoek=" + gezocht + "&pagina=2&aantal=2", "utrecht");
        var voorbij = get(HUISHOUDENS + "?zoek=" + gezocht + "&pagina=3&aantal=2", "utrecht");

        assertThat(eerste.status()).as(eerste.toString()).isEqualTo(200);
        assertThat(eerste.json().get("totaal").asLong()).isEqualTo(3);
        assertThat(eerste.json().get("pagina").asInt()).isEqualTo(1);
        assertThat(ids(eerste.json())).hasSize(2);
        assertThat(laatste.json().get("totaal").asLong()).isEqualTo(3);
        assertThat(laatste.json().get("pagina").asInt()).isEqualTo(2);
        assertThat(ids(laatste.json())).hasSize(1);
        var samen = new ArrayList<>(ids(eerste.json()));
        samen.addAll(ids(laatste.json()));
        assertThat(samen).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(ids(voorbij.json())).isEmpty();
        assertThat(voorbij.json().get("totaal").asLong()).isEqualTo(3);
        // Newest first by default: the last one registered opens the first page.
        assertThat(ids(eerste.json()).getFirst()).isEqualTo(ids.getLast());
        var lid = lijst(lijst(eerste.json().get("huishoudens")).getFirst().get("leden")).getFirst();
        assertThat(lid.get("achternaamOrigineel").asString()).contains(deel);
    }

    @Test
    void eenAndereGemeenteVindtDezelfdeNaamNietEnDeLijstStoptNietBij500() {
        var deel = cyrillischDeel();
        registreerDrie(deel);

        var amersfoort = get(HUISHOUDENS + "?zoek=" + zoek(deel), "amersfoort");
        var alles = get(HUISHOUDENS + "?aantal=100", "utrecht");

        assertThat(amersfoort.status()).isEqualTo(200);
        assertThat(amersfoort.json().get("totaal").asLong()).isZero();
        assertThat(alles.json().get("totaal").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(ids(alles.json())).hasSizeLessThanOrEqualTo(100);
        assertThat(get(HUISHOUDENS, "regio-utrecht").status()).isEqualTo(403);
    }

    @Test
    void eenLatijnsDeelVindtOokDeTransliteratieVanEenCyrillischeNaam() {
        var achternaam = uniekeAchternaam("Latijn");
        var h = registreer("utrecht", huishouden(lid("Sergii", achternaam, "1970-07-07",
                Map.of("voornaamOrigineel", "Сергій", "achternaamOrigineel", "Шевчукович"))));
        // Typed in Cyrillic, found by the key of the Latin name and vice versa; narrowed by the unique surname.
        var antwoord = get(HUISHOUDENS + "?zoek=" + zoek(achternaam.substring(0, achternaam.length() - 1).toUpperCase()), "utrecht");
        assertThat(ids(antwoord.json())).contains(h.get("id").asString());
        var cyrillisch = get(HUISHOUDENS + "?zoek=" + zoek("шевчукович") + "&aantal=100", "utrecht");
        assertThat(ids(cyrillisch.json())).contains(h.get("id").asString());
    }

    @Test
    void ongeldigePaginaEnAantalNoemenHetVeld() {
        var nul = get(HUISHOUDENS + "?pagina=0&aantal=101", "utrecht");
        isProbleem(nul, 400);
        assertThat(ongeldigeVelden(nul)).containsExactlyInAnyOrder("pagina", "aantal");
        var tekst = get(HUISHOUDENS + "?aantal=veel&sorteer=kleur&status=weg", "utrecht");
        isProbleem(tekst, 400);
        assertThat(ongeldigeVelden(tekst)).containsExactlyInAnyOrder("aantal", "sorteer", "status");
    }
}
