// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The distribution law over HTTP: inputs all or nothing, the key's sums, access per organisation and
 * role, and the provincial round from plan to decision, with two submits at once.
 */
class SpreidingApiTest extends IntegratieTest {

    private static final String SES_BRON = "Testgegevens (geen CBS-cijfers): score = (codenummer mod 41 - 20) / 100";

    @Autowired
    JdbcClient jdbc;

    private List<String> gemeentecodes() {
        return jdbc.sql("select code from gebieden.actuele_gemeente order by code").query(String.class).list();
    }

    /** Test scores for every gemeente (not CBS figures), for reference year 2024; loading them twice changes nothing. */
    private void laadTestscores() {
        var csv = new StringBuilder("gm_code,score\n");
        for (var code : gemeentecodes()) {
            int n = Integer.parseInt(code.substring(2));
            csv.append(code).append(',').append(String.format(java.util.Locale.ROOT, "%.2f", (n % 41 - 20) / 100.0)).append('\n');
        }
        var a = postBestand("/api/v1/spreiding/ses-woa?peiljaar=2024&bron=" + java.net.URLEncoder.encode(SES_BRON, StandardCharsets.UTF_8),
                "beheer", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
    }

    private static List<String> velden(Antwoord a) {
        var namen = new ArrayList<String>();
        a.json().get("invalidParams").forEach(v -> namen.add(v.get("name").asString()));
        return namen;
    }

    @Test
    void zonder_ses_woa_zegt_de_verdeling_welke_scores_ontbreken_en_raadt_niets() {
        // Test scores exist only for 2024 (if another test loaded them): 2022 has none.
        var a = get("/api/v1/spreiding/verdeling?totaal=96000&amv=8140&peiljaar=2022", "utrecht");

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        var j = a.json();
        assertThat(j.get("volledig").asBoolean()).isFalse();
        assertThat(j.get("zonderSesWoa").size()).isEqualTo(gemeentecodes().size());
        assertThat(j.get("melding").asString()).contains("ontbreekt");
        assertThat(j.get("methode").asString()).startsWith("inwoners-x-1-plus-ses-woa");
        j.get("provincies").forEach(p -> {
            assertThat(p.get("plaatsen").isNull()).isTrue();
            p.get("gemeenten").forEach(g -> assertThat(g.get("aandeel").isNull()).isTrue());
        });
    }

    @Test
    void een_ses_woa_tabel_met_fouten_wordt_geheel_geweigerd_met_elke_fout() {
        int voor = get("/api/v1/spreiding/ses-woa", "beheer").json().size();
        var csv = "gm_code,score\nGM0344,0.1\nGM9999,0.2\nGM0363,abc\nGM0344,0.1\nGM0014,1.5\n";

        var a = postBestand("/api/v1/spreiding/ses-woa?peiljaar=twintig", "beheer", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(velden(a)).contains("peiljaar", "bron", "regel[3].gm_code", "regel[4].score", "regel[5].gm_code", "regel[6].score");
        assertThat(get("/api/v1/spreiding/ses-woa", "beheer").json().size()).isEqualTo(voor);
    }

    @Test
    void alleen_landelijk_beheer_laadt_ses_woa_en_alleen_jenv_of_beheer_de_officiele_tabel() {
        var csv = "gm_code,score\nGM0344,0.1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(postBestand("/api/v1/spreiding/ses-woa?peiljaar=2024&bron=x", "utrecht", "text/csv", csv).status()).isEqualTo(403);
        assertThat(postBestand("/api/v1/spreiding/ses-woa?peiljaar=2024&bron=x", "jenv", "text/csv", csv).status()).isEqualTo(403);
        assertThat(postBestand("/api/v1/spreiding/ses-woa?peiljaar=2024&bron=x", "provincie-utrecht", "text/csv", csv).status()).isEqualTo(403);
        var tabel = "gm_code,plaatsen,amv\nGM0344,10,1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(postBestand("/api/v1/spreiding/cycli/2024-2025/officiele-tabel?bron=x", "provincie-utrecht", "text/csv", tabel).status())
                .isEqualTo(403);
        assertThat(postBestand("/api/v1/spreiding/cycli/2024-2025/officiele-tabel?bron=x", "utrecht", "text/csv", tabel).status())
                .isEqualTo(403);
        assertThat(get("/api/v1/spreiding/verdeling?totaal=96000&amv=8140&peiljaar=2024").status()).isEqualTo(401);
    }

    @Test
    void een_ongeldige_vraag_om_de_verdeling_noemt_elk_veld_ook_in_het_engels() {
        var a = get("/api/v1/spreiding/verdeling?totaal=veel&amv=-1&peiljaar=1800", "utrecht");

        assertThat(a.status()).isEqualTo(400);
        assertThat(velden(a)).containsExactlyInAnyOrder("totaal", "amv", "peiljaar");
        var b = get("/api/v1/spreiding/verdeling?totaal=10&amv=20&peiljaar=2024", "utrecht");
        assertThat(velden(b)).containsExactly("amv");
    }

    @Test
    void met_alle_scores_tellen_gemeenten_op_tot_hun_provincie_en_provincies_tot_het_totaal() {
        laadTestscores();

        var j = get("/api/v1/spreiding/verdeling?totaal=96000&amv=8140&peiljaar=2024", "utrecht").json();

        assertThat(j.get("volledig").asBoolean()).isTrue();
        assertThat(j.get("sesWoaBron").get("bron").asString()).isEqualTo(SES_BRON);
        assertThat(j.get("provincies").size()).isEqualTo(12);
        int plaatsen = 0;
        int amv = 0;
        for (var p : j.get("provincies")) {
            plaatsen += p.get("plaatsen").asInt();
            amv += p.get("amv").asInt();
            int gp = 0;
            int ga = 0;
            for (var g : p.get("gemeenten")) {
                gp += g.get("plaatsen").asInt();
                ga += g.get("amv").asInt();
                assertThat(g.get("amv").asInt()).isLessThanOrEqualTo(g.get("plaatsen").asInt());
            }
            assertThat(gp).as(p.get("code").asString()).isEqualTo(p.get("plaatsen").asInt());
            assertThat(ga).as(p.get("code").asString()).isEqualTo(p.get("amv").asInt());
        }
        assertThat(plaatsen).isEqualTo(96000);
        assertThat(amv).isEqualTo(8140);
    }

    @Test
    void de_provinciale_ronde_van_plan_met_ruil_tot_verdeelbesluit_en_realisatie() throws Exception {
        laadTestscores();
        var cyclus = post("/api/v1/spreiding/cycli", "jenv", "{\"eersteJaar\":2090,\"totaal\":96000,\"amv\":8140,\"peiljaar\":2024}");
        assertThat(cyclus.status()).as(cyclus.toString()).isEqualTo(201);
        assertThat(cyclus.json().get("cyclus").get("provinciaalPlan").asString()).isEqualTo("2090-11-01");
        assertThat(post("/api/v1/spreiding/cycli", "provincie-utrecht", "{\"eersteJaar\":2091,\"totaal\":1,\"amv\":0,\"peiljaar\":2024}").status())
                .isEqualTo(403);
        var pad = "/api/v1/spreiding/cycli/2090-2091";
        var plan = get(pad + "/provincies/PV26", "utrecht").json();
        assertThat(plan.get("taakbron").asString()).isEqualTo("BEREKEND");
        assertThat(plan.get("status").asString()).isEqualTo("CONCEPT");

        // The official table for Utrecht's gemeenten: as computed, but two gemeenten swapped one place.
        var taak = new HashMap<String, int[]>();
        plan.get("gemeenten").forEach(g -> taak.put(g.get("gemeenteCode").asString(),
                new int[] {g.get("taakPlaatsen").asInt(), g.get("taakAmv").asInt()}));
        var codes = taak.keySet().stream().sorted().toList();
        var a = codes.get(0);
        var b = codes.get(1);
        var tabel = new StringBuilder("gm_code;plaatsen;amv\n");
        for (var code : codes) {
            int p = taak.get(code)[0] + (code.equals(a) ? 1 : code.equals(b) ? -1 : 0);
            tabel.append(code).append(';').append(p).append(';').append(taak.get(code)[1]).append('\n');
        }
        var upload = postBestand(pad + "/officiele-tabel?bron=Test", "jenv", "text/csv", tabel.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        var vergelijking = get(pad + "/vergelijking", "utrecht").json();
        var verschillen = new ArrayList<String>();
        vergelijking.get("verschillen").forEach(v -> verschillen.add(v.get("gemeenteCode").asString()));
        assertThat(verschillen).containsExactly(a, b);
        plan = get(pad + "/provincies/PV26", "provincie-utrecht").json();
        assertThat(plan.get("taakbron").asString()).isEqualTo("OFFICIELE_TABEL");
        taak.get(a)[0] += 1;
        taak.get(b)[0] -= 1;

        // Only the province itself writes its plan.
        var toezegging = "{\"plaatsen\":10,\"amv\":1}";
        assertThat(put(pad + "/provincies/PV27/gemeenten/GM0363", "provincie-utrecht", toezegging).status()).isEqualTo(403);
        assertThat(put(pad + "/provincies/PV26/gemeenten/" + a, "utrecht", toezegging).status()).isEqualTo(403);
        assertThat(put(pad + "/provincies/PV26/gemeenten/" + a, "jenv", toezegging).status()).isEqualTo(403);
        var fout = put(pad + "/provincies/PV26/gemeenten/" + a, "provincie-utrecht", "{\"plaatsen\":\"veel\",\"amv\":-2}");
        assertThat(velden(fout)).containsExactlyInAnyOrder("plaatsen", "amv");

        // A swap: a takes 5 more asylum places, b houses 5 more status holders in return.
        var ruil = post(pad + "/provincies/PV26/ruilen", "provincie-utrecht", """
                {"gemeenteAsiel":"%s","gemeenteTegen":"%s","tegenprestatie":"statushouders","aantal":5,"toelichting":"Afspraak regietafel"}"""
                .formatted(a, b));
        assertThat(ruil.status()).as(ruil.toString()).isEqualTo(201);
        var ruilFout = post(pad + "/provincies/PV26/ruilen", "provincie-utrecht",
                "{\"gemeenteAsiel\":\"GM0363\",\"gemeenteTegen\":\"GM0363\",\"tegenprestatie\":\"geld\",\"aantal\":0}");
        assertThat(velden(ruilFout)).contains("gemeenteAsiel", "gemeenteTegen", "tegenprestatie", "aantal");
        for (var code : codes) {
            int p = taak.get(code)[0] + (code.equals(a) ? 5 : code.equals(b) ? -5 : 0);
            var r = put(pad + "/provincies/PV26/gemeenten/" + code, "provincie-utrecht",
                    "{\"plaatsen\":%d,\"amv\":%d}".formatted(p - (code.equals(a) ? 1 : 0), taak.get(code)[1]));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        plan = get(pad + "/provincies/PV26", "provincie-utrecht").json();
        assertThat(plan.get("saldoPlaatsen").asInt()).isEqualTo(-1);
        assertThat(plan.get("gemeenten").findValues("ruilSaldo").stream().mapToInt(JsonNode::asInt).sum()).isZero();
        var teVroeg = post(pad + "/provincies/PV26/_indienen", "provincie-utrecht", "");
        assertThat(teVroeg.status()).as(teVroeg.toString()).isEqualTo(409);
        assertThat(teVroeg.json().get("detail").asString()).contains("-1");
        put(pad + "/provincies/PV26/gemeenten/" + a, "provincie-utrecht", "{\"plaatsen\":%d,\"amv\":%d}".formatted(taak.get(a)[0] + 5, taak.get(a)[1]));
        assertThat(get(pad + "/provincies/PV26", "provincie-utrecht").json().get("magIndienen").asBoolean()).isTrue();

        // Two submits at the same moment: exactly one succeeds.
        var start = new CountDownLatch(1);
        var pogingen = new ArrayList<CompletableFuture<Integer>>();
        for (int i = 0; i < 2; i++) {
            pogingen.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return post(pad + "/provincies/PV26/_indienen", "provincie-utrecht", "").status();
            }));
        }
        start.countDown();
        var statussen = pogingen.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statussen).containsExactly(200, 409);
        assertThat(put(pad + "/provincies/PV26/gemeenten/" + a, "provincie-utrecht", toezegging).status()).isEqualTo(409);

        // JenV decides per gemeente and designates one.
        var regels = new ArrayList<Map<String, Object>>();
        for (var code : codes) {
            regels.add(Map.of("gemeente", code, "plaatsen", taak.get(code)[0], "amv", taak.get(code)[1], "aangewezen", code.equals(b)));
        }
        assertThat(post(pad + "/provincies/PV26/besluit", "provincie-utrecht", JSON.writeValueAsString(Map.of("regels", regels))).status())
                .isEqualTo(403);
        var besluit = post(pad + "/provincies/PV26/besluit", "jenv", JSON.writeValueAsString(Map.of("regels", regels)));
        assertThat(besluit.status()).as(besluit.toString()).isEqualTo(200);
        assertThat(besluit.json().get("status").asString()).isEqualTo("BESLOTEN");

        assertThat(put(pad + "/realisatie/" + a, "jenv", "{\"gerealiseerd\":40,\"duurzaam\":30}").status()).isEqualTo(204);
        assertThat(velden(put(pad + "/realisatie/" + a, "jenv", "{\"gerealiseerd\":10,\"duurzaam\":30}"))).containsExactly("duurzaam");
        var realisatie = get(pad + "/realisatie", "amersfoort").json();
        var utrecht = java.util.stream.StreamSupport.stream(realisatie.get("provincies").spliterator(), false)
                .filter(p -> p.get("code").asString().equals("PV26")).findFirst().orElseThrow();
        assertThat(utrecht.get("taak").asInt()).isEqualTo(codes.stream().mapToInt(c -> taak.get(c)[0]).sum());
        assertThat(utrecht.get("toegezegd").asInt()).isEqualTo(utrecht.get("taak").asInt());
        assertThat(utrecht.get("besloten").asInt()).isEqualTo(utrecht.get("taak").asInt());
        assertThat(utrecht.get("gerealiseerd").asInt()).isEqualTo(40);
        assertThat(realisatie.get("landelijk").get("taak").isNull()).as("only Utrecht is in the official table").isTrue();
        var csv = download(pad + "/realisatie.csv", "amersfoort");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF").contains(";PV26;");
    }
}
