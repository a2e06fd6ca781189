// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Recording target decisions through the API. The database is shared by every test in the context
 * and decisions can never be deleted, so each test uses a half-year of its own; the announcement
 * date 2026-11-01 lies in the past of the real clock.
 */
class OpgavebesluitenApiTest extends IntegratieTest {

    private static final String PAD = "/api/v1/opgavebesluiten";
    private static final String AANKONDIGING = "2026-11-01";

    @Autowired
    JdbcClient jdbc;

    private static String besluit(String halfjaar, String extra) {
        return """
                {"halfjaar":"%s","landelijkTotaal":90000,"peiljaar":2024,"aankondigingsdatum":"%s"%s}"""
                .formatted(halfjaar, AANKONDIGING, extra.isEmpty() ? "" : "," + extra);
    }

    private static List<JsonNode> lijst(JsonNode node) {
        var lijst = new ArrayList<JsonNode>();
        node.forEach(lijst::add);
        return lijst;
    }

    private static List<String> ongeldigeVelden(Antwoord antwoord) {
        return lijst(antwoord.json().get("invalidParams")).stream().map(p -> p.get("name").asString()).toList();
    }

    @Test
    void legtEenTijdigAangekondigdBesluitVastMetLocationEn25Regios() {
        var antwoord = post(PAD, "jenv", besluit("2027-H2", "\"toelichting\":\"Kamerbrief\""));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        var json = antwoord.json();
        var id = UUID.fromString(json.get("id").asString());
        assertThat(antwoord.header("Location")).endsWith("/api/v1/opgavebesluiten/" + id);
        assertThat(antwoord.header("API-Version")).isEqualTo("1.0.0");
        assertThat(json.get("halfjaar").asString()).isEqualTo("2027-H2");
        assertThat(json.get("landelijkTotaal").asInt()).isEqualTo(90_000);
        assertThat(json.get("peiljaar").asInt()).isEqualTo(2024);
        assertThat(json.get("aankondigingsdatum").asString()).isEqualTo(AANKONDIGING);
        assertThat(json.get("spoed").asBoolean()).isFalse();
        assertThat(json.get("toelichting").asString()).isEqualTo("Kamerbrief");
        assertThat(json.get("geldend").asBoolean()).isTrue();
        assertThat(json.get("vervangt").isNull()).isTrue();
        assertThat(json.get("vervangenDoor").isNull()).isTrue();

        var regios = lijst(json.get("regios"));
        assertThat(regios).hasSize(25);
        assertThat(regios.stream().mapToInt(r -> r.get("opgave").asInt()).sum()).isEqualTo(90_000);
        var sleutel = lijst(get("/api/v1/verdeelsleutel?totaal=90000&peiljaar=2024").json().get("regios"));
        assertThat(regios).extracting(r -> r.get("code").asString() + "=" + r.get("opgave").asInt())
                .containsExactlyElementsOf(sleutel.stream()
                        .map(r -> r.get("code").asString() + "=" + r.get("opgave").asInt()).toList());

        var opgehaald = get(antwoord.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(opgehaald.status()).isEqualTo(200);
        assertThat(opgehaald.json().get("id").asString()).isEqualTo(id.toString());
        assertThat(opgehaald.json().get("regios").size()).isEqualTo(25);
        assertThat(lijst(get(PAD).json().get("opgavebesluiten")))
                .extracting(b -> b.get("id").asString()).contains(id.toString());
    }

    @Test
    void weigertEenTeLateAankondigingZonderSpoed() {
        // 2027-H1 starts 2027-01-01; the latest announcement is 2026-10-02.
        var antwoord = post(PAD, "jenv", besluit("2027-H1", ""));

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().get("type").asString()).endsWith("aankondiging-te-laat");
        assertThat(ongeldigeVelden(antwoord)).containsExactly("aankondigingsdatum");
        assertThat(antwoord.json().get("invalidParams").get(0).get("reason").asString())
                .as("de uiterste aankondigingsdatum als Nederlandse datum").contains("2-10-2026").doesNotContain("2026-10-02");
    }

