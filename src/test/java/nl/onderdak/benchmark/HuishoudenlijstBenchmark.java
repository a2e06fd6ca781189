// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.benchmark;

import static nl.onderdak.benchmark.Statistiek.belasting;
import static nl.onderdak.benchmark.Statistiek.mediaan;
import static nl.onderdak.benchmark.Statistiek.p95;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The household list of one large gemeente (Rotterdam, about 40,000 households and 100,000 residents:
 * the living-allowance benchmark's dataset in {@code target/benchmark/pg-leefgeld}), through the real
 * HTTP endpoints: {@code GET /api/v1/huishoudens} first page, last page and a part-of-name search, and
 * the page {@code /huishoudens} in a logged-in browser session, and the gemeente's work list ({@code GET
 * /api/v1/werkvoorraad} first and last page, and the start page, which ask every module's Werkbron for
 * its counts and oldest items on each visit), each with median (p50) and p95 in ms.
 *
 * <p>Two baselines are measured in the same run, interleaved with the cases: the API's fixed cost (an
 * authenticated GET that does almost nothing, {@code /api/v1/gemeenten/GM0599}: the API is stateless,
 * so every request checks the password with BCrypt) and the minimum database work of a page (the count
 * and the 25 ids of a page in plain SQL). The list also writes a processing-log record per member shown,
 * which the baselines do not. Timings are reported, never asserted; the answers' shape is.
 *
 * <p>Run with {@code ./benchmark huishoudens}; the script makes the dataset first when it is missing.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "onderdak.embedded-postgres.data-dir=target/benchmark/pg-leefgeld",
        "onderdak.embedded-postgres.clean=false",
        "onderdak.embedded-postgres.port=0",
        "onderdak.demo-gegevens=false"})
class HuishoudenlijstBenchmark {

    private static final String GEMEENTE = "GM0599";
    private static final int AANTAL = 25;
    /** The work list's default page size (WerkvoorraadApi.STANDAARD_AANTAL), also the start page's items per kind. */
    private static final int WERK_AANTAL = 100;
    private static final int OPWARMEN = Integer.getInteger("benchmark.opwarmen", 5);
    private static final int RONDES = Integer.getInteger("benchmark.rondes", 40);
    private static final Pattern TOTAAL = Pattern.compile("\"totaal\"\\s*:\\s*(\\d+)");
    private static final Path UITVOER = Path.of("target", "benchmark");

