// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import static nl.onderdak.locaties.Locatieverzoeken.PAD;
import static nl.onderdak.locaties.Locatieverzoeken.bedden;
import static nl.onderdak.locaties.Locatieverzoeken.lijst;
import static nl.onderdak.locaties.Locatieverzoeken.locatie;
import static nl.onderdak.locaties.Locatieverzoeken.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may read and change a location, for every endpoint of the locations API. The issue: a user of
 * another gemeente can neither read nor change a location (it answers 404, so its existence does
 * not leak), and a region coordinator reads only the region's locations and changes none.
 *
 * <p>The demo accounts hold a single region coordinator (regio-utrecht, VR09), so "a coordinator of
 * another region" is not covered here; Rotterdam (GM0599, VR17) stands for "outside the region".
 */
class LocatiesToegangTest extends IntegratieTest {

    @Autowired
    JdbcClient jdbc;

    /** A location of Utrecht (GM0344, VR09), fresh for every test. */
    private String id;
    private String naam;

    @BeforeEach
    void registreerLocatieVanUtrecht() {
        naam = "Toegangstest " + UUID.randomUUID();
        var antwoord = post(PAD, "utrecht", locatie(naam, "2024-01-01", 25));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        id = antwoord.json().get("id").asString();
    }

    private List<String> leespaden(String locatieId) {
        return List.of(PAD + "/" + locatieId, PAD + "/" + locatieId + "?peildatum=2025-01-01",
                PAD + "/" + locatieId + "/bedden", PAD + "/" + locatieId + "/statussen");
    }

    private Antwoord wijzigBedden(String gebruiker, String locatieId) {
        return post(PAD + "/" + locatieId + "/bedden", gebruiker, bedden("2025-03-01", 99, 0, null, "Poging"));
    }

    private Antwoord wijzigStatus(String gebruiker, String locatieId) {
        return post(PAD + "/" + locatieId + "/statussen", gebruiker, status("2025-03-01", "gesloten", "Poging"));
    }

    private List<String> idsInLijstVan(String gebruiker) {
        var antwoord = get(PAD, gebruiker);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        return lijst(antwoord.json().get("opvanglocaties")).stream().map(l -> l.get("id").asString()).toList();
    }

    /** Rows in the histories: together with the location as Utrecht sees it, proof that nothing changed. */
    private String staatInDatabase() {
        var uuid = UUID.fromString(id);
        int mutaties = jdbc.sql("select count(*) from locaties.beddenmutatie where opvanglocatie_id = ?").param(uuid)
                .query(Integer.class).single();
        int statussen = jdbc.sql("select count(*) from locaties.locatiestatus where opvanglocatie_id = ?").param(uuid)
                .query(Integer.class).single();
        int versie = jdbc.sql("select versie from locaties.opvanglocatie where id = ?").param(uuid).query(Integer.class).single();
        return mutaties + " mutaties, " + statussen + " statussen, versie " + versie;
    }

    private void nietsVeranderd(String ervoor) {
        assertThat(staatInDatabase()).isEqualTo(ervoor).isEqualTo("1 mutaties, 1 statussen, versie 0");
        var zoalsUtrechtHetZiet = get(PAD + "/" + id + "?peildatum=2025-06-01", "utrecht").json();
        assertThat(zoalsUtrechtHetZiet.get("status").asString()).isEqualTo("beschikbaar");
        assertThat(zoalsUtrechtHetZiet.get("bruikbareBedden").asInt()).isEqualTo(25);
    }

    private static void isProbleem(Antwoord antwoord, int status) {
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(status);
        assertThat(antwoord.contentType()).as(antwoord.toString()).startsWith("application/problem+json");
        assertThat(antwoord.json().get("status").asInt()).isEqualTo(status);
    }

