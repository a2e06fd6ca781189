// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static nl.onderdak.locaties.Locatieverzoeken.PAD;
import static nl.onderdak.locaties.Locatieverzoeken.locatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Test;

/** The input guard: input that no field accepts is refused with 400 naming the field, never 5xx, never stored. */
class InvoerbewakingTest extends IntegratieTest {

    private boolean bestaat(String naamBegin) {
        var lijst = get(PAD, "utrecht");
        assertThat(lijst.status()).isEqualTo(200);
        for (var l : lijst.json().get("opvanglocaties")) {
            if (l.get("naam").asString().startsWith(naamBegin)) {
                return true;
            }
        }
        return false;
    }

    private static void probleemNoemt(Antwoord a, int status, String veld) {
        assertThat(a.status()).as(a.toString()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().get("invalidParams").get(0).get("name").asString()).isEqualTo(veld);
    }

    @Test
    void eenNulTekenInJsonGeeft400DatHetVeldNoemtEnWordtNietOpgeslagen() {
        var naam = "Nulteken " + UUID.randomUUID();

        var a = post(PAD, "utrecht", locatie(naam + "\u0000x", "2026-01-01", 5));

        probleemNoemt(a, 400, "naam");
        assertThat(bestaat(naam)).isFalse();
    }

    @Test
    void eenAbsurdJaarGeeft400DatHetVeldNoemtEnWordtNietOpgeslagen() {
        var naam = "Absurd jaar " + UUID.randomUUID();

        var a = post(PAD, "utrecht", locatie(naam, "+999999999-12-31", 5));
        var b = post(PAD, "utrecht", locatie(naam, "1899-12-31", 5));

        probleemNoemt(a, 400, "beschikbaarVanaf");
        probleemNoemt(b, 400, "beschikbaarVanaf");
        assertThat(bestaat(naam)).isFalse();
    }

    @Test
    void eenTeLangeTekstGeeft400EnHerhaaltDeInvoerNiet() {
        var lang = "Lang " + "x".repeat(100_000);

        var a = post(PAD, "utrecht", locatie(lang, "2026-01-01", 5));

        probleemNoemt(a, 400, "naam");
        assertThat(a.body()).hasSizeLessThan(1_000).doesNotContain("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    }

    @Test
    void eenTeGrootJsonVerzoekGeeft413AlsProblem() {
        var a = post(PAD, "utrecht", "{\"naam\":\"" + "x".repeat(1_100_000) + "\"}");

        assertThat(a.status()).as(a.toString()).isEqualTo(413);
        assertThat(a.contentType()).startsWith("application/problem+json");
    }

    @Test
    void eenNulTekenOfAbsurdJaarInEenQueryparameterGeeft400() {
        probleemNoemt(get(PAD + "?peildatum=2026-01-01%00", "utrecht"), 400, "peildatum");
        probleemNoemt(get(PAD + "?peildatum=%2B999999999-12-31", "utrecht"), 400, "peildatum");
        probleemNoemt(get("/api/v1/capaciteit?peildatum=%2B999999999-12-31", "kcio"), 400, "peildatum");
    }

    @Test
    void eenVerkeerdGetalInHetAdresHerhaaltHoogstensEenUittreksel() {
        var a = post("/api/v1/bekostiging/normbedragen/" + "9".repeat(500) + "/_bevestigen", "beheer", "{}");

        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertThat(a.json().get("invalidParams").get(0).get("reason").asString()).doesNotContain("9".repeat(41));
        assertThat(a.body()).hasSizeLessThan(600);
    }

    @Test
    void eenNulTekenInEenFormulierGeeftEenFoutpagina400EnWordtNietOpgeslagen() {
        var sessie = new Websessie(poort).inloggen("utrecht");
        var naam = "Formulier nul " + UUID.randomUUID();
        var velden = new LinkedHashMap<>(Map.of("naam", naam + "\u0000", "soort", "hotel", "adres.postcode", "3511 AB",
                "adres.huisnummer", "12", "adres.plaats", "Utrecht", "exploitant", "X", "beschikbaarVanaf", "2026-01-01",
                "status", "beschikbaar", "bedden", "5"));

        var a = sessie.formulier("/opvanglocaties/nieuw", velden);

        assertThat(a.statusCode()).isEqualTo(400);
        assertThat(a.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(new String(a.body(), StandardCharsets.UTF_8)).contains("naam").contains("NUL");
        assertThat(bestaat(naam)).isFalse();
    }
}
