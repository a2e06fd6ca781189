// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;


import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** A download link in a page that is refused answers an ordinary error page (4xx, HTML), never 500 and never a broken file. */
class DownloadWeigeringTest extends IntegratieTest {

    @Test
    void eenGeweigerdeDownloadIsEenFoutpaginaGeenServerfoutOfKapotBestand() {
        var id = UUID.randomUUID();
        var gevallen = List.of(
                new String[] {"amersfoort", "/bekostiging/claim.csv?gemeente=GM0344&van=2026-01-01&tot=2026-01-31"},
                new String[] {"amersfoort", "/bekostiging/claim.xlsx?gemeente=GM0344&van=2026-01-01&tot=2026-01-31"},
                new String[] {"utrecht", "/bekostiging/claim.csv?gemeente=GM0344&van=2026-02-30"},
                new String[] {"utrecht", "/bekostiging/claim.xlsx?gemeente=GM0344&van=%2B999999999-12-31"},
                new String[] {"kcio", "/bekostiging/claim.csv?gemeente=GM0344"},
                new String[] {"utrecht", "/bekostiging/claim.csv?gemeente=GM9999"},
                new String[] {"utrecht", "/rapportage/kcio.csv?peildatum=%2B999999999-12-31"},
                new String[] {"utrecht", "/rapportage/kcio.xlsx?week=2026-W99"},
                new String[] {"amersfoort", "/betaalruns/" + id + "/sepa.xml"},
                new String[] {"amersfoort", "/betaalruns/" + id + "/kaslijst.pdf"},
                new String[] {"amersfoort", "/betaalruns/" + id + "/prepaid.csv"},
                new String[] {"amersfoort", "/betaalruns/geen-id/prepaid.csv"},
                new String[] {"kcio", "/betaalruns/" + id + "/kaslijst.pdf"},
                new String[] {"amersfoort", "/declaraties/" + id + "/bijlagen/" + UUID.randomUUID()},
                new String[] {"kcio", "/declaraties/geen-id/bijlagen/1"});
        var zacht = new SoftAssertions();
        for (var g : gevallen) {
            var sessie = new Websessie(poort).inloggen(g[0]);
            var a = sessie.get(g[1]);
            var wat = g[0] + " " + g[1];
            zacht.assertThat(a.statusCode()).as(wat).isBetween(400, 499);
            zacht.assertThat(a.headers().firstValue("Content-Type").orElse("")).as(wat).startsWith("text/html");
            zacht.assertThat(a.headers().firstValue("Content-Disposition")).as(wat).isEmpty();
            zacht.assertThat(new String(a.body(), StandardCharsets.UTF_8)).as(wat).contains("<html");
        }
        zacht.assertAll();
    }
}
