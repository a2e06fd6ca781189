// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Test;

/** The map of regional targets writes its numbers with a thousands point, in the regions and the legend. */
class VerdeelkaartTest extends IntegratieTest {

    @Test
    void deOpgavenOpDeKaartHebbenEenDuizendtalpunt() {
        var sessie = new Websessie(poort).inloggen("jenv");

        var pagina = sessie.pagina("/verdeelsleutel").body();

        assertThat(pagina).containsPattern("<title>[^<]+: \\d{1,3}\\.\\d{3}</title>")
                .doesNotContainPattern("<title>[^<]+: \\d{4,}</title>")
                .containsPattern(">\\d{1,3}\\.\\d{3} – \\d{1,3}\\.\\d{3}</span>");
    }
}
