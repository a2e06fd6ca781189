// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of every integration test: one Spring context (demo profile, its own embedded PostgreSQL),
 * shared by all subclasses because none of them changes the configuration. The API is called over
 * real HTTP on the random port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegratieTest {

    public static final String WACHTWOORD = "onderdak-demo";
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @LocalServerPort
    protected int poort;

    /** Actuator's own port (management.server.port; a free one in tests). */
    @Value("${local.management.port}")
    protected int beheerpoort;

    /** An HTTP answer: status, headers and body as text, with the body parsed as JSON on demand. */
    public record Antwoord(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String naam) {
            return headers.firstValue(naam).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + headers.map() + "\n" + body;
        }
    }

    protected Antwoord get(String pad) {
        return get(pad, null);
    }

    protected Antwoord get(String pad, String gebruiker) {
        return get(pad, gebruiker, WACHTWOORD);
    }

    protected Antwoord get(String pad, String gebruiker, String wachtwoord) {
        var verzoek = verzoek(pad, gebruiker, wachtwoord).GET();
        return stuur(verzoek.build());
    }

    protected Antwoord post(String pad, String gebruiker, String json) {
        var verzoek = verzoek(pad, gebruiker, WACHTWOORD)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return stuur(verzoek.build());
    }

    protected Antwoord put(String pad, String gebruiker, String json) {
        var verzoek = verzoek(pad, gebruiker, WACHTWOORD)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return stuur(verzoek.build());
    }

    /** A POST of a file's bytes with their media type, as a bank's result file is sent. */
    protected Antwoord postBestand(String pad, String gebruiker, String mediaType, byte[] inhoud) {
        var verzoek = verzoek(pad, gebruiker, WACHTWOORD)
                .header("Content-Type", mediaType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(inhoud));
        return stuur(verzoek.build());
    }

    /** A GET that accepts any media type, for downloads (XML, PDF, CSV). */
    protected Antwoord download(String pad, String gebruiker) {
        var verzoek = verzoek(pad, gebruiker, WACHTWOORD).setHeader("Accept", "*/*").GET();
        return stuur(verzoek.build());
    }

    /** A GET on Actuator's management port, as a monitoring system or an administrator's script calls it. */
    protected Antwoord beheer(String pad) {
        return beheer(pad, null);
    }

    protected Antwoord beheer(String pad, String gebruiker) {
        // Any media type: health answers JSON, Prometheus its text format.
        return stuur(verzoek(beheerpoort, pad, gebruiker, WACHTWOORD).setHeader("Accept", "*/*").GET().build());
    }

    private HttpRequest.Builder verzoek(String pad, String gebruiker, String wachtwoord) {
        return verzoek(poort, pad, gebruiker, wachtwoord);
    }

    private static HttpRequest.Builder verzoek(int naarPoort, String pad, String gebruiker, String wachtwoord) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + naarPoort + pad))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (gebruiker != null) {
            var token = Base64.getEncoder()
                    .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private static Antwoord stuur(HttpRequest verzoek) {
        try {
            var r = HTTP.send(verzoek, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Antwoord(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
