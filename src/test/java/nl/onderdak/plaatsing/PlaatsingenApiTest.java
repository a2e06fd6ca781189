// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import static nl.onderdak.bewoners.Bewonersverzoeken.PLAATSINGEN;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishouden;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishoudenVan;
import static nl.onderdak.bewoners.Bewonersverzoeken.lid;
import static nl.onderdak.bewoners.Bewonersverzoeken.plaatsing;
import static nl.onderdak.bewoners.Bewonersverzoeken.uitchecken;
import static nl.onderdak.bewoners.Bewonersverzoeken.uniekeAchternaam;
import static nl.onderdak.locaties.Locatieverzoeken.lijst;
import static nl.onderdak.locaties.Locatieverzoeken.ongeldigeVelden;
import static nl.onderdak.locaties.Locatieverzoeken.pad;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.bewoners.BewonersIntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Checking households in to numbered beds and out again over HTTP: beds are never given twice, a
 * person is never in two places at once, a household stays together unless a reason is given, and
 * only the gemeente of the location places there.
 */
class PlaatsingenApiTest extends BewonersIntegratieTest {

    private static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    JdbcClient jdbc;

    private static String dag(int dagenGeleden) {
        return VANDAAG.minusDays(dagenGeleden).toString();
    }

    private String nieuwHuishouden(int personen) {
        return registreer("utrecht", huishoudenVan(personen)).get("id").asString();
    }

    private static List<Integer> bednummers(JsonNode plaatsing) {
        return lijst(plaatsing.get("bedden")).stream().map(b -> b.get("bednummer").asInt()).toList();
    }

    private static List<String> bewoners(JsonNode plaatsing) {
        return lijst(plaatsing.get("bedden")).stream().map(b -> b.get("bewoner").asString()).toList();
    }

    private int bedbezettingen(String locatie) {
        return jdbc.sql("select count(*) from plaatsing.bedbezetting where opvanglocatie_id = ?").param(UUID.fromString(locatie))
                .query(Integer.class).single();
    }

    private int bezetInUtrecht(String peildatum) {
        var antwoord = get("/api/v1/capaciteit?niveau=gemeente&peildatum=" + peildatum, "utrecht");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        return lijst(antwoord.json().get("regels")).stream().filter(r -> r.get("code").asString().equals("GM0344"))
                .findFirst().orElseThrow().get("bezet").asInt();
    }

