// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Declarations of extra costs over the API: Utrecht submits and adds attachments (type by content,
 * size limit, the same file once), the NOO decides once with the history kept in order; other
 * gemeenten see nothing (404), a region nothing at all (403), and a gemeente never decides.
 */
class DeclaratiesApiTest extends IntegratieTest {

    private static final String PAD = "/api/v1/bekostiging/declaraties";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    JdbcClient jdbc;

    private static LocalDate vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    /** A unique description, so that a test finds its own declaration in a shared database. */
    private static String omschrijving(String wat) {
        return wat + " " + UUID.randomUUID();
    }

    private String indienen(String gebruiker, String omschrijving) {
        var antwoord = post(PAD, gebruiker, """
                {"bedrag": 1250.50, "categorie": "beveiliging", "periodeVan": "2024-03-01", "periodeTot": "2024-03-31",
                 "omschrijving": "%s"}""".formatted(omschrijving));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("id").asString();
    }

    private Antwoord upload(String id, String gebruiker, String bestandsnaam, String mediaType, byte[] inhoud) {
        var pad = PAD + "/" + id + "/bijlagen" + (bestandsnaam == null ? "" : "?bestandsnaam="
                + URLEncoder.encode(bestandsnaam, StandardCharsets.UTF_8));
        return postBestand(pad, gebruiker, mediaType, inhoud);
    }

    private static byte[] png() throws IOException {
        var uit = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", uit);
        return uit.toByteArray();
    }

