// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring;

import static nl.onderdak.locaties.Locatieverzoeken.lijst;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.onderdak.IntegratieTest;
import nl.onderdak.platform.Csv;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The KCIO report as CSV and XLSX download from the web UI. The web UI has a session and a login
 * form with CSRF protection (no HTTP Basic), so each test logs in through the form as a browser
 * would: fetch the form for the session cookie and the CSRF token, post the credentials, then
 * download with the session cookie. The downloads are compared with the report from the API, which
 * other tests check in detail.
 */
class KcioDownloadTest extends IntegratieTest {

    private static final String KOPREGEL = "peildatum;week;gemeentecode;gemeente;veiligheidsregiocode;veiligheidsregio;"
            + "locaties;bruikbare_bedden;bezet;vrij;aandeel_in_regio_procent";
    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    /** A browser session of the web UI: cookies kept, redirects not followed. */
    private final class Websessie {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        private URI uri(String pad) {
            return URI.create("http://localhost:" + poort + pad);
        }

        HttpResponse<byte[]> get(String pad) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        Websessie inloggen(String gebruiker) throws IOException, InterruptedException {
            var formulier = get("/inloggen");
            assertThat(formulier.statusCode()).isEqualTo(200);
            var m = CSRF.matcher(new String(formulier.body(), StandardCharsets.UTF_8));
            assertThat(m.find()).as("CSRF token in the login form").isTrue();
            var token = m.group(1) != null ? m.group(1) : m.group(2);
            var velden = "username=" + enc(gebruiker) + "&password=" + enc(WACHTWOORD) + "&_csrf=" + enc(token);
            var antwoord = http.send(HttpRequest.newBuilder(uri("/inloggen"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(velden)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(antwoord.statusCode()).isEqualTo(302);
            assertThat(antwoord.headers().firstValue("Location").orElseThrow()).doesNotContain("fout").doesNotContain("inloggen");
            return this;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    private Websessie ingelogd(String gebruiker) throws IOException, InterruptedException {
        return new Websessie().inloggen(gebruiker);
    }

    /** The lines of a CSV download, parsed as Dutch Excel does (BOM, {@code ;}); the first is the heading. */
    private static List<List<String>> csv(HttpResponse<byte[]> antwoord) {
        assertThat(antwoord.statusCode()).isEqualTo(200);
        var tekst = new String(antwoord.body(), StandardCharsets.UTF_8);
        assertThat(tekst).startsWith("\uFEFF" + KOPREGEL + "\r\n").endsWith("\r\n");
        return Csv.lees(tekst.substring(1), ';').stream().map(Csv.Regel::velden).toList();
    }

    /** The rows of the first sheet of an XLSX download (the second holds the totals), each cell as the text the CSV has for it. */
    private static List<List<String>> xlsx(HttpResponse<byte[]> antwoord, String bladnaam) throws IOException {
        assertThat(antwoord.statusCode()).isEqualTo(200);
        try (var werkboek = new ReadableWorkbook(new ByteArrayInputStream(antwoord.body()))) {
            assertThat(werkboek.getSheets().map(Sheet::getName).toList()).containsExactly(bladnaam, "Totalen");
            var rijen = new ArrayList<List<String>>();
            for (Row rij : werkboek.getFirstSheet().read()) {
                var cellen = new ArrayList<String>();
                for (int k = 0; k < 11; k++) {
                    cellen.add(rij.getRowNum() == 1 ? rij.getCell(k).getText() : alsCsv(rij, k));
                }
                rijen.add(cellen);
            }
            return rijen;
        }
    }

    /** A data cell as the CSV writes it; also checks that it has the cell type a spreadsheet can compute with. */
    private static String alsCsv(Row rij, int k) {
        Cell cel = rij.hasCell(k) ? rij.getCell(k) : null;
        if (cel == null || cel.getType() == CellType.EMPTY) {
            return "";
        }
        return switch (k) {
            case 0 -> {
                assertThat(cel.getType()).as("peildatum").isEqualTo(CellType.NUMBER);
                yield cel.asDate().toLocalDate().toString();
            }
            case 6, 7, 8, 9, 10 -> {
                assertThat(cel.getType()).as("kolom %d", k).isEqualTo(CellType.NUMBER);
                yield cel.asNumber().toPlainString();
            }
            default -> {
                assertThat(cel.getType()).as("kolom %d", k).isEqualTo(CellType.STRING);
                yield cel.getText();
            }
        };
    }

    /** The same figures as the CSV line, per field; numbers compared by value. */
    private static void gelijk(List<String> xlsx, List<String> csv) {
        assertThat(xlsx).hasSize(csv.size());
        for (int k = 0; k < csv.size(); k++) {
            if (k >= 6 && !csv.get(k).isEmpty()) {
                assertThat(new BigDecimal(xlsx.get(k))).as("kolom %d van %s", k, csv).isEqualByComparingTo(csv.get(k).replace(',', '.'));
            } else {
                assertThat(xlsx.get(k)).as("kolom %d van %s", k, csv).isEqualTo(csv.get(k));
            }
        }
    }

    private List<JsonNode> apiRapport(String gebruiker, String parameters) {
        var antwoord = get("/api/v1/kcio-rapportage?" + parameters, gebruiker);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        return lijst(antwoord.json().get("gemeenten"));
    }

    private static List<String> alsCsvRegel(String peildatum, String week, JsonNode g) {
        var aandeel = g.get("aandeelInRegio");
        return List.of(peildatum, week, g.get("gemeenteCode").asString(), g.get("gemeente").asString(),
                g.get("veiligheidsregioCode").asString(), g.get("veiligheidsregio").asString(),
                String.valueOf(g.get("locaties").asInt()), String.valueOf(g.get("bruikbareBedden").asInt()),
                String.valueOf(g.get("bezet").asInt()), String.valueOf(g.get("vrij").asInt()),
                aandeel == null || aandeel.isNull() ? "" : aandeel.decimalValue().toPlainString().replace('.', ','));
    }

    @Test
    void deCsvVanEenGemeenteHeeftDeKopregelEnPreciesEenRegelVoorDieGemeente() throws Exception {
        var antwoord = ingelogd("utrecht").get("/rapportage/kcio.csv?peildatum=2026-11-01");

        assertThat(antwoord.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(antwoord.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"kcio-2026-11-01.csv\"");
        var regels = csv(antwoord);
        assertThat(String.join(";", regels.getFirst())).isEqualTo(KOPREGEL);
        assertThat(regels).hasSize(2);
        var utrecht = regels.get(1);
        assertThat(utrecht.subList(0, 6))
                .containsExactly("2026-11-01", "2026-W44", "GM0344", "Utrecht", "VR09", "Utrecht");
        var api = apiRapport("utrecht", "peildatum=2026-11-01");
        assertThat(api).hasSize(1);
        assertThat(utrecht).containsExactlyElementsOf(alsCsvRegel("2026-11-01", "2026-W44", api.getFirst()));
    }

    @Test
    void deXlsxVanEenGemeenteOpentMetDezelfdeRijenAlsDeCsv() throws Exception {
        var sessie = ingelogd("utrecht");
        var csv = csv(sessie.get("/rapportage/kcio.csv?peildatum=2026-11-01"));

        var antwoord = sessie.get("/rapportage/kcio.xlsx?peildatum=2026-11-01");

        assertThat(antwoord.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(antwoord.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"kcio-2026-11-01.xlsx\"");
        var rijen = xlsx(antwoord, "KCIO 2026-11-01");
        assertThat(rijen).hasSize(2);
        assertThat(rijen.getFirst()).containsExactlyElementsOf(csv.getFirst());
        gelijk(rijen.get(1), csv.get(1));
        assertThat(rijen.get(1).get(2)).isEqualTo("GM0344");
    }

    @Test
    void eenLandelijkeGebruikerKrijgtEenRegelPerGemeenteInCsvEnXlsxGelijkAanDeApi() throws Exception {
        var sessie = ingelogd("kcio");

        var csv = csv(sessie.get("/rapportage/kcio.csv?week=2026-W47"));
        var xlsx = xlsx(sessie.get("/rapportage/kcio.xlsx?week=2026-W47"), "KCIO 2026-11-22");

        var api = apiRapport("kcio", "week=2026-W47");
        assertThat(api.size()).isGreaterThan(300);
        assertThat(csv).hasSize(api.size() + 1);
        assertThat(csv.subList(1, csv.size())).extracting(r -> r.get(2)).doesNotHaveDuplicates()
                .containsExactlyElementsOf(api.stream().map(g -> g.get("gemeenteCode").asString()).toList());
        for (int i = 0; i < api.size(); i++) {
            assertThat(csv.get(i + 1)).containsExactlyElementsOf(alsCsvRegel("2026-11-22", "2026-W47", api.get(i)));
        }
        assertThat(xlsx).hasSize(csv.size());
        assertThat(xlsx.getFirst()).containsExactlyElementsOf(csv.getFirst());
        for (int i = 1; i < csv.size(); i++) {
            gelijk(xlsx.get(i), csv.get(i));
        }
    }

    @Test
    void eenRegiocoordinatorKrijgtAlleenDeGemeentenVanZijnRegio() throws Exception {
        var csv = csv(ingelogd("regio-utrecht").get("/rapportage/kcio.csv?peildatum=2026-11-01"));

        var regels = csv.subList(1, csv.size());
        assertThat(regels).hasSizeGreaterThan(1);
        assertThat(regels).extracting(r -> r.get(4)).containsOnly("VR09");
        assertThat(regels).extracting(r -> r.get(2)).contains("GM0344", "GM0307").doesNotContain("GM0599");
    }

    /** The label of the last row of the sheet "Totalen" (its fourth column). */
    private static String totaalLabel(HttpResponse<byte[]> antwoord) throws IOException {
        assertThat(antwoord.statusCode()).isEqualTo(200);
        try (var werkboek = new ReadableWorkbook(new ByteArrayInputStream(antwoord.body()))) {
            var blad = werkboek.getSheets().filter(b -> b.getName().equals("Totalen")).findFirst().orElseThrow();
            var rijen = blad.read();
            return rijen.getLast().getCell(3).getText();
        }
    }

    @Test
    void deTotaalregelVanEenRegioHeetTotaalInDeTaalVanDeGebruiker() throws Exception {
        var sessie = ingelogd("regio-utrecht");

        assertThat(totaalLabel(sessie.get("/rapportage/kcio.xlsx?peildatum=2026-11-01"))).isEqualTo("Totaal");
        assertThat(totaalLabel(sessie.get("/rapportage/kcio.xlsx?peildatum=2026-11-01&lang=en"))).isEqualTo("Total");
    }

    @Test
    void zonderInloggenGeenDownloadMaarDeInlogpagina() throws Exception {
        for (var pad : List.of("/rapportage/kcio.csv", "/rapportage/kcio.xlsx")) {
            var antwoord = new Websessie().get(pad + "?peildatum=2026-11-01");

            assertThat(antwoord.statusCode()).as(pad).isEqualTo(302);
            assertThat(antwoord.headers().firstValue("Location").orElseThrow()).as(pad).endsWith("/inloggen");
        }
    }

    /**
     * Regression test for a bug found in review, now fixed (CapaciteitPagina.java, kcioCsv line 111 and kcioXlsx line 126): {@code Rapportagedatum.lees}
     * throws {@code OngeldigeInvoer} for a date that does not exist, and no handler of the web UI turns
     * it into a 400 (only {@code ApiFoutafhandeling} does, for {@code @RestController}s). Expected: 400
     * for a wrong peildatum or week in the download address. Actual: 500, the "internal error" page.
     */
    @Test
    void eenOngeldigePeildatumInDeDownloadIsEenFoutVanDeGebruikerGeenServerfout() throws Exception {
        var sessie = ingelogd("kcio");

        var zacht = new SoftAssertions();
        for (var pad : List.of("/rapportage/kcio.csv?peildatum=2026-02-30", "/rapportage/kcio.xlsx?peildatum=2026-02-30",
                "/rapportage/kcio.csv?week=2026-W60", "/rapportage/kcio.xlsx?week=2026-W47&peildatum=2026-11-22")) {
            zacht.assertThat(sessie.get(pad).statusCode()).as(pad).isEqualTo(400);
        }
        zacht.assertAll();
    }
}
