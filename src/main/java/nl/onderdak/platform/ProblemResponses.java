// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the {@code application/problem+json} answers (RFC 9457) of the API. The {@code type} is a
 * URN naming the rule or situation; {@code invalidParams} lists every wrong field (NL API Design
 * Rules, /core/error-handling/invalid-input).
 */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static URI type(String naam) {
        return URI.create("urn:onderdak:probleem:" + naam);
    }

    public static ProblemDetail probleem(int status, String type, String titel, String detail) {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        p.setType(type(type));
        p.setTitle(titel);
        return p;
    }

    public static ProblemDetail ongeldig(List<OngeldigeInvoer.Veld> velden, String type) {
        var p = probleem(400, type, Berichten.tekst("invoer.titel"),
                velden.size() == 1 ? Berichten.tekst("invoer.eenVeld") : Berichten.tekst("invoer.velden", velden.size()));
        p.setProperty("invalidParams", velden.stream()
                .map(v -> java.util.Map.of("name", v.name(), "reason", v.reason())).toList());
        return p;
    }

    /** The address of a problem, cut to 200 characters so a long address is not echoed in full. */
    public static String instance(String uri) {
        return uri == null ? "" : uri.length() > 200 ? uri.substring(0, 200) : uri;
    }

    /**
     * The language of a request answered before Spring MVC has chosen it (the security chain): the same choice
     * as everywhere (an API client's Accept-Language, the language cookie, Dutch otherwise). Not the servlet's
     * {@code getLocale()}, which without the header is the server's own language.
     */
    public static java.util.Locale taal(jakarta.servlet.http.HttpServletRequest req) {
        return Invoerbewaking.taal(req);
    }

    /** Writes a problem straight to the servlet response, for answers given before any controller runs. */
    public static void schrijf(HttpServletResponse res, int status, String type, String titel, String detail,
            String instance) throws IOException {
        res.setStatus(status);
        res.setContentType(MEDIA_TYPE);
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write("{\"type\":\"" + json(type(type).toString()) + "\",\"title\":\"" + json(titel)
                + "\",\"status\":" + status + ",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(instance(instance))
                + "\"}");
    }

    private static String json(String s) {
        var b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
