// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegangstoets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.ZipFile;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every GET endpoint of the application (API and pages, downloads included), as every account
 * in the {@code gebruiker} table and anonymously, with every seeded id that fits its path, and notes
 * every answer that carries seeded personal data the caller may not see, every 5xx, every endpoint no
 * caller could reach, and every answer that showed an allowed caller personal data without a
 * processing-log record for that person. Done once per application context (the result is shared by
 * the tests that read it).
 */
final class Eindpuntwandeling {

    static final String WACHTWOORD = "onderdak-demo";

    /** A GET endpoint: its path pattern and the query parameters its method declares. */
    record Eindpunt(String patroon, List<String> parameters, List<String> verplicht) {

        boolean api() {
            return patroon.startsWith("/api/");
        }
    }

    record Overtreding(String eindpunt, String adres, String gebruiker, Merkteken merkteken) {
    }

    record Serverfout(String eindpunt, String adres, String gebruiker, int status) {
    }

    record Uitkomst(List<Eindpunt> eindpunten, Set<String> bereikt, Map<String, String> nietBereikt, List<Overtreding> overtredingen,
            List<Serverfout> serverfouten, List<Overtreding> bsnInAdres, List<Overtreding> zonderLogboek, int aanroepen,
            int inzagenMetPersoonsgegevens, Map<String, Set<String>> gezienDoorBevoegden, Duration duur, List<String> gebruikers, List<String> notities, Zaaisel zaaisel) {
    }

    private static final Map<Integer, Uitkomst> UITKOMSTEN = new HashMap<>();
    private static final Map<Integer, RuntimeException> MISLUKT = new HashMap<>();

    /** Paths the walk leaves out, with the reason. */
    static final Map<String, String> OVERGESLAGEN = Map.of(
            "/error", "toont de fout van het lopende verzoek; zonder fout is er niets te tonen");

    /**
     * Endpoints whose answer is built from the code alone, the same for every caller and free of data:
     * called anonymously and by one account (the YAML form needs a login), not once per account (the API
     * description in its two forms took a third of the walk when every account fetched it).
     */
    static final Set<String> ZONDER_GEGEVENS = Set.of("/api/v1/openapi.json", "/api/v1/openapi.json.yaml");

    /** Path segments before an id that the seeding knows; any other segment gets every id (and a note). */
    static final Set<String> BEKENDE_SOORTEN = Set.of("huishoudens", "bewoners", "opvanglocaties", "plaatsingen", "plaatsingsverzoeken",
            "betaalruns", "taak", "import", "declaraties", "bijlagen", "transitievergoedingen", "regiokosten", "opgavebesluiten",
            "gemeenten", "veiligheidsregios", "normbedragen");

    /** Callers walking at the same time. */
    private static final int PARALLEL = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final Pattern VARIABELE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");
    private static final Pattern ADRES_IN_HTML = Pattern.compile("(?:href|action|src)=\"([^\"]*)\"");

    private final int poort;
    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecretKeySpec logboekSleutel;

