// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.onderdak.IntegratieTest;
import nl.onderdak.bekostiging.internal.Regiokosten;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The regions' cost applications over the API: the deadline of the first half of 2023 from the
 * letter of 16 December 2022, deadlines added once and never changed, reminders relative to today,
 * late applications accepted and marked, one application per region and half-year, the NOO's
 * assessment, scope and bad input. Every test uses half-years of its own far in the future, so the
 * database that all test classes share does not matter.
 */
class RegiokostenApiTest extends IntegratieTest {

    private static final String PAD = "/api/v1/bekostiging/regiokosten";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final AtomicInteger JAAR = new AtomicInteger(2100 + ThreadLocalRandom.current().nextInt(5000));

    @Autowired
    JdbcClient jdbc;

    private static String nieuwHalfjaar() {
        return JAAR.incrementAndGet() + "-H" + (1 + JAAR.get() % 2);
    }

    private static LocalDate vandaag() {
        return LocalDate.now(NL);
    }

    /** A new half-year whose deadline lies the given number of days from today. */
    private String termijn(long dagen) {
        var hj = nieuwHalfjaar();
        var r = post(PAD + "/termijnen", "beheer", "{\"halfjaar\":\"" + hj + "\",\"uiterlijk\":\"" + vandaag().plusDays(dagen)
                + "\",\"bron\":\"Testbrief\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return hj;
    }

    private Antwoord dienIn(String gebruiker, String halfjaar) {
        return post(PAD, gebruiker, "{\"halfjaar\":\"" + halfjaar + "\",\"bedrag\":250000,\"toelichting\":\"Kosten crisisnoodopvang\"}");
    }

    private JsonNode regel(String gebruiker, String halfjaar) {
        var r = get(PAD, gebruiker);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (var h : r.json().get("halfjaren")) {
            if (h.get("halfjaar").asString().equals(halfjaar)) {
                return h;
            }
        }
        throw new AssertionError("halfjaar " + halfjaar + " ontbreekt in " + r.body());
    }

    private static List<String> velden(Antwoord a) {
        var namen = new ArrayList<String>();
        a.json().get("invalidParams").forEach(p -> namen.add(p.get("name").asString()));
        return namen;
    }

    @Test
    void deTermijnVoorHetEersteHalfjaarVan2023Is30April2023UitDeBriefEnIsVoorDeRegioVerstreken() {
        var termijnen = get(PAD + "/termijnen", "regio-utrecht");
        assertThat(termijnen.status()).isEqualTo(200);
        JsonNode eerste = null;
        for (var t : termijnen.json().get("termijnen")) {
            if (t.get("halfjaar").asString().equals("2023-H1")) {
                eerste = t;
            }
        }
        assertThat(eerste).isNotNull();
        assertThat(eerste.get("uiterlijk").asString()).isEqualTo("2023-04-30");
        assertThat(eerste.get("bron").asString()).contains("16 december 2022", "uiterlijk 30 april 2023");

        var regel = regel("regio-utrecht", "2023-H1");
        assertThat(regel.get("uiterlijk").asString()).isEqualTo("2023-04-30");
        assertThat(regel.get("status").asString()).isEqualTo("termijn_verstreken");
        assertThat(regel.get("herinnering").isNull()).isTrue();
        assertThat(regel.get("dagenTotTermijn").asLong()).isNegative();
        assertThat(get(PAD, "regio-utrecht").json().get("veiligheidsregio").asString()).isEqualTo("VR09");
    }

    @Test
    void eenTermijnWordtEenmaalVastgelegdMetBronEnNooitGewijzigd() {
        var hj = nieuwHalfjaar();
        var eerste = post(PAD + "/termijnen", "beheer", "{\"halfjaar\":\"" + hj + "\",\"uiterlijk\":\"2030-04-30\",\"bron\":\"Brief A\"}");
        assertThat(eerste.status()).as(eerste.toString()).isEqualTo(201);
        assertThat(eerste.json().get("vastgelegdDoor").asString()).isEqualTo("beheer");

        var tweede = post(PAD + "/termijnen", "noo", "{\"halfjaar\":\"" + hj + "\",\"uiterlijk\":\"2030-05-31\",\"bron\":\"Brief B\"}");
        assertThat(tweede.status()).as(tweede.toString()).isEqualTo(409);
        assertThat(tweede.body()).as("de melding noemt de vastgelegde termijn als Nederlandse datum").contains("30-4-2030")
                .doesNotContain("2030-04-30");
        var opgeslagen = new ArrayList<JsonNode>();
        get(PAD + "/termijnen", "noo").json().get("termijnen").forEach(t -> {
            if (t.get("halfjaar").asString().equals(hj)) {
                opgeslagen.add(t);
            }
        });
        assertThat(opgeslagen).hasSize(1);
        assertThat(opgeslagen.getFirst().get("uiterlijk").asString()).isEqualTo("2030-04-30");
        assertThatThrownBy(() -> jdbc.sql("update bekostiging.regiokostentermijn set uiterlijk = '2030-06-30' where halfjaar = ?").param(hj).update())
                .as("ook de database weigert").isInstanceOf(DataAccessException.class);

        var doorNoo = post(PAD + "/termijnen", "noo", "{\"halfjaar\":\"" + nieuwHalfjaar() + "\",\"uiterlijk\":\"2030-10-31\",\"bron\":\"Brief C\"}");
        assertThat(doorNoo.status()).as("de NOO mag ook").isEqualTo(201);
        assertThat(post(PAD + "/termijnen", "regio-utrecht", "{\"halfjaar\":\"" + nieuwHalfjaar()
                + "\",\"uiterlijk\":\"2030-10-31\",\"bron\":\"x\"}").status()).isEqualTo(403);
        assertThat(post(PAD + "/termijnen", "jenv", "{\"halfjaar\":\"" + nieuwHalfjaar()
                + "\",\"uiterlijk\":\"2030-10-31\",\"bron\":\"x\"}").status()).isEqualTo(403);

        var fout = post(PAD + "/termijnen", "beheer", "{\"halfjaar\":\"2030-H3\",\"uiterlijk\":\"2030-04-31\",\"bron\":\" \"}");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(velden(fout)).containsExactlyInAnyOrder("halfjaar", "uiterlijk", "bron");
        assertThat(velden(post(PAD + "/termijnen", "beheer", "{}"))).containsExactlyInAnyOrder("halfjaar", "uiterlijk", "bron");
    }

    @Test
    void deHerinneringIsHetDichtstbijzijndeMomentVan30147Of1DagVoorDeTermijn() {
        assertThat(Regiokosten.herinnering(31)).isEmpty();
        assertThat(Regiokosten.herinnering(30).orElseThrow().dagenVoorTermijn()).isEqualTo(30);
        assertThat(Regiokosten.herinnering(15).orElseThrow().dagenVoorTermijn()).isEqualTo(30);
        assertThat(Regiokosten.herinnering(14).orElseThrow().dagenVoorTermijn()).isEqualTo(14);
        assertThat(Regiokosten.herinnering(8).orElseThrow().dagenVoorTermijn()).isEqualTo(14);
        assertThat(Regiokosten.herinnering(7).orElseThrow().dagenVoorTermijn()).isEqualTo(7);
        assertThat(Regiokosten.herinnering(2).orElseThrow().dagenVoorTermijn()).isEqualTo(7);
        assertThat(Regiokosten.herinnering(1).orElseThrow().dagenVoorTermijn()).isEqualTo(1);
        assertThat(Regiokosten.herinnering(0).orElseThrow().dagenVoorTermijn()).as("de laatste dag").isEqualTo(1);
        assertThat(Regiokosten.herinnering(-1)).as("verstreken").isEmpty();
    }

    @Test
    void eenTermijnOverTienDagenGeeftDeHerinneringVanVeertienDagenEnEenOverVeertigDagenGeenHerinnering() {
        var over10 = termijn(10);
        var over40 = termijn(40);

        var tien = regel("regio-rotterdam", over10);
        assertThat(tien.get("status").asString()).isEqualTo("geen_aanvraag");
        assertThat(tien.get("dagenTotTermijn").asLong()).isEqualTo(10);
        assertThat(tien.get("herinnering").get("dagenVoorTermijn").asInt()).isEqualTo(14);
        assertThat(tien.get("herinnering").get("dagenTotTermijn").asLong()).isEqualTo(10);
        var veertig = regel("regio-rotterdam", over40);
        assertThat(veertig.get("status").asString()).isEqualTo("geen_aanvraag");
        assertThat(veertig.get("herinnering").isNull()).isTrue();

        assertThat(dienIn("regio-rotterdam", over10).status()).isEqualTo(201);
        var ingediend = regel("regio-rotterdam", over10);
        assertThat(ingediend.get("status").asString()).isEqualTo("ingediend");
        assertThat(ingediend.get("herinnering").isNull()).as("ingediend: geen herinnering meer").isTrue();
        assertThat(ingediend.get("aanvraag").get("teLaat").asBoolean()).isFalse();
        assertThat(regel("regio-utrecht", over10).get("herinnering").get("dagenVoorTermijn").asInt())
                .as("een andere regio heeft nog niet ingediend").isEqualTo(14);
    }

    @Test
    void eenAanvraagNaDeTermijnWordtAangenomenEnAlsTeLaatGemarkeerd() {
        var verstreken = termijn(-3);
        var vandaag = termijn(0);
        assertThat(regel("regio-rotterdam", verstreken).get("status").asString()).isEqualTo("termijn_verstreken");

        var laat = dienIn("regio-rotterdam", verstreken);
        assertThat(laat.status()).as(laat.toString()).isEqualTo(201);
        assertThat(laat.json().get("teLaat").asBoolean()).isTrue();
        assertThat(laat.json().get("status").asString()).isEqualTo("ingediend");
        assertThat(laat.header("Location")).isEqualTo(PAD + "/" + laat.json().get("id").asString());
        var regel = regel("regio-rotterdam", verstreken);
        assertThat(regel.get("status").asString()).isEqualTo("ingediend");
        assertThat(regel.get("aanvraag").get("teLaat").asBoolean()).isTrue();

        var opDeLaatsteDag = dienIn("regio-rotterdam", vandaag);
        assertThat(opDeLaatsteDag.status()).isEqualTo(201);
        assertThat(opDeLaatsteDag.json().get("teLaat").asBoolean()).as("uiterlijk op de dag zelf is op tijd").isFalse();
    }

    @Test
    void eenRegioDientPerHalfjaarEenmaalInEnEenAndereRegioZietDieAanvraagNiet() {
        var hj = termijn(20);
        var aanvraag = dienIn("regio-rotterdam", hj);
        assertThat(aanvraag.status()).as(aanvraag.toString()).isEqualTo(201);
        var id = aanvraag.json().get("id").asString();
        assertThat(aanvraag.json().get("veiligheidsregioCode").asString()).isEqualTo("VR17");
        assertThat(aanvraag.json().get("bedrag").decimalValue()).isEqualByComparingTo("250000");

        assertThat(dienIn("regio-rotterdam", hj).status()).as("tweede aanvraag voor hetzelfde halfjaar").isEqualTo(409);
        assertThat(get(PAD + "/" + id, "regio-rotterdam").status()).isEqualTo(200);
        assertThat(get(PAD + "/" + id, "regio-utrecht").status()).isEqualTo(404);
        assertThat(get(PAD, "regio-utrecht").body()).doesNotContain(id);
        assertThat(dienIn("regio-utrecht", hj).status()).as("een andere regio, zelfde halfjaar").isEqualTo(201);

        for (var landelijk : List.of("noo", "jenv", "beheer")) {
            var overzicht = get(PAD, landelijk);
            assertThat(overzicht.status()).as(landelijk).isEqualTo(200);
            assertThat(overzicht.body()).as(landelijk).contains(id);
            assertThat(overzicht.json().get("halfjaren")).isEmpty();
            assertThat(get(PAD + "/" + id, landelijk).status()).isEqualTo(200);
        }
    }

    @Test
    void eenGemeenteEnAndereRollenHebbenGeenToegangTotRegiokosten() {
        var hj = termijn(20);
        assertThat(get(PAD, "utrecht").status()).isEqualTo(403);
        assertThat(get(PAD + "/termijnen", "utrecht").status()).isEqualTo(403);
        assertThat(dienIn("utrecht", hj).status()).isEqualTo(403);
        assertThat(get(PAD, "lcvs").status()).isEqualTo(403);
        assertThat(get(PAD, "kcio").status()).isEqualTo(403);
        assertThat(dienIn("noo", hj).status()).as("alleen een regio dient in").isEqualTo(403);
        assertThat(get(PAD, null).status()).isEqualTo(401);

        var id = dienIn("regio-utrecht", hj).json().get("id").asString();
        assertThat(get(PAD + "/" + id, "utrecht").status()).isEqualTo(403);
        assertThat(post(PAD + "/" + id + "/_beoordelen", "jenv", "{\"besluit\":\"goedgekeurd\"}").status()).isEqualTo(403);
        assertThat(post(PAD + "/" + id + "/_beoordelen", "regio-utrecht", "{\"besluit\":\"goedgekeurd\"}").status()).isEqualTo(403);
    }

    @Test
    void deNooKeurtGoedOfWijstAfMetRedenEnDatEenmaal() {
        var hj = termijn(20);
        var id = dienIn("regio-rotterdam", hj).json().get("id").asString();
        var beoordeel = PAD + "/" + id + "/_beoordelen";

        assertThat(velden(post(beoordeel, "noo", "{\"besluit\":\"afgewezen\"}"))).containsExactly("reden");
        assertThat(velden(post(beoordeel, "noo", "{\"besluit\":\"later\"}"))).containsExactly("besluit");
        var afgewezen = post(beoordeel, "noo", "{\"besluit\":\"afgewezen\",\"reden\":\"Kosten vallen buiten de regeling\"}");
        assertThat(afgewezen.status()).as(afgewezen.toString()).isEqualTo(200);
        assertThat(afgewezen.json().get("status").asString()).isEqualTo("afgewezen");
        assertThat(afgewezen.json().get("beoordeeldDoor").asString()).isEqualTo("noo");
        assertThat(post(beoordeel, "noo", "{\"besluit\":\"goedgekeurd\"}").status()).isEqualTo(409);

        var regel = regel("regio-rotterdam", hj);
        assertThat(regel.get("status").asString()).isEqualTo("afgewezen");
        assertThat(regel.get("aanvraag").get("reden").asString()).isEqualTo("Kosten vallen buiten de regeling");

        var ander = dienIn("regio-utrecht", hj).json().get("id").asString();
        var goed = post(PAD + "/" + ander + "/_beoordelen", "noo", "{\"besluit\":\"goedgekeurd\"}");
        assertThat(goed.status()).as(goed.toString()).isEqualTo(200);
        assertThat(goed.json().get("status").asString()).isEqualTo("goedgekeurd");
        assertThat(post(PAD + "/" + java.util.UUID.randomUUID() + "/_beoordelen", "noo", "{\"besluit\":\"goedgekeurd\"}").status())
                .isEqualTo(404);
    }

    @Test
    void elkFoutVeldVanEenAanvraagWordtGenoemd() {
        var fout = post(PAD, "regio-utrecht", "{\"halfjaar\":\"2023-H3\",\"bedrag\":\"veel\",\"toelichting\":\"\"}");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.contentType()).startsWith("application/problem+json");
        assertThat(velden(fout)).containsExactlyInAnyOrder("halfjaar", "bedrag", "toelichting");
        assertThat(velden(post(PAD, "regio-utrecht", "{}"))).containsExactlyInAnyOrder("halfjaar", "bedrag", "toelichting");

        var zonderTermijn = dienIn("regio-utrecht", "1999-H1");
        assertThat(zonderTermijn.status()).isEqualTo(400);
        assertThat(velden(zonderTermijn)).containsExactly("halfjaar");
        assertThat(zonderTermijn.body()).contains("geen indientermijn");
        assertThat(velden(post(PAD, "regio-utrecht", "{\"halfjaar\":\"" + termijn(20) + "\",\"bedrag\":-1,\"toelichting\":\"x\"}")))
                .containsExactly("bedrag");
    }
}
