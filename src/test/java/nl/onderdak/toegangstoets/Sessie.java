// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegangstoets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One user talking to the running application as outside callers do: the API with HTTP Basic
 * (stateless), the pages with the session of the login form and its CSRF token. Anonymous when the
 * user name is null.
 */
final class Sessie {

    static final String BROWSER_ACCEPT = "text/html,application/json;q=0.9,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    /** An answer with the body as bytes (downloads are PDF, XLSX, XML, CSV). */
    record Antwoord(int status, HttpHeaders headers, byte[] body) {

        String tekst() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String naam) {
            return headers.firstValue(naam).orElse(null);
        }
    }

    final String gebruiker;
    private final String wachtwoord;
    private final String basis;
    private final HttpClient http;
    private boolean ingelogd;

    Sessie(int poort, String gebruiker, String wachtwoord) {
        this.gebruiker = gebruiker;
        this.wachtwoord = wachtwoord;
        this.basis = "http://localhost:" + poort;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Logs in through the form (demo profile); false when the account cannot log in. */
    boolean logIn() {
        if (gebruiker == null) {
            return true;
        }
        var token = csrf("/inloggen");
        var form = "username=" + enc(gebruiker) + "&password=" + enc(wachtwoord) + "&_csrf=" + enc(token);
        var a = stuur(HttpRequest.newBuilder(URI.create(basis + "/inloggen")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        var plek = a.header("Location");
        ingelogd = a.status() == 302 && plek != null && !plek.contains("fout") && !plek.contains("/inloggen");
        return ingelogd;
    }

    boolean ingelogd() {
        return gebruiker == null || ingelogd;
    }

    /** The CSRF token of the session, read from a form on a page. */
    String csrf(String pagina) {
        var html = get(pagina, BROWSER_ACCEPT).tekst();
        var m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("geen CSRF-token op " + pagina);
        }
        return (m.group(1) != null ? m.group(1) : m.group(2)).replace("&#45;", "-");
    }

    Antwoord get(String pad, String accept) {
        return stuur(verzoek(pad).header("Accept", accept).GET());
    }

    Antwoord post(String pad, String json) {
        return stuur(verzoek(pad).header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Antwoord put(String pad, String json) {
        return stuur(verzoek(pad).header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Antwoord postBestand(String pad, String mediaType, byte[] inhoud) {
        return stuur(verzoek(pad).header("Content-Type", mediaType).POST(HttpRequest.BodyPublishers.ofByteArray(inhoud)));
    }

    /** A form of a page, with the session's CSRF token read from {@code formulierPagina}. */
    Antwoord postFormulier(String pad, String formulierPagina, String velden) {
        var token = csrf(formulierPagina);
        return stuur(verzoek(pad).header("Content-Type", "application/x-www-form-urlencoded").header("Accept", BROWSER_ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(velden + "&_csrf=" + enc(token))));
    }

    /** A file upload through a page form (multipart), the CSRF token in its header. */
    Antwoord postMultipart(String pad, String formulierPagina, String veld, String bestandsnaam, String mediaType, byte[] inhoud) {
        var token = csrf(formulierPagina);
        var grens = "----toegangstoets" + UUID.randomUUID();
        var kop = ("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + veld + "\"; filename=\"" + bestandsnaam
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        var staart = ("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new byte[kop.length + inhoud.length + staart.length];
        System.arraycopy(kop, 0, body, 0, kop.length);
        System.arraycopy(inhoud, 0, body, kop.length, inhoud.length);
        System.arraycopy(staart, 0, body, kop.length + inhoud.length, staart.length);
        return stuur(verzoek(pad).header("Content-Type", "multipart/form-data; boundary=" + grens).header("X-CSRF-TOKEN", token)
                .header("Accept", BROWSER_ACCEPT).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder verzoek(String pad) {
        var b = HttpRequest.newBuilder(URI.create(basis + pad)).timeout(Duration.ofSeconds(60));
        // The API never reads the session: there the user logs in with HTTP Basic on every call.
        if (gebruiker != null && pad.startsWith("/api/")) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private Antwoord stuur(HttpRequest.Builder verzoek) {
        try {
            var r = http.send(verzoek.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Antwoord(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
