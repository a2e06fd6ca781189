// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The input guard: one check of every request before security and controllers see it, so that no
 * module can store or choke on input that no field ever accepts (docs/api.md, "Limits").
 *
 * <ul>
 *   <li>a JSON or form body is at most {@link #MAX_BODY} bytes (413);</li>
 *   <li>no text (query parameter, form field, multipart field or file name, JSON name or string)
 *       holds a NUL or another control character other than tab and line breaks;</li>
 *   <li>no text is longer than {@link Invoer#TEKST_MAX} characters, or {@link Invoer#TOELICHTING_MAX}
 *       for free-text explanations (a field named like toelichting, omschrijving, reden, uitleg);</li>
 *   <li>a text that is written as a date, month, week or moment (JJJJ-MM-DD, JJJJ-MM, JJJJ-Www) has a
 *       year from 1900 to 2100.</li>
 * </ul>
 *
 * Every wrong field is named at once: 400 problem+json under {@code /api}, the error page elsewhere.
 * Field rules that belong to one field (a shorter name, a date in the past) stay with the module;
 * this is the floor under all of them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class Invoerbewaking extends OncePerRequestFilter {

    /** The largest JSON or form body accepted (files are sent as multipart or as the body itself). */
    static final int MAX_BODY = 1024 * 1024;
    /** The request attribute holding the message for the error page. */
    static final String MELDING = Invoerbewaking.class.getName() + ".melding";
    /** At most this many wrong fields are named, so a hostile request cannot make a huge answer. */
    private static final int MAX_FOUTEN = 20;

    private static final Set<String> VRIJE_TEKST = Set.of("toelichting", "omschrijving", "reden", "uitleg", "motivering",
            "opmerking", "opmerkingen", "bijzonderheden", "beschrijving", "notitie");
    private static final Pattern DATUMACHTIG = Pattern.compile("([+-]?)(\\d{4,})-(\\d{2}|W\\d{2})(-\\d{2}([T ].*)?)?");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // This filter runs before Spring knows the user's language; its messages follow the same choice
        // (the language cookie, or ?lang=en on a page), so an English user reads English.
        var vorige = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(taal(request));
        try {
            bewaak(request, response, chain);
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(vorige);
        }
    }

    /**
     * The language the user chose: English by ?lang=en on a page or the remembered choice; for the API
     * without that cookie, the Accept-Language header; else Dutch.
     */
    static Locale taal(HttpServletRequest request) {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        var lang = api ? null : request.getQueryString() == null ? null
                : java.util.Arrays.stream(request.getQueryString().split("&")).filter(p -> p.startsWith("lang="))
                        .map(p -> p.substring(5)).findFirst().orElse(null);
        if (lang == null && request.getCookies() != null) {
            for (var koekje : request.getCookies()) {
                if ("onderdak-taal".equals(koekje.getName())) {
                    lang = koekje.getValue();
                }
            }
        }
        if (lang == null && api) {
            return gevraagdeTaal(request);
        }
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Weergave.NEDERLANDS;
    }

    /**
     * The language an API client asks for with Accept-Language: the first of Dutch and English it names,
     * in its order of preference ("en-GB,en;q=0.9" is English, "fr,nl;q=0.5" Dutch); Dutch when it names
     * neither or sends none. Pages ignore the header: a browser sends its own language, not the user's
     * choice, and the interface is Dutch unless the user switches.
     */
    static Locale gevraagdeTaal(HttpServletRequest request) {
        var kop = request.getHeader("Accept-Language");
        if (kop != null && !kop.isBlank()) {
            try {
                for (var bereik : Locale.LanguageRange.parse(kop)) {
                    var taal = bereik.getRange().toLowerCase(Locale.ROOT);
                    if (bereik.getWeight() > 0 && (taal.equals("en") || taal.startsWith("en-"))) {
                        return Locale.ENGLISH;
                    }
                    if (bereik.getWeight() > 0 && (taal.equals("nl") || taal.startsWith("nl-"))) {
                        return Weergave.NEDERLANDS;
                    }
                }
            } catch (IllegalArgumentException e) {
                // A malformed header asks for nothing.
            }
        }
        return Weergave.NEDERLANDS;
    }

    private void bewaak(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var type = mediaType(request.getContentType());
        boolean json = type != null && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
        boolean formulier = type != null && type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED);
        if ((json || formulier) && request.getContentLengthLong() > MAX_BODY) {
            teGroot(request, response);
            return;
        }
        var fouten = new ArrayList<Veld>();
        HttpServletRequest verder = request;
        if (json) {
            var inhoud = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (inhoud.length > MAX_BODY) {
                teGroot(request, response);
                return;
            }
            verder = new GelezenBody(request, inhoud);
            controleerJson(inhoud, fouten);
        }
        controleerParameters(request, fouten);
        if (type != null && type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
            controleerDelen(request, fouten);
        }
        if (!fouten.isEmpty()) {
            weiger(request, response, fouten.size() > MAX_FOUTEN ? fouten.subList(0, MAX_FOUTEN) : fouten);
            return;
        }
        chain.doFilter(verder, response);
    }

    /** The problems of one text value, or none. Used for every kind of input. */
    static String probleem(String naam, String waarde) {
        if (waarde == null) {
            return null;
        }
        if (Invoer.heeftStuurteken(waarde)) {
            return Berichten.tekst("invoer.stuurteken");
        }
        int max = maximum(naam);
        if (waarde.length() > max) {
            return Berichten.tekst("invoer.teLang", Weergave.in(Berichten.taal()).getal(max));
        }
        var m = DATUMACHTIG.matcher(waarde.strip());
        if (m.matches()) {
            var jaar = m.group(2);
            boolean binnen = m.group(1).equals("-") ? false
                    : jaar.length() <= 6 && Integer.parseInt(jaar) >= Invoer.EERSTE_DATUM.getYear()
                            && Integer.parseInt(jaar) <= Invoer.LAATSTE_DATUM.getYear();
            if (!binnen) {
                return Invoer.buitenBereik();
            }
        }
        return null;
    }

    /** The longest text a field of this name takes. */
    static int maximum(String naam) {
        var kort = naam == null ? "" : naam.substring(Math.max(naam.lastIndexOf('.'), naam.lastIndexOf(']')) + 1);
        return VRIJE_TEKST.contains(kort.toLowerCase(Locale.ROOT)) ? Invoer.TOELICHTING_MAX : Invoer.TEKST_MAX;
    }

    private static void controleerParameters(HttpServletRequest request, List<Veld> fouten) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            return; // the container refuses unreadable parameters itself; the controller answers that
        }
        for (var p : parameters.entrySet()) {
            var naam = p.getKey();
            var naamProbleem = Invoer.heeftStuurteken(naam) || naam.length() > 100;
            if (naamProbleem) {
                fouten.add(new Veld(Invoer.uittreksel(naam), Berichten.tekst("invoer.veldnaam")));
                continue;
            }
            for (var waarde : p.getValue()) {
                var probleem = probleem(naam, waarde);
                if (probleem != null) {
                    fouten.add(new Veld(naam, probleem));
                    break;
                }
            }
        }
    }

    private static void controleerDelen(HttpServletRequest request, List<Veld> fouten) {
        try {
            for (var deel : request.getParts()) {
                var naam = deel.getName();
                if (naam != null && (Invoer.heeftStuurteken(naam) || naam.length() > 100)) {
                    fouten.add(new Veld(Invoer.uittreksel(naam), Berichten.tekst("invoer.veldnaam")));
                    continue;
                }
                var bestandsnaam = deel.getSubmittedFileName();
                if (bestandsnaam != null && (Invoer.heeftStuurteken(bestandsnaam) || bestandsnaam.length() > 255)) {
                    fouten.add(new Veld(naam, Berichten.tekst("invoer.bestandsnaam")));
                }
            }
        } catch (IOException | ServletException | RuntimeException e) {
            // too large or not readable: the multipart resolver answers that with its own message
        }
    }

    private static void controleerJson(byte[] inhoud, List<Veld> fouten) {
        JsonNode boom;
        try {
            boom = JSON.readTree(inhoud);
        } catch (JacksonException e) {
            return; // malformed JSON: the controller answers 400 "onleesbaar verzoek"
        }
        loop(boom, "", fouten);
    }

    private static void loop(JsonNode knoop, String pad, List<Veld> fouten) {
        if (knoop == null || fouten.size() > MAX_FOUTEN) {
            return;
        }
        if (knoop.isObject()) {
            for (var e : knoop.properties()) {
                var naam = e.getKey();
                if (Invoer.heeftStuurteken(naam) || naam.length() > 100) {
                    fouten.add(new Veld(Invoer.uittreksel(naam), Berichten.tekst("invoer.veldnaam")));
                    continue;
                }
                loop(e.getValue(), pad.isEmpty() ? naam : pad + "." + naam, fouten);
            }
        } else if (knoop.isArray()) {
            for (int i = 0; i < knoop.size(); i++) {
                loop(knoop.get(i), pad + "[" + i + "]", fouten);
            }
        } else if (knoop.isString()) {
            var probleem = probleem(pad, knoop.stringValue());
            if (probleem != null) {
                fouten.add(new Veld(pad.isEmpty() ? "body" : pad, probleem));
            }
        }
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static void teGroot(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var melding = Berichten.tekst("probleem.verzoekTeGrootUitleg");
        if (api(request)) {
            ProblemResponses.schrijf(response, 413, "verzoek-te-groot", Berichten.tekst("probleem.verzoekTeGroot"), melding,
                    ProblemResponses.instance(request.getRequestURI()));
        } else {
            request.setAttribute(MELDING, melding);
            response.sendError(413);
        }
    }

    private static void weiger(HttpServletRequest request, HttpServletResponse response, List<Veld> fouten) throws IOException {
        if (api(request)) {
            var p = ProblemResponses.ongeldig(fouten, "ongeldige-invoer");
            var kaart = new java.util.LinkedHashMap<String, Object>();
            kaart.put("type", p.getType().toString());
            kaart.put("title", p.getTitle());
            kaart.put("status", p.getStatus());
            kaart.put("detail", p.getDetail());
            kaart.put("instance", ProblemResponses.instance(request.getRequestURI()));
            kaart.putAll(p.getProperties());
            response.setStatus(400);
            response.setContentType(ProblemResponses.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.writeValueAsString(kaart));
        } else {
            var melding = new StringBuilder();
            for (var f : fouten) {
                melding.append(f.name()).append(": ").append(f.reason()).append(' ');
            }
            request.setAttribute(MELDING, melding.toString().strip());
            response.sendError(400);
        }
    }

    /**
     * The request with its body already read, handed on as it was. The API's error handling reads the
     * body again from here to name every wrong field of a body that did not bind ({@link VerkeerdeVelden}).
     */
    static final class GelezenBody extends HttpServletRequestWrapper {
        private final byte[] inhoud;

        GelezenBody(HttpServletRequest request, byte[] inhoud) {
            super(request);
            this.inhoud = inhoud;
        }

        byte[] inhoud() {
            return inhoud.clone();
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(inhoud);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // The body is already in memory: everything is available at once, so the listener is told so at once.
                    try {
                        if (in.available() > 0) {
                            listener.onDataAvailable();
                        }
                        listener.onAllDataRead();
                    } catch (java.io.IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset cs = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    cs = Charset.forName(getCharacterEncoding());
                }
            } catch (RuntimeException e) {
                // unknown encoding: read as UTF-8
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }

        @Override
        public int getContentLength() {
            return inhoud.length;
        }

        @Override
        public long getContentLengthLong() {
            return inhoud.length;
        }
    }
}