    @Test
    void deEigenGemeenteLeestEnWijzigtElkEindpunt() {
        for (var pad : leespaden(id)) {
            assertThat(get(pad, "utrecht").status()).as(pad).isEqualTo(200);
        }
        assertThat(idsInLijstVan("utrecht")).contains(id);
        assertThat(wijzigBedden("utrecht", id).status()).isEqualTo(201);
        assertThat(wijzigStatus("utrecht", id).status()).isEqualTo(201);
        assertThat(staatInDatabase()).isEqualTo("2 mutaties, 2 statussen, versie 0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rotterdam", "amersfoort"})
    void eenAndereGemeenteKrijgtOpElkEindpunt404EnWijzigtNiets(String gebruiker) {
        var ervoor = staatInDatabase();

        for (var pad : leespaden(id)) {
            isProbleem(get(pad, gebruiker), 404);
        }
        assertThat(idsInLijstVan(gebruiker)).doesNotContain(id);
        isProbleem(wijzigBedden(gebruiker, id), 404);
        isProbleem(wijzigStatus(gebruiker, id), 404);

        nietsVeranderd(ervoor);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rotterdam", "amersfoort"})
    void eenAndereGemeenteKrijgtHetzelfde404AlsVoorEenOnbestaandeLocatie(String gebruiker) {
        var onbestaand = UUID.randomUUID().toString();

        for (int i = 0; i < 4; i++) {
            var bestaand = get(leespaden(id).get(i), gebruiker).json();
            var nergens = get(leespaden(onbestaand).get(i), gebruiker).json();
            assertThat(bestaand.get("type")).isEqualTo(nergens.get("type"));
            assertThat(bestaand.get("title")).isEqualTo(nergens.get("title"));
            assertThat(bestaand.get("detail")).isEqualTo(nergens.get("detail"));
        }
        var bestaand = wijzigBedden(gebruiker, id).json();
        var nergens = wijzigBedden(gebruiker, onbestaand).json();
        assertThat(bestaand.get("detail")).isEqualTo(nergens.get("detail"));
    }

    @Test
    void eenAndereGemeenteKrijgtOokBijOngeldigeInvoer404() {
        var ervoor = staatInDatabase();

        var bedden = post(PAD + "/" + id + "/bedden", "rotterdam", "{\"opgegeven\":-5}");
        var status = post(PAD + "/" + id + "/statussen", "rotterdam", "{\"status\":\"kasteel\"}");

        isProbleem(bedden, 404);
        isProbleem(status, 404);
        nietsVeranderd(ervoor);
    }

    @Test
    void deRegiocoordinatorLeestDeLocatieMaarWijzigtEnRegistreertNiet() {
        var ervoor = staatInDatabase();

        for (var pad : leespaden(id)) {
            var antwoord = get(pad, "regio-utrecht");
            assertThat(antwoord.status()).as(pad + ": " + antwoord).isEqualTo(200);
        }
        assertThat(get(PAD + "/" + id, "regio-utrecht").json().get("naam").asString()).isEqualTo(naam);
        assertThat(idsInLijstVan("regio-utrecht")).contains(id);
        isProbleem(wijzigBedden("regio-utrecht", id), 403);
        isProbleem(wijzigStatus("regio-utrecht", id), 403);
        isProbleem(post(PAD, "regio-utrecht", locatie("Regiolocatie " + UUID.randomUUID(), "2024-01-01", 5)), 403);

        nietsVeranderd(ervoor);
    }

    @Test
    void deLijstVanDeRegiocoordinatorBevatAlleenGemeentenVanDeRegio() {
        var rotterdams = post(PAD, "rotterdam", locatie("Rotterdamse locatie " + UUID.randomUUID(), "2024-01-01", 8));
        assertThat(rotterdams.status()).as(rotterdams.toString()).isEqualTo(201);
        var rotterdamsId = rotterdams.json().get("id").asString();
        assertThat(rotterdams.json().get("gemeenteCode").asString()).isEqualTo("GM0599");

        var lijst = lijst(get(PAD, "regio-utrecht").json().get("opvanglocaties"));

        assertThat(lijst).extracting(l -> l.get("id").asString()).contains(id).doesNotContain(rotterdamsId);
        assertThat(lijst).extracting(l -> l.get("gemeenteCode").asString()).doesNotContain("GM0599");
        isProbleem(get(PAD + "/" + rotterdamsId, "regio-utrecht"), 404);
        isProbleem(get(PAD + "/" + rotterdamsId + "/bedden", "regio-utrecht"), 404);
        isProbleem(get(PAD + "/" + rotterdamsId + "/statussen", "regio-utrecht"), 404);
        isProbleem(wijzigBedden("regio-utrecht", rotterdamsId), 404);
        isProbleem(wijzigStatus("regio-utrecht", rotterdamsId), 404);
    }

    @Test
    void deLijstVanEenGemeenteBevatAlleenDeEigenLocaties() {
        assertThat(lijst(get(PAD, "utrecht").json().get("opvanglocaties")))
                .extracting(l -> l.get("gemeenteCode").asString()).containsOnly("GM0344");
        assertThat(lijst(get(PAD, "amersfoort").json().get("opvanglocaties")))
                .extracting(l -> l.get("gemeenteCode").asString()).doesNotContain("GM0344");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lcvs", "kcio", "noo", "jenv", "beheer"})
    void eenLandelijkeGebruikerLeestMaarWijzigtEnRegistreertNiet(String gebruiker) {
        var ervoor = staatInDatabase();

        for (var pad : leespaden(id)) {
            var antwoord = get(pad, gebruiker);
            assertThat(antwoord.status()).as(pad + ": " + antwoord).isEqualTo(200);
        }
        assertThat(idsInLijstVan(gebruiker)).contains(id);
        isProbleem(wijzigBedden(gebruiker, id), 403);
        isProbleem(wijzigStatus(gebruiker, id), 403);
        isProbleem(post(PAD, gebruiker, locatie("Landelijke locatie " + UUID.randomUUID(), "2024-01-01", 5)), 403);

        nietsVeranderd(ervoor);
    }

    @Test
    void zonderInloggenGeeftElkEindpunt401() {
        var ervoor = staatInDatabase();

        for (var pad : leespaden(id)) {
            isProbleem(get(pad), 401);
        }
        isProbleem(get(PAD), 401);
        isProbleem(wijzigBedden(null, id), 401);
        isProbleem(wijzigStatus(null, id), 401);
        isProbleem(post(PAD, null, locatie("Anonieme locatie", "2024-01-01", 5)), 401);

        nietsVeranderd(ervoor);
    }

    @Test
    void eenFoutWachtwoordGeeft401() {
        isProbleem(get(PAD + "/" + id, "utrecht", "fout-wachtwoord"), 401);
        isProbleem(get(PAD, "utrecht", "fout-wachtwoord"), 401);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"onbekend", "geen-uuid"})
    void eenOnbekendOfOngeldigIdGeeftOpElkEindpunt404(String soort) {
        var onbekendId = soort.equals("onbekend") ? UUID.randomUUID().toString() : "geen-uuid";

        for (var pad : leespaden(onbekendId)) {
            isProbleem(get(pad, "utrecht"), 404);
            isProbleem(get(pad, "lcvs"), 404);
        }
        isProbleem(wijzigBedden("utrecht", onbekendId), 404);
        isProbleem(wijzigStatus("utrecht", onbekendId), 404);
    }
}
