// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import static nl.onderdak.locaties.Locatieverzoeken.PAD;
import static nl.onderdak.locaties.Locatieverzoeken.lijst;
import static nl.onderdak.locaties.Locatieverzoeken.locatie;
import static nl.onderdak.locaties.Locatieverzoeken.ongeldigeVelden;
import static nl.onderdak.locaties.Locatieverzoeken.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import nl.onderdak.gebieden.Gebieden;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national location list (LCVS, KCIO): filtered by region and status on the day, with the total
 * count over all pages, paged, and exported with the same filter for Dutch Excel; and the KCIO report
 * whose totals per region add up to the national total.
 */
class LocatielijstTest extends IntegratieTest {

    @Autowired
    Gebieden gebieden;

    private String gesloten;
    private String open;
    private String rotterdam;

    private String registreer(String gebruiker, String naam) {
        var a = post(PAD, gebruiker, locatie(naam, "2024-01-01", 30));
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    @BeforeEach
    void locatiesInTweeRegios() {
        var uniek = UUID.randomUUID().toString();
        gesloten = "Lijsttest Gesloten " + uniek;
        open = "Lijsttest Open " + uniek;
        rotterdam = "Lijsttest Rotterdam " + uniek;
        var id = registreer("utrecht", gesloten);
        assertThat(post(PAD + "/" + id + "/statussen", "utrecht", status("2024-06-01", "gesloten", "Contract beëindigd")).status())
                .isEqualTo(201);
        registreer("utrecht", open);
        var r = registreer("rotterdam", rotterdam);
        assertThat(post(PAD + "/" + r + "/statussen", "rotterdam", status("2024-06-01", "gesloten", "Contract beëindigd")).status())
                .isEqualTo(201);
    }

    @Test
    void landelijke_lijst_filtert_op_regio_en_status_met_het_totaal_over_alle_paginas() {
        var antwoord = get(PAD + "?regio=VR09&status=gesloten&pagina=1&aantal=500", "lcvs");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        var locaties = lijst(antwoord.json().get("opvanglocaties"));
        var utrechtseRegio = gebieden.gemeentecodesInRegio("VR09");
        assertThat(locaties).isNotEmpty().allSatisfy(l -> {
            assertThat(l.get("status").asString()).isEqualTo("gesloten");
            assertThat(l.get("gemeenteCode").asString()).isIn(utrechtseRegio);
        });
        assertThat(locaties).extracting(l -> l.get("naam").asString()).contains(gesloten).doesNotContain(open, rotterdam);
        assertThat(antwoord.json().get("totaal").asInt()).isEqualTo(locaties.size());

        var eenPerPagina = get(PAD + "?regio=VR09&status=gesloten&aantal=1&pagina=1&sorteer=-naam", "lcvs");
        assertThat(lijst(eenPerPagina.json().get("opvanglocaties"))).hasSize(1);
        assertThat(eenPerPagina.json().get("totaal").asInt()).isEqualTo(locaties.size());
    }

    @Test
    void een_fout_filter_noemt_elke_foute_parameter() {
        var antwoord = get(PAD + "?regio=Utrecht&status=open&soort=kasteel&sorteer=kleur&aantal=0", "lcvs");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(ongeldigeVelden(antwoord)).containsExactlyInAnyOrder("regio", "status", "soort", "sorteer", "aantal");
    }

    @Test
    void de_export_van_de_landelijke_lijst_heeft_hetzelfde_filter_en_namen_naast_codes() {
        var totaal = get(PAD + "?regio=VR09&status=gesloten", "lcvs").json().get("totaal").asInt();
        var sessie = new Websessie(poort).inloggen("lcvs");

        var csv = sessie.get("/opvanglocaties.csv?regio=VR09&status=gesloten");
        var xlsx = sessie.get("/opvanglocaties.xlsx?regio=VR09&status=gesloten");

        assertThat(csv.statusCode()).isEqualTo(200);
        var regels = List.of(sessie.tekst(csv).replace("\uFEFF", "").split("\r\n"));
        assertThat(regels.getFirst()).startsWith("peildatum;naam;gemeentecode;gemeente;veiligheidsregiocode;veiligheidsregio");
        assertThat(regels).hasSize(totaal + 1);
        assertThat(regels).anyMatch(r -> r.contains(gesloten) && r.contains(";GM0344;Utrecht;VR09;Utrecht;") && r.contains("Gesloten"));
        assertThat(regels).noneMatch(r -> r.contains(open) || r.contains(rotterdam));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void de_export_van_de_lijst_schrijft_datums_als_JJJJ_MM_DD_en_woorden_in_de_taal_van_de_gebruiker() {
        var sessie = new Websessie(poort).inloggen("lcvs");

        var csv = sessie.get("/opvanglocaties.csv?regio=VR09&status=gesloten&lang=en");

        var regels = List.of(sessie.tekst(csv).replace("\uFEFF", "").split("\r\n"));
        var rij = regels.stream().filter(r -> r.contains(gesloten)).findFirst().orElseThrow();
        assertThat(rij).matches("\\d{4}-\\d{2}-\\d{2};.*;Closed;.*;\\d{4}-\\d{2}-\\d{2};[^;]*;\\d+$");
    }

    @Test
    void de_pagina_toont_het_aantal_en_de_gemeente_met_naam_en_code() {
        var pagina = new Websessie(poort).inloggen("lcvs").pagina("/opvanglocaties?regio=VR09&status=gesloten").body();

        assertThat(pagina).contains(gesloten).doesNotContain(open).doesNotContain(rotterdam).contains("Utrecht (GM0344)")
                .contains("id=\"aantal-locaties\"");
    }

    @Test
    void kcio_totalen_per_regio_tellen_op_tot_het_landelijke_totaal() {
        var antwoord = get("/api/v1/kcio-rapportage", "kcio");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        var json = antwoord.json();
        var regios = lijst(json.get("regios"));
        var gemeenten = lijst(json.get("gemeenten"));
        var totaal = json.get("totaal");
        assertThat(regios).hasSize(25);
        for (var veld : List.of("locaties", "bruikbareBedden", "bezet", "vrij")) {
            assertThat(regios.stream().mapToInt(r -> r.get(veld).asInt()).sum()).as(veld).isEqualTo(totaal.get(veld).asInt());
            assertThat(gemeenten.stream().mapToInt(g -> g.get(veld).asInt()).sum()).as(veld).isEqualTo(totaal.get(veld).asInt());
        }
        var utrecht = regios.stream().filter(r -> r.get("veiligheidsregioCode").asString().equals("VR09")).findFirst().orElseThrow();
        assertThat(utrecht.get("veiligheidsregio").asString()).isEqualTo("Utrecht");
        assertThat(gemeenten.stream().filter(g -> g.get("veiligheidsregioCode").asString().equals("VR09"))
                .mapToInt(g -> g.get("bruikbareBedden").asInt()).sum()).isEqualTo(utrecht.get("bruikbareBedden").asInt());
        assertThat(totaal.get("bruikbareBedden").asInt()).isPositive();
    }
}
