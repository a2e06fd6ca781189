// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak;

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
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser session of the web UI over real HTTP, for tests: cookies kept, redirects not followed,
 * logged in through the login form with its CSRF token as a browser would.
 */
public final class Websessie {

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern FORMULIERTOKEN = Pattern.compile(
            "<input[^>]*name=\"_formuliertoken\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_formuliertoken\"");

    private final int poort;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String csrf;
    private String inlogtoken;

    public Websessie(int poort) {
        this.poort = poort;
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }

    public HttpResponse<byte[]> get(String pad) {
        return stuur(HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    public String tekst(HttpResponse<byte[]> antwoord) {
        return new String(antwoord.body(), StandardCharsets.UTF_8);
    }

    /** Logs in as a demo account; fails when that does not work. */
    public Websessie inloggen(String gebruiker) {
        var token = token(get("/inloggen"), CSRF);
        var antwoord = post("/inloggen", "username=" + enc(gebruiker) + "&password=" + enc(IntegratieTest.WACHTWOORD)
                + "&_csrf=" + enc(token), "application/x-www-form-urlencoded");
        var naar = antwoord.headers().firstValue("Location").orElse("");
        if (antwoord.statusCode() != 302 || naar.contains("fout") || naar.contains("inloggen")) {
            throw new IllegalStateException("inloggen als " + gebruiker + " mislukt: " + antwoord.statusCode() + " " + naar);
        }
        csrf = token(get("/"), CSRF);
        return this;
    }

    /** A GET answered as text, for pages. */
    public HttpResponse<String> pagina(String pad) {
        try {
            return http.send(HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the login form once, for its CSRF token (before the database is stopped, say). */
    public Websessie open() {
        inlogtoken = token(get("/inloggen"), CSRF);
        return this;
    }

    /** Posts the login form with this password, whatever the outcome; answers where it redirects to. */
    public String probeerInloggen(String gebruiker, String wachtwoord) {
        if (inlogtoken == null) {
            open();
        }
        var antwoord = post("/inloggen", "username=" + enc(gebruiker) + "&password=" + enc(wachtwoord) + "&_csrf=" + enc(inlogtoken),
                "application/x-www-form-urlencoded");
        if (antwoord.statusCode() != 302) {
            throw new IllegalStateException("inloggen gaf " + antwoord.statusCode() + ": " + tekst(antwoord));
        }
        var doel = antwoord.headers().firstValue("Location").orElseThrow();
        if (!doel.contains("/inloggen")) {
            inlogtoken = null; // a new session after login: a new token
        }
        return doel;
    }

    /** The CSRF token of this session (valid for every form). */
    public String csrf() {
        return csrf;
    }

    /** The first one-time form token on the page at {@code pad}. */
    public String formuliertoken(String pad) {
        return token(get(pad), FORMULIERTOKEN);
    }

    /** A form post with these fields plus the CSRF token. */
    public HttpResponse<byte[]> formulier(String pad, Map<String, String> velden) {
        var body = velden.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return post(pad, body + (body.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf), "application/x-www-form-urlencoded");
    }

    public HttpResponse<byte[]> post(String pad, String body, String contentType) {
        return stuur(HttpRequest.newBuilder(uri(pad)).timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public HttpResponse<byte[]> stuur(HttpRequest verzoek) {
        try {
            return http.send(verzoek, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI adres(String pad) {
        return uri(pad);
    }

    private String token(HttpResponse<byte[]> pagina, Pattern patroon) {
        var m = patroon.matcher(tekst(pagina));
        if (!m.find()) {
            throw new IllegalStateException("geen token (" + patroon.pattern().substring(20, 40) + ") op de pagina: " + pagina.statusCode());
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
