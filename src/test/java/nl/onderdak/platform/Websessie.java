package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import nl.onderdak.IntegratieTest;

/** A browser session of the web UI (form login, cookies kept, redirects not followed), for the actuator and pages. */
final class Websessie {

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final int poort;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Websessie(int poort) {
        this.poort = poort;
    }

    static Websessie anoniem(int poort) {
        return new Websessie(poort);
    }

    static Websessie ingelogd(int poort, String gebruiker) {
        var sessie = new Websessie(poort);
        var formulier = sessie.get("/inloggen");
        assertThat(formulier.statusCode()).isEqualTo(200);
        var m = CSRF.matcher(formulier.body());
        assertThat(m.find()).as("CSRF token in the login form").isTrue();
        var token = m.group(1) != null ? m.group(1) : m.group(2);
        var velden = "username=" + enc(gebruiker) + "&password=" + enc(IntegratieTest.WACHTWOORD) + "&_csrf=" + enc(token);
        var antwoord = sessie.stuur(HttpRequest.newBuilder(sessie.uri("/inloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden)));
        assertThat(antwoord.statusCode()).isEqualTo(302);
        assertThat(antwoord.headers().firstValue("Location").orElseThrow()).doesNotContain("fout").doesNotContain("inloggen");
        return sessie;
    }

    HttpResponse<String> get(String pad) {
        return stuur(HttpRequest.newBuilder(uri(pad)).GET());
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }

    private HttpResponse<String> stuur(HttpRequest.Builder verzoek) {
        try {
            return http.send(verzoek.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
