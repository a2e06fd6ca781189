// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static nl.onderdak.locaties.Locatieverzoeken.PAD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Test;

/** A form sent twice (a double click, a reload of the answer) is processed once. */
class DubbelVerstuurdTest extends IntegratieTest {

    private long aantal(String naam) {
        var lijst = get(PAD, "utrecht");
        long n = 0;
        for (var l : lijst.json().get("opvanglocaties")) {
            if (l.get("naam").asString().equals(naam)) {
                n++;
            }
        }
        return n;
    }

    /** The fields of a new location as the form sends them (also used by InstantiesDelenDeDatabaseTest). */
    static Map<String, String> locatie(String naam, String token) {
        var velden = new LinkedHashMap<>(Map.of("naam", naam, "soort", "hotel", "adres.postcode", "3511 AB",
                "adres.huisnummer", "12", "adres.plaats", "Utrecht", "exploitant", "X", "beschikbaarVanaf", "2026-01-01",
                "status", "beschikbaar", "bedden", "5"));
        velden.put("_formuliertoken", token);
        return velden;
    }

    @Test
    void tweeKeerHetzelfdeFormulierVersturenMaaktEenLocatieEnLeidtNaarDezelfdePagina() {
        var sessie = new Websessie(poort).inloggen("utrecht");
        var token = sessie.formuliertoken("/opvanglocaties/nieuw");
        var naam = "Dubbel " + UUID.randomUUID();

        var eerste = sessie.formulier("/opvanglocaties/nieuw", locatie(naam, token));
        var tweede = sessie.formulier("/opvanglocaties/nieuw", locatie(naam, token));

        assertThat(eerste.statusCode()).isEqualTo(302);
        var naar = eerste.headers().firstValue("Location").orElseThrow();
        assertThat(naar).contains("/opvanglocaties/");
        assertThat(tweede.statusCode()).isEqualTo(303);
        assertThat(tweede.headers().firstValue("Location")).contains(naar);
        assertThat(aantal(naam)).isEqualTo(1);
    }

    @Test
    void eenDubbeleKlikTegelijkMaaktEenLocatie() throws Exception {
        var sessie = new Websessie(poort).inloggen("utrecht");
        var token = sessie.formuliertoken("/opvanglocaties/nieuw");
        var naam = "Dubbelklik " + UUID.randomUUID();

        var antwoorden = new ArrayList<Future<HttpResponse<byte[]>>>();
        try (var uitvoerder = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                antwoorden.add(uitvoerder.submit((Callable<HttpResponse<byte[]>>) () -> sessie.formulier("/opvanglocaties/nieuw",
                        locatie(naam, token))));
            }
        }

        var plaatsen = new java.util.HashSet<String>();
        for (var a : antwoorden) {
            assertThat(a.get().statusCode()).isIn(302, 303);
            plaatsen.add(a.get().headers().firstValue("Location").orElseThrow());
        }
        assertThat(plaatsen).hasSize(1);
        assertThat(aantal(naam)).isEqualTo(1);
    }

    @Test
    void naEenMislukteEersteKeerWordtHetFormulierNogEensVerwerktEnDaarnaNietMeer() {
        var sessie = new Websessie(poort).inloggen("utrecht");
        var token = sessie.formuliertoken("/opvanglocaties/nieuw");
        var naam = "Na een fout " + UUID.randomUUID();

        // The first post with this token fails (a location that does not exist): nothing was stored.
        var mislukt = sessie.formulier("/opvanglocaties/" + UUID.randomUUID() + "/bedden",
                Map.of("_formuliertoken", token, "opgegeven", "3"));
        var opnieuw = sessie.formulier("/opvanglocaties/nieuw", locatie(naam, token));
        var nogmaals = sessie.formulier("/opvanglocaties/nieuw", locatie(naam, token));

        assertThat(mislukt.statusCode()).isEqualTo(404);
        assertThat(opnieuw.statusCode()).as("the repeat of a failed post runs").isEqualTo(302);
        assertThat(nogmaals.statusCode()).as("and is then remembered like a first post").isEqualTo(303);
        assertThat(nogmaals.headers().firstValue("Location")).isEqualTo(opnieuw.headers().firstValue("Location"));
        assertThat(aantal(naam)).isEqualTo(1);
    }

    @Test
    void elkPostformulierKrijgtEenEigenTokenEnEenNieuwFormulierWordtGewoonVerwerkt() {
        var sessie = new Websessie(poort).inloggen("utrecht");
        var eerste = sessie.formuliertoken("/opvanglocaties/nieuw");
        var tweede = sessie.formuliertoken("/opvanglocaties/nieuw");
        var naam = "Twee keer bewust " + UUID.randomUUID();

        sessie.formulier("/opvanglocaties/nieuw", locatie(naam, eerste));
        sessie.formulier("/opvanglocaties/nieuw", locatie(naam, tweede));

        assertThat(eerste).isNotEqualTo(tweede);
        assertThat(aantal(naam)).isEqualTo(2);
        var pagina = sessie.tekst(sessie.get("/capaciteit"));
        var zoekformulier = java.util.regex.Pattern.compile("<form[^>]*method=\"get\".*?</form>", java.util.regex.Pattern.DOTALL)
                .matcher(pagina);
        assertThat(zoekformulier.find()).isTrue();
        assertThat(zoekformulier.group()).as("a GET form carries no token").doesNotContain("_formuliertoken").doesNotContain("_csrf");
    }
}