    private Eindpuntwandeling(int poort, ApplicationContext context) {
        this.poort = poort;
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.clock = context.getBean(Clock.class);
        this.logboekSleutel = new SecretKeySpec(context.getEnvironment().getRequiredProperty("onderdak.logboek.sleutel")
                .getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    static synchronized Uitkomst voor(int poort, ApplicationContext context) {
        // A failed walk is not repeated: the second test would seed on top of half the data and fail differently.
        if (MISLUKT.containsKey(poort)) {
            throw MISLUKT.get(poort);
        }
        try {
            return UITKOMSTEN.computeIfAbsent(poort, p -> new Eindpuntwandeling(p, context).wandel());
        } catch (RuntimeException | AssertionError e) {
            var fout = e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
            MISLUKT.put(poort, fout);
            throw fout;
        }
    }

    private Uitkomst wandel() {
        var start = System.nanoTime();
        var notities = new ArrayList<String>();
        var gebruikers = gebruikers();
        // The demo passwords are hashed with bcrypt cost 4 in tests (onderdak.wachtwoord.bcrypt-sterkte), so the
        // thousands of HTTP Basic calls below stay cheap without touching the accounts.
        var sessies = new LinkedHashMap<String, Sessie>();
        var ingelogd = new ArrayList<Merkteken.Gebruiker>();
        for (var g : gebruikers) {
            var s = new Sessie(poort, g.naam(), WACHTWOORD);
            if (s.logIn()) {
                sessies.put(g.naam(), s);
                ingelogd.add(g);
            } else {
                notities.add("account " + g.naam() + " kon niet inloggen met het demowachtwoord; niet meegenomen");
            }
        }
        var zaaisel = new Zaaisel(sessies, jdbc, clock);
        var zaaiStart = System.nanoTime();
        zaaisel.zaai();
        notities.add("zaaien duurde " + Duration.ofNanos(System.nanoTime() - zaaiStart).toMillis() + " ms");
        notities.addAll(zaaisel.notities);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wand = System.nanoTime();
        var uitkomst = loop(eindpunten(), ingelogd, sessies, zaaisel, notities);
        // Server and callers share this process: its CPU time is what the walk costs on a machine of its own.
        notities.add("wandeling: %d s klok, %d s CPU (server en aanroepers samen), %d processors".formatted(
                Duration.ofNanos(System.nanoTime() - wand).toSeconds(), Duration.ofNanos(os.getProcessCpuTime() - cpu).toSeconds(),
                Runtime.getRuntime().availableProcessors()));
        return new Uitkomst(uitkomst.eindpunten(), uitkomst.bereikt(), uitkomst.nietBereikt(), uitkomst.overtredingen(),
                uitkomst.serverfouten(), uitkomst.bsnInAdres(), uitkomst.zonderLogboek(), uitkomst.aanroepen(),
                uitkomst.inzagenMetPersoonsgegevens(), uitkomst.gezienDoorBevoegden(), Duration.ofNanos(System.nanoTime() - start),
                ingelogd.stream().map(Merkteken.Gebruiker::naam).toList(), notities, zaaisel);
    }

    /** Every active account, with its organisation and roles, from the database (accounts added later are walked too). */
    private List<Merkteken.Gebruiker> gebruikers() {
        return jdbc.sql("""
                select g.gebruikersnaam, g.organisatie_code, o.soort, o.gemeente_code, array_to_string(g.rollen, ',') as rollen
                  from toegang.gebruiker g join toegang.organisatie o on o.code = g.organisatie_code
                 where g.actief order by g.gebruikersnaam""")
                .query((rs, i) -> new Merkteken.Gebruiker(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        List.of(rs.getString(5).split(","))))
                .list();
    }

    /** Every GET mapping of the application, from Spring's own list of handler methods. */
    private List<Eindpunt> eindpunten() {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var namen = new DefaultParameterNameDiscoverer();
        var lijst = new TreeMap<String, Eindpunt>();
        mapping.getHandlerMethods().forEach((info, methode) -> {
            var methoden = info.getMethodsCondition().getMethods();
            if (!methoden.isEmpty() && !methoden.contains(RequestMethod.GET)) {
                return;
            }
            var parameters = new ArrayList<String>();
            var verplicht = new ArrayList<String>();
            for (var p : methode.getMethodParameters()) {
                var rp = p.getParameterAnnotation(RequestParam.class);
                if (rp == null || Map.class.isAssignableFrom(p.getParameterType()) || MultipartFile.class.isAssignableFrom(p.getParameterType())
                        || Collection.class.isAssignableFrom(p.getParameterType())) {
                    continue;
                }
                p.initParameterNameDiscovery(namen);
                var naam = !rp.name().isEmpty() ? rp.name() : p.getParameterName();
                parameters.add(naam);
                if (rp.required() && rp.defaultValue().equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)) {
                    verplicht.add(naam);
                }
            }
            for (var patroon : info.getPatternValues()) {
                if (!OVERGESLAGEN.containsKey(patroon)) {
                    lijst.merge(patroon, new Eindpunt(patroon, parameters, verplicht), (a, b) -> {
                        var samen = new ArrayList<>(a.parameters());
                        b.parameters().stream().filter(n -> !samen.contains(n)).forEach(samen::add);
                        return new Eindpunt(patroon, samen, a.verplicht());
                    });
                }
            }
        });
        return List.copyOf(lijst.values());
    }

    /**
     * Query parameters by name, with the values that reach the seeded data. Variant 0 has no parameters
     * (the defaults); variant i takes option i of every declared parameter (cycling), so an endpoint with
     * {@code gemeente}, {@code van} and {@code tot} is called for each gemeente without multiplying out.
     * {@code van} and {@code tot} go together: dates or months.
     */
    private List<Map<String, String>> queryVarianten(Eindpunt e) {
        var waarden = new LinkedHashMap<String, List<Map<String, String>>>();
        waarden.put("maand", List.of(Map.of("maand", Zaaisel.MAAND_UITGEVOERD)));
        waarden.put("gemeente", List.of(Map.of("gemeente", "GM0344"), Map.of("gemeente", "GM0307"), Map.of("gemeente", "GM0599")));
        waarden.put("van", List.of(Map.of("van", "2024-01-01", "tot", "2024-12-31"), Map.of("van", "2024-01", "tot", "2024-12")));
        waarden.put("totaal", List.of(Map.of("totaal", "90000")));
        waarden.put("peiljaar", List.of(Map.of("peiljaar", "2024")));
        // Payments of households with a child travelling alone are only in the shielded files.
        waarden.put("afgeschermd", List.of(Map.of("afgeschermd", "true")));
        var opties = new ArrayList<List<Map<String, String>>>();
        for (var naam : e.parameters()) {
            var sleutel = naam.equals("tot") ? "van" : naam;
            if (waarden.containsKey(sleutel) && !opties.contains(waarden.get(sleutel))) {
                opties.add(waarden.get(sleutel));
            }
        }
        var varianten = new ArrayList<Map<String, String>>();
        varianten.add(Map.of());
        int aantal = opties.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < aantal; i++) {
            var m = new LinkedHashMap<String, String>();
            for (var o : opties) {
                m.putAll(o.get(i % o.size()));
            }
            varianten.add(m);
        }
        return varianten;
    }

