// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Test;

/**
 * The KCIO page's search and sort: they narrow and order the gemeente table only; the totals, the CSV
 * and the XLSX stay those of the whole report within the user's scope.
 */
class KcioPaginaTest extends IntegratieTest {

    private static final Pattern RIJ = Pattern.compile("<tr class=\"utrecht-table__row\">\\s*<th scope=\"row\"[^>]*>([^<]*)</th>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CEL = Pattern.compile("<td[^>]*>([^<]*)</td>");

    /** A gemeente line of the page's table: its "Naam (GMnnnn)" and its cells after that, as shown. */
    private record Rij(String gemeente, List<String> cellen) {
        int getal(int kolom) {
            return Integer.parseInt(cellen.get(kolom).replace(".", "").strip());
        }
    }

    private String pagina(String pad, String gebruiker) {
        var antwoord = new Websessie(poort).inloggen(gebruiker).pagina(pad);
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    /** The lines of the gemeente table (id "kcio"), not those of the totals table above it. */
    private static List<Rij> rijen(String html) {
        var start = html.indexOf("id=\"kcio\"");
        assertThat(start).as("the gemeente table").isPositive();
        var tabel = html.substring(start, html.indexOf("</table>", start));
        var rijen = new ArrayList<Rij>();
        var m = RIJ.matcher(tabel);
        while (m.find()) {
            var cellen = new ArrayList<String>();
            var c = CEL.matcher(m.group(2));
            while (c.find()) {
                cellen.add(c.group(1));
            }
            rijen.add(new Rij(m.group(1), cellen));
        }
        return rijen;
    }

    /** The national total line below the totals per region. */
    private static String totaalregel(String html) {
        var start = html.indexOf("id=\"kcio-totaal\"");
        assertThat(start).as("the total line").isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void zoekenOpGemeentecodeToontAlleenDieGemeenteMaarDeTotalenVanHetHeleRapport() {
        var alles = pagina("/rapportage/kcio?week=2026-W47", "kcio");
        var gezocht = pagina("/rapportage/kcio?week=2026-W47&zoek=gm0344", "kcio");

        assertThat(rijen(alles)).hasSizeGreaterThan(300);
        assertThat(rijen(gezocht)).extracting(Rij::gemeente).containsExactly("Utrecht (GM0344)");
        assertThat(totaalregel(gezocht)).isEqualTo(totaalregel(alles));
        assertThat(gezocht).contains("1 van " + rijen(alles).size() + " gemeenten getoond")
                .contains("De totalen gelden voor alle");
    }

    @Test
    void zoekenOpRegiocodeToontDeGemeentenVanDieRegio() {
        var rijen = rijen(pagina("/rapportage/kcio?week=2026-W47&zoek=VR09", "kcio"));

        assertThat(rijen).hasSizeGreaterThan(1);
        assertThat(rijen).extracting(r -> r.cellen().getFirst()).allMatch(regio -> regio.endsWith("(VR09)"));
        assertThat(rijen).extracting(Rij::gemeente).contains("Utrecht (GM0344)", "Amersfoort (GM0307)");
    }

    @Test
    void sorterenOpVrijeBeddenZetDeMeesteVrijeBeddenBovenaanEnHoudtDeKeuzeInHetFormulier() {
        var html = pagina("/rapportage/kcio?week=2026-W47&sorteer=vrij", "kcio");

        var rijen = rijen(html);
        assertThat(rijen).hasSizeGreaterThan(300);
        assertThat(rijen).extracting(r -> r.getal(4)).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rijen.getFirst().getal(4)).isGreaterThan(rijen.getLast().getal(4));
        assertThat(html).containsPattern("<option value=\"vrij\" selected=\"selected\"")
                .contains("gesorteerd op: Meeste vrije bedden eerst");
    }

    @Test
    void sorterenOpBruikbareBeddenEnZoekenSamenOrdenenAlleenDeGevondenGemeenten() {
        var rijen = rijen(pagina("/rapportage/kcio?week=2026-W47&zoek=VR09&sorteer=bruikbaar", "kcio"));

        assertThat(rijen).hasSizeGreaterThan(1);
        assertThat(rijen).extracting(r -> r.getal(2)).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rijen).extracting(r -> r.cellen().getFirst()).allMatch(regio -> regio.endsWith("(VR09)"));
    }

    @Test
    void eenOnbekendeSorteringIsEenFoutBijHetVeldGeenServerfoutEnToontHetRapportInDeGewoneVolgorde() {
        var html = pagina("/rapportage/kcio?week=2026-W47&sorteer=willekeurig", "kcio");

        assertThat(html).contains("Sorteer op regio, gemeente, locaties, bruikbaar, bezet of vrij.")
                .contains("href=\"#sorteer\"");
        assertThat(rijen(html)).hasSizeGreaterThan(300);
    }

    @Test
    void eenRegiocoordinatorVindtMetZoekenGeenGemeenteBuitenZijnRegio() {
        var html = pagina("/rapportage/kcio?peildatum=2026-11-01&zoek=GM0599", "regio-utrecht");

        assertThat(rijen(html)).isEmpty();
        assertThat(rijen(pagina("/rapportage/kcio?peildatum=2026-11-01&sorteer=gemeente", "regio-utrecht")))
                .hasSizeGreaterThan(1).allMatch(r -> r.cellen().getFirst().endsWith("(VR09)"));
    }

    @Test
    void zoekenEnSorterenVeranderenDeCsvNiet() {
        var sessie = new Websessie(poort).inloggen("kcio");

        var gewoon = sessie.get("/rapportage/kcio.csv?week=2026-W47");
        var metZoek = sessie.get("/rapportage/kcio.csv?week=2026-W47&zoek=GM0344&sorteer=vrij");

        assertThat(gewoon.statusCode()).isEqualTo(200);
        assertThat(metZoek.statusCode()).isEqualTo(200);
        assertThat(metZoek.body()).isEqualTo(gewoon.body());
    }
}
