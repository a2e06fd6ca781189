// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Test;

/**
 * The messages next to the fields of a form follow the language switch of the interface
 * ({@code ?lang=en}, remembered in a cookie): English after switching, Dutch by default. Over real
 * HTTP without a browser.
 */
class EngelseFormulierfoutTest extends IntegratieTest {

    private static Map<String, String> fouteLocatie(String token) {
        var velden = new LinkedHashMap<String, String>();
        velden.put("naam", "Taaltoets");
        velden.put("soort", "hotel");
        velden.put("adres.postcode", "12");
        velden.put("adres.huisnummer", "1");
        velden.put("adres.plaats", "");
        velden.put("beschikbaarVanaf", "2026-01-01");
        velden.put("status", "beschikbaar");
        velden.put("bedden", "5");
        velden.put("_formuliertoken", token);
        return velden;
    }

    @Test
    void naDeTaalkeuzeStaanDeMeldingenBijDeVeldenInHetEngels() {
        var sessie = new Websessie(poort).inloggen("utrecht");
        assertThat(sessie.pagina("/opvanglocaties?lang=en").statusCode()).isEqualTo(200);

        var antwoord = sessie.formulier("/opvanglocaties/nieuw", fouteLocatie(sessie.formuliertoken("/opvanglocaties/nieuw")));

        assertThat(antwoord.statusCode()).isEqualTo(200);
        var pagina = sessie.tekst(antwoord);
        assertThat(pagina).contains("Enter a Dutch postcode, for example 3511 AB.", "Enter the town.")
                .doesNotContain("Geef een Nederlandse postcode", "Geef de plaats.");
    }

    @Test
    void zonderTaalkeuzeStaanDeMeldingenBijDeVeldenInHetNederlands() {
        var sessie = new Websessie(poort).inloggen("utrecht");

        var antwoord = sessie.formulier("/opvanglocaties/nieuw", fouteLocatie(sessie.formuliertoken("/opvanglocaties/nieuw")));

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(sessie.tekst(antwoord)).contains("Geef een Nederlandse postcode, bijvoorbeeld 3511 AB.", "Geef de plaats.")
                .doesNotContain("Enter the town.");
    }
}
