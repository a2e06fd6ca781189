// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class GebiedenApiTest extends IntegratieTest {

    private static List<JsonNode> lijst(JsonNode node) {
        var lijst = new ArrayList<JsonNode>();
        node.forEach(lijst::add);
        return lijst;
    }

    private static List<String> namenVanParameters(JsonNode probleem) {
        return lijst(probleem.get("invalidParams")).stream().map(p -> p.get("name").asString()).toList();
    }

    @Test
    void geeft342GemeentenInDeHuidigeIndeling() {
        var antwoord = get("/api/v1/gemeenten");

        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.contentType()).startsWith("application/json");
        var json = antwoord.json();
        assertThat(json.get("indeling").asString()).isEqualTo("2023-01-01");
        assertThat(json.get("peiljaar").asInt()).isEqualTo(2024);
        assertThat(json.get("aantal").asInt()).isEqualTo(342);
        assertThat(json.get("gemeenten").size()).isEqualTo(342);
        assertThat(lijst(json.get("gemeenten"))).allSatisfy(g -> assertThat(g.get("inwoners").isNull()).isFalse());
    }

    @Test
    void geeft345GemeentenInDeIndelingVan2022MetAmsterdamOnbekend() {
        var json = get("/api/v1/gemeenten?indeling=2022-01-01").json();

        assertThat(json.get("indeling").asString()).isEqualTo("2022-01-01");
        assertThat(json.get("peiljaar").asInt()).isEqualTo(2022);
        assertThat(json.get("aantal").asInt()).isEqualTo(345);

        var amsterdam = get("/api/v1/gemeenten/GM0363?indeling=2022-01-01");
        assertThat(amsterdam.status()).isEqualTo(200);
        assertThat(amsterdam.json().get("naam").asString()).isEqualTo("Amsterdam");
        assertThat(amsterdam.json().get("inwoners").isNull()).isTrue();
        assertThat(amsterdam.json().get("landoppervlakteHa").isNull()).isTrue();
        assertThat(amsterdam.json().get("grootteklasse").asString()).isEqualTo("onbekend");
    }

    @Test
    void geeftAmsterdamInDeHuidigeIndelingMetInwoners() {
        var json = get("/api/v1/gemeenten/GM0363?peiljaar=2022").json();

        assertThat(json.get("inwoners").asInt()).isEqualTo(903_399);
        assertThat(json.get("veiligheidsregio").get("code").asString()).isEqualTo("VR13");
        assertThat(json.get("provincie").get("code").asString()).isEqualTo("PV27");
        assertThat(json.get("grootteklasse").asString()).isEqualTo("groot");
    }

    @Test
    void filtertOpVeiligheidsregioVR09() {
        var json = get("/api/v1/gemeenten?veiligheidsregio=VR09").json();

        assertThat(json.get("aantal").asInt()).isEqualTo(26);
        assertThat(lijst(json.get("gemeenten")))
                .hasSize(26)
                .allSatisfy(g -> assertThat(g.get("veiligheidsregio").get("code").asString()).isEqualTo("VR09"))
                .extracting(g -> g.get("code").asString())
                .contains("GM0344", "GM0307")
                .doesNotContain("GM0599");
    }

    @Test
    void sorteertAflopendOpInwonersMetAmsterdamBovenaan() {
        var gemeenten = lijst(get("/api/v1/gemeenten?sorteer=-inwoners").json().get("gemeenten"));

        assertThat(gemeenten.getFirst().get("naam").asString()).isEqualTo("Amsterdam");
        assertThat(gemeenten.get(1).get("naam").asString()).isEqualTo("Rotterdam");
        var inwoners = gemeenten.stream().map(g -> g.get("inwoners").asInt()).toList();
        assertThat(inwoners).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void sorteertOnbekendeInwonersAchteraanBijAflopendeVolgorde() {
        var gemeenten = lijst(get("/api/v1/gemeenten?indeling=2022-01-01&sorteer=-inwoners").json().get("gemeenten"));

        assertThat(gemeenten.getFirst().get("naam").asString()).isEqualTo("Rotterdam");
        assertThat(gemeenten.subList(340, 345)).allSatisfy(g -> assertThat(g.get("inwoners").isNull()).isTrue());
    }

    @Test
    void sorteertStandaardOpNaam() {
        var namen = lijst(get("/api/v1/gemeenten?veiligheidsregio=VR09").json().get("gemeenten")).stream()
                .map(g -> g.get("naam").asString().toLowerCase(java.util.Locale.ROOT)).toList();

        assertThat(namen).isSorted();
    }

    @Test
    void telt251KleineGemeentenOpPeiljaar2022EnAlleKlassenSamen342() {
        int klein = get("/api/v1/gemeenten?peiljaar=2022&grootteklasse=klein").json().get("aantal").asInt();
        int middelgroot = get("/api/v1/gemeenten?peiljaar=2022&grootteklasse=middelgroot").json().get("aantal").asInt();
        int groot = get("/api/v1/gemeenten?peiljaar=2022&grootteklasse=groot").json().get("aantal").asInt();
        int onbekend = get("/api/v1/gemeenten?peiljaar=2022&grootteklasse=onbekend").json().get("aantal").asInt();

        // The VNG survey counted 255 small gemeenten among 345 in 2022; on the 342 gemeenten of the
        // 2023 layout with CBS figures of 1 January 2022 there are 251.
        assertThat(klein).isEqualTo(251);
        assertThat(middelgroot).isEqualTo(59);
        assertThat(groot).isEqualTo(32);
        assertThat(onbekend).isZero();
        assertThat(klein + middelgroot + groot).isEqualTo(342);
    }

    @Test
    void grootteklasseVolgtDeInwonersVanHetPeiljaar() {
        var json = get("/api/v1/gemeenten?peiljaar=2022&grootteklasse=klein").json();

        assertThat(lijst(json.get("gemeenten"))).allSatisfy(g -> {
            assertThat(g.get("grootteklasse").asString()).isEqualTo("klein");
            assertThat(g.get("inwoners").asInt()).isLessThanOrEqualTo(50_000);
        });
        assertThat(get("/api/v1/gemeenten?peiljaar=2024&grootteklasse=klein").json().get("aantal").asInt())
                .isEqualTo(247);
    }

    @Test
    void filtertOpDeelVanDeNaamZonderOnderscheidInHoofdletters() {
        var json = get("/api/v1/gemeenten?naam=AMERS").json();

        assertThat(lijst(json.get("gemeenten"))).extracting(g -> g.get("code").asString()).containsExactly("GM0307");
    }

    @Test
    void meldtAlleOngeldigeParametersInEenProbleem() {
        var antwoord = get("/api/v1/gemeenten?indeling=2021-01-01&peiljaar=abc&sorteer=foo&grootteklasse=huge");

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        var probleem = antwoord.json();
        assertThat(probleem.get("status").asInt()).isEqualTo(400);
        assertThat(probleem.get("title").asString()).isNotBlank();
        assertThat(probleem.get("detail").asString()).isNotBlank();
        assertThat(probleem.get("instance").asString()).isEqualTo("/api/v1/gemeenten");
        assertThat(probleem.get("invalidParams").size()).isEqualTo(4);
        assertThat(namenVanParameters(probleem))
                .containsExactlyInAnyOrder("indeling", "peiljaar", "sorteer", "grootteklasse");
        assertThat(lijst(probleem.get("invalidParams")))
                .allSatisfy(p -> assertThat(p.get("reason").asString()).isNotBlank());
    }

    @Test
    void weigertEenPeiljaarDatDeIndelingNietHeeft() {
        var antwoord = get("/api/v1/gemeenten?indeling=2022-01-01&peiljaar=2024");

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(namenVanParameters(antwoord.json())).containsExactly("peiljaar");
    }

    @Test
    void weigertOngeldigeVeiligheidsregioEnProvincie() {
        var antwoord = get("/api/v1/gemeenten?veiligheidsregio=Utrecht&provincie=PV99");

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(namenVanParameters(antwoord.json())).containsExactlyInAnyOrder("veiligheidsregio", "provincie");
    }

    @Test
    void onbekendeGemeenteGeeft404Probleem() {
        var antwoord = get("/api/v1/gemeenten/GM9999");

        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().get("status").asInt()).isEqualTo(404);
        assertThat(antwoord.json().get("detail").asString()).contains("GM9999");
    }

    @Test
    void onbekendeVeiligheidsregioGeeft404Probleem() {
        var antwoord = get("/api/v1/veiligheidsregios/VR26");

        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/gemeenten", "/api/v1/gemeenten/GM0344", "/api/v1/gemeenten/GM9999",
        "/api/v1/gemeenten?sorteer=foo", "/api/v1/veiligheidsregios", "/api/v1/veiligheidsregios/VR09",
        "/api/v1/provincies", "/api/v1/verdeelsleutel?totaal=90000&peiljaar=2022", "/api/v1/verdeelsleutel",
        "/api/v1/opgavebesluiten", "/api/v1/mij", "/api/v1/bestaat-niet", "/api/v1/openapi.json"})
    void elkAntwoordHeeftDeApiVersieHeader(String pad) {
        var antwoord = get(pad);

        assertThat(antwoord.header("API-Version")).as(pad + " -> " + antwoord.status()).isEqualTo("1.0.0");
    }

    @Test
    void ookEenAntwoordNaInloggenHeeftDeApiVersieHeader() {
        assertThat(get("/api/v1/mij", "utrecht").header("API-Version")).isEqualTo("1.0.0");
        assertThat(get("/api/v1/mij", "utrecht", "fout").header("API-Version")).isEqualTo("1.0.0");
    }

    @Test
    void geeft25VeiligheidsregiosMetSamen17590672InwonersOpPeiljaar2022() {
        var json = get("/api/v1/veiligheidsregios?peiljaar=2022").json();

        assertThat(json.get("aantal").asInt()).isEqualTo(25);
        var regios = lijst(json.get("veiligheidsregios"));
        assertThat(regios).hasSize(25);
        assertThat(regios.stream().mapToLong(r -> r.get("inwoners").asLong()).sum()).isEqualTo(17_590_672L);
        assertThat(regios.stream().mapToInt(r -> r.get("aantalGemeenten").asInt()).sum()).isEqualTo(342);
        assertThat(regios.stream().mapToLong(r -> r.get("landoppervlakteHa").asLong()).sum()).isEqualTo(3_364_723L);
        assertThat(regios).extracting(r -> r.get("code").asString()).startsWith("VR01").endsWith("VR25");
    }

    @Test
    void regioSomIsOnbekendAlsEenGemeenteGeenCijferHeeft() {
        var regios = lijst(get("/api/v1/veiligheidsregios?indeling=2022-01-01").json().get("veiligheidsregios"));

        var onbekend = regios.stream().filter(r -> r.get("inwoners").isNull()).map(r -> r.get("code").asString()).toList();
        assertThat(onbekend).containsExactlyInAnyOrder("VR13", "VR14", "VR17");
    }

    @Test
    void veiligheidsregioUtrechtHeeft26Gemeenten() {
        var json = get("/api/v1/veiligheidsregios/VR09").json();

        assertThat(json.get("veiligheidsregio").get("aantalGemeenten").asInt()).isEqualTo(26);
        assertThat(json.get("gemeenten").size()).isEqualTo(26);
    }

    @Test
    void geeftDeTwaalfProvincies() {
        var provincies = lijst(get("/api/v1/provincies").json().get("provincies"));

        assertThat(provincies).hasSize(12);
        assertThat(provincies).extracting(p -> p.get("code").asString()).contains("PV20", "PV26", "PV31");
    }
}
