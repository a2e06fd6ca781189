// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import nl.onderdak.spreiding.internal.Spreidingssleutel;
import org.junit.jupiter.api.Test;

/** The distribution key on the overview page names its method in the language of the user. */
class SpreidingOverzichtTest extends IntegratieTest {

    @Test
    void deMethodeVanDeSleutelHeeftEenLabelInDeTaalVanDeGebruiker() {
        var sessie = new Websessie(poort).inloggen("jenv");

        assertThat(sessie.pagina("/spreiding").body()).contains("<code>methode = inwoners-x-1");
        assertThat(sessie.pagina("/spreiding?lang=en").body()).contains("<code>method = inwoners-x-1");
    }

    @Test
    void deEngelsePaginaNoemtDeMethodeZonderNederlandseToelichting() {
        var sessie = new Websessie(poort).inloggen("jenv");
        var naam = Spreidingssleutel.METHODE.substring(0, Spreidingssleutel.METHODE.indexOf(' '));

        assertThat(sessie.pagina("/spreiding?lang=en").body())
                .contains("<code>method = " + naam + " (the form the published examples fit; the text of the Besluit was not found)")
                .doesNotContain("vorm waar de gepubliceerde voorbeelden", "niet gevonden");
        assertThat(new Websessie(poort).inloggen("jenv").pagina("/spreiding").body()).contains("<code>methode = " + Spreidingssleutel.METHODE);
    }
}
