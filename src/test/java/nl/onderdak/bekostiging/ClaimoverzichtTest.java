// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.onderdak.IntegratieTest;
import nl.onderdak.locaties.Locatieverzoeken;
import nl.onderdak.platform.Weergave;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 4: the NOO sees the claims of all gemeenten for a period in one table, names next to
 * codes, with national totals that are the sum of the rows, each row as the gemeente's own claim,
 * and exports it as Dutch Excel CSV and XLSX. A gemeente does not see the others.
 */
class ClaimoverzichtTest extends IntegratieTest {

    private static final String PAD = "/api/v1/bekostiging/claimoverzicht";

    @Test
    void noo_ziet_claims_van_alle_gemeenten_met_totalen_gelijk_aan_de_som_van_de_regels() {
        var l = post(Locatieverzoeken.PAD, "rotterdam", Locatieverzoeken.locatie("Overzichthotel " + System.nanoTime(), "2024-01-01", 12));
        assertThat(l.status()).as(l.toString()).isEqualTo(201);
        var antwoord = get(PAD + "?van=2024-01-01&tot=2024-03-31", "noo");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        var json = antwoord.json();
        var goo = BigDecimal.ZERO;
        var poo = BigDecimal.ZERO;
        var totaal = BigDecimal.ZERO;
        boolean rotterdam = false;
        for (var g : json.get("gemeenten")) {
            assertThat(g.get("gemeente").asString()).as("een naam naast de code").isNotBlank().isNotEqualTo(g.get("gemeenteCode").asString());
            assertThat(g.get("totaal").decimalValue()).isEqualByComparingTo(g.get("goo").decimalValue().add(g.get("poo").decimalValue()));
            goo = goo.add(g.get("goo").decimalValue());
            poo = poo.add(g.get("poo").decimalValue());
            totaal = totaal.add(g.get("totaal").decimalValue());
            if (g.get("gemeenteCode").asString().equals("GM0599")) {
                rotterdam = true;
                var eigen = get("/api/v1/bekostiging/claims?gemeente=GM0599&van=2024-01-01&tot=2024-03-31", "noo").json();
                assertThat(g.get("totaal").decimalValue()).as("zoals de claim van de gemeente zelf")
                        .isEqualByComparingTo(eigen.get("totaal").decimalValue());
                assertThat(g.get("gemeente").asString()).isEqualTo("Rotterdam");
            }
        }
        assertThat(rotterdam).as("Rotterdam heeft een locatie in de periode").isTrue();
        assertThat(json.get("goo").decimalValue()).isEqualByComparingTo(goo);
        assertThat(json.get("poo").decimalValue()).isEqualByComparingTo(poo);
        assertThat(json.get("totaal").decimalValue()).isEqualByComparingTo(totaal).isPositive();

        var pagina = new nl.onderdak.Websessie(poort).inloggen("noo").pagina("/bekostiging/overzicht?van=2024-01-01&tot=2024-03-31");
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("Rotterdam (GM0599)", "Totaal alle gemeenten", Weergave.nederlands().bedragZonderTeken(totaal));

        var sessie = new nl.onderdak.Websessie(poort).inloggen("noo");
        var csv = sessie.pagina("/bekostiging/overzicht.csv?van=2024-01-01&tot=2024-03-31");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("claims-alle-gemeenten-2024-01-01-2024-03-31.csv");
        var regels = csv.body().replace("\uFEFF", "").split("\r\n");
        assertThat(regels[0]).isEqualTo("gemeentecode;gemeente;gemeentelijke_opvang;particuliere_opvang;totaal;voorlopig;onvolledig");
        assertThat(regels).hasSize(json.get("gemeenten").size() + 2);
        assertThat(regels[regels.length - 1]).startsWith(";Totaal;").contains(totaal.toPlainString().replace('.', ','));
        var xlsx = sessie.pagina("/bekostiging/overzicht.xlsx?van=2024-01-01&tot=2024-03-31");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(xlsx.body()).startsWith("PK");
    }

    @Test
    void een_gemeente_ziet_het_landelijk_overzicht_niet() {
        assertThat(get(PAD + "?van=2024-01-01&tot=2024-03-31", "utrecht").status()).isEqualTo(403);
        assertThat(new nl.onderdak.Websessie(poort).inloggen("utrecht").pagina("/bekostiging/overzicht.csv?van=2024-01-01&tot=2024-03-31")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void een_verkeerde_periode_noemt_elk_veld_in_gewone_woorden() {
        var antwoord = get(PAD + "?van=gisteren&tot=2024-02-30", "noo");
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.contentType()).contains("application/problem+json");
        assertThat(antwoord.body()).contains("\"van\"", "\"tot\"").doesNotContain("DateTimeParse", "java.");
    }

    @Test
    void het_overzicht_zoekt_op_gemeente_sorteert_op_bedrag_en_houdt_het_landelijke_totaal() {
        var l = post(Locatieverzoeken.PAD, "rotterdam", Locatieverzoeken.locatie("Overzichtzoek " + System.nanoTime(), "2024-01-01", 12));
        assertThat(l.status()).as(l.toString()).isEqualTo(201);
        var periode = "/bekostiging/overzicht?van=2024-01-01&tot=2024-03-31";
        var sessie = new nl.onderdak.Websessie(poort).inloggen("noo");
        var alle = sessie.pagina(periode).body();
        var landelijk = java.util.regex.Pattern.compile("id=\"overzichttotaal\">([^<]*)<").matcher(alle).results().findFirst().orElseThrow()
                .group(1);

        // Part of the name or the code narrows the rows; the national total stays.
        for (var zoek : java.util.List.of("rotterd", "gm0599")) {
            var gevonden = sessie.pagina(periode + "&zoek=" + zoek).body();
            assertThat(gevonden).contains("Rotterdam (GM0599)", "van de", "id=\"overzichttotaal\">" + landelijk + "<", "id=\"overzicht-totaal\"")
                    .doesNotContain("(GM0344)");
        }

        // Highest total first: the totals of the rows, in the order shown, never go up.
        var json = get("/api/v1/bekostiging/claimoverzicht?van=2024-01-01&tot=2024-03-31", "noo").json();
        var totalen = new java.util.HashMap<String, BigDecimal>();
        json.get("gemeenten").forEach(g -> totalen.put(g.get("gemeenteCode").asString(), g.get("totaal").decimalValue()));
        var opBedrag = sessie.pagina(periode + "&sorteer=bedrag").body();
        var codes = java.util.regex.Pattern.compile("\\((GM\\d{4})\\)</a>").matcher(opBedrag).results().map(r -> r.group(1)).toList();
        assertThat(codes).hasSize(totalen.size()).contains("GM0599");
        for (int i = 0; i + 1 < codes.size(); i++) {
            assertThat(totalen.get(codes.get(i))).as(codes.get(i)).isGreaterThanOrEqualTo(totalen.get(codes.get(i + 1)));
        }
    }

    @Test
    void een_onbekende_sortering_van_het_overzicht_wordt_bij_het_veld_genoemd_zonder_serverfout() {
        var pagina = new nl.onderdak.Websessie(poort).inloggen("noo").pagina("/bekostiging/overzicht?van=2024-01-01&tot=2024-03-31&sorteer=x");
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("Sorteer op gemeente of bedrag.", "id=\"sorteer-fout\"", "id=\"overzicht-totaal\"");
    }
}