    private static String sha256(byte[] inhoud) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
    }

    private static List<String> fouteVelden(Antwoord antwoord) {
        var namen = new ArrayList<String>();
        antwoord.json().get("invalidParams").forEach(p -> namen.add(p.get("name").asString()));
        return namen;
    }

    private int bijlagen(String id) {
        return jdbc.sql("select count(*) from bekostiging.declaratie_bijlage where declaratie_id = ?").param(UUID.fromString(id))
                .query(Integer.class).single();
    }

    @Test
    void eenGemeenteDientEenDeclaratieInEnKrijgtDezeMetLocationEnGeschiedenisTerug() {
        var tekst = omschrijving("Extra beveiliging bij de noodopvang in de sporthal");
        var antwoord = post(PAD, "utrecht", """
                {"bedrag": "1250,5", "categorie": "beveiliging", "periodeVan": "2024-03-01", "periodeTot": "2024-03-31",
                 "omschrijving": "  %s  "}""".formatted(tekst));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        var json = antwoord.json();
        var id = json.get("id").asString();
        assertThat(antwoord.header("Location")).isEqualTo(PAD + "/" + id);
        assertThat(antwoord.header("API-Version")).isEqualTo("1.0.0");
        assertThat(json.get("gemeenteCode").asString()).isEqualTo("GM0344");
        assertThat(json.get("gemeenteNaam").asString()).isEqualTo("Utrecht");
        assertThat(antwoord.body()).as("euro met twee decimalen").contains("\"bedrag\":1250.50");
        assertThat(json.get("categorie").asString()).isEqualTo("beveiliging");
        assertThat(json.get("periodeVan").asString()).isEqualTo("2024-03-01");
        assertThat(json.get("periodeTot").asString()).isEqualTo("2024-03-31");
        assertThat(json.get("omschrijving").asString()).as("zonder spaties eromheen").isEqualTo(tekst);
        assertThat(json.get("status").asString()).isEqualTo("ingediend");
        assertThat(json.get("ingediendDoor").asString()).isEqualTo("utrecht");
        assertThat(json.get("statussen")).hasSize(1);
        assertThat(json.get("statussen").get(0).get("status").asString()).isEqualTo("ingediend");
        assertThat(json.get("bijlagen")).isEmpty();

        var opgehaald = get(PAD + "/" + id, "utrecht");
        assertThat(opgehaald.status()).isEqualTo(200);
        assertThat(opgehaald.json().get("omschrijving").asString()).isEqualTo(tekst);
        var lijst = get(PAD, "utrecht");
        assertThat(lijst.status()).isEqualTo(200);
        assertThat(lijst.body()).contains(id, tekst);
        assertThat(get(PAD + "?status=ingediend", "utrecht").body()).contains(id);
        assertThat(get(PAD + "?status=afgewezen", "utrecht").body()).doesNotContain(id);
    }

    @Test
    void elkFoutVeldWordtTegelijkGenoemd() {
        var morgen = vandaag().plusDays(1);
        var antwoord = post(PAD, "utrecht", """
                {"bedrag": "12,345", "categorie": "snoep", "periodeVan": "2021-12-31", "periodeTot": "%s", "omschrijving": "te kort"}"""
                .formatted(morgen));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(fouteVelden(antwoord)).containsExactlyInAnyOrder("bedrag", "categorie", "periodeVan", "periodeTot", "omschrijving");
        assertThat(antwoord.body()).contains("twee cijfers na de komma", "snoep", "24 februari 2022", "uiterlijk vandaag", "minstens 10 tekens");

        var leeg = post(PAD, "utrecht", "{}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(fouteVelden(leeg)).containsExactlyInAnyOrder("bedrag", "categorie", "periodeVan", "periodeTot", "omschrijving");
        var zonderBody = post(PAD, "utrecht", "");
        assertThat(zonderBody.status()).isEqualTo(400);
        assertThat(fouteVelden(zonderBody)).hasSize(5);
    }

    @Test
    void bedragMoetPositiefZijnMetHoogstensTweeDecimalenEnNietBovenHetMaximum() {
        // "1.250,00" is a valid amount since issue 13 (Dutch notation); "1.250" stays refused (two readings).
        for (var fout : List.of("0", "0.00", "-5", "\"1.250\"", "\"abc\"", "10000000.01", "1e3", "\"12,345\"")) {
            var antwoord = post(PAD, "utrecht", """
                    {"bedrag": %s, "categorie": "vervoer", "periodeVan": "2024-01-01", "periodeTot": "2024-01-02",
                     "omschrijving": "Busvervoer naar de nieuwe locatie"}""".formatted(fout));
            assertThat(antwoord.status()).as(fout + ": " + antwoord).isEqualTo(400);
            assertThat(fouteVelden(antwoord)).as(fout).containsExactly("bedrag");
        }
        for (var goed : List.of("0.01", "10000000", "\"10000000,00\"", "99.9", "\"1.250,00\"")) {
            var antwoord = post(PAD, "utrecht", """
                    {"bedrag": %s, "categorie": "vervoer", "periodeVan": "2024-01-01", "periodeTot": "2024-01-02",
                     "omschrijving": "%s"}""".formatted(goed, omschrijving("Busvervoer")));
            assertThat(antwoord.status()).as(goed + ": " + antwoord).isEqualTo(201);
        }
    }

    @Test
    void deDatumsMoetenEenPeriodeVormenDieUiterlijkVandaagEindigt() {
        var omgekeerd = post(PAD, "utrecht", """
                {"bedrag": 100, "categorie": "overig", "periodeVan": "2024-05-10", "periodeTot": "2024-05-09",
                 "omschrijving": "Periode andersom ingevuld"}""");
        assertThat(omgekeerd.status()).isEqualTo(400);
        assertThat(fouteVelden(omgekeerd)).containsExactly("periodeTot");

        var geenDatum = post(PAD, "utrecht", """
                {"bedrag": 100, "categorie": "overig", "periodeVan": "10/05/2024", "periodeTot": "2024-02-30",
                 "omschrijving": "Datums in de verkeerde vorm"}""");
        assertThat(geenDatum.status()).isEqualTo(400);
        assertThat(fouteVelden(geenDatum)).containsExactlyInAnyOrder("periodeVan", "periodeTot");

        var totEnMetVandaag = post(PAD, "utrecht", """
                {"bedrag": 100, "categorie": "overig", "periodeVan": "%s", "periodeTot": "%s", "omschrijving": "%s"}"""
                .formatted(vandaag(), vandaag(), omschrijving("Kosten van vandaag")));
        assertThat(totEnMetVandaag.status()).as(totEnMetVandaag.toString()).isEqualTo(201);
    }

    @Test
    void eenOmschrijvingHeeftTienTotTweeduizendTekens() {
        var lang = "x".repeat(2001);
        var teLang = post(PAD, "utrecht", """
                {"bedrag": 100, "categorie": "overig", "periodeVan": "2024-01-01", "periodeTot": "2024-01-01", "omschrijving": "%s"}"""
                .formatted(lang));
        assertThat(teLang.status()).isEqualTo(400);
        assertThat(fouteVelden(teLang)).containsExactly("omschrijving");
        var precies = post(PAD, "utrecht", """
                {"bedrag": 100, "categorie": "overig", "periodeVan": "2024-01-01", "periodeTot": "2024-01-01", "omschrijving": "%s"}"""
                .formatted("ë".repeat(1964) + UUID.randomUUID()));
        assertThat(precies.status()).as("2000 tekens, ook met letters buiten ASCII").isEqualTo(201);
    }

    @Test
    void eenPdfEnEenPngWordenAanHunInhoudHerkendEnOpgeslagen() throws Exception {
        var id = indienen("utrecht", omschrijving("Bewaking met bijlagen"));

        var pdf = upload(id, "utrecht", "factuur maart.pdf", "application/pdf", PDF);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(201);
        var pdfId = pdf.json().get("id").asString();
        assertThat(pdf.header("Location")).isEqualTo(PAD + "/" + id + "/bijlagen/" + pdfId);
        assertThat(pdf.json().get("bestandsnaam").asString()).isEqualTo("factuur maart.pdf");
        assertThat(pdf.json().get("mediatype").asString()).isEqualTo("application/pdf");
        assertThat(pdf.json().get("grootte").asInt()).isEqualTo(PDF.length);
        assertThat(pdf.json().get("sha256").asString()).isEqualTo(sha256(PDF));

        var beeld = png();
        var png = upload(id, "utrecht", "foto.png", "application/octet-stream", beeld);
        assertThat(png.status()).as(png.toString()).isEqualTo(201);
        assertThat(png.json().get("mediatype").asString()).as("de inhoud telt, niet het opgegeven type").isEqualTo("image/png");

        var jpeg = upload(id, "utrecht", "scan.pdf", "application/pdf",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        assertThat(jpeg.status()).as(jpeg.toString()).isEqualTo(201);
        assertThat(jpeg.json().get("mediatype").asString()).isEqualTo("image/jpeg");
        assertThat(jpeg.json().get("bestandsnaam").asString()).as("extensie past bij de inhoud").isEqualTo("scan.pdf.jpg");

        var details = get(PAD + "/" + id, "utrecht").json();
        assertThat(details.get("bijlagen")).hasSize(3);
        assertThat(details.get("aantalBijlagen").asInt()).isEqualTo(3);

        var download = download(PAD + "/" + id + "/bijlagen/" + pdfId, "utrecht");
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("factuur");
        assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(download.body().getBytes(StandardCharsets.US_ASCII)).isEqualTo(PDF);
        var pngDownload = download(PAD + "/" + id + "/bijlagen/" + png.json().get("id").asString(), "utrecht");
        assertThat(pngDownload.contentType()).isEqualTo("image/png");
    }

    @Test
    void eenBestandDatGeenPdfIsWordtGeweigerdOokAlsHetPdfHeet() {
        var id = indienen("utrecht", omschrijving("Bijlagen die geen PDF zijn"));

        var tekst = upload(id, "utrecht", "x.pdf", "application/pdf", "Dit is gewone tekst, geen PDF.".getBytes(StandardCharsets.UTF_8));
        assertThat(tekst.status()).as(tekst.toString()).isEqualTo(400);
        assertThat(fouteVelden(tekst)).containsExactly("bestand");
        assertThat(tekst.body()).contains("x.pdf", "alleen PDF, PNG of JPEG", "aan de inhoud herkend");

        var exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        var programma = upload(id, "utrecht", "factuur.pdf", "application/pdf", exe);
        assertThat(programma.status()).isEqualTo(400);
        assertThat(fouteVelden(programma)).containsExactly("bestand");

        var bijnaPdf = upload(id, "utrecht", "bijna.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(bijnaPdf.status()).as("te kort voor de handtekening").isEqualTo(400);

        var leeg = upload(id, "utrecht", "leeg.pdf", "application/pdf", new byte[0]);
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.body()).contains("leeg");

        assertThat(bijlagen(id)).isZero();
    }

    @Test
    void eenBestandBovenTienMegabyteWordtGeweigerdEnTienMegabytePrecisWordtAanvaard() {
        var id = indienen("utrecht", omschrijving("Grote bijlagen"));
        var teGroot = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, teGroot, 0, PDF.length);

        var geweigerd = upload(id, "utrecht", "groot.pdf", "application/pdf", teGroot);
        assertThat(geweigerd.status()).as(geweigerd.toString()).isEqualTo(400);
        assertThat(fouteVelden(geweigerd)).containsExactly("bestand");
        assertThat(geweigerd.body()).contains("groter dan 10 MB");
        assertThat(bijlagen(id)).isZero();

        var precies = java.util.Arrays.copyOf(teGroot, 10 * 1024 * 1024);
        var aanvaard = upload(id, "utrecht", "precies.pdf", "application/pdf", precies);
        assertThat(aanvaard.status()).as(aanvaard.toString()).isEqualTo(201);
        assertThat(aanvaard.json().get("grootte").asInt()).isEqualTo(10 * 1024 * 1024);
    }

    @Test
    void hetzelfdeBestandTweemaalWordtEenmaalOpgeslagen() {
        var id = indienen("utrecht", omschrijving("Dubbele bijlage"));

        var eerste = upload(id, "utrecht", "offerte.pdf", "application/pdf", PDF);
        var tweede = upload(id, "utrecht", "offerte-kopie.pdf", "application/pdf", PDF);

        assertThat(eerste.status()).isEqualTo(201);
        assertThat(tweede.status()).as("niets nieuws aangemaakt").isEqualTo(200);
        assertThat(tweede.json().get("id").asString()).isEqualTo(eerste.json().get("id").asString());
        assertThat(tweede.json().get("bestandsnaam").asString()).isEqualTo("offerte.pdf");
        assertThat(bijlagen(id)).isEqualTo(1);
        assertThat(upload(indienen("utrecht", omschrijving("Andere declaratie")), "utrecht", "offerte.pdf", "application/pdf", PDF)
                .status()).as("op een andere declaratie is het een nieuwe bijlage").isEqualTo(201);
    }

    @Test
    void deBestandsnaamVerliestMappenEnOnzichtbareTekens() {
        var id = indienen("utrecht", omschrijving("Namen van bijlagen"));

        var antwoord = upload(id, "utrecht", "../../etc/fact\u202Efdp.exe", "application/pdf", PDF);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(antwoord.json().get("bestandsnaam").asString()).isEqualTo("factfdp.exe.pdf");

        var windows = upload(id, "utrecht", "C:\\Users\\jan\\bon.PDF", "application/pdf", "%PDF-1.7\nander".getBytes(StandardCharsets.US_ASCII));
        assertThat(windows.json().get("bestandsnaam").asString()).isEqualTo("bon.PDF");

        var zonderNaam = upload(id, "utrecht", null, "application/pdf", "%PDF-1.7\nnog een".getBytes(StandardCharsets.US_ASCII));
        assertThat(zonderNaam.status()).isEqualTo(201);
        assertThat(zonderNaam.json().get("bestandsnaam").asString()).isEqualTo("bijlage.pdf");

        var download = download(PAD + "/" + id + "/bijlagen/" + antwoord.json().get("id").asString(), "utrecht");
        assertThat(download.header("Content-Disposition")).doesNotContain("/", "\u202E");
    }

    @Test
    void deNooKeurtGoedEnDeGeschiedenisBlijftInVolgorde() {
        var id = indienen("utrecht", omschrijving("Zorg en begeleiding in het weekend"));
        var nooVooraf = get(PAD + "?status=ingediend", "noo");
        assertThat(nooVooraf.status()).isEqualTo(200);
        assertThat(nooVooraf.body()).as("de NOO ziet alle gemeenten").contains(id);

        var goed = post(PAD + "/" + id + "/_beoordelen", "noo", "{\"besluit\": \"goedgekeurd\"}");

        assertThat(goed.status()).as(goed.toString()).isEqualTo(200);
        var json = goed.json();
        assertThat(json.get("status").asString()).isEqualTo("goedgekeurd");
        JsonNode statussen = json.get("statussen");
        assertThat(statussen).hasSize(2);
        assertThat(statussen.get(0).get("status").asString()).isEqualTo("ingediend");
        assertThat(statussen.get(0).get("door").asString()).isEqualTo("utrecht");
        assertThat(statussen.get(1).get("status").asString()).isEqualTo("goedgekeurd");
        assertThat(statussen.get(1).get("door").asString()).isEqualTo("noo");
        assertThat(java.time.Instant.parse(statussen.get(0).get("op").asString()))
                .isBeforeOrEqualTo(java.time.Instant.parse(statussen.get(1).get("op").asString()));
        assertThat(get(PAD + "/" + id, "utrecht").json().get("status").asString()).as("de gemeente ziet het besluit").isEqualTo("goedgekeurd");

        var nogmaals = post(PAD + "/" + id + "/_beoordelen", "noo", "{\"besluit\": \"goedgekeurd\"}");
        assertThat(nogmaals.status()).as(nogmaals.toString()).isEqualTo(409);
        var omgekeerd = post(PAD + "/" + id + "/_beoordelen", "noo", "{\"besluit\": \"afgewezen\", \"reden\": \"Toch niet\"}");
        assertThat(omgekeerd.status()).isEqualTo(409);
        assertThat(upload(id, "utrecht", "laat.pdf", "application/pdf", PDF).status()).as("na het besluit geen bijlagen meer").isEqualTo(409);
        assertThat(get(PAD + "/" + id, "utrecht").json().get("statussen")).hasSize(2);

        assertThatThrownBy(() -> jdbc.sql("delete from bekostiging.declaratie_status where declaratie_id = ?").param(UUID.fromString(id)).update())
                .as("de geschiedenis wordt nooit gewist").hasMessageContaining("nooit gewijzigd");
        assertThatThrownBy(() -> jdbc.sql("update bekostiging.declaratie_status set door = 'iemand' where declaratie_id = ?")
                .param(UUID.fromString(id)).update()).hasMessageContaining("nooit gewijzigd");
        assertThatThrownBy(() -> jdbc.sql("update bekostiging.declaratie set status = 'afgewezen' where id = ?").param(UUID.fromString(id)).update())
                .as("een besluit wordt niet overgedaan, ook niet in de database").hasMessageContaining("eenmaal");
    }

    @Test
    void deNooWijstAfMetRedenEnZonderRedenIsHetOngeldig() {
        var id = indienen("utrecht", omschrijving("Vervoer naar het ziekenhuis"));

        var zonderReden = post(PAD + "/" + id + "/_beoordelen", "noo", "{\"besluit\": \"afgewezen\"}");
        assertThat(zonderReden.status()).as(zonderReden.toString()).isEqualTo(400);
        assertThat(fouteVelden(zonderReden)).containsExactly("reden");
        var leegReden = post(PAD + "/" + id + "/_beoordelen", "noo", "{\"besluit\": \"afgewezen\", \"reden\": \"   \"}");
        assertThat(fouteVelden(leegReden)).containsExactly("reden");
        var onbekend = post(PAD + "/" + id + "/_beoordelen", "noo", "{\"besluit\": \"misschien\"}");
        assertThat(fouteVelden(onbekend)).containsExactly("besluit");
        var leeg = post(PAD + "/" + id + "/_beoordelen", "noo", "{}");
        assertThat(fouteVelden(leeg)).containsExactly("besluit");
        assertThat(get(PAD + "/" + id, "noo").json().get("status").asString()).isEqualTo("ingediend");

        var af = post(PAD + "/" + id + "/_beoordelen", "noo",
                "{\"besluit\": \"afgewezen\", \"reden\": \"Valt onder het normbedrag per bed per dag.\"}");
        assertThat(af.status()).as(af.toString()).isEqualTo(200);
        assertThat(af.json().get("status").asString()).isEqualTo("afgewezen");
        assertThat(af.json().get("statussen").get(1).get("reden").asString()).isEqualTo("Valt onder het normbedrag per bed per dag.");
        assertThat(get(PAD + "?status=afgewezen", "utrecht").body()).contains(id);
    }

    @Test
    void tweeGelijktijdigeBesluitenLeverenEenBesluitOp() throws Exception {
        var id = indienen("utrecht", omschrijving("Gelijktijdig beoordeeld"));
        var start = new CountDownLatch(1);
        var taken = new ArrayList<Callable<Integer>>();
        for (var besluit : List.of("goedgekeurd", "afgewezen", "goedgekeurd", "afgewezen")) {
            taken.add(() -> {
                start.await();
                return post(PAD + "/" + id + "/_beoordelen", "noo", "{\"besluit\": \"" + besluit + "\", \"reden\": \"Gelijktijdig\"}").status();
            });
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            var uitkomsten = taken.stream().map(pool::submit).toList();
            start.countDown();
            var statussen = new ArrayList<Integer>();
            for (var u : uitkomsten) {
                statussen.add(u.get());
            }
            assertThat(statussen).containsOnlyOnce(200).containsOnly(200, 409);
        }
        assertThat(get(PAD + "/" + id, "noo").json().get("statussen")).hasSize(2);
    }

    @Test
    void eenAndereGemeenteKrijgtOpElkAdres404EnGeenGegevens() {
        var tekst = omschrijving("Geheime kosten van Utrecht");
        var id = indienen("utrecht", tekst);
        var bijlage = upload(id, "utrecht", "utrecht-factuur.pdf", "application/pdf", PDF).json().get("id").asString();

        var antwoorden = List.of(
                get(PAD + "/" + id, "amersfoort"),
                download(PAD + "/" + id + "/bijlagen/" + bijlage, "amersfoort"),
                upload(id, "amersfoort", "ook.pdf", "application/pdf", "%PDF-1.4 amersfoort".getBytes(StandardCharsets.US_ASCII)),
                post(PAD + "/" + id + "/_beoordelen", "amersfoort", "{\"besluit\": \"goedgekeurd\"}"));
        for (var antwoord : antwoorden) {
            assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(404);
            assertThat(antwoord.body()).doesNotContain(tekst, "utrecht-factuur", "1250.50", "beveiliging");
        }
        var lijst = get(PAD, "amersfoort");
        assertThat(lijst.status()).isEqualTo(200);
        assertThat(lijst.body()).doesNotContain(id, tekst);
        assertThat(bijlagen(id)).isEqualTo(1);
        assertThat(get(PAD + "/" + id, "utrecht").json().get("status").asString()).isEqualTo("ingediend");

        assertThat(get(PAD + "/" + UUID.randomUUID(), "utrecht").status()).as("onbekend").isEqualTo(404);
        assertThat(get(PAD + "/geen-id", "utrecht").status()).isEqualTo(404);
        assertThat(download(PAD + "/" + id + "/bijlagen/" + UUID.randomUUID(), "utrecht").status()).isEqualTo(404);
    }

    @Test
    void eenRegioKrijgt403OpElkAdres() {
        var id = indienen("utrecht", omschrijving("Niet voor de regio"));
        var bijlage = upload(id, "utrecht", "regio.pdf", "application/pdf", PDF).json().get("id").asString();

        var antwoorden = List.of(
                get(PAD, "regio-utrecht"),
                get(PAD + "/" + id, "regio-utrecht"),
                download(PAD + "/" + id + "/bijlagen/" + bijlage, "regio-utrecht"),
                upload(id, "regio-utrecht", "regio.pdf", "application/pdf", "%PDF-1.4 regio".getBytes(StandardCharsets.US_ASCII)),
                post(PAD + "/" + id + "/_beoordelen", "regio-utrecht", "{\"besluit\": \"goedgekeurd\"}"),
                post(PAD, "regio-utrecht", """
                        {"bedrag": 10, "categorie": "overig", "periodeVan": "2024-01-01", "periodeTot": "2024-01-01",
                         "omschrijving": "Een regio declareert niet"}"""));
        for (var antwoord : antwoorden) {
            assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(403);
            assertThat(antwoord.body()).doesNotContain("Niet voor de regio");
        }
        assertThat(get(PAD, null).status()).as("niet ingelogd").isEqualTo(401);
    }

    @Test
    void deGemeenteKeurtHaarEigenDeclaratieNietGoedEnDeNooDientNietInEnVoegtNietsToe() {
        var id = indienen("utrecht", omschrijving("Eigen declaratie"));

        var zelf = post(PAD + "/" + id + "/_beoordelen", "utrecht", "{\"besluit\": \"goedgekeurd\"}");
        assertThat(zelf.status()).as(zelf.toString()).isEqualTo(403);
        assertThat(post(PAD + "/" + id + "/_beoordelen", "utrecht-financien", "{\"besluit\": \"goedgekeurd\"}").status())
                .as("ook geen collega van dezelfde gemeente").isEqualTo(403);
        assertThat(get(PAD + "/" + id, "utrecht").json().get("status").asString()).isEqualTo("ingediend");

        assertThat(post(PAD, "noo", """
                {"bedrag": 10, "categorie": "overig", "periodeVan": "2024-01-01", "periodeTot": "2024-01-01",
                 "omschrijving": "De NOO declareert niet"}""").status()).isEqualTo(403);
        assertThat(upload(id, "noo", "noo.pdf", "application/pdf", PDF).status()).isEqualTo(403);
        assertThat(upload(id, "utrecht-financien", "collega.pdf", "application/pdf", PDF).status())
                .as("een collega van de indienende gemeente mag wel").isEqualTo(201);
    }

    @Test
    void eenOnbekendeStatusInHetFilterIsOngeldig() {
        var antwoord = get(PAD + "?status=betaald", "noo");
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(fouteVelden(antwoord)).containsExactly("status");
    }
}
