// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;
import nl.onderdak.platform.Weergave;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A moment is shown in Dutch time on every page that shows it: a declaration is submitted through
 * the API, the API tells the instant it was recorded, and the pages that show it must carry the
 * Amsterdam time and not the UTC time (which is always one or two hours off, so the check can fail).
 */
class TijdzoneTest extends BrowserTest {

    private static final DateTimeFormatter UUR_MINUUT = DateTimeFormatter.ofPattern("HH:mm");

    private String api(String methode, String pad, String gebruiker, String json) throws Exception {
        var verzoek = HttpRequest.newBuilder(URI.create(url(pad)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (gebruiker + ":onderdak-demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(methode, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        var antwoord = HttpClient.newHttpClient().send(verzoek, HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isLessThan(300);
        return antwoord.body();
    }

    @Test
    void eenDeclaratieToontHetTijdstipInNederlandseTijdNietInUtc() throws Exception {
        var omschrijving = "Tijdzonetoets: extra beveiliging " + UUID.randomUUID();
        var json = JsonMapper.builder().build().readTree(api("POST", "/api/v1/bekostiging/declaraties", "utrecht",
                "{\"bedrag\":\"125,00\",\"categorie\":\"beveiliging\",\"periodeVan\":\"2024-10-01\","
                        + "\"periodeTot\":\"2024-10-31\",\"omschrijving\":\"" + omschrijving + "\"}"));
        var id = json.get("id").asString();
        var moment = Instant.parse(json.get("ingediendOp").asString());
        var nederlands = Weergave.nederlands().tijdstip(moment);
        var utc = Weergave.nederlands().datum(moment.atOffset(ZoneOffset.UTC).toLocalDate()) + " "
                + UUR_MINUUT.format(moment.atOffset(ZoneOffset.UTC));
        assertThat(nederlands).as("Amsterdam en UTC verschillen altijd").isNotEqualTo(utc);
        assertThat(nederlands).contains(UUR_MINUUT.format(moment.atZone(Weergave.TIJDZONE)));

        login("utrecht");
        page.navigate(url("/declaraties/" + id));
        var detail = page.locator("main").innerText();
        assertThat(detail).as("declaratiepagina").contains(nederlands).doesNotContain(utc);

        page.navigate(url("/declaraties"));
        var rij = page.locator("main tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(omschrijving));
        if (rij.count() > 0) {
            assertThat(rij.first().innerText()).as("declaratielijst").contains(nederlands).doesNotContain(utc);
        } else {
            assertThat(page.locator("main").innerText()).as("declaratielijst").doesNotContain(utc);
        }
    }
}
