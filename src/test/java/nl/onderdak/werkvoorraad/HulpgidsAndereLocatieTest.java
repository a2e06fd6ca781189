// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Test;

/**
 * The guides of the roles that propose places (region, LCVS) name the work item a proposer gets when the
 * receiving gemeente accepted at another of its own locations ({@code plaatsingsverzoek-andere-locatie}),
 * in Dutch and in English; the gemeente's guide does not, as a gemeente never gets it.
 */
class HulpgidsAndereLocatieTest extends IntegratieTest {

    @Test
    void de_gidsen_van_regio_en_lcvs_noemen_een_plaatsing_op_een_andere_locatie() {
        var sessie = new Websessie(poort).inloggen("regio-utrecht");
        for (var gids : new String[] {"regio", "lcvs"}) {
            var nederlands = sessie.pagina("/hulp/" + gids + "?lang=nl");
            assertThat(nederlands.statusCode()).isEqualTo(200);
            assertThat(nederlands.body()).as(gids).contains("Geplaatst op een andere locatie dan voorgesteld");
            var engels = sessie.pagina("/hulp/" + gids + "?lang=en");
            assertThat(engels.body()).as(gids).contains("Placed at another location than proposed")
                    .doesNotContain("Geplaatst op een andere locatie");
        }
        assertThat(sessie.pagina("/hulp/gemeente?lang=nl").body()).doesNotContain("andere locatie dan voorgesteld");
    }
}