    @LocalServerPort
    int poort;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void meetDeHuishoudenlijstVanEenGroteGemeente() throws Exception {
        long huishoudens = jdbc.sql("select count(*) from bewoners.huishouden where gemeente_code = :g")
                .param("g", GEMEENTE).query(Long.class).single();
        assertThat(huishoudens).as("dataset van de leefgeldbenchmark (./benchmark huishoudens maakt hem)").isGreaterThan(10_000);
        // A search term that is part of a common surname, not its start: the trigram index must do the work.
        String achternaam = jdbc.sql("""
                select achternaam from bewoners.bewoner b join bewoners.huishouden h on h.id = b.huishouden_id
                 where h.gemeente_code = :g group by achternaam order by count(*) desc, achternaam limit 1""")
                .param("g", GEMEENTE).query(String.class).single();
        String zoek = achternaam.substring(1, Math.min(achternaam.length(), 5)).toLowerCase(Locale.ROOT);
        int laatste = (int) ((huishoudens + AANTAL - 1) / AANTAL);

        var sessie = new Websessie(poort).inloggen("rotterdam");
        var gevallen = new LinkedHashMap<String, Supplier<String>>();
        gevallen.put("basis: API zonder werk (/api/v1/gemeenten/" + GEMEENTE + ")", () -> api("/api/v1/gemeenten/" + GEMEENTE));
        gevallen.put("basis: SQL telling + 25 ids van pagina " + laatste, () -> sqlPagina(laatste));
        gevallen.put("API eerste pagina", () -> api("/api/v1/huishoudens?pagina=1&aantal=" + AANTAL));
        gevallen.put("API laatste pagina (" + laatste + ")", () -> api("/api/v1/huishoudens?pagina=" + laatste + "&aantal=" + AANTAL));
        gevallen.put("API zoeken op '" + zoek + "' (deel van een naam)", () -> api("/api/v1/huishoudens?zoek=" + zoek + "&aantal=" + AANTAL));
        gevallen.put("API op naam gesorteerd, eerste pagina", () -> api("/api/v1/huishoudens?sorteer=naam&aantal=" + AANTAL));
        gevallen.put("pagina /huishoudens eerste pagina (sessie)", () -> sessie.pagina("/huishoudens").body());
        gevallen.put("pagina /huishoudens laatste pagina (sessie)", () -> sessie.pagina("/huishoudens?pagina=" + laatste).body());
        // The work list is computed from every module's Werkbron on each visit; measured on the same large gemeente.
        // Each module counts per kind and builds only the oldest items asked for: the first page and the start page
        // (100 per kind) cost the same for 80,000 deadlines as for 80; a page deep in the list builds everything before it.
        long werk = TOTAAL.matcher(api("/api/v1/werkvoorraad?aantal=1")).results().findFirst()
                .map(m -> Long.parseLong(m.group(1))).orElseThrow();
        int laatsteWerk = (int) Math.max(1, (werk + WERK_AANTAL - 1) / WERK_AANTAL);
        gevallen.put("API werkvoorraad eerste pagina (" + WERK_AANTAL + ")", () -> api("/api/v1/werkvoorraad"));
        gevallen.put("API werkvoorraad laatste pagina (" + laatsteWerk + ")", () -> api("/api/v1/werkvoorraad?pagina=" + laatsteWerk));
        gevallen.put("startpagina / met werkvoorraad (sessie)", () -> sessie.pagina("/").body());

        var tijden = new LinkedHashMap<String, List<Double>>();
        gevallen.keySet().forEach(k -> tijden.put(k, new ArrayList<>()));
        var antwoorden = new LinkedHashMap<String, String>();
        String belastingVoor = belasting();
        for (int ronde = -OPWARMEN; ronde < RONDES; ronde++) {
            // Every round runs every case once, in turn, so load and cache warmth hit all cases alike.
            for (var geval : gevallen.entrySet()) {
                long start = System.nanoTime();
                var antwoord = geval.getValue().get();
                double ms = (System.nanoTime() - start) / 1e6;
                if (ronde >= 0) {
                    tijden.get(geval.getKey()).add(ms);
                }
                antwoorden.put(geval.getKey(), antwoord);
            }
        }
        String belastingNa = belasting();

        var rapport = new StringBuilder();
        rapport.append("Huishoudenlijstbenchmark: ").append(GEMEENTE).append(", ").append(huishoudens).append(" huishoudens, ")
                .append(AANTAL).append(" per pagina, ").append(RONDES).append(" rondes na ").append(OPWARMEN).append(" opwarmrondes\n");
        rapport.append("belasting (loadavg) voor ").append(belastingVoor).append(", na ").append(belastingNa).append("\n\n");
        var basisTijden = tijden.values().iterator().next();
        double basis = mediaan(basisTijden);
        rapport.append("werkvoorraad van de gemeente: ").append(werk).append(" zaken\n");
        rapport.append(String.format(Locale.ROOT, "API-basis (zelfde run): p50 %.1f ms, p95 %.1f ms%n%n", basis, p95(basisTijden)));
        rapport.append(String.format(Locale.ROOT, "%-62s %10s %10s %12s%n", "geval", "p50 ms", "p95 ms", "÷ API-basis"));
        for (var t : tijden.entrySet()) {
            rapport.append(String.format(Locale.ROOT, "%-62s %10.1f %10.1f %12.2f%n", t.getKey(), mediaan(t.getValue()), p95(t.getValue()),
                    mediaan(t.getValue()) / basis));
        }
        Files.createDirectories(UITVOER);
        Files.writeString(UITVOER.resolve("huishoudens.txt"), rapport.toString());
        System.out.println(rapport);

        // The answers must be what a user asked for, or the timings mean nothing.
        var eerste = antwoorden.get("API eerste pagina");
        var totaal = TOTAAL.matcher(eerste);
        assertThat(totaal.find()).isTrue();
        assertThat(Long.parseLong(totaal.group(1))).isEqualTo(huishoudens);
        assertThat(antwoorden.get("API laatste pagina (" + laatste + ")")).contains("\"pagina\":" + laatste);
        assertThat(antwoorden.get("API zoeken op '" + zoek + "' (deel van een naam)")).containsIgnoringCase(zoek);
        var eersteWerk = antwoorden.get("API werkvoorraad eerste pagina (" + WERK_AANTAL + ")");
        assertThat(eersteWerk).contains("\"items\"", "\"soorten\"", "\"totaal\":" + werk);
        assertThat(antwoorden.get("API werkvoorraad laatste pagina (" + laatsteWerk + ")")).contains("\"pagina\":" + laatsteWerk)
                .doesNotContain("\"items\":[]");
        // The start page counts every deadline but lists at most 100 per kind.
        assertThat(antwoorden.get("startpagina / met werkvoorraad (sessie)")).contains("getoond, de oudste eerst");
    }

    private String api(String pad) {
        var basic = Base64.getEncoder().encodeToString(("rotterdam:" + IntegratieTest.WACHTWOORD).getBytes(StandardCharsets.UTF_8));
        try {
            var antwoord = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                    .header("Authorization", "Basic " + basic).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != 200) {
                throw new IllegalStateException(pad + " gaf " + antwoord.statusCode() + ": " + antwoord.body());
            }
            return antwoord.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String sqlPagina(int pagina) {
        long totaal = jdbc.sql("select count(*) from bewoners.huishouden where gemeente_code = :g").param("g", GEMEENTE)
                .query(Long.class).single();
        var ids = jdbc.sql("select id from bewoners.huishouden where gemeente_code = :g order by aangemaakt_op desc, id limit :n offset :o")
                .param("g", GEMEENTE).param("n", AANTAL).param("o", (pagina - 1) * AANTAL).query(String.class).list();
        return totaal + " " + ids.size();
    }
}