    /** The paths of an endpoint with every fitting id filled in; a variable of unknown kind gets every id. */
    private List<String> paden(Eindpunt e, Zaaisel zaaisel, List<String> notities) {
        var paden = new ArrayList<String>();
        paden.add("");
        Matcher m = VARIABELE.matcher(e.patroon());
        int vorige = 0;
        while (m.find()) {
            var vast = e.patroon().substring(vorige, m.start());
            var segmenten = vast.split("/");
            var soort = segmenten.length == 0 ? "" : segmenten[segmenten.length - 1];
            var ids = zaaisel.ids.get(soort);
            if (ids == null && BEKENDE_SOORTEN.contains(soort)) {
                ids = Set.of();
            }
            if (ids == null) {
                var alle = new LinkedHashSet<String>();
                zaaisel.ids.values().forEach(alle::addAll);
                ids = alle;
                notities.add("onbekende soort id voor {" + m.group(1) + "} in " + e.patroon() + ": alle " + alle.size() + " ids geprobeerd");
            }
            var volgende = new ArrayList<String>();
            for (var p : paden) {
                for (var id : ids) {
                    volgende.add(p + vast + id);
                }
            }
            paden = volgende;
            vorige = m.end();
        }
        var rest = e.patroon().substring(vorige);
        paden.replaceAll(p -> p + rest);
        return paden;
    }

    private record Lus(List<Eindpunt> eindpunten, Set<String> bereikt, Map<String, String> nietBereikt, List<Overtreding> overtredingen,
            List<Serverfout> serverfouten, List<Overtreding> bsnInAdres, List<Overtreding> zonderLogboek, int aanroepen,
            int inzagenMetPersoonsgegevens, Map<String, Set<String>> gezienDoorBevoegden) {
    }

    /** One GET the walk makes, for every caller. */
    private record Aanroep(Eindpunt eindpunt, String adres) {
    }