    @Test
    void inchecken201MetGenummerdeVerschillendeBeddenVoorElkLid() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 10);
        var huishouden = registreer("utrecht", huishoudenVan(3));

        var antwoord = post(PLAATSINGEN, "utrecht", plaatsing(huishouden.get("id").asString(), locatie, dag(2)));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        var p = antwoord.json();
        assertThat(pad(antwoord)).isEqualTo(PLAATSINGEN + "/" + p.get("id").asString());
        assertThat(p.get("huishouden").asString()).isEqualTo(huishouden.get("id").asString());
        assertThat(p.get("opvanglocatie").asString()).isEqualTo(locatie);
        assertThat(p.get("verblijfsduur").asString()).isEqualTo("lang");
        assertThat(p.get("personen").asInt()).isEqualTo(3);
        assertThat(p.get("vanaf").asString()).isEqualTo(dag(2));
        assertThat(p.get("tot").isNull()).isTrue();
        assertThat(bednummers(p)).hasSize(3).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n <= 10);
        assertThat(bewoners(p)).containsExactlyInAnyOrderElementsOf(ledenIds(huishouden));
        assertThat(lijst(p.get("bedden"))).allSatisfy(b -> {
            assertThat(b.get("vanaf").asString()).isEqualTo(dag(2));
            assertThat(b.get("tot").isNull()).isTrue();
        });

        var tweede = plaats("utrecht", nieuwHuishouden(2), locatie, dag(1));
        assertThat(bednummers(tweede)).hasSize(2).doesNotHaveDuplicates().doesNotContainAnyElementsOf(bednummers(p))
                .allMatch(n -> n >= 1 && n <= 10);

        var gelezen = get(PLAATSINGEN + "/" + p.get("id").asString(), "utrecht");
        assertThat(gelezen.status()).as(gelezen.toString()).isEqualTo(200);
        assertThat(bednummers(gelezen.json())).containsExactlyInAnyOrderElementsOf(bednummers(p));
        // The region reads a placement only while it handles a placement request of the household (ADR 0014).
        assertThat(get(PLAATSINGEN + "/" + p.get("id").asString(), "regio-utrecht").status()).isEqualTo(404);
    }

    @Test
    void teWeinigVrijeBedden409ProblemJsonEnNietsGeplaatst() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 5);

        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(nieuwHuishouden(6), locatie, dag(3))), 409, "te-weinig-vrije-bedden");
        assertThat(bedbezettingen(locatie)).isZero();

        plaats("utrecht", nieuwHuishouden(3), locatie, dag(3));
        var teVeel = post(PLAATSINGEN, "utrecht", plaatsing(nieuwHuishouden(3), locatie, dag(1)));
        isProbleem(teVeel, 409, "te-weinig-vrije-bedden");
        assertThat(teVeel.json().get("detail").asString()).contains("2 vrije bedden");
        // A placement from an earlier day overlaps the one already there as well.
        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(nieuwHuishouden(3), locatie, dag(30))), 409, "te-weinig-vrije-bedden");
        // The location has no short-stay beds at all.
        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(nieuwHuishouden(1), locatie, dag(1),
                Map.of("verblijfsduur", "kort"))), 409, "te-weinig-vrije-bedden");
        assertThat(bedbezettingen(locatie)).isEqualTo(3);

        var precies = plaats("utrecht", nieuwHuishouden(2), locatie, dag(1));
        assertThat(bednummers(precies)).containsExactlyInAnyOrder(4, 5);
        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(nieuwHuishouden(1), locatie, dag(0))), 409, "te-weinig-vrije-bedden");
    }

    @Test
    void eenLidDatInEenOverlappendePeriodeAlEldersGeplaatstIs409() {
        var eerste = registreerLocatie("utrecht", "2024-01-01", 6);
        var tweede = registreerLocatie("utrecht", "2024-01-01", 6);
        var huishouden = registreer("utrecht", huishoudenVan(2));
        var id = huishouden.get("id").asString();
        var geplaatst = plaats("utrecht", id, eerste, dag(20));

        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(id, tweede, dag(10))), 409, "al-geplaatst");
        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(id, tweede, dag(25))), 409, "al-geplaatst");
        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(id, tweede, dag(10),
                Map.of("leden", List.of(ledenIds(huishouden).get(1)), "splitsingsreden", "Ziekenhuisopname"))), 409, "al-geplaatst");
        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(id, eerste, dag(5))), 409, "al-geplaatst");
        assertThat(bedbezettingen(tweede)).isZero();
        assertThat(bedbezettingen(eerste)).isEqualTo(2);

        // After checking out of the first location the household fits in the second from that day.
        var uit = post(PLAATSINGEN + "/" + geplaatst.get("id").asString() + "/_uitchecken", "utrecht",
                uitchecken(dag(10), "andere_gemeente"));
        assertThat(uit.status()).as(uit.toString()).isEqualTo(200);
        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(id, tweede, dag(11))), 409, "al-geplaatst");
        var verhuisd = plaats("utrecht", id, tweede, dag(10));
        assertThat(bewoners(verhuisd)).containsExactlyInAnyOrderElementsOf(ledenIds(huishouden));
    }

    @Test
    void eenHuishoudenSplitsenZonderSplitsingsreden400MetReden201() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 10);
        var huishouden = registreer("utrecht", huishoudenVan(3));
        var id = huishouden.get("id").asString();
        var twee = ledenIds(huishouden).subList(0, 2);

        var zonderReden = post(PLAATSINGEN, "utrecht", plaatsing(id, locatie, dag(4), Map.of("leden", twee)));
        var legeReden = post(PLAATSINGEN, "utrecht", plaatsing(id, locatie, dag(4),
                Map.of("leden", twee, "splitsingsreden", "  ")));

        isProbleem(zonderReden, 400);
        assertThat(ongeldigeVelden(zonderReden)).containsExactly("splitsingsreden");
        isProbleem(legeReden, 400);
        assertThat(ongeldigeVelden(legeReden)).containsExactly("splitsingsreden");
        assertThat(bedbezettingen(locatie)).isZero();

        var metReden = post(PLAATSINGEN, "utrecht", plaatsing(id, locatie, dag(4),
                Map.of("leden", twee, "splitsingsreden", "Vader werkt in een andere stad")));

        assertThat(metReden.status()).as(metReden.toString()).isEqualTo(201);
        assertThat(metReden.json().get("personen").asInt()).isEqualTo(2);
        assertThat(metReden.json().get("splitsingsreden").asString()).isEqualTo("Vader werkt in een andere stad");
        assertThat(bewoners(metReden.json())).containsExactlyInAnyOrderElementsOf(twee);
        // Every member chosen is not a split and needs no reason.
        var heel = registreer("utrecht", huishoudenVan(2));
        var allen = post(PLAATSINGEN, "utrecht", plaatsing(heel.get("id").asString(), locatie, dag(4),
                Map.of("leden", ledenIds(heel))));
        assertThat(allen.status()).as(allen.toString()).isEqualTo(201);
        // A member of another household cannot be chosen.
        var vreemd = post(PLAATSINGEN, "utrecht", plaatsing(id, locatie, dag(4),
                Map.of("leden", List.of(ledenIds(huishouden).get(2), ledenIds(heel).getFirst()), "splitsingsreden", "x")));
        isProbleem(vreemd, 400);
        assertThat(ongeldigeVelden(vreemd)).containsExactly("leden");
    }

    @Test
    void uitcheckenZetTotEnMaaktDeBeddenVanafDieDagWeerVrij() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 2);
        var geplaatst = plaats("utrecht", nieuwHuishouden(2), locatie, dag(20));
        var pad = PLAATSINGEN + "/" + geplaatst.get("id").asString();
        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(nieuwHuishouden(2), locatie, dag(5))), 409, "te-weinig-vrije-bedden");

        var uit = post(pad + "/_uitchecken", "utrecht", uitchecken(dag(8), "eigen_woning"));

        assertThat(uit.status()).as(uit.toString()).isEqualTo(200);
        assertThat(uit.json().get("tot").asString()).isEqualTo(dag(8));
        assertThat(uit.json().get("vertrekreden").asString()).isEqualTo("eigen_woning");
        assertThat(lijst(uit.json().get("bedden"))).hasSize(2).allSatisfy(b -> {
            assertThat(b.get("vanaf").asString()).isEqualTo(dag(20));
            assertThat(b.get("tot").asString()).isEqualTo(dag(8));
        });
        assertThat(get(pad, "utrecht").json().get("tot").asString()).isEqualTo(dag(8));
        // The day before check-out the beds are still taken; from the day of check-out they are free.
        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(nieuwHuishouden(2), locatie, dag(9))), 409, "te-weinig-vrije-bedden");
        var nieuw = plaats("utrecht", nieuwHuishouden(2), locatie, dag(8));
        assertThat(bednummers(nieuw)).containsExactlyInAnyOrder(1, 2);

        var nogmaals = post(pad + "/_uitchecken", "utrecht", uitchecken(dag(6), "eigen_woning"));
        isProbleem(nogmaals, 400);
        assertThat(ongeldigeVelden(nogmaals)).containsExactly("datum");
    }

    @Test
    void uitcheckenVoorOfOpDeAankomstdagOfZonderGeldigeReden400() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 3);
        var pad = PLAATSINGEN + "/" + plaats("utrecht", nieuwHuishouden(1), locatie, dag(5)).get("id").asString() + "/_uitchecken";

        var opAankomst = post(pad, "utrecht", uitchecken(dag(5), "coa"));
        var alles = post(pad, "utrecht", uitchecken("5 maart", "vakantie"));

        isProbleem(opAankomst, 400);
        assertThat(ongeldigeVelden(opAankomst)).containsExactly("datum");
        isProbleem(alles, 400);
        assertThat(ongeldigeVelden(alles)).containsExactlyInAnyOrder("datum", "reden");
        isProbleem(post(pad, "utrecht", "{}"), 400);
        assertThat(get(pad.replace("/_uitchecken", ""), "utrecht").json().get("tot").isNull()).isTrue();
    }

    @Test
    void vanafInHetVerledenTeltInHetCapaciteitsoverzichtVanafDieDag() {
        var peildatum = dag(40);
        var ervoor = dag(51);
        var locatie = registreerLocatie("utrecht", "2024-01-01", 20);
        int bezetVoor = bezetInUtrecht(peildatum);
        int bezetErvoor = bezetInUtrecht(ervoor);

        var geplaatst = plaats("utrecht", nieuwHuishouden(3), locatie, dag(50));
        plaats("utrecht", nieuwHuishouden(2), locatie, dag(45));

        assertThat(bezetInUtrecht(peildatum)).isEqualTo(bezetVoor + 5);
        assertThat(bezetInUtrecht(ervoor)).isEqualTo(bezetErvoor);
        assertThat(bezetInUtrecht(dag(48))).isGreaterThanOrEqualTo(3);

        var uit = post(PLAATSINGEN + "/" + geplaatst.get("id").asString() + "/_uitchecken", "utrecht",
                uitchecken(dag(42), "terug_naar_oekraine"));
        assertThat(uit.status()).as(uit.toString()).isEqualTo(200);
        assertThat(bezetInUtrecht(peildatum)).isEqualTo(bezetVoor + 2);
    }

    @Test
    void eenAndereGemeenteChecktNietInOpEenLocatieVanUtrechtEnChecktNietUit() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 10);
        var vanUtrecht = plaats("utrecht", nieuwHuishouden(2), locatie, dag(3));
        var plaatsingPad = PLAATSINGEN + "/" + vanUtrecht.get("id").asString();
        var rotterdams = registreer("rotterdam", huishoudenVan(1)).get("id").asString();

        var inchecken = post(PLAATSINGEN, "rotterdam", plaatsing(rotterdams, locatie, dag(3)));
        var onbestaand = post(PLAATSINGEN, "rotterdam", plaatsing(rotterdams, UUID.randomUUID().toString(), dag(3)));

        isProbleem(inchecken, 404, "niet-gevonden");
        assertThat(inchecken.json().get("detail")).isEqualTo(onbestaand.json().get("detail"));
        isProbleem(get(plaatsingPad, "rotterdam"), 404);
        isProbleem(post(plaatsingPad + "/_uitchecken", "rotterdam", uitchecken(dag(1), "eigen_woning")), 404);
        isProbleem(post(plaatsingPad + "/_uitchecken", "amersfoort", uitchecken(dag(1), "eigen_woning")), 404);
        // Nor can Rotterdam place Utrecht's household in a location of its own.
        var rotterdamseLocatie = registreerLocatie("rotterdam", "2024-01-01", 10);
        var vreemdHuishouden = nieuwHuishouden(1);
        isProbleem(post(PLAATSINGEN, "rotterdam", plaatsing(vreemdHuishouden, rotterdamseLocatie, dag(3))), 404);
        assertThat(bedbezettingen(rotterdamseLocatie)).isZero();

        assertThat(bedbezettingen(locatie)).isEqualTo(2);
        var nogSteeds = get(plaatsingPad, "utrecht");
        assertThat(nogSteeds.json().get("tot").isNull()).as(nogSteeds.toString()).isTrue();
    }

    @Test
    void eenRegiocoordinatorChecktNietInEnNietUit() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 10);
        var huishouden = nieuwHuishouden(1);
        var geplaatst = plaats("utrecht", nieuwHuishouden(1), locatie, dag(3));

        isProbleem(post(PLAATSINGEN, "regio-utrecht", plaatsing(huishouden, locatie, dag(3))), 403);
        isProbleem(post(PLAATSINGEN, "lcvs", plaatsing(huishouden, locatie, dag(3))), 403);
        isProbleem(post(PLAATSINGEN + "/" + geplaatst.get("id").asString() + "/_uitchecken", "regio-utrecht",
                uitchecken(dag(1), "eigen_woning")), 403);
        assertThat(bedbezettingen(locatie)).isEqualTo(1);
    }

    @Test
    void ongeldigeInvoerNoemtElkVeld() {
        var antwoord = post(PLAATSINGEN, "utrecht",
                plaatsing("geen-uuid", "1234", "2025-02-30", Map.of("verblijfsduur", "middel")));

        isProbleem(antwoord, 400);
        assertThat(ongeldigeVelden(antwoord)).containsExactlyInAnyOrder("huishouden", "opvanglocatie", "vanaf", "verblijfsduur");

        var leeg = post(PLAATSINGEN, "utrecht", "{}");
        isProbleem(leeg, 400);
        assertThat(ongeldigeVelden(leeg)).containsExactlyInAnyOrder("huishouden", "opvanglocatie", "vanaf");

        var locatie = registreerLocatie("utrecht", "2024-01-01", 10);
        var teVer = post(PLAATSINGEN, "utrecht", plaatsing(nieuwHuishouden(1), locatie, VANDAAG.plusDays(31).toString()));
        isProbleem(teVer, 400);
        assertThat(ongeldigeVelden(teVer)).containsExactly("vanaf");

        var geenDatum = post(PLAATSINGEN, "utrecht", plaatsing(nieuwHuishouden(1), locatie, "morgen"));
        isProbleem(geenDatum, 400);
        assertThat(ongeldigeVelden(geenDatum)).containsExactly("vanaf");
        assertThat(bedbezettingen(locatie)).isZero();

        isProbleem(post(PLAATSINGEN, "utrecht", "{\"huishouden\": [1, 2]}"), 400);
    }

    @Test
    void eenOnbekendeOfOngeldigePlaatsing404() {
        isProbleem(get(PLAATSINGEN + "/" + UUID.randomUUID(), "utrecht"), 404);
        isProbleem(get(PLAATSINGEN + "/geen-uuid", "utrecht"), 404);
        isProbleem(post(PLAATSINGEN + "/" + UUID.randomUUID() + "/_uitchecken", "utrecht", uitchecken(dag(1), "coa")), 404);
        isProbleem(post(PLAATSINGEN + "/geen-uuid/_uitchecken", "utrecht", uitchecken(dag(1), "coa")), 404);
    }

    @Test
    void eenLocatieDieOpDeAankomstdagNogNietBeschikbaarIs409() {
        var locatie = registreerLocatie("utrecht", dag(10), 10);

        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(nieuwHuishouden(1), locatie, dag(11))), 409, "locatie-niet-beschikbaar");
        assertThat(bedbezettingen(locatie)).isZero();
        plaats("utrecht", nieuwHuishouden(1), locatie, dag(10));
    }

    @Test
    void zonderInloggen401() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 10);
        var geplaatst = plaats("utrecht", nieuwHuishouden(1), locatie, dag(3));
        var pad = PLAATSINGEN + "/" + geplaatst.get("id").asString();

        isProbleem(post(PLAATSINGEN, null, plaatsing(nieuwHuishouden(1), locatie, dag(3))), 401);
        isProbleem(get(pad), 401);
        isProbleem(post(pad + "/_uitchecken", null, uitchecken(dag(1), "coa")), 401);
        assertThat(bedbezettingen(locatie)).isEqualTo(1);
    }

    @Test
    void eenAlleenreizendKindWordtGeplaatstDoorDeRolMinderjarigenEnNietDoorAnderen() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 10);
        var kind = registreer("utrecht-jeugd", huishouden(lid("Bohdan", uniekeAchternaam("Kind"),
                VANDAAG.minusYears(15).toString(), Map.of("alleenreizendMinderjarig", true)))).get("id").asString();

        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(kind, locatie, dag(1))), 404);
        assertThat(bedbezettingen(locatie)).isZero();
        plaats("utrecht-jeugd", kind, locatie, dag(1));
        assertThat(bedbezettingen(locatie)).isEqualTo(1);
    }

    @Test
    void eenMedewerkerZonderRolMinderjarigenLeestNochChecktUitDePlaatsingVanEenAlleenreizendKind() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 10);
        var kind = registreer("utrecht-jeugd", huishouden(lid("Yaroslav", uniekeAchternaam("Kind"),
                VANDAAG.minusYears(16).toString(), Map.of("alleenreizendMinderjarig", true)))).get("id").asString();
        var pad = PLAATSINGEN + "/" + plaats("utrecht-jeugd", kind, locatie, dag(4)).get("id").asString();

        var lezen = get(pad, "utrecht");
        var uitchecken = post(pad + "/_uitchecken", "utrecht", uitchecken(dag(1), "onbekende_bestemming"));
        var nogGeplaatst = get(pad, "utrecht-jeugd").json().get("tot").isNull();

        // Regression test (bug found in review, now fixed): the household of a child travelling alone answers 404 to a user without the role MINDERJARIGEN
        // (Huishoudens.lees, and so POST /plaatsingen), but its placement does not:
        // PlaatsingenApi.plaatsing (src/main/java/nl/onderdak/plaatsing/web/PlaatsingenApi.java:81) checks only the
        // location's gemeente, and Plaatsingen.checkUit (src/main/java/nl/onderdak/plaatsing/Plaatsingen.java:173)
        // likewise, so "utrecht" reads the child's placement (household and member ids, beds, dates) and checks the
        // child out, which also writes a 'wijzigen' log record for the child by someone who may not see them.
        // Expected: 404 for both, as for the household; actual: 200 and 200.
        assertThat("lezen " + lezen.status() + ", uitchecken " + uitchecken.status() + ", nog geplaatst " + nogGeplaatst)
                .isEqualTo("lezen 404, uitchecken 404, nog geplaatst true");
        isProbleem(lezen, 404);
        isProbleem(uitchecken, 404);
    }
}
