// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegangstoets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.onderdak.bewoners.Bewonersverzoeken;
import nl.onderdak.leefgeld.Iban;
import nl.onderdak.locaties.Locatieverzoeken;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data the access test looks for, entered through the API by its rightful owners, and every id
 * the walk fills into paths: per gemeente (Utrecht, Amersfoort, Rotterdam) a placed household with
 * BSN, bank account, host stay and decision; in Utrecht a household of children travelling alone
 * (registered by {@code utrecht-jeugd}, prepaid card, a placement request) and a household the region
 * proposes to a place in Amersfoort (not accepted); payment runs (executed in Utrecht and Amersfoort,
 * previews in Rotterdam and, through the page, Utrecht); declarations with an attachment, a transition
 * fee, a region cost application and a location import.
 */
final class Zaaisel {

    static final String MAAND_UITGEVOERD = "2024-08";
    static final String MAAND_VOORBEELD = "2024-09";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Gemeente code per demo gemeente account. */
    static final Map<String, String> GEMEENTEN = Map.of("utrecht", "GM0344", "amersfoort", "GM0307", "rotterdam", "GM0599");

    final List<Merkteken> merktekens = new ArrayList<>();
    /** Ids per kind; the kind is the path segment the id follows (huishoudens, betaalruns, ...). */
    final Map<String, Set<String>> ids = new LinkedHashMap<>();
    /** Persons per household, for the processing-log check of household-wide data. */
    final Map<UUID, List<UUID>> ledenVan = new LinkedHashMap<>();
    final List<String> notities = new ArrayList<>();

    private final Map<String, Sessie> sessies;
    private final JdbcClient jdbc;
    private final LocalDate vandaag;

    Zaaisel(Map<String, Sessie> sessies, JdbcClient jdbc, Clock clock) {
        this.sessies = sessies;
        this.jdbc = jdbc;
        this.vandaag = LocalDate.now(clock);
    }

    private Sessie als(String gebruiker) {
        return sessies.get(gebruiker);
    }

    void id(String soort, Object id) {
        if (id != null) {
            ids.computeIfAbsent(soort, k -> new LinkedHashSet<>()).add(id.toString());
        }
    }