    /**
     * Every caller walks every call, one thread per caller (a few at a time). A caller's own calls run
     * one after the other, so the processing-log rows by that caller between two moments are that call's.
     */
    private Lus loop(List<Eindpunt> eindpunten, List<Merkteken.Gebruiker> gebruikers, Map<String, Sessie> sessies, Zaaisel zaaisel,
            List<String> notities) {
        var aanroepen = new ArrayList<Aanroep>();
        for (var e : eindpunten) {
            for (var pad : paden(e, zaaisel, notities)) {
                for (var query : queryVarianten(e)) {
                    aanroepen.add(new Aanroep(e, pad + (query.isEmpty() ? "" : "?" + String.join("&",
                            query.entrySet().stream().map(q -> q.getKey() + "=" + Sessie.enc(q.getValue())).toList()))));
                }
            }
        }
        var bereikt = ConcurrentHashMap.<String>newKeySet();
        var laatste = new ConcurrentHashMap<String, String>();
        var overtredingen = new ConcurrentLinkedQueue<Overtreding>();
        var serverfouten = new ConcurrentLinkedQueue<Serverfout>();
        var bsnInAdres = new ConcurrentLinkedQueue<Overtreding>();
        var zonderLogboek = new ConcurrentLinkedQueue<Overtreding>();
        var tijd = new ConcurrentHashMap<String, LongAdder>();
        var inzagen = new AtomicInteger();
        var gedaan = new AtomicInteger();
        var gezienDoorBevoegden = new ConcurrentHashMap<String, Set<String>>();
        var bsns = zaaisel.merktekens.stream().filter(mk -> mk.soort() == Merkteken.Soort.BSN).toList();
        var allen = new ArrayList<Merkteken.Gebruiker>(gebruikers);
        allen.add(null);
        var pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            var taken = new ArrayList<Future<?>>();
            for (var g : allen) {
                var sessie = g == null ? new Sessie(poort, null, null) : sessies.get(g.naam());
                var naam = g == null ? "(anoniem)" : g.naam();
                boolean kanInzien = g != null && "GEMEENTE".equals(g.organisatieSoort());
                taken.add(pool.submit(() -> {
                    for (var r : aanroepen) {
                        var e = r.eindpunt();
                        if (g != null && g != gebruikers.getFirst() && ZONDER_GEGEVENS.contains(e.patroon())) {
                            continue;
                        }
                        gedaan.incrementAndGet();
                        long begin = System.nanoTime();
                        long voor = kanInzien ? laatsteLogId() : 0;
                        var a = sessie.get(r.adres(), e.api() ? "application/json, application/problem+json, */*;q=0.8" : Sessie.BROWSER_ACCEPT);
                        if (a.status() >= 500) {
                            serverfouten.add(new Serverfout(e.patroon(), r.adres(), naam, a.status()));
                        }
                        var plek = a.header("Location");
                        if (a.status() / 100 == 2 || (a.status() / 100 == 3 && plek != null && !plek.contains("/inloggen"))) {
                            bereikt.add(e.patroon());
                        } else {
                            laatste.put(e.patroon(), a.status() + " voor " + naam + " op " + r.adres());
                        }
                        var tekst = tekst(a);
                        var klein = tekst.toLowerCase(java.util.Locale.ROOT);
                        var gezien = new ArrayList<Merkteken>();
                        boolean metPrefix = klein.contains("zxq");
                        for (var mk : zaaisel.merktekens) {
                            if ((metPrefix || mk.soort() == Merkteken.Soort.BSN) && mk.staatIn(klein)) {
                                if (mk.magGezienWordenDoor(g)) {
                                    gezien.add(mk);
                                } else {
                                    overtredingen.add(new Overtreding(e.patroon(), r.adres(), naam, mk));
                                }
                            }
                        }
                        for (var adresInAntwoord : adressen(a, tekst)) {
                            for (var bsn : bsns) {
                                if (bsn.staatIn(adresInAntwoord.toLowerCase(java.util.Locale.ROOT))) {
                                    bsnInAdres.add(new Overtreding(e.patroon(), r.adres() + " → " + adresInAntwoord, naam, bsn));
                                }
                            }
                        }
                        if (!gezien.isEmpty() && a.status() / 100 == 2) {
                            inzagen.incrementAndGet();
                            gezien.forEach(mk -> gezienDoorBevoegden.computeIfAbsent(e.patroon(), k -> ConcurrentHashMap.newKeySet())
                                    .add(naam + ":" + mk.soort()));
                            var gelogd = new java.util.HashSet<>(jdbc.sql("select betrokkene from logboek.verwerkingslog where id > ? and gebruiker = ?")
                                    .params(voor, g.naam()).query(String.class).list());
                            for (var mk : gezien) {
                                var personen = mk.persoon() != null ? List.of(mk.persoon()) : zaaisel.ledenVan.get(mk.huishouden());
                                if (personen.stream().noneMatch(p -> gelogd.contains(pseudoniem(p)))) {
                                    zonderLogboek.add(new Overtreding(e.patroon(), r.adres(), naam, mk));
                                }
                            }
                        }
                        tijd.computeIfAbsent(e.patroon(), k -> new LongAdder()).add(System.nanoTime() - begin);
                    }
                }));
            }
            for (var t : taken) {
                t.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        notities.add("traagste eindpunten (s, alle gebruikers samen): " + tijd.entrySet().stream()
                .sorted((x, y) -> Long.compare(y.getValue().sum(), x.getValue().sum())).limit(8)
                .map(t -> t.getKey() + " " + Duration.ofNanos(t.getValue().sum()).toMillis() / 1000.0).toList());
        var nietBereikt = new TreeMap<String, String>();
        for (var e : eindpunten) {
            if (!bereikt.contains(e.patroon())) {
                nietBereikt.put(e.patroon(), laatste.getOrDefault(e.patroon(), "geen aanroep"));
            }
        }
        return new Lus(eindpunten, new TreeSet<>(bereikt), nietBereikt, List.copyOf(overtredingen), List.copyOf(serverfouten),
                List.copyOf(bsnInAdres), List.copyOf(zonderLogboek), gedaan.get(), inzagen.get(),
                new TreeMap<>(gezienDoorBevoegden));
    }

    private long laatsteLogId() {
        return jdbc.sql("select coalesce(max(id), 0) from logboek.verwerkingslog").query(Long.class).single();
    }

    /** The pseudonym the processing log stores for a person: HMAC-SHA256 of the id with the log's key. */
    private String pseudoniem(UUID persoon) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(logboekSleutel);
            return HexFormat.of().formatHex(mac.doFinal(persoon.toString().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Addresses an answer sends the caller to: its Location header and the links and forms of a page. */
    private static List<String> adressen(Sessie.Antwoord a, String tekst) {
        var lijst = new ArrayList<String>();
        if (a.header("Location") != null) {
            lijst.add(a.header("Location"));
        }
        var ct = a.header("Content-Type");
        if (ct != null && ct.contains("html")) {
            var m = ADRES_IN_HTML.matcher(tekst);
            while (m.find()) {
                lijst.add(m.group(1));
            }
        }
        return lijst;
    }

    /** The text of an answer as a person reading it would see it: PDF text, the XML inside an XLSX, else the body; with its headers. */
    static String tekst(Sessie.Antwoord a) {
        var body = a.body();
        var koppen = new StringBuilder();
        a.headers().map().forEach((k, v) -> koppen.append(k).append(": ").append(String.join(", ", v)).append('\n'));
        String inhoud;
        if (begintMet(body, "%PDF")) {
            try (var doc = Loader.loadPDF(body)) {
                inhoud = new PDFTextStripper().getText(doc);
            } catch (IOException e) {
                inhoud = "(onleesbare PDF) " + new String(body, StandardCharsets.ISO_8859_1);
            }
        } else if (begintMet(body, "PK")) {
            // Read through the central directory: XLSX writers stream entries with sizes only there.
            var sb = new StringBuilder();
            try {
                var bestand = Files.createTempFile("toegangstoets", ".zip");
                try {
                    Files.write(bestand, body);
                    try (var zip = new ZipFile(bestand.toFile())) {
                        for (var entry : java.util.Collections.list(zip.entries())) {
                            try (var in = zip.getInputStream(entry)) {
                                sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                            }
                        }
                    }
                } finally {
                    Files.deleteIfExists(bestand);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            inhoud = sb.toString();
        } else {
            inhoud = new String(body, StandardCharsets.UTF_8);
        }
        return koppen + "\n" + inhoud;
    }

    private static boolean begintMet(byte[] body, String begin) {
        var b = begin.getBytes(StandardCharsets.US_ASCII);
        return body.length >= b.length && Arrays.equals(Arrays.copyOf(body, b.length), b);
    }

    /** The violations grouped by endpoint, then user: one line per endpoint and user with the kinds and households seen. */
    static String perEindpunt(List<Overtreding> lijst) {
        var groepen = new TreeMap<String, TreeMap<String, TreeSet<String>>>();
        var voorbeeld = new HashMap<String, String>();
        for (var o : lijst) {
            groepen.computeIfAbsent(o.eindpunt(), k -> new TreeMap<>()).computeIfAbsent(o.gebruiker(), k -> new TreeSet<>())
                    .add(o.merkteken().soort() + " (" + o.merkteken().omschrijving() + ")");
            voorbeeld.putIfAbsent(o.eindpunt() + "|" + o.gebruiker(), o.adres());
        }
        var sb = new StringBuilder();
        groepen.forEach((eindpunt, perGebruiker) -> {
            sb.append("GET ").append(eindpunt).append('\n');
            perGebruiker.forEach((gebruiker, soorten) -> sb.append("    ").append(gebruiker).append(": ").append(String.join("; ", soorten))
                    .append("   e.g. ").append(voorbeeld.get(eindpunt + "|" + gebruiker)).append('\n'));
        });
        return sb.toString();
    }
}
