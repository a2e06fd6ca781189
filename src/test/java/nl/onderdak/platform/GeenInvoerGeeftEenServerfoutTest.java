// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import nl.onderdak.locaties.Locatieverzoeken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sends hostile input to every write endpoint of the application (POST, PUT, PATCH, DELETE; API and
 * pages), as enumerated from Spring's handler mapping, so no endpoint can be forgotten: NUL bytes,
 * 100,000-character strings, texts just under the generic limits, malformed JSON, wrong types,
 * absurd years, huge numbers, empty bodies, broken multipart. No answer may be a server error (5xx);
 * all failures are listed at once.
 */
class GeenInvoerGeeftEenServerfoutTest extends IntegratieTest {

    private static final Set<RequestMethod> SCHRIJVEND = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);
    private static final Pattern VARIABELE = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern VELD_IN_SJABLOON = Pattern.compile("::\\s*\\w+\\(\\s*'([A-Za-z][\\w.\\[\\]-]*)'|name=\"([A-Za-z][\\w.\\[\\]-]*)\"");
    private static final String NUL = "a\u0000b";
    private static final String ENORM = "x".repeat(100_000);
    private static final String ABSURD_JAAR = "+999999999-12-31";
    private static final String ENORM_GETAL = "9".repeat(400);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    record Eindpunt(String methode, String patroon, HandlerMethod handler) {
        boolean api() {
            return patroon.startsWith("/api/");
        }

        @Override
        public String toString() {
            return methode + " " + patroon;
        }
    }

    /** One request to send: a description for the report and how to send it. */
    record Poging(String omschrijving, Function<Websessie, HttpResponse<byte[]>> stuur) {
    }

    @Test
    void geenInvoerGeeftEenServerfout() throws Exception {
        var eindpunten = eindpunten();
        assertThat(eindpunten).as("write endpoints found").hasSizeGreaterThan(60);
        var eigenLocatie = eigenLocatie();
        var eigenDeclaratie = eigenDeclaratie();
        var veldnamen = veldnamenUitSjablonen();

        var sessies = new HashMap<String, Websessie>();
        var pogingen = new ArrayList<Poging>();
        for (var e : eindpunten) {
            for (var pad : paden(e, eigenLocatie, eigenDeclaratie)) {
                for (var gebruiker : gebruikers(e.patroon())) {
                    if (e.api()) {
                        pogingen.addAll(apiPogingen(e, pad, gebruiker));
                    } else {
                        var sessie = sessies.computeIfAbsent(gebruiker, g -> new Websessie(poort).inloggen(g));
                        pogingen.addAll(paginaPogingen(e, pad, gebruiker, sessie, veldnamen));
                    }
                }
            }
        }

        var fouten = new ConcurrentLinkedQueue<String>();
        // slowest first: API calls check a password hash each time
        pogingen.sort(java.util.Comparator.comparing(p -> !p.omschrijving().startsWith("POST /api") && !p.omschrijving().startsWith("PUT /api")));
        var begin = System.nanoTime();
        try (var uitvoerder = Executors.newFixedThreadPool(4)) {
            for (var p : pogingen) {
                uitvoerder.submit(() -> {
                    try {
                        var antwoord = p.stuur().apply(null);
                        if (antwoord.statusCode() >= 500) {
                            var body = new String(antwoord.body(), StandardCharsets.UTF_8);
                            fouten.add(antwoord.statusCode() + " " + p.omschrijving() + " → "
                                    + body.substring(0, Math.min(200, body.length())).replace('\n', ' '));
                        }
                    } catch (RuntimeException ex) {
                        fouten.add("EXCEPTION " + p.omschrijving() + " → " + ex);
                    }
                });
            }
        }
        var seconden = (System.nanoTime() - begin) / 1e9;
        System.out.printf("Fuzz: %d endpoints, %d requests in %.1f s, %d server errors%n", eindpunten.size(), pogingen.size(),
                seconden, fouten.size());
        assertThat(new TreeSet<>(fouten)).as("server errors (%d requests)", pogingen.size()).isEmpty();
    }

    private List<Eindpunt> eindpunten() {
        var lijst = new ArrayList<Eindpunt>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            var methoden = e.getKey().getMethodsCondition().getMethods();
            for (var patroon : e.getKey().getPatternValues()) {
                if (patroon.equals("/error")) {
                    continue;
                }
                for (var m : methoden) {
                    if (SCHRIJVEND.contains(m)) {
                        lijst.add(new Eindpunt(m.name(), patroon, e.getValue()));
                    }
                }
            }
        }
        lijst.sort(java.util.Comparator.comparing(Eindpunt::toString));
        return lijst;
    }

    /** A location of utrecht made for this test, so location paths get a real id too. */
    private String eigenLocatie() {
        var antwoord = post(Locatieverzoeken.PAD, "utrecht",
                Locatieverzoeken.locatie("Fuzzlocatie " + UUID.randomUUID(), "2026-01-01", 10));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("id").asString();
    }

    /** A declaration of utrecht made for this test, so declaration paths get a real id too. */
    private String eigenDeclaratie() {
        var antwoord = post("/api/v1/bekostiging/declaraties", "utrecht", """
                {"bedrag": "100,00", "categorie": "beveiliging", "periodeVan": "2026-01-01", "periodeTot": "2026-01-31",
                 "omschrijving": "Fuzzdeclaratie voor de invoertest"}""");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("id").asString();
    }

    /**
     * The path with every variable a random id; for location and declaration paths also the test's own
     * one, so the input reaches the checks behind the lookup; numeric ids as 1.
     */
    private static List<String> paden(Eindpunt e, String eigenLocatie, String eigenDeclaratie) {
        var paden = new LinkedHashSet<String>();
        paden.add(vul(e, v -> UUID.randomUUID().toString()));
        if (e.patroon().contains("opvanglocaties/{")) {
            paden.add(vul(e, v -> eigenLocatie));
        }
        if (e.patroon().contains("declaraties/{")) {
            paden.add(vul(e, v -> eigenDeclaratie));
        }
        return new ArrayList<>(paden);
    }

    private static String vul(Eindpunt e, Function<String, String> waarde) {
        var m = VARIABELE.matcher(e.patroon());
        var b = new StringBuilder();
        while (m.find()) {
            var naam = m.group(1).replaceAll(":.*", "");
            var type = padtype(e.handler(), naam);
            m.appendReplacement(b, type == long.class || type == Long.class || type == int.class ? "1" : waarde.apply(naam));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static Class<?> padtype(HandlerMethod h, String naam) {
        for (var p : h.getMethodParameters()) {
            var pv = p.getParameterAnnotation(PathVariable.class);
            if (pv != null && (naam.equals(pv.value()) || naam.equals(pv.name()) || naam.equals(p.getParameterName()))) {
                return p.getParameterType();
            }
        }
        return String.class;
    }

    /** Users that may write there, so the request gets past the role check to the input. */
    private static List<String> gebruikers(String pad) {
        if (pad.contains("normbedragen") || pad.contains("tarieven") || pad.startsWith("/beheer")) {
            return List.of("beheer");
        }
        if (pad.contains("opgavebesluiten")) {
            return List.of("jenv");
        }
        if (pad.contains("beslissen") || pad.contains("beoordel") || pad.contains("termijnen")) {
            return List.of("noo");
        }
        if (pad.contains("regiokosten")) {
            return List.of("regio-utrecht");
        }
        if (pad.contains("voorstellen") || pad.contains("doorsturen") || pad.contains("naar-lcvs")) {
            return List.of("regio-utrecht", "lcvs");
        }
        if (pad.contains("betaalrun") || pad.contains("leefgeldrekening") || pad.contains("/rekening")) {
            return List.of("utrecht-financien");
        }
        return List.of("utrecht");
    }

    // --- API ---

    private List<Poging> apiPogingen(Eindpunt e, String pad, String gebruiker) {
        var pogingen = new ArrayList<Poging>();
        var lichaam = lichaamstype(e.handler());
        var query = queryMet(e.handler(), NUL) + "";
        var raw = ruwLichaam(e.handler());
        if (raw != null) {
            for (var inhoud : List.of(new byte[0], NUL.getBytes(StandardCharsets.UTF_8), ENORM.getBytes(StandardCharsets.UTF_8),
                    "\"=1+1\";\"x\"\r\n\u0000".getBytes(StandardCharsets.UTF_8))) {
                pogingen.add(api(e, pad, gebruiker, raw, inhoud, "ruw " + Math.min(inhoud.length, 20) + " bytes"));
            }
        }
        var bodies = new LinkedHashMap<String, String>();
        bodies.put("leeg", "");
        bodies.put("kapot", "{\"a\":");
        bodies.put("object", "{}");
        if (lichaam != null) {
            bodies.put("NUL", json(waarden(lichaam, Soort.NUL, 0)));
            bodies.put("100k", json(waarden(lichaam, Soort.ENORM, 0)));
            bodies.put("net onder de grens", json(waarden(lichaam, Soort.GRENS, 0)));
            bodies.put("absurd jaar", json(waarden(lichaam, Soort.JAAR, 0)));
            bodies.put("enorm getal", json(waarden(lichaam, Soort.GETAL, 0)));
            bodies.put("verkeerde typen", json(waarden(lichaam, Soort.TYPE, 0)));
        } else {
            bodies.put("lijst", "[" + "[".repeat(1000) + "]".repeat(1000) + "]");
        }
        var voorbeeld = GELDIG.get(e.toString());
        if (voorbeeld != null) {
            // a valid body with one text at a time made hostile, so the value gets past every other check
            var boom = JSON.readTree(voorbeeld);
            for (var blad : bladeren(boom, "")) {
                for (var w : List.of(NUL, ABSURD_JAAR, "w".repeat(999), "=1+1")) {
                    var kopie = boom.deepCopy();
                    zet(kopie, blad, w);
                    bodies.put("geldig behalve " + blad + " = " + w.substring(0, Math.min(w.length(), 12)), JSON.writeValueAsString(kopie));
                }
            }
        }
        for (var b : bodies.entrySet()) {
            pogingen.add(api(e, pad, gebruiker, "application/json", b.getValue().getBytes(StandardCharsets.UTF_8), b.getKey()));
        }
        if (!query.isEmpty()) {
            pogingen.add(api(e, pad + "?" + query, gebruiker, "application/json", "{}".getBytes(StandardCharsets.UTF_8), "query NUL"));
            pogingen.add(api(e, pad + "?" + queryMet(e.handler(), ABSURD_JAAR), gebruiker, "application/json",
                    "{}".getBytes(StandardCharsets.UTF_8), "query absurd jaar"));
            pogingen.add(api(e, pad + "?" + queryMet(e.handler(), "x".repeat(5000)), gebruiker, "application/json",
                    "{}".getBytes(StandardCharsets.UTF_8), "query lang"));
        }
        return pogingen;
    }

    /** Valid bodies of some write endpoints, as starting points for one hostile field at a time. */
    private static final Map<String, String> GELDIG = Map.of(
            "POST /api/v1/opvanglocaties", Locatieverzoeken.locatie("Fuzz geldig", "2026-01-01", 10),
            "POST /api/v1/opvanglocaties/{id}/bedden", Locatieverzoeken.bedden("2026-02-01", 12, 0, null, "Fuzz"),
            "POST /api/v1/bekostiging/declaraties", """
                    {"bedrag": "100,00", "categorie": "beveiliging", "periodeVan": "2026-01-01", "periodeTot": "2026-01-31",
                     "omschrijving": "Fuzzdeclaratie voor de invoertest"}""",
            "POST /api/v1/bekostiging/declaraties/{id}/_beoordelen", """
                    {"besluit": "afgewezen", "reden": "Fuzz: niet onderbouwd"}""");

    /** The paths of the text leaves of a JSON tree, as a/b/0/c. */
    private static List<String> bladeren(tools.jackson.databind.JsonNode knoop, String pad) {
        var uit = new ArrayList<String>();
        if (knoop.isObject()) {
            for (var e : knoop.properties()) {
                uit.addAll(bladeren(e.getValue(), pad + "/" + e.getKey()));
            }
        } else if (knoop.isArray()) {
            for (int i = 0; i < knoop.size(); i++) {
                uit.addAll(bladeren(knoop.get(i), pad + "/" + i));
            }
        } else {
            uit.add(pad);
        }
        return uit;
    }

    private static void zet(tools.jackson.databind.JsonNode boom, String pad, String waarde) {
        var delen = pad.substring(1).split("/");
        var knoop = boom;
        for (int i = 0; i < delen.length - 1; i++) {
            knoop = knoop.isArray() ? knoop.get(Integer.parseInt(delen[i])) : knoop.get(delen[i]);
        }
        var laatste = delen[delen.length - 1];
        if (knoop instanceof tools.jackson.databind.node.ObjectNode o) {
            o.put(laatste, waarde);
        } else if (knoop instanceof tools.jackson.databind.node.ArrayNode a) {
            a.set(Integer.parseInt(laatste), a.stringNode(waarde));
        }
    }

    private Poging api(Eindpunt e, String pad, String gebruiker, String type, byte[] inhoud, String wat) {
        return new Poging(e + " als " + gebruiker + " [" + pad + "] " + wat, s -> {
            var token = Base64.getEncoder().encodeToString((gebruiker + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8));
            var verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + token).header("Accept", "application/json, application/problem+json, */*")
                    .header("Content-Type", type)
                    .method(e.methode(), HttpRequest.BodyPublishers.ofByteArray(inhoud)).build();
            return stuur(verzoek);
        });
    }

    private HttpResponse<byte[]> stuur(HttpRequest verzoek) {
        try {
            return http.send(verzoek, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static Class<?> lichaamstype(HandlerMethod h) {
        for (var p : h.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class) && p.getParameterType() != byte[].class
                    && p.getParameterType() != String.class) {
                return p.getParameterType();
            }
        }
        return null;
    }

    /** The media type of an endpoint that takes the raw bytes of a file as its body, or null. */
    private static String ruwLichaam(HandlerMethod h) {
        for (var p : h.getMethodParameters()) {
            if (p.getParameterType() == byte[].class || p.getParameterType() == jakarta.servlet.http.HttpServletRequest.class
                    || p.getParameterType() == java.io.InputStream.class) {
                return "application/octet-stream";
            }
        }
        return null;
    }

    private static String queryMet(HandlerMethod h, String waarde) {
        var delen = new ArrayList<String>();
        for (var p : h.getMethodParameters()) {
            var rp = p.getParameterAnnotation(RequestParam.class);
            if (rp != null && !Map.class.isAssignableFrom(p.getParameterType()) && !isBestand(p)) {
                var naam = !rp.value().isEmpty() ? rp.value() : !rp.name().isEmpty() ? rp.name() : p.getParameterName();
                if (naam != null) {
                    delen.add(Websessie.enc(naam) + "=" + Websessie.enc(waarde));
                }
            }
        }
        return String.join("&", delen);
    }

    private static boolean isBestand(MethodParameter p) {
        return MultipartFile.class.isAssignableFrom(p.getParameterType())
                || (Collection.class.isAssignableFrom(p.getParameterType()) && p.getGenericParameterType().getTypeName().contains("MultipartFile"))
                || p.getParameterType() == MultipartFile[].class;
    }

    enum Soort { NUL, ENORM, GRENS, JAAR, GETAL, TYPE }

    /** A JSON value for a Java type, filled with hostile values of one kind. */
    private static Object waarden(Type type, Soort soort, int diepte) {
        if (type instanceof ParameterizedType pt) {
            var ruw = (Class<?>) pt.getRawType();
            if (Collection.class.isAssignableFrom(ruw)) {
                return List.of(waarden(pt.getActualTypeArguments()[0], soort, diepte + 1));
            }
            if (Map.class.isAssignableFrom(ruw)) {
                return Map.of(soort == Soort.NUL ? NUL : "sleutel", waarden(pt.getActualTypeArguments()[1], soort, diepte + 1));
            }
            return waarden(ruw, soort, diepte);
        }
        var c = type instanceof Class<?> k ? k : Object.class;
        if (c.isRecord() && diepte < 4) {
            var m = new LinkedHashMap<String, Object>();
            for (var rc : c.getRecordComponents()) {
                m.put(rc.getName(), waarden(rc.getGenericType(), soort, diepte + 1));
            }
            return m;
        }
        boolean getal = Number.class.isAssignableFrom(c) || (c.isPrimitive() && c != boolean.class);
        return switch (soort) {
            case NUL -> getal ? 1 : NUL;
            case ENORM -> getal ? new java.math.BigDecimal(ENORM_GETAL) : ENORM;
            case GRENS -> getal ? Long.MAX_VALUE : "y".repeat(999);
            case JAAR -> getal ? 999_999_999 : ABSURD_JAAR;
            case GETAL -> getal ? new java.math.BigDecimal("1e400") : ENORM_GETAL;
            case TYPE -> getal ? "geen getal" : c == boolean.class || c == Boolean.class ? "misschien" : Map.of("x", List.of(1));
        };
    }

    private static String json(Object waarde) {
        return JSON.writeValueAsString(waarde);
    }

    // --- pages ---

    private List<Poging> paginaPogingen(Eindpunt e, String pad, String gebruiker, Websessie sessie, Set<String> veldnamen) {
        var pogingen = new ArrayList<Poging>();
        var namen = new LinkedHashSet<>(veldnamen);
        for (var p : e.handler().getMethodParameters()) {
            var rp = p.getParameterAnnotation(RequestParam.class);
            if (rp != null && !Map.class.isAssignableFrom(p.getParameterType())
                    && !org.springframework.util.MultiValueMap.class.isAssignableFrom(p.getParameterType())) {
                var naam = !rp.value().isEmpty() ? rp.value() : !rp.name().isEmpty() ? rp.name() : p.getParameterName();
                if (naam != null) {
                    namen.add(naam);
                }
            }
        }
        var waarden = new LinkedHashMap<String, Function<String, String>>();
        waarden.put("leeg", n -> "");
        waarden.put("NUL", n -> NUL);
        waarden.put("net onder de grens", n -> Invoerbewaking.maximum(n) == Invoer.TEKST_MAX ? "z".repeat(999) : "z".repeat(9_999));
        waarden.put("absurd jaar", n -> ABSURD_JAAR);
        waarden.put("enorm getal", n -> ENORM_GETAL.substring(0, 30));
        waarden.put("negatief", n -> "-1");
        waarden.put("formule", n -> "=HYPERLINK(\"http://x\",\"klik\")");
        for (var w : waarden.entrySet()) {
            var velden = new LinkedHashMap<String, String>();
            namen.forEach(n -> velden.put(n, w.getValue().apply(n)));
            pogingen.add(new Poging(e + " als " + gebruiker + " [" + pad + "] formulier " + w.getKey(),
                    s -> methode(sessie, e, pad, velden)));
        }
        var basis = GELDIG_FORMULIER.get(e.toString());
        if (basis != null) {
            for (var veld : basis.keySet()) {
                for (var w : List.of(NUL, ABSURD_JAAR, "w".repeat(999), "=1+1")) {
                    var velden = new LinkedHashMap<>(basis);
                    velden.put(veld, w);
                    pogingen.add(new Poging(e + " als " + gebruiker + " [" + pad + "] geldig behalve " + veld, s -> methode(sessie, e, pad, velden)));
                }
            }
        }
        var enorm = new LinkedHashMap<String, String>();
        enorm.put("naam", ENORM);
        pogingen.add(new Poging(e + " als " + gebruiker + " [" + pad + "] formulier 100k", s -> methode(sessie, e, pad, enorm)));
        pogingen.add(new Poging(e + " als " + gebruiker + " [" + pad + "] multipart kapot", s -> multipart(sessie, pad, namen, false)));
        pogingen.add(new Poging(e + " als " + gebruiker + " [" + pad + "] multipart NUL", s -> multipart(sessie, pad, namen, true)));
        pogingen.add(new Poging(e + " als " + gebruiker + " [" + pad + "] json", s -> sessie.post(pad + "?_csrf=" + Websessie.enc(sessie.csrf()),
                "{\"naam\":", "application/json")));
        return pogingen;
    }

    private static final Map<String, Map<String, String>> GELDIG_FORMULIER = Map.of(
            "POST /opvanglocaties/nieuw", Map.of("naam", "Fuzz formulier", "soort", "hotel", "adres.postcode", "3511 AB",
                    "adres.huisnummer", "12", "adres.plaats", "Utrecht", "exploitant", "X", "beschikbaarVanaf", "2026-01-01",
                    "status", "beschikbaar", "bedden", "5"));

    private static HttpResponse<byte[]> methode(Websessie sessie, Eindpunt e, String pad, Map<String, String> velden) {
        if (e.methode().equals("POST")) {
            return sessie.formulier(pad, velden);
        }
        var body = new StringBuilder("_csrf=" + Websessie.enc(sessie.csrf()));
        velden.forEach((k, v) -> body.append('&').append(Websessie.enc(k)).append('=').append(Websessie.enc(v)));
        return sessie.stuur(HttpRequest.newBuilder(sessie.adres(pad)).header("Content-Type", "application/x-www-form-urlencoded")
                .method(e.methode(), HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private static HttpResponse<byte[]> multipart(Websessie sessie, String pad, Set<String> namen, boolean nul) {
        var grens = "----fuzz" + UUID.randomUUID();
        var uit = new ByteArrayOutputStream();
        var w = new StringBuilder();
        w.append("--").append(grens).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n").append(sessie.csrf()).append("\r\n");
        if (nul) {
            for (var n : namen) {
                w.append("--").append(grens).append("\r\nContent-Disposition: form-data; name=\"").append(n).append("\"\r\n\r\n")
                        .append(NUL).append("\r\n");
            }
            for (var n : List.of("bijlagen", "bestand")) {
                w.append("--").append(grens).append("\r\nContent-Disposition: form-data; name=\"").append(n)
                        .append("\"; filename=\"a\u0000b.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\u0000\r\n");
            }
            w.append("--").append(grens).append("\r\nContent-Disposition: form-data; name=\"na\u0000am\"\r\n\r\nx\r\n");
            w.append("--").append(grens).append("--\r\n");
        } else {
            w.append("--").append(grens).append("\r\nContent-Disposition: form-data; name=\"bijlagen\"; filename=\"x.pdf\"\r\n\r\n");
        }
        uit.writeBytes(w.toString().getBytes(StandardCharsets.UTF_8));
        return sessie.stuur(HttpRequest.newBuilder(sessie.adres(pad)).header("Content-Type", "multipart/form-data; boundary=" + grens)
                .POST(HttpRequest.BodyPublishers.ofByteArray(uit.toByteArray())).build());
    }

    /** Every field name used in a form of the templates, plus a few that forms build in a loop. */
    private static Set<String> veldnamenUitSjablonen() throws IOException {
        var namen = new TreeSet<String>(List.of("leden[0].naam", "leden[0].geboortedatum", "leden[0].bsn", "leden[0].geslacht",
                "leden[1].naam", "locatie", "opvanglocatie", "doel", "bewoner", "van", "tot", "datum", "reden", "id"));
        for (var r : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            var m = VELD_IN_SJABLOON.matcher(r.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                namen.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        namen.removeAll(Set.of("_csrf", "username", "password", "viewport", "htmx-config", "lang"));
        return namen;
    }
}