    /** A word that cannot occur by accident: "Zxqv" and six random letters. */
    static String uniek() {
        var r = ThreadLocalRandom.current();
        var s = new StringBuilder("Zxqv");
        for (int i = 0; i < 6; i++) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    private String nieuwBsn() {
        while (true) {
            var bsn = Bewonersverzoeken.nieuwBsn();
            if (!jdbc.sql("select exists (select 1 from bewoners.bewoner where bsn = ?)").param(bsn).query(Boolean.class).single()) {
                return bsn;
            }
        }
    }

    private static String nieuwIban() {
        return Iban.metControlegetal("NL", "ZXQB%010d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)))
                .waarde();
    }

    private static JsonNode json(Sessie.Antwoord a) {
        return JSON.readTree(a.tekst());
    }

    /**
     * Issue 15: a screened host of Utrecht matched to a household of Utrecht through a request, so the
     * host, request and match endpoints are walked with real ids (the matching organisation must see no
     * name or BSN in any of them).
     */
    private void gastgezinnen() {
        var h = huishouden("utrecht", "utrecht", "bij een gastgezin in Utrecht", false, "bank");
        var g = als("matcher").post("/api/v1/gastgezinnen", """
                {"naam":"Toegangstoets gastgezin %s","email":"gast@voorbeeld.nl","telefoon":"030 000 00 00",
                 "adres":{"straat":"Domplein","huisnummer":"1","postcode":"3512 JC","plaats":"Utrecht"},"gemeente":"GM0344",
                 "plaatsen":4,"kamers":2,"beschikbaarVanaf":"%s","kinderenWelkom":true}""".formatted(uniek(), vandaag.minusMonths(2)));
        verwacht(g, 201, "gastgezin");
        var gastgezin = json(g).get("id").asString();
        id("gastgezinnen", gastgezin);
        for (var stap : List.of("intake", "vog", "huisbezoek")) {
            verwacht(als("matcher").post("/api/v1/gastgezinnen/" + gastgezin + "/screening",
                    "{\"stap\":\"%s\",\"uitkomst\":\"akkoord\",\"datum\":\"%s\"}".formatted(stap, vandaag.minusMonths(1))), 201, "screening " + stap);
        }
        var v = als("utrecht").post("/api/v1/huishoudens/" + h + "/gastgezinverzoeken", "{\"toelichting\":\"Toegangstoets\"}");
        verwacht(v, 201, "gastgezinverzoek");
        id("gastgezinverzoeken", json(v).get("id").asString());
        id("verzoeken", json(v).get("id").asString());
        var k = als("matcher").post("/api/v1/koppelingen",
                "{\"huishouden\":\"%s\",\"gastgezin\":\"%s\",\"vanaf\":\"%s\"}".formatted(h, gastgezin, vandaag.minusDays(20)));
        verwacht(k, 201, "koppeling");
        id("koppelingen", json(k).get("id").asString());
        id("aanmelden-gastgezin", UUID.randomUUID());
    }

    private static String verwacht(Sessie.Antwoord a, int status, String wat) {
        assertThat(a.status()).as(wat + ": " + a.status() + " " + a.tekst()).isEqualTo(status);
        return a.tekst();
    }

    void zaai() {
        var locaties = new LinkedHashMap<String, String>();
        for (var g : List.of("utrecht", "amersfoort", "rotterdam")) {
            var l = als(g).post(Locatieverzoeken.PAD, Locatieverzoeken.locatie("Toegangstoets " + g + " " + uniek(), "2024-01-01", null, 60, 5));
            verwacht(l, 201, "locatie " + g);
            locaties.put(g, json(l).get("id").asString());
            id("opvanglocaties", locaties.get(g));
        }
        for (var g : List.of("utrecht", "amersfoort", "rotterdam")) {
            // Amersfoort pays cash, so its names reach the cash list (PDF) of its executed run.
            var h = huishouden(g, g, "huishouden van " + g, false, g.equals("amersfoort") ? "contant" : "bank");
            var p = als(g).post(Bewonersverzoeken.PLAATSINGEN,
                    Bewonersverzoeken.plaatsing(h.toString(), locaties.get(g), vandaag.minusDays(30).toString()));
            verwacht(p, 201, "plaatsing " + g);
            id("plaatsingen", json(p).get("id").asString());
        }

        // Children travelling alone: only utrecht-jeugd may see them, also in runs, lists and requests.
        var kinderen = huishouden("utrecht-jeugd", "utrecht", "alleenreizende minderjarigen in Utrecht", true, null);
        var kaart = "ZXQK" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        verwacht(als("utrecht-jeugd").put("/api/v1/huishoudens/" + kinderen + "/betaalwijze",
                "{\"methode\":\"prepaid\",\"kaartnummer\":\"" + kaart + "\"}"), 200, "prepaidkaart");
        merktekens.add(new Merkteken(kaart, Merkteken.Soort.KAARTNUMMER, "GM0344", true, kinderen, null,
                "alleenreizende minderjarigen in Utrecht"));
        var kindVerzoek = als("utrecht-jeugd").post("/api/v1/plaatsingsverzoeken",
                "{\"huishouden\":\"%s\",\"verwachteAankomst\":\"%s\"}".formatted(kinderen, vandaag.plusDays(14)));
        verwacht(kindVerzoek, 201, "plaatsingsverzoek minderjarigen");
        var kindVerzoekId = json(kindVerzoek).get("id").asString();
        id("plaatsingsverzoeken", kindVerzoekId);
        // On to the LCVS, so the national desk handles a request of children travelling alone too; by a region
        // user with the role where that account exists (once only such users may handle it).
        var regio = sessies.containsKey("regio-utrecht-jeugd") ? "regio-utrecht-jeugd" : "regio-utrecht";
        var door = als(regio).post("/api/v1/plaatsingsverzoeken/" + kindVerzoekId + "/_doorsturen", "{}");
        if (door.status() != 200) {
            notities.add("minderjarigen naar het LCVS door " + regio + ": " + door.status());
        }

        // A household the region proposes to Amersfoort, not (yet) accepted there.
        var voorgesteld = huishouden("utrecht", "utrecht", "door de regio voorgesteld aan Amersfoort", false, "bank");
        var verzoek = als("utrecht").post("/api/v1/plaatsingsverzoeken",
                "{\"huishouden\":\"%s\",\"verwachteAankomst\":\"%s\",\"toelichting\":\"Gezin met twee personen\"}"
                        .formatted(voorgesteld, vandaag.plusDays(10)));
        verwacht(verzoek, 201, "plaatsingsverzoek");
        var verzoekId = json(verzoek).get("id").asString();
        id("plaatsingsverzoeken", verzoekId);
        var voorstel = als("regio-utrecht").post("/api/v1/plaatsingsverzoeken/" + verzoekId + "/_voorstellen",
                "{\"opvanglocatie\":\"" + locaties.get("amersfoort") + "\",\"verblijfsduur\":\"lang\"}");
        verwacht(voorstel, 200, "voorstel aan Amersfoort");
        assertThat(json(voorstel).get("status").asString()).isEqualTo("voorgesteld");

        betaalruns();
        bekostiging(locaties.get("utrecht"));
        gastgezinnen();
        importeer();
        prognose();
        oogst();
    }

    /**
     * A household of two registered by {@code door} for {@code gemeente}, every name, BSN, IBAN, host family
     * and decision reason a marker. Adults paid by bank or cash (null: set later), or (minderjarigen) two children travelling alone.
     */
    private UUID huishouden(String door, String gemeente, String omschrijving, boolean minderjarigen, String betaalwijze) {
        var code = GEMEENTEN.get(gemeente);
        var achternaam = uniek();
        var namen = List.of(uniek(), uniek());
        var bsns = List.of(nieuwBsn(), nieuwBsn());
        var leden = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 2; i++) {
            var extra = new LinkedHashMap<String, Object>();
            extra.put("bsn", bsns.get(i));
            if (minderjarigen) {
                extra.put("alleenreizendMinderjarig", true);
            }
            var geboren = minderjarigen ? vandaag.minusYears(14 + i).minusDays(40) : i == 0 ? vandaag.minusYears(38) : vandaag.minusYears(9);
            leden.add(Bewonersverzoeken.lid(namen.get(i), achternaam, geboren.toString(), extra));
        }
        var h = als(door).post(Bewonersverzoeken.HUISHOUDENS, Locatieverzoeken.json(Map.of("leden", leden)));
        verwacht(h, 201, "huishouden " + omschrijving);
        var body = json(h);
        var id = UUID.fromString(body.get("id").asString());
        id("huishoudens", id);
        var personen = new ArrayList<UUID>();
        for (int i = 0; i < 2; i++) {
            var lid = body.get("leden").get(i);
            var persoon = UUID.fromString(lid.get("id").asString());
            personen.add(persoon);
            id("bewoners", persoon);
            var voornaam = lid.get("voornaam").asString();
            merktekens.add(new Merkteken(voornaam, Merkteken.Soort.NAAM, code, minderjarigen, id, persoon, omschrijving));
            merktekens.add(new Merkteken(lid.get("bsn").asString(), Merkteken.Soort.BSN, code, minderjarigen, id, persoon, omschrijving));
        }
        merktekens.add(new Merkteken(achternaam, Merkteken.Soort.NAAM, code, minderjarigen, id, null, omschrijving));
        ledenVan.put(id, personen);

        var gastgezin = "Gastgezin " + uniek();
        verwacht(als(door).post("/api/v1/huishoudens/" + id + "/gastverblijven",
                "{\"van\":\"2024-01-01\",\"tot\":\"2025-01-01\",\"gastgezin\":\"" + gastgezin + "\"}"), 201, "gastverblijf");
        merktekens.add(new Merkteken(gastgezin.substring("Gastgezin ".length()), Merkteken.Soort.GASTGEZIN, code, minderjarigen, id, null,
                omschrijving));
        var reden = uniek();
        verwacht(als(door).post("/api/v1/huishoudens/" + id + "/leefgeldbesluiten",
                "{\"soort\":\"kleding_in_natura\",\"vanaf\":\"2024-12-01\",\"reden\":\"Kleding via de voedselbank " + reden + "\"}"), 201,
                "besluit");
        merktekens.add(new Merkteken(reden, Merkteken.Soort.BESLUITREDEN, code, minderjarigen, id, null, omschrijving));
        if ("contant".equals(betaalwijze)) {
            verwacht(als(door).put("/api/v1/huishoudens/" + id + "/betaalwijze", "{\"methode\":\"contant\"}"), 200, "betaalwijze");
        } else if ("bank".equals(betaalwijze)) {
            var iban = nieuwIban();
            var houder = uniek();
            verwacht(als(door).put("/api/v1/huishoudens/" + id + "/betaalwijze",
                    "{\"methode\":\"bank\",\"iban\":\"" + iban + "\",\"tenaamstelling\":\"T. " + houder + "\"}"), 200, "betaalwijze");
            merktekens.add(new Merkteken(iban, Merkteken.Soort.IBAN, code, minderjarigen, id, null, omschrijving));
            merktekens.add(new Merkteken(houder, Merkteken.Soort.TENAAMSTELLING, code, minderjarigen, id, null, omschrijving));
        }
        return id;
    }

    private void betaalruns() {
        for (var g : List.of("utrecht", "amersfoort")) {
            var run = als(g).post("/api/v1/betaalruns", "{\"maand\":\"" + MAAND_UITGEVOERD + "\"}");
            verwacht(run, 201, "betaalrun " + g);
            var id = json(run).get("id").asString();
            id("betaalruns", id);
            // Utrecht's run holds a household with children travelling alone: a colleague with that role approves it,
            // or that line would be held back (ADR 0013) and its shielded files would stay empty.
            var goedkeurder = g.equals("utrecht") ? "utrecht-jeugd" : g + "-financien";
            verwacht(als(goedkeurder).post("/api/v1/betaalruns/" + id + "/_goedkeuren", "{}"), 200, "goedkeuren " + g);
            verwacht(als(g).post("/api/v1/betaalruns/" + id + "/_uitvoeren", "{}"), 200, "uitvoeren " + g);
        }
        var rotterdam = als("rotterdam").post("/api/v1/betaalruns", "{\"maand\":\"" + MAAND_UITGEVOERD + "\"}");
        verwacht(rotterdam, 201, "betaalrun rotterdam");
        id("betaalruns", json(rotterdam).get("id").asString());
        // An open proposal for Rotterdam's own account, waiting for a second employee: it has a page of its own.
        var rekening = als("rotterdam").put("/api/v1/leefgeldrekening",
                "{\"iban\":\"" + Iban.metControlegetal("NL", "BNGH0285%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000))).waarde()
                        + "\",\"bic\":\"BNGHNL2G\"}");
        if (rekening.status() != 202) {
            notities.add("voorstel eigen rekening Rotterdam: " + rekening.status());
        }

        // A preview made on the page runs in the background: its progress page has an id of its own.
        var pagina = als("utrecht").postFormulier("/betaalruns", "/betaalruns", "maand=" + MAAND_VOORBEELD);
        var plek = pagina.header("Location");
        assertThat(plek).as("voorbeeld via de pagina: " + pagina.status() + " " + pagina.tekst()).contains("/betaalruns/taak/");
        id("taak", plek.substring(plek.lastIndexOf('/') + 1));
        var grens = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < grens) {
            var klaar = jdbc.sql("select id from leefgeld.betaalrun where gemeente_code = 'GM0344' and maand = ?::date and status = 'concept'")
                    .param(MAAND_VOORBEELD + "-01").query(UUID.class).optional();
            if (klaar.isPresent()) {
                id("betaalruns", klaar.get());
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        notities.add("het voorbeeld voor " + MAAND_VOORBEELD + " via de pagina was na een minuut niet klaar");
    }

    private void bekostiging(String utrechtseLocatie) {
        var pdf = pdf();
        for (var g : List.of("utrecht", "amersfoort", "rotterdam")) {
            var d = als(g).post("/api/v1/bekostiging/declaraties", """
                    {"bedrag":"1234,50","categorie":"tolken","periodeVan":"2024-01-01","periodeTot":"2024-01-31",
                     "omschrijving":"Tolken bij de intakegesprekken in januari"}""");
            if (d.status() != 201) {
                notities.add("declaratie " + g + ": " + d.status() + " " + d.tekst());
                continue;
            }
            var id = json(d).get("id").asString();
            id("declaraties", id);
            var b = als(g).postBestand("/api/v1/bekostiging/declaraties/" + id + "/bijlagen?bestandsnaam=factuur.pdf", "application/pdf", pdf);
            if (b.status() == 201 || b.status() == 200) {
                id("bijlagen", json(b).get("id").asString());
            } else {
                notities.add("bijlage " + g + ": " + b.status() + " " + b.tekst());
            }
        }
        var t = als("utrecht").post("/api/v1/bekostiging/transitievergoedingen",
                "{\"opvanglocatie\":\"" + utrechtseLocatie + "\",\"bedrag\":\"5000\",\"toelichting\":\"Ombouw van de locatie voor gezinnen\"}");
        if (t.status() == 201) {
            id("transitievergoedingen", json(t).get("id").asString());
        } else {
            notities.add("transitievergoeding: " + t.status() + " " + t.tekst());
        }
        // A half-year of its own (far ahead, as the cost tests do), so no other test's half-year changes state.
        var halfjaar = (7200 + ThreadLocalRandom.current().nextInt(1700)) + "-H1";
        var termijn = als("beheer").post("/api/v1/bekostiging/regiokosten/termijnen",
                "{\"halfjaar\":\"" + halfjaar + "\",\"uiterlijk\":\"" + vandaag.plusDays(60) + "\",\"bron\":\"Toegangstoets\"}");
        var aanvraag = als("regio-utrecht").post("/api/v1/bekostiging/regiokosten",
                "{\"halfjaar\":\"" + halfjaar + "\",\"bedrag\":\"10000\",\"toelichting\":\"Coördinatie in de regio\"}");
        if (aanvraag.status() == 201) {
            id("regiokosten", json(aanvraag).get("id").asString());
        } else {
            notities.add("regiokosten: termijn " + termijn.status() + ", aanvraag " + aanvraag.status() + " " + aanvraag.tekst());
        }
    }

    /** A location import started on the page: its progress page has an id of its own. */
    private void importeer() {
        var sjabloon = als("utrecht").get("/opvanglocaties/import/sjabloon.xlsx", "*/*");
        if (sjabloon.status() != 200) {
            notities.add("sjabloon: " + sjabloon.status());
            return;
        }
        var a = als("utrecht").postMultipart("/opvanglocaties/import", "/opvanglocaties/import", "bestand", "locaties.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sjabloon.body());
        var plek = a.header("Location");
        if (plek != null && plek.contains("/opvanglocaties/import/")) {
            id("import", plek.substring(plek.lastIndexOf('/') + 1));
        } else {
            notities.add("import: " + a.status());
        }
        // A bulk intake of residents (issue 14) started on its page: its progress page and API status.
        var csv = "\uFEFFbsn;voornamen;geslachtsnaam;geboortedatum;geslacht;nationaliteit;straat;huisnummer;postcode;woonplaats\r\n"
                + nieuwBsn() + ";Olena;Importwandeling;14-03-1985;V;Oekraïense;Stationsstraat;12;3511 AB;Utrecht\r\n";
        var b = als("utrecht").postMultipart("/bewoners/import", "/bewoners/import", "bestand", "bewoners.csv", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var bplek = b.header("Location");
        if (bplek != null && bplek.contains("/bewoners/import/")) {
            id("import", bplek.substring(bplek.lastIndexOf('/') + 1));
        } else {
            notities.add("bewonersimport: " + b.status());
        }
    }

    /** A forecast and its review (issue 16): counts only, readable by every national and regional role. */
    private void prognose() {
        var p = als("jenv").post("/api/v1/prognoses", "{\"peildatum\":\"2023-07-31\",\"horizonMaanden\":6}");
        verwacht(p, 201, "prognose");
        var id = json(p).get("id").asString();
        id("prognoses", id);
        var b = als("jenv").post("/api/v1/prognoses/beoordelingen",
                "{\"prognoseId\":\"" + id + "\",\"scenario\":\"Basis\",\"besluit\":\"handhaven\"}");
        verwacht(b, 201, "beoordeling");
        id("beoordelingen", json(b).get("id").asString());
    }

    /** Ids of kinds the walk needs that the seeding does not make itself, read from the database. */
    private void oogst() {
        for (var code : List.of("GM0344", "GM0307", "GM0599")) {
            id("gemeenten", code);
        }
        id("veiligheidsregios", "VR09");
        id("veiligheidsregios", "VR17");
        // The help guides (werkvoorraad, /hulp/{code}): two of the eight roles.
        id("hulp", "gemeente");
        id("hulp", "noo");
        // Spreiding (issue 17): the seeded cycle and one province.
        id("cycli", "2024-2025");
        id("provincies", "PV26");
        jdbc.sql("select id::text from opgave.opgavebesluit order by id limit 2").query(String.class).list().forEach(i -> id("opgavebesluiten", i));
        jdbc.sql("select id::text from bekostiging.normbedrag order by id limit 2").query(String.class).list().forEach(i -> id("normbedragen", i));
        jdbc.sql("select id::text from bekostiging.transitievergoeding order by id limit 2").query(String.class).list()
                .forEach(i -> id("transitievergoedingen", i));
        jdbc.sql("select id::text from bekostiging.regiokostenaanvraag order by id limit 2").query(String.class).list().forEach(i -> id("regiokosten", i));
    }

    private static byte[] pdf() {
        try (var doc = new PDDocument(); var uit = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
