// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring;

import static nl.onderdak.locaties.Locatieverzoeken.PAD;
import static nl.onderdak.locaties.Locatieverzoeken.bedden;
import static nl.onderdak.locaties.Locatieverzoeken.lijst;
import static nl.onderdak.locaties.Locatieverzoeken.locatie;
import static nl.onderdak.locaties.Locatieverzoeken.ongeldigeVelden;
import static nl.onderdak.locaties.Locatieverzoeken.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The capacity overview, its trend and the KCIO report over HTTP. Other test classes add locations
 * too, so every check on numbers is a difference before and after adding a location of its own, on
 * dates (long in the past) that only this class uses.
 */
class CapaciteitApiTest extends IntegratieTest {

    private static final String CAPACITEIT = "/api/v1/capaciteit";
    private static final String TREND = "/api/v1/capaciteit/trend";
    private static final String KCIO = "/api/v1/kcio-rapportage";

    @Autowired
    JdbcClient jdbc;

    private String registreer(String gebruiker, String vanaf, int bedden) {
        var antwoord = post(PAD, gebruiker, locatie("Capaciteitstest " + UUID.randomUUID(), vanaf, bedden));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("id").asString();
    }

    private JsonNode capaciteit(String gebruiker, String niveau, String peildatum) {
        var antwoord = get(CAPACITEIT + "?niveau=" + niveau + "&peildatum=" + peildatum, gebruiker);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        return antwoord.json();
    }

    /** The lines of an overview by code. */
    private Map<String, JsonNode> regels(String gebruiker, String niveau, String peildatum) {
        return lijst(capaciteit(gebruiker, niveau, peildatum).get("regels")).stream()
                .collect(Collectors.toMap(r -> r.get("code").asString(), Function.identity()));
    }

    private static int getal(JsonNode regel, String veld) {
        return regel.get(veld).asInt();
    }

