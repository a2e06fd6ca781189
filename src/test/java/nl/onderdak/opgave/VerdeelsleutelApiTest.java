// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class VerdeelsleutelApiTest extends IntegratieTest {

    private static List<JsonNode> lijst(JsonNode node) {
        var lijst = new ArrayList<JsonNode>();
        node.forEach(lijst::add);
        return lijst;
    }

    private static List<String> ongeldigeParameters(Antwoord antwoord) {
        return lijst(antwoord.json().get("invalidParams")).stream().map(p -> p.get("name").asString()).toList();
    }

    @Test
    void verdeelt90000OpPeiljaar2022OverDe25Regios() {
        var antwoord = get("/api/v1/verdeelsleutel?totaal=90000&peiljaar=2022");

        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.contentType()).startsWith("application/json");
        var json = antwoord.json();
        assertThat(json.get("totaal").asInt()).isEqualTo(90_000);
        assertThat(json.get("peiljaar").asInt()).isEqualTo(2022);
        assertThat(json.get("indeling").asString()).isEqualTo("2023-01-01");
        assertThat(json.get("inwonersNederland").asLong()).isEqualTo(17_590_672L);
        assertThat(json.get("landoppervlakteNederlandHa").asLong()).isEqualTo(3_364_723L);
        assertThat(json.get("formule").asString()).contains("50000");

        var regios = lijst(json.get("regios"));
        assertThat(regios).extracting(r -> r.get("code").asString()).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 25).mapToObj(i -> String.format("VR%02d", i)).toList());
        assertThat(regios).allSatisfy(r -> {
            assertThat(r.get("naam").asString()).isNotBlank();
            assertThat(r.get("inwoners").asLong()).isPositive();
            assertThat(r.get("landoppervlakteHa").asLong()).isPositive();
            assertThat(r.get("opgave").asInt()).isGreaterThanOrEqualTo(2000);
        });
        assertThat(regios.stream().mapToInt(r -> r.get("opgave").asInt()).sum()).isEqualTo(90_000);
        var utrecht = regios.get(8);
        assertThat(utrecht.get("naam").asString()).isEqualTo("Utrecht");
        assertThat(utrecht.get("inwoners").asLong()).isEqualTo(1_369_873L);
        assertThat(utrecht.get("landoppervlakteHa").asLong()).isEqualTo(148_448L);
        assertThat(utrecht.get("opgave").asInt()).isEqualTo(4440);
    }

    @Test
    void geeftDezelfdeUitkomstAlsDeBerekeningOpHetCbsBestand() {
        var verwacht = Verdeelsleutel.bereken(75_000, CbsRegiocijfers.kerncijfers(2024)).regios().stream()
                .map(Verdeelsleutel.RegioOpgave::opgave).toList();

        var regios = lijst(get("/api/v1/verdeelsleutel?totaal=75000&peiljaar=2024").json().get("regios"));

        assertThat(regios).extracting(r -> r.get("opgave").asInt()).containsExactlyElementsOf(verwacht);
    }

    @Test
    void weigertTotaalOnder50000EnOnbekendPeiljaarInEenProbleem() {
        var antwoord = get("/api/v1/verdeelsleutel?totaal=49999&peiljaar=1999");

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(ongeldigeParameters(antwoord)).containsExactlyInAnyOrder("totaal", "peiljaar");
        assertThat(antwoord.json().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void weigertEenTotaalDatGeenGeheelGetalIs() {
        var antwoord = get("/api/v1/verdeelsleutel?totaal=90000.5&peiljaar=2022");

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(ongeldigeParameters(antwoord)).containsExactly("totaal");
        assertThat(antwoord.json().get("invalidParams").get(0).get("reason").asString()).contains("90000.5");
    }

    @Test
    void weigertEenGebrokenTotaalZonderPeiljaarMetBeideParameters() {
        var antwoord = get("/api/v1/verdeelsleutel?totaal=90000.5");

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(ongeldigeParameters(antwoord)).containsExactlyInAnyOrder("totaal", "peiljaar");
    }

    @Test
    void weigertOntbrekendeParametersMetBeideNamen() {
        var antwoord = get("/api/v1/verdeelsleutel");

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(ongeldigeParameters(antwoord)).containsExactlyInAnyOrder("totaal", "peiljaar");
    }

    @ParameterizedTest
    @CsvSource({"1000001,totaal", "abc,totaal", "-5,totaal", "' ',totaal"})
    void weigertTotaalBuitenBereikOfGeenGetal(String totaal, String parameter) {
        var antwoord = get("/api/v1/verdeelsleutel?peiljaar=2022&totaal=" + totaal.replace(" ", "%20"));

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(ongeldigeParameters(antwoord)).containsExactly(parameter);
    }

    @Test
    void accepteertDeGrenzen50000En1000000() {
        var minimum = get("/api/v1/verdeelsleutel?totaal=50000&peiljaar=2024").json();
        assertThat(lijst(minimum.get("regios"))).allSatisfy(r -> assertThat(r.get("opgave").asInt()).isEqualTo(2000));

        var maximum = get("/api/v1/verdeelsleutel?totaal=1000000&peiljaar=2024");
        assertThat(maximum.status()).isEqualTo(200);
        assertThat(lijst(maximum.json().get("regios")).stream().mapToInt(r -> r.get("opgave").asInt()).sum())
                .isEqualTo(1_000_000);
    }
}
