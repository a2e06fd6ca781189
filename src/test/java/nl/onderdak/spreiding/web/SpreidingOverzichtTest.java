// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Test;

/** The distribution key on the overview page names its method in the language of the user. */
class SpreidingOverzichtTest extends IntegratieTest {

    @Test
    void deMethodeVanDeSleutelHeeftEenLabelInDeTaalVanDeGebruiker() {
        var sessie = new Websessie(poort).inloggen("jenv");

        assertThat(sessie.pagina("/spreiding").body()).contains("<code>methode = inwoners-x-1");
        assertThat(sessie.pagina("/spreiding?lang=en").body()).contains("<code>method = inwoners-x-1");
    }
}
