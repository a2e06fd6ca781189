// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Test;

/**
 * The list page of placement requests: search by gemeente or request number and sort, in the query,
 * so the pages and the total follow; who sees which request does not change.
 */
class VerzoekenlijstZoekenEnSorterenTest extends IntegratieTest {

    private static final String PAD = "/api/v1/plaatsingsverzoeken";
    private static final Pattern VERZOEK = Pattern.compile("href=\"/plaatsingsverzoeken/([0-9a-f-]{36})\"");

    /** A request of the gemeente for a new household of two, arriving on the given day. */
    private String verzoek(String gemeente, String aankomst) {
        var h = post("/api/v1/huishoudens", gemeente, """
                {"leden":[{"voornaam":"Lijst","achternaam":"Zoek%d","geboortedatum":"1990-07-07","nationaliteitCategorie":"oekraiens"},
                          {"voornaam":"Kind","achternaam":"Zoek%d","geboortedatum":"2018-07-07","nationaliteitCategorie":"oekraiens"}]}"""
                .formatted(System.nanoTime(), System.nanoTime()));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        var v = post(PAD, gemeente, """
                {"huishouden":"%s","verwachteAankomst":"%s"}""".formatted(h.json().get("id").asString(), aankomst));
        assertThat(v.status()).as(v.toString()).isEqualTo(201);
        return v.json().get("id").asString();
    }

    private static String pagina(Websessie sessie, String pad) {
        var antwoord = sessie.pagina(pad);
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    /** The requests on the page, in the order shown. */
    private static List<String> ids(String html) {
        var ids = new ArrayList<String>();
        var m = VERZOEK.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void zoekenOpGemeentecodeNaamOfVerzoeknummerToontAlleenDieVerzoeken() {
        var vanAmersfoort = verzoek("amersfoort", "2026-12-01");
        var vanUtrecht = verzoek("utrecht", "2026-12-01");
        var sessie = new Websessie(poort).inloggen("regio-utrecht");

        var opCode = pagina(sessie, "/plaatsingsverzoeken?zoek=gm0307");
        assertThat(ids(opCode)).contains(vanAmersfoort).doesNotContain(vanUtrecht);
        // Requests from Utrecht placed or proposed in Amersfoort are found too: the search is on requesting or receiving gemeente.
        assertThat(opCode).contains("value=\"gm0307\"");

        assertThat(ids(pagina(sessie, "/plaatsingsverzoeken?zoek=Amersfoort"))).contains(vanAmersfoort).doesNotContain(vanUtrecht);

        var opNummer = pagina(sessie, "/plaatsingsverzoeken?zoek=" + vanUtrecht.substring(0, 13));
        assertThat(ids(opNummer)).containsExactly(vanUtrecht);
        assertThat(opNummer).contains("1 verzoek, pagina 1 van 1");

        assertThat(pagina(sessie, "/plaatsingsverzoeken?zoek=Zoek%25")).as("no names and no wildcards")
                .contains("Geen plaatsingsverzoeken gevonden die bij de zoekopdracht passen.");
    }

    @Test
    void sorterenOpVerwachteAankomstZetDeVroegsteAankomstBovenaan() {
        var a = verzoek("amersfoort", "2000-01-02");
        var b = verzoek("amersfoort", "2000-01-03");
        var c = verzoek("amersfoort", "2000-01-01");
        var sessie = new Websessie(poort).inloggen("regio-utrecht");

        assertThat(ids(pagina(sessie, "/plaatsingsverzoeken?sorteer=aankomst&zoek=GM0307"))).startsWith(c, a, b);
        assertThat(ids(pagina(sessie, "/plaatsingsverzoeken?zoek=GM0307"))).as("newest first by default").startsWith(c, b, a);
        assertThat(pagina(sessie, "/plaatsingsverzoeken?sorteer=aankomst"))
                .containsPattern("<option value=\"aankomst\" selected=\"selected\"");
    }

    @Test
    void sorterenOpLangstWachtendZetDeOudsteVerzoekenBovenaanEnDeBladerlinksHoudenZoekenEnSorteren() {
        long totaal = get(PAD + "?aantal=1", "regio-utrecht").json().get("totaal").asLong();
        for (; totaal < 26; totaal++) {
            verzoek("utrecht", "2026-12-01");
        }
        var nieuwsteEerst = new ArrayList<String>();
        get(PAD + "?aantal=500", "regio-utrecht").json().get("plaatsingsverzoeken").forEach(v -> nieuwsteEerst.add(v.get("id").asString()));
        var oudsteEerst = nieuwsteEerst.reversed();
        var sessie = new Websessie(poort).inloggen("regio-utrecht");

        var html = pagina(sessie, "/plaatsingsverzoeken?sorteer=oudste");

        assertThat(ids(html)).isEqualTo(oudsteEerst.subList(0, 25));
        assertThat(html).contains("sorteer=oudste&amp;pagina=2");
        // Enough requests of Utrecht alone for a second page of the search (the region holds Amersfoort's too).
        for (int i = 0; i < 26 && !pagina(sessie, "/plaatsingsverzoeken?zoek=GM0344").contains("id=\"volgende-pagina\""); i++) {
            verzoek("utrecht", "2026-12-01");
        }
        assertThat(pagina(sessie, "/plaatsingsverzoeken?zoek=GM0344&sorteer=oudste")).contains("zoek=GM0344&amp;sorteer=oudste&amp;pagina=2");
    }

    @Test
    void eenOnbekendeSorteringIsEenFoutBijHetVeldGeenServerfout() {
        var sessie = new Websessie(poort).inloggen("regio-utrecht");

        var html = pagina(sessie, "/plaatsingsverzoeken?sorteer=willekeurig");

        assertThat(html).contains("Sorteer op nieuwste, oudste of aankomst.", "href=\"#sorteer\"", "pagina 1 van");
    }

    @Test
    void zoekenVerruimtDeToegangNiet() {
        var vanAmersfoort = verzoek("amersfoort", "2026-12-01");

        var rotterdam = pagina(new Websessie(poort).inloggen("rotterdam"), "/plaatsingsverzoeken?zoek=" + vanAmersfoort);
        assertThat(ids(rotterdam)).doesNotContain(vanAmersfoort);
        var lcvs = pagina(new Websessie(poort).inloggen("lcvs"), "/plaatsingsverzoeken?zoek=GM0307&sorteer=aankomst");
        assertThat(ids(lcvs)).as("not yet passed to the LCVS").doesNotContain(vanAmersfoort);
        assertThat(new Websessie(poort).inloggen("kcio").pagina("/plaatsingsverzoeken?zoek=GM0307").statusCode()).isEqualTo(403);
    }
}
