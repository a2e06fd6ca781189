package nl.onderdak.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/** A browser session on the login form: cookies kept, redirects not followed. */
final class Webformulier {

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final int poort;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String token;

    Webformulier(int poort) {
        this.poort = poort;
    }

    HttpResponse<String> get(String pad) {
        return stuur(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).timeout(Duration.ofSeconds(60))
                .GET().build());
    }

    /** Opens the login form once, for its CSRF token (before the database is stopped, say). */
    Webformulier open() {
        var formulier = get("/inloggen");
        assertThat(formulier.statusCode()).isEqualTo(200);
        var m = CSRF.matcher(formulier.body());
        assertThat(m.find()).as("CSRF token in the login form").isTrue();
        token = m.group(1) != null ? m.group(1) : m.group(2);
        return this;
    }

    /** Posts the login form; answers where it redirects to. */
    String inloggen(String gebruiker, String wachtwoord) {
        if (token == null) {
            open();
        }
        var velden = "username=" + enc(gebruiker) + "&password=" + enc(wachtwoord) + "&_csrf=" + enc(token);
        var antwoord = stuur(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/inloggen"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(velden)).build());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(302);
        var doel = antwoord.headers().firstValue("Location").orElseThrow();
        if (!doel.contains("/inloggen")) {
            token = null; // a new session after login: a new token
        }
        return doel;
    }

    private HttpResponse<String> stuur(HttpRequest verzoek) {
        try {
            return http.send(verzoek, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