    @Test
    void legtEenTeLateAankondigingMetSpoedEnRedenVast() {
        var antwoord = post(PAD, "beheer",
                besluit("2027-H1", "\"spoed\":true,\"spoedReden\":\"Plotselinge instroom\""));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(antwoord.json().get("spoed").asBoolean()).isTrue();
        assertThat(antwoord.json().get("spoedReden").asString()).isEqualTo("Plotselinge instroom");
        assertThat(antwoord.json().get("regios").size()).isEqualTo(25);
    }

    @Test
    void aankondigingOpPreciesDertienWekenVoorafIsOpTijd() {
        // 2026-H2 starts 2026-07-01; the latest announcement is 2026-04-01.
        var eenDagTeLaat = post(PAD, "jenv", besluit("2026-H2", "").replace(AANKONDIGING, "2026-04-02"));
        var opTijd = post(PAD, "jenv", besluit("2026-H2", "").replace(AANKONDIGING, "2026-04-01"));

        assertThat(eenDagTeLaat.status()).isEqualTo(400);
        assertThat(ongeldigeVelden(eenDagTeLaat)).containsExactly("aankondigingsdatum");
        assertThat(opTijd.status()).as(opTijd.toString()).isEqualTo(201);
        assertThat(opTijd.json().get("aankondigingsdatum").asString()).isEqualTo("2026-04-01");
    }

    @Test
    void gelijktijdigeBesluitenVoorEenHalfjaarVormenEenKetenMetEenGeldendBesluit() throws Exception {
        int aantal = 6;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(aantal)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            var taken = new ArrayList<java.util.concurrent.Future<Antwoord>>();
            for (int i = 0; i < aantal; i++) {
                int totaal = 90_000 + i;
                taken.add(pool.submit(() -> {
                    start.await();
                    return post(PAD, "jenv", besluit("2030-H2", "").replace("90000", String.valueOf(totaal)));
                }));
            }
            start.countDown();
            for (var taak : taken) {
                assertThat(taak.get().status()).as(taak.get().toString()).isEqualTo(201);
            }
        }