    @Test
    void perRegioGeeftElkeVeiligheidsregioMetOpgaveBeddenBezetEnVrij() {
        var overzicht = capaciteit("lcvs", "regio", "2023-10-01");

        assertThat(overzicht.get("niveau").asString()).isEqualTo("regio");
        assertThat(overzicht.get("peildatum").asString()).isEqualTo("2023-10-01");
        assertThat(overzicht.get("opgavebesluit").asString()).isEqualTo("2023-H2");
        var regels = lijst(overzicht.get("regels"));
        assertThat(regels).hasSize(25);
        assertThat(regels).extracting(r -> r.get("code").asString()).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("VR[0-9]{2}")).contains("VR09", "VR17");
        for (var r : regels) {
            assertThat(r.get("opgave").isInt()).as(r.toString()).isTrue();
            assertThat(r.get("bruikbareBedden").isInt()).as(r.toString()).isTrue();
            assertThat(r.get("bezet").isInt()).as(r.toString()).isTrue();
            assertThat(r.get("vrij").isInt()).as(r.toString()).isTrue();
            assertThat(getal(r, "vrij")).isEqualTo(Math.max(0, getal(r, "bruikbareBedden") - getal(r, "bezet")));
            assertThat(getal(r, "bruikbareBedden")).isEqualTo(
                    getal(r, "bruikbareBeddenLangVerblijf") + getal(r, "bruikbareBeddenKortVerblijf"));
        }
        assertThat(regels.stream().mapToInt(r -> getal(r, "opgave")).sum()).isEqualTo(90_000);
    }

    @Test
    void eenNieuweLocatieVerhoogtDeRegioAlleenVanafHaarBegindatum() {
        var voor = "2011-05-16";
        var na = "2011-06-01";
        var regioVoorBegin = regels("lcvs", "regio", voor);
        var regioNaBegin = regels("lcvs", "regio", na);

        registreer("utrecht", "2011-05-17", 37);

        var regioVoorBeginNu = regels("lcvs", "regio", voor);
        var regioNaBeginNu = regels("lcvs", "regio", na);
        assertThat(getal(regioNaBeginNu.get("VR09"), "bruikbareBedden") - getal(regioNaBegin.get("VR09"), "bruikbareBedden"))
                .isEqualTo(37);
        assertThat(getal(regioNaBeginNu.get("VR09"), "opgegevenBedden") - getal(regioNaBegin.get("VR09"), "opgegevenBedden"))
                .isEqualTo(37);
        assertThat(getal(regioNaBeginNu.get("VR09"), "locaties") - getal(regioNaBegin.get("VR09"), "locaties"))
                .isEqualTo(1);
        assertThat(getal(regioVoorBeginNu.get("VR09"), "bruikbareBedden"))
                .isEqualTo(getal(regioVoorBegin.get("VR09"), "bruikbareBedden"));
        assertThat(getal(regioNaBeginNu.get("VR17"), "bruikbareBedden"))
                .isEqualTo(getal(regioNaBegin.get("VR17"), "bruikbareBedden"));
        assertThat(regioNaBeginNu.get("VR09").get("opgave").isNull()).isTrue();
        assertThat(regioNaBeginNu.get("VR09").get("percentageGerealiseerd").isNull()).isTrue();
        assertThat(capaciteit("lcvs", "regio", na).get("opgavebesluit").isNull()).isTrue();
    }

    @Test
    void landelijkIsEenRegelNederlandMetDeOpgaveVanHetGeldendeBesluit() {
        registreer("amersfoort", "2023-08-15", 12);

        var land = lijst(capaciteit("lcvs", "land", "2023-09-30").get("regels"));
        var regios = lijst(capaciteit("lcvs", "regio", "2023-09-30").get("regels"));

        assertThat(land).hasSize(1);
        var nl = land.getFirst();
        assertThat(nl.get("code").asString()).isEqualTo("NL");
        assertThat(getal(nl, "opgave")).isEqualTo(90_000);
        assertThat(getal(nl, "bruikbareBedden")).isGreaterThanOrEqualTo(12)
                .isEqualTo(regios.stream().mapToInt(r -> getal(r, "bruikbareBedden")).sum());
        assertThat(getal(nl, "bezet")).isEqualTo(regios.stream().mapToInt(r -> getal(r, "bezet")).sum());
        assertThat(nl.get("percentageGerealiseerd").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(getal(nl, "bruikbareBedden") * 100L).divide(BigDecimal.valueOf(90_000), 1,
                        RoundingMode.HALF_UP));
    }

    @Test
    void eenGemeenteZietAlleenZichzelfEnHaarRegio() {
        var gemeenten = lijst(capaciteit("utrecht", "gemeente", "2024-06-01").get("regels"));
        var regios = lijst(capaciteit("utrecht", "regio", "2024-06-01").get("regels"));
        var land = lijst(capaciteit("utrecht", "land", "2024-06-01").get("regels"));

        assertThat(gemeenten).extracting(r -> r.get("code").asString()).containsExactly("GM0344");
        assertThat(gemeenten.getFirst().get("veiligheidsregioCode").asString()).isEqualTo("VR09");
        assertThat(regios).extracting(r -> r.get("code").asString()).containsExactly("VR09");
        assertThat(land).isEmpty();
    }

    @Test
    void deRegiocoordinatorZietDeGemeentenVanDeRegio() {
        var gemeenten = regels("regio-utrecht", "gemeente", "2024-06-01");
        var regios = regels("regio-utrecht", "regio", "2024-06-01");

        assertThat(gemeenten).containsKeys("GM0344", "GM0307").doesNotContainKey("GM0599");
        assertThat(gemeenten.values()).extracting(r -> r.get("veiligheidsregioCode").asString()).containsOnly("VR09");
        assertThat(regios).containsOnlyKeys("VR09");
        assertThat(getal(regios.get("VR09"), "bruikbareBedden"))
                .isEqualTo(gemeenten.values().stream().mapToInt(r -> getal(r, "bruikbareBedden")).sum());
    }

    @Test
    void weigertEenOngeldigNiveauEnEenOngeldigePeildatumTegelijk() {
        var antwoord = get(CAPACITEIT + "?niveau=provincie&peildatum=2024-13-01", "lcvs");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(ongeldigeVelden(antwoord)).containsExactlyInAnyOrder("niveau", "peildatum");
    }

    @Test
    void zonderInloggenGeeftDeCapaciteit401() {
        for (var pad : List.of(CAPACITEIT, TREND, KCIO)) {
            var antwoord = get(pad);
            assertThat(antwoord.status()).as(pad).isEqualTo(401);
            assertThat(antwoord.contentType()).startsWith("application/problem+json");
        }
    }

    /** Registers a household of {@code personen} members for Utrecht and checks it in; returns the placement id. */
    private String plaatsHuishouden(String locatie, int personen, String vanaf) {
        var leden = new StringBuilder();
        for (int i = 0; i < personen; i++) {
            leden.append(i == 0 ? "" : ",").append("""
                    {"voornaam":"Test%d","achternaam":"Capaciteit","geboortedatum":"1990-01-0%d","nationaliteitCategorie":"oekraiens"}"""
                    .formatted(i, i + 1));
        }
        var huishouden = post("/api/v1/huishoudens", "utrecht", "{\"leden\":[" + leden + "]}");
        assertThat(huishouden.status()).as(huishouden.toString()).isEqualTo(201);
        var plaatsing = post("/api/v1/plaatsingen", "utrecht", """
                {"huishouden":"%s","opvanglocatie":"%s","vanaf":"%s"}"""
                .formatted(huishouden.json().get("id").asString(), locatie, vanaf));
        assertThat(plaatsing.status()).as(plaatsing.toString()).isEqualTo(201);
        return plaatsing.json().get("id").asString();
    }

    @Test
    void bezettingKomtUitDePlaatsingen() {
        var peildatum = "2012-03-01";
        var id = registreer("utrecht", "2012-02-01", 20);
        var ervoor = regels("utrecht", "gemeente", peildatum).get("GM0344");
        var regioErvoor = regels("utrecht", "regio", peildatum).get("VR09");
        var dagErvoorVooraf = regels("utrecht", "gemeente", "2012-02-29").get("GM0344");

        plaatsHuishouden(id, 3, "2012-02-15");
        var vertrokken = plaatsHuishouden(id, 4, "2012-02-10");
        var uit = post("/api/v1/plaatsingen/" + vertrokken + "/_uitchecken", "utrecht",
                "{\"datum\":\"" + peildatum + "\",\"reden\":\"eigen_woning\"}");
        assertThat(uit.status()).as(uit.toString()).isEqualTo(200);

        var erna = regels("utrecht", "gemeente", peildatum).get("GM0344");
        var regioErna = regels("utrecht", "regio", peildatum).get("VR09");
        assertThat(getal(erna, "bezet") - getal(ervoor, "bezet")).isEqualTo(3);
        assertThat(getal(ervoor, "vrij") - getal(erna, "vrij")).isEqualTo(3);
        assertThat(getal(erna, "bruikbareBedden")).isEqualTo(getal(ervoor, "bruikbareBedden"));
        assertThat(getal(regioErna, "bezet") - getal(regioErvoor, "bezet")).isEqualTo(3);
        // A placement occupies up to but not including its end: the day before the peildatum both count.
        var dagErvoor = regels("utrecht", "gemeente", "2012-02-29").get("GM0344");
        assertThat(getal(dagErvoor, "bezet") - getal(dagErvoorVooraf, "bezet")).isEqualTo(3 + 4);
    }

    @Test
    void deTrendTeltEenNieuweLocatieVanafHaarBegindatumEnKloptMetHetOverzicht() {
        var trendPad = TREND + "?van=2013-04-08&tot=2013-04-12";
        var ervoor = bruikbaarPerDag(get(trendPad, "utrecht"));

        var id = registreer("utrecht", "2013-04-10", 11);
        plaatsHuishouden(id, 2, "2013-04-11");

        var antwoord = get(trendPad, "utrecht");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        assertThat(antwoord.json().get("van").asString()).isEqualTo("2013-04-08");
        assertThat(antwoord.json().get("tot").asString()).isEqualTo("2013-04-12");
        var dagen = lijst(antwoord.json().get("dagen"));
        assertThat(dagen).extracting(d -> d.get("datum").asString())
                .containsExactly("2013-04-08", "2013-04-09", "2013-04-10", "2013-04-11", "2013-04-12");
        var erna = bruikbaarPerDag(antwoord);
        assertThat(erna.get("2013-04-08") - ervoor.get("2013-04-08")).isZero();
        assertThat(erna.get("2013-04-09") - ervoor.get("2013-04-09")).isZero();
        assertThat(erna.get("2013-04-10") - ervoor.get("2013-04-10")).isEqualTo(11);
        assertThat(erna.get("2013-04-12") - ervoor.get("2013-04-12")).isEqualTo(11);

        for (var dag : dagen) {
            var gemeente = regels("utrecht", "gemeente", dag.get("datum").asString()).get("GM0344");
            assertThat(getal(dag, "bruikbareBedden")).as(dag.toString()).isEqualTo(getal(gemeente, "bruikbareBedden"));
            assertThat(getal(dag, "bezet")).as(dag.toString()).isEqualTo(getal(gemeente, "bezet"));
        }
    }

    @Test
    void deTrendVolgtBeddenwijzigingenStatussenEnEinddatumPerDagZoalsHetOverzicht() {
        var trendPad = TREND + "?van=2015-03-01&tot=2015-03-10";
        var ervoor = bruikbaarPerDag(get(trendPad, "utrecht"));
        var aangemaakt = post(PAD, "utrecht",
                locatie("Trendtest " + UUID.randomUUID(), "2015-03-02", "2015-03-09", 10, 4));
        assertThat(aangemaakt.status()).as(aangemaakt.toString()).isEqualTo(201);
        var locatie = PAD + "/" + aangemaakt.json().get("id").asString();
        for (var verzoek : List.of(
                bedden("2015-03-04", 12, 3, "Schimmel", "Telling"),
                bedden("2015-03-05", 20, 0, null, "Uitbreiding"),
                bedden("2015-03-05", 15, 0, null, "Hertelling"))) {
            var antwoord = post(locatie + "/bedden", "utrecht", verzoek);
            assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        }
        for (var verzoek : List.of(
                status("2015-03-06", "tijdelijk_gesloten", "Storing"),
                status("2015-03-07", "gesloten", "Vergissing"),
                status("2015-03-07", "beschikbaar", "Storing verholpen"))) {
            var antwoord = post(locatie + "/statussen", "utrecht", verzoek);
            assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        }

        var antwoord = get(trendPad, "utrecht");
        var erna = bruikbaarPerDag(antwoord);

        var verwacht = new TreeMap<String, Integer>(Map.of(
                "2015-03-01", 0, "2015-03-02", 14, "2015-03-03", 14, "2015-03-04", 9 + 4, "2015-03-05", 15 + 4,
                "2015-03-06", 0, "2015-03-07", 19, "2015-03-08", 19, "2015-03-09", 19, "2015-03-10", 0));
        var verschil = new TreeMap<String, Integer>();
        erna.forEach((dag, bruikbaar) -> verschil.put(dag, bruikbaar - ervoor.get(dag)));
        assertThat(verschil).isEqualTo(verwacht);
        for (var dag : lijst(antwoord.json().get("dagen"))) {
            var datum = dag.get("datum").asString();
            var gemeente = regels("utrecht", "gemeente", datum).get("GM0344");
            assertThat(getal(dag, "bruikbareBedden")).as(datum).isEqualTo(getal(gemeente, "bruikbareBedden"));
            var opDag = get(locatie + "?peildatum=" + datum, "utrecht").json();
            assertThat(getal(opDag, "bruikbareBedden")).as(datum).isEqualTo(verwacht.get(datum));
        }
    }

    @Test
    void deLandelijkeTrendKloptMetHetLandelijkeOverzicht() {
        registreer("rotterdam", "2014-07-02", 9);

        var dagen = lijst(get(TREND + "?van=2014-07-01&tot=2014-07-03", "kcio").json().get("dagen"));

        assertThat(dagen).hasSize(3);
        for (var dag : dagen) {
            var nl = regels("kcio", "land", dag.get("datum").asString()).get("NL");
            assertThat(getal(dag, "bruikbareBedden")).as(dag.toString()).isEqualTo(getal(nl, "bruikbareBedden"));
            assertThat(getal(dag, "bezet")).as(dag.toString()).isEqualTo(getal(nl, "bezet"));
        }
    }

    private static Map<String, Integer> bruikbaarPerDag(Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        var uitkomst = new HashMap<String, Integer>();
        lijst(antwoord.json().get("dagen")).forEach(d -> uitkomst.put(d.get("datum").asString(), getal(d, "bruikbareBedden")));
        return uitkomst;
    }

    @Test
    void deTrendWeigertVanNaTot() {
        var antwoord = get(TREND + "?van=2025-02-01&tot=2025-01-31", "lcvs");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(ongeldigeVelden(antwoord)).containsExactly("van");
    }

    @Test
    void deTrendGeeftHoogstensDrieKeer366Dagen() {
        var tot = LocalDate.parse("2025-12-31");
        var precies = get(TREND + "?van=" + tot.minusDays(3 * 366 - 1) + "&tot=" + tot, "lcvs");
        var eenTeVeel = get(TREND + "?van=" + tot.minusDays(3 * 366) + "&tot=" + tot, "lcvs");

        assertThat(precies.status()).as(precies.toString()).isEqualTo(200);
        assertThat(precies.json().get("dagen").size()).isEqualTo(3 * 366);
        assertThat(eenTeVeel.status()).as(eenTeVeel.toString()).isEqualTo(400);
        assertThat(ongeldigeVelden(eenTeVeel)).containsExactly("van");
    }

    @Test
    void deTrendWeigertOngeldigeDatums() {
        var antwoord = get(TREND + "?van=gisteren&tot=2025-02-30", "lcvs");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(ongeldigeVelden(antwoord)).containsExactlyInAnyOrder("van", "tot");
    }

    @Test
    void deTrendZonderPeriodeGeeftDeLaatste90Dagen() {
        var antwoord = get(TREND, "utrecht");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        var van = LocalDate.parse(antwoord.json().get("van").asString());
        var tot = LocalDate.parse(antwoord.json().get("tot").asString());
        assertThat(van.plusDays(89)).isEqualTo(tot);
        assertThat(antwoord.json().get("dagen").size()).isEqualTo(90);
    }

    @Test
    void deKcioRapportageVanEenWeekBeschrijftDeZondag() {
        registreer("utrecht", "2026-11-02", 14);
        registreer("amersfoort", "2026-11-03", 6);

        var antwoord = get(KCIO + "?week=2026-W47", "kcio");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        var json = antwoord.json();
        assertThat(json.get("peildatum").asString()).isEqualTo("2026-11-22");
        assertThat(json.get("week").asString()).isEqualTo("2026-W47");
        var gemeenten = lijst(json.get("gemeenten"));
        assertThat(gemeenten).extracting(g -> g.get("gemeenteCode").asString())
                .contains("GM0344", "GM0307", "GM0599").doesNotHaveDuplicates();

        var regios = regels("kcio", "regio", "2026-11-22");
        var gemeentelijk = regels("kcio", "gemeente", "2026-11-22");
        for (var g : gemeenten) {
            var code = g.get("gemeenteCode").asString();
            var regio = regios.get(g.get("veiligheidsregioCode").asString());
            assertThat(getal(g, "bruikbareBedden")).as(code).isEqualTo(getal(gemeentelijk.get(code), "bruikbareBedden"));
            assertThat(getal(g, "vrij")).as(code).isEqualTo(getal(gemeentelijk.get(code), "vrij"));
            int regioBruikbaar = getal(regio, "bruikbareBedden");
            if (regioBruikbaar == 0) {
                assertThat(g.get("aandeelInRegio").isNull()).as(code).isTrue();
            } else {
                assertThat(g.get("aandeelInRegio").decimalValue()).as(code).isEqualByComparingTo(
                        BigDecimal.valueOf(getal(g, "bruikbareBedden") * 100L)
                                .divide(BigDecimal.valueOf(regioBruikbaar), 1, RoundingMode.HALF_UP));
            }
        }
        var utrecht = gemeenten.stream().filter(g -> g.get("gemeenteCode").asString().equals("GM0344")).findFirst()
                .orElseThrow();
        assertThat(utrecht.get("veiligheidsregio").asString()).isEqualTo("Utrecht");
        assertThat(utrecht.get("aandeelInRegio").decimalValue()).isPositive();
    }

    @Test
    void deKcioRapportageVanEenGemeenteToontAlleenDieGemeenteMetHaarAandeelInDeRegio() {
        registreer("utrecht", "2026-10-01", 10);
        registreer("amersfoort", "2026-10-01", 10);

        var antwoord = get(KCIO + "?peildatum=2026-11-01", "utrecht");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        assertThat(antwoord.json().get("week").asString()).isEqualTo("2026-W44");
        var gemeenten = lijst(antwoord.json().get("gemeenten"));
        assertThat(gemeenten).extracting(g -> g.get("gemeenteCode").asString()).containsExactly("GM0344");
        var regio = regels("utrecht", "regio", "2026-11-01").get("VR09");
        var utrecht = gemeenten.getFirst();
        assertThat(getal(regio, "bruikbareBedden")).isGreaterThan(getal(utrecht, "bruikbareBedden"));
        assertThat(utrecht.get("aandeelInRegio").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(getal(utrecht, "bruikbareBedden") * 100L)
                        .divide(BigDecimal.valueOf(getal(regio, "bruikbareBedden")), 1, RoundingMode.HALF_UP));
    }

    @Test
    void deKcioRapportageWeigertEenOngeldigeWeek() {
        var antwoord = get(KCIO + "?week=2026-W60", "kcio");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(ongeldigeVelden(antwoord)).containsExactly("week");
    }

    @Test
    void deKcioRapportageWeigertDatumEnWeekTegelijk() {
        var antwoord = get(KCIO + "?week=2026-W47&peildatum=2026-11-22", "kcio");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(ongeldigeVelden(antwoord)).containsExactly("week");
    }
}