        var besluiten = lijst(get(PAD).json().get("opgavebesluiten")).stream()
                .filter(b -> b.get("halfjaar").asString().equals("2030-H2")).toList();
        assertThat(besluiten).hasSize(aantal);
        assertThat(besluiten).filteredOn(b -> b.get("geldend").asBoolean()).hasSize(1);
        assertThat(besluiten).filteredOn(b -> b.get("vervangt").isNull()).hasSize(1);
        var vervangen = besluiten.stream().filter(b -> !b.get("vervangt").isNull())
                .map(b -> b.get("vervangt").asString()).toList();
        assertThat(vervangen).doesNotHaveDuplicates().hasSize(aantal - 1);
    }

    @Test
    void weigertSpoedZonderReden() {
        var zonder = post(PAD, "jenv", besluit("2028-H1", "\"spoed\":true"));
        var leeg = post(PAD, "jenv", besluit("2028-H1", "\"spoed\":true,\"spoedReden\":\"   \""));

        assertThat(zonder.status()).isEqualTo(400);
        assertThat(ongeldigeVelden(zonder)).containsExactly("spoedReden");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(ongeldigeVelden(leeg)).containsExactly("spoedReden");
    }

    @Test
    void eenTweedeBesluitVoorHetzelfdeHalfjaarVervangtHetEerste() {
        var eerste = post(PAD, "jenv", besluit("2028-H2", "")).json();
        var tweede = post(PAD, "jenv", besluit("2028-H2", "").replace("90000", "95000")).json();
        var eersteId = eerste.get("id").asString();
        var tweedeId = tweede.get("id").asString();

        assertThat(tweede.get("vervangt").asString()).isEqualTo(eersteId);
        assertThat(tweede.get("geldend").asBoolean()).isTrue();
        assertThat(tweede.get("landelijkTotaal").asInt()).isEqualTo(95_000);

        var eersteNu = get(PAD + "/" + eersteId).json();
        assertThat(eersteNu.get("vervangenDoor").asString()).isEqualTo(tweedeId);
        assertThat(eersteNu.get("geldend").asBoolean()).isFalse();
        assertThat(eersteNu.get("landelijkTotaal").asInt()).isEqualTo(90_000);

        var derde = post(PAD, "beheer", besluit("2028-H2", "").replace("90000", "97000")).json();
        assertThat(derde.get("vervangt").asString()).isEqualTo(tweedeId);
        assertThat(get(PAD + "/" + tweedeId).json().get("vervangenDoor").asString())
                .isEqualTo(derde.get("id").asString());

        var vanHalfjaar = lijst(get(PAD).json().get("opgavebesluiten")).stream()
                .filter(b -> b.get("halfjaar").asString().equals("2028-H2")).toList();
        assertThat(vanHalfjaar).hasSize(3);
        assertThat(vanHalfjaar).filteredOn(b -> b.get("geldend").asBoolean())
                .extracting(b -> b.get("id").asString()).containsExactly(derde.get("id").asString());
    }

    @Test
    void gemeenteMedewerkerMagGeenBesluitVastleggen() {
        var antwoord = post(PAD, "utrecht", besluit("2029-H1", ""));

        assertThat(antwoord.status()).isEqualTo(403);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().get("status").asInt()).isEqualTo(403);
        assertThat(lijst(get(PAD).json().get("opgavebesluiten")))
                .noneMatch(b -> b.get("halfjaar").asString().equals("2029-H1"));
    }

    @Test
    void anoniemGeeft401() {
        var antwoord = post(PAD, null, besluit("2029-H1", ""));

        assertThat(antwoord.status()).isEqualTo(401);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.header("API-Version")).isEqualTo("1.0.0");
    }

    @Test
    void weigertEenAankondigingInDeToekomst() {
        var morgen = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(2).toString();

        var antwoord = post(PAD, "jenv", besluit("2030-H1", "").replace(AANKONDIGING, morgen));

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(ongeldigeVelden(antwoord)).containsExactly("aankondigingsdatum");
    }

    @Test
    void meldtAlleFouteVeldenTegelijk() {
        var antwoord = post(PAD, "jenv", """
                {"halfjaar":"2030-H3","landelijkTotaal":49999,"peiljaar":1999,"aankondigingsdatum":"1-11-2026",
                 "spoed":true}""");

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(ongeldigeVelden(antwoord)).containsExactlyInAnyOrder(
                "halfjaar", "landelijkTotaal", "peiljaar", "aankondigingsdatum", "spoedReden");
    }

    @Test
    void weigertEenGebrokenLandelijkTotaal() {
        var antwoord = post(PAD, "jenv", besluit("2030-H1", "").replace("90000", "90000.5"));

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(ongeldigeVelden(antwoord)).containsExactly("landelijkTotaal");
    }

    @Test
    void weigertOnleesbareJson() {
        var antwoord = post(PAD, "jenv", "{\"halfjaar\":");

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
    }

    @Test
    void onbekendBesluitGeeft404() {
        assertThat(get(PAD + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(get(PAD + "/geen-uuid").status()).isEqualTo(404);
    }

    @Test
    void deDatabaseWeigertWijzigenEnVerwijderenVanEenBesluit() {
        var antwoord = post(PAD, "jenv", besluit("2029-H2", ""));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        var id = UUID.fromString(antwoord.json().get("id").asString());

        assertThatThrownBy(() -> jdbc.sql("update opgave.opgavebesluit set landelijk_totaal = 1000000 where id = ?")
                .param(id).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("nooit gewijzigd of verwijderd");
        assertThatThrownBy(() -> jdbc.sql("delete from opgave.opgavebesluit where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("nooit gewijzigd of verwijderd");
        assertThatThrownBy(() -> jdbc.sql("update opgave.opgavebesluit_regio set opgave = 0 where opgavebesluit_id = ?")
                .param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from opgave.opgavebesluit_regio where opgavebesluit_id = ?")
                .param(id).update())
                .isInstanceOf(DataAccessException.class);

        var nu = get(PAD + "/" + id).json();
        assertThat(nu.get("landelijkTotaal").asInt()).isEqualTo(90_000);
        assertThat(nu.get("regios").size()).isEqualTo(25);
    }
}
