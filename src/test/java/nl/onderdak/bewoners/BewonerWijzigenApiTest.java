// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import static nl.onderdak.bewoners.Bewonersverzoeken.HUISHOUDENS;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishouden;
import static nl.onderdak.bewoners.Bewonersverzoeken.lid;
import static nl.onderdak.bewoners.Bewonersverzoeken.nieuwBsn;
import static nl.onderdak.bewoners.Bewonersverzoeken.uniekeAchternaam;
import static nl.onderdak.locaties.Locatieverzoeken.lijst;
import static nl.onderdak.locaties.Locatieverzoeken.ongeldigeVelden;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import nl.onderdak.bewoners.internal.Termijnen;
import nl.onderdak.locaties.Locatieverzoeken;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import nl.onderdak.werkvoorraad.Werkbron;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * Keeping a person's record current over the API: PATCH /api/v1/bewoners/{id} (JSON merge patch) with
 * its history and processing-log records, every wrong field named at once, 404 outside the gemeente,
 * no lost update between concurrent changes, members added and split off, and a deadline that clears
 * as soon as the record says so.
 */
class BewonerWijzigenApiTest extends BewonersIntegratieTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    Termijnen termijnen;
    @Autowired
    Bewonerwijzigingen wijzigingen;
    @Autowired
    List<Werkbron> werkbronnen;
    @Autowired
    Toegang toegang;
    @Autowired
    UserDetailsService gebruikers;

    @AfterEach
    void vergeetGebruiker() {
        SecurityContextHolder.clearContext();
    }

    private Antwoord patch(String id, String gebruiker, String json, String contentType, String ifMatch) {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/v1/bewoners/" + id))
                .header("Accept", "application/json, application/problem+json").header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((gebruiker + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8)))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        try {
            var r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Antwoord(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Antwoord patch(String id, String gebruiker, String json) {
        return patch(id, gebruiker, json, "application/merge-patch+json", null);
    }

    /** A household of Utrecht with one adult (no BSN, IND document needed) and a child; the adult's id. */
    private JsonNode gezin(String achternaam, Map<String, Object> extra) {
        return registreer("utrecht", huishouden(lid("Olena", achternaam, "1986-05-17", extra),
                lid("Daryna", achternaam, LocalDate.now().minusYears(5).toString())));
    }

    private static String eersteLid(JsonNode huishouden) {
        return ledenIds(huishouden).getFirst();
    }

    private Gebruiker als(String naam) {
        var account = gebruikers.loadUserByUsername(naam);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        return toegang.huidigeGebruiker().orElseThrow();
    }

    @Test
    void patchCorrigeertDeNaamEnSchrijftVoorEnNaInDeGeschiedenisEnHetVerwerkingslog() {
        var achternaam = uniekeAchternaam("Petrenko");
        var h = gezin(achternaam, Map.of());
        var id = eersteLid(h);

        var antwoord = patch(id, "utrecht", "{\"voornaam\":\"Olena-Maria\",\"voornaamOrigineel\":\"Олена-Марія\"}");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        assertThat(antwoord.json().get("voornaam").asString()).isEqualTo("Olena-Maria");
        assertThat(antwoord.json().get("achternaam").asString()).isEqualTo(achternaam);
        assertThat(antwoord.header("ETag")).isEqualTo("\"1\"");
        var geschiedenis = get(HUISHOUDENS + "/" + h.get("id").asString() + "/geschiedenis", "utrecht");
        assertThat(geschiedenis.status()).as(geschiedenis.toString()).isEqualTo(200);
        var regels = lijst(geschiedenis.json().get("wijzigingen"));
        var naam = regels.stream().filter(r -> "voornaam".equals(r.get("veld").asString())).findFirst().orElseThrow();
        assertThat(naam.get("voor").asString()).isEqualTo("Olena");
        assertThat(naam.get("na").asString()).isEqualTo("Olena-Maria");
        assertThat(naam.get("door").asString()).isEqualTo("utrecht");
        assertThat(naam.get("soort").asString()).isEqualTo("gewijzigd");
        assertThat(naam.get("op").asString()).isNotBlank();
        assertThat(regels).extracting(r -> r.get("veld").asString()).contains("voornaamOrigineel").doesNotContain("achternaam");
        var verwerkingen = lijst(get("/api/v1/bewoners/" + id + "/verwerkingen", "utrecht").json().get("verwerkingen"));
        assertThat(verwerkingen).extracting(v -> v.get("handeling").asString()).contains("aanmaken", "wijzigen");
    }

    @Test
    void eenBsnDatLaterKomtWordtGecontroleerdGemaskeerdBewaardEnSchrijftInInDeBrp() {
        var h = gezin(uniekeAchternaam("Bondarenko"), Map.of());
        var id = eersteLid(h);
        var bsn = nieuwBsn();

        var antwoord = patch(id, "utrecht", "{\"bsn\":\"" + bsn + "\"}", "application/json", null);

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        assertThat(antwoord.json().get("bsn").asString()).isEqualTo(bsn);
        assertThat(antwoord.json().get("brpStatus").asString()).isEqualTo("ingeschreven");
        var geschiedenis = get(HUISHOUDENS + "/" + h.get("id").asString() + "/geschiedenis", "utrecht");
        assertThat(geschiedenis.body()).doesNotContain(bsn).contains("******" + bsn.substring(6));
        var ander = gezin(uniekeAchternaam("Tweede"), Map.of());
        var dubbel = patch(eersteLid(ander), "utrecht", "{\"bsn\":\"" + bsn + "\"}");
        isProbleem(dubbel, 409, "bsn-bestaat");
        assertThat(dubbel.body()).doesNotContain(bsn);
    }

    @Test
    void patchMetFoutBsnEnFouteDatumNoemtBeideVeldenInEen400() {
        var h = gezin(uniekeAchternaam("Melnyk"), Map.of());
        var id = eersteLid(h);

        var antwoord = patch(id, "utrecht", "{\"bsn\":\"123456789\",\"geboortedatum\":\"31-02-1990\",\"kleur\":\"blauw\"}");

        isProbleem(antwoord, 400);
        assertThat(ongeldigeVelden(antwoord)).contains("bsn", "geboortedatum", "kleur");
        assertThat(antwoord.body()).doesNotContain("123456789");
        var leeg = patch(id, "utrecht", "{\"achternaam\":null,\"medischeZorg\":\"ja\"}");
        isProbleem(leeg, 400);
        assertThat(ongeldigeVelden(leeg)).contains("achternaam", "medischeZorg");
        var ongewijzigd = get(HUISHOUDENS + "/" + h.get("id").asString(), "utrecht").json();
        assertThat(lijst(ongewijzigd.get("leden")).getFirst().get("versie").asInt()).isZero();
    }

    @Test
    void patchBuitenDeEigenGemeenteIs404ZoalsEenOnbekendeBewoner() {
        var id = eersteLid(gezin(uniekeAchternaam("Kravets"), Map.of()));

        var amersfoort = patch(id, "amersfoort", "{\"voornaam\":\"Iemand\"}");
        var onbekend = patch(java.util.UUID.randomUUID().toString(), "utrecht", "{\"voornaam\":\"Iemand\"}");

        isProbleem(amersfoort, 404);
        isProbleem(onbekend, 404);
        assertThat(amersfoort.json().get("detail").asString()).isEqualTo(onbekend.json().get("detail").asString());
        assertThat(patch(id, "regio-utrecht", "{\"voornaam\":\"Iemand\"}").status()).isIn(403, 404);
        var huishouden = get(HUISHOUDENS, "utrecht").status();
        assertThat(huishouden).isEqualTo(200);
    }

    @Test
    void gelijktijdigePatchesVerliezenGeenWijzigingEnEenVerouderdeIfMatchKrijgt412() throws Exception {
        var id = eersteLid(gezin(uniekeAchternaam("Savchenko"), Map.of()));
        int rondes = 5;
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < rondes; i++) {
                var start = new CyclicBarrier(2);
                var taal = "taal-" + i;
                var document = "paspoort-" + i;
                var a = CompletableFuture.supplyAsync(() -> {
                    wacht(start);
                    return patch(id, "utrecht", "{\"taal\":\"" + taal + "\"}");
                }, pool);
                var b = CompletableFuture.supplyAsync(() -> {
                    wacht(start);
                    return patch(id, "utrecht", "{\"identiteitsdocumenten\":[\"" + document + "\"]}");
                }, pool);
                assertThat(a.get().status()).as(a.get().toString()).isEqualTo(200);
                assertThat(b.get().status()).as(b.get().toString()).isEqualTo(200);
                var lid = zoekLid(id);
                assertThat(lid.get("taal").asString()).isEqualTo(taal);
                assertThat(lid.get("identiteitsdocumenten").get(0).asString()).isEqualTo(document);
            }
        }
        var lid = zoekLid(id);
        assertThat(lid.get("versie").asInt()).isEqualTo(2 * rondes);

        var verouderd = patch(id, "utrecht", "{\"taal\":\"uk\"}", "application/merge-patch+json", "\"" + (2 * rondes - 1) + "\"");
        isProbleem(verouderd, 412, "versie-verouderd");
        assertThat(verouderd.header("ETag")).isEqualTo("\"" + 2 * rondes + "\"");
        var actueel = patch(id, "utrecht", "{\"taal\":\"uk\"}", "application/merge-patch+json", "\"" + 2 * rondes + "\"");
        assertThat(actueel.status()).as(actueel.toString()).isEqualTo(200);
    }

    private static void wacht(CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode zoekLid(String id) {
        var huishoudenId = jdbcHuishouden(id);
        return lijst(get(HUISHOUDENS + "/" + huishoudenId, "utrecht").json().get("leden")).stream()
                .filter(l -> l.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transacties;

    private String jdbcHuishouden(String bewoner) {
        return jdbc.sql("select huishouden_id::text from bewoners.bewoner where id = ?::uuid").param(bewoner).query(String.class).single();
    }

    @Test
    void wieEenVerblijfsdocumentOphaaltVerdwijntVanDeTermijnenlijstEnUitDeWerkvoorraad() {
        var h = gezin(uniekeAchternaam("Tkachenko"), Map.of());
        var id = java.util.UUID.fromString(eersteLid(h));
        var utrecht = als("utrecht");
        var voor = termijnen.voor(utrecht).zonderDocument().stream().filter(t -> t.bewoner().id().equals(id)).toList();
        assertThat(voor).hasSize(1);
        assertThat(voor.getFirst().datum()).isEqualTo(LocalDate.of(2000, 5, 17));
        assertThat(werkOm(utrecht, id)).hasSize(1);
        assertThat(werkOm(als("amersfoort"), id)).isEmpty();

        var antwoord = patch(id.toString(), "utrecht", "{\"indStatus\":\"opgehaald\"}");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        utrecht = als("utrecht");
        assertThat(termijnen.voor(utrecht).zonderDocument()).noneMatch(t -> t.bewoner().id().equals(id));
        assertThat(werkOm(utrecht, id)).isEmpty();
    }

    private List<nl.onderdak.werkvoorraad.Werk> werkOm(Gebruiker gebruiker, java.util.UUID bewoner) {
        return werkbronnen.stream().flatMap(w -> w.werkVoor(gebruiker, java.util.Locale.forLanguageTag("nl")).stream())
                .filter(w -> w.link().equals("/bewoners/" + bewoner + "/wijzigen")).toList();
    }

    @Test
    void beschermingDieEindigtToontDatumEnVertrekUiterlijkEnVerdwijntAlsZeWordtVerlengd() {
        var einde = LocalDate.now().plusDays(5);
        var h = gezin(uniekeAchternaam("Derdelander"), Map.of("beschermingTot", einde.toString(), "nationaliteitCategorie", "derdelander"));
        var id = java.util.UUID.fromString(eersteLid(h));
        var t = termijnen.voor(als("utrecht")).beschermingEindigt().stream().filter(x -> x.bewoner().id().equals(id)).findFirst()
                .orElseThrow();
        assertThat(t.datum()).isEqualTo(einde);
        assertThat(t.vertrekUiterlijk()).isEqualTo(einde.plusDays(28));

        assertThat(patch(id.toString(), "utrecht", "{\"beschermingTot\":null}").status()).isEqualTo(200);

        assertThat(termijnen.voor(als("utrecht")).beschermingEindigt()).noneMatch(x -> x.bewoner().id().equals(id));
    }

    @Test
    void eenLidToevoegenEnAfsplitsenStaatInDeGeschiedenisVanBeideHuishoudens() {
        var h = gezin(uniekeAchternaam("Lysenko"), Map.of());
        var huishouden = h.get("id").asString();
        var nieuw = post(HUISHOUDENS + "/" + huishouden + "/leden", "utrecht",
                Locatieverzoeken.json(lid("Ivan", "Lysenko", "1984-02-02")));
        assertThat(nieuw.status()).as(nieuw.toString()).isEqualTo(201);
        var ivan = nieuw.json().get("id").asString();

        var zonderReden = post(HUISHOUDENS + "/" + huishouden + "/_splitsen", "utrecht", "{\"leden\":[\"" + ivan + "\"]}");
        isProbleem(zonderReden, 400);
        assertThat(ongeldigeVelden(zonderReden)).containsExactly("reden");
        var split = post(HUISHOUDENS + "/" + huishouden + "/_splitsen", "utrecht",
                "{\"leden\":[\"" + ivan + "\"],\"reden\":\"Gaat bij zijn broer in Zwolle wonen\"}");
        assertThat(split.status()).as(split.toString()).isEqualTo(201);
        var ander = split.json().get("huishouden").asString();

        assertThat(ledenIds(get(HUISHOUDENS + "/" + huishouden, "utrecht").json())).doesNotContain(ivan).hasSize(2);
        assertThat(ledenIds(get(HUISHOUDENS + "/" + ander, "utrecht").json())).containsExactly(ivan);
        var oud = lijst(get(HUISHOUDENS + "/" + huishouden + "/geschiedenis", "utrecht").json().get("wijzigingen"));
        assertThat(oud).extracting(w -> w.get("soort").asString()).contains("lid_toegevoegd", "afgesplitst");
        assertThat(oud).anySatisfy(w -> assertThat(w.get("reden").asString()).isEqualTo("Gaat bij zijn broer in Zwolle wonen"));
        var alles = post(HUISHOUDENS + "/" + huishouden + "/_splitsen", "utrecht",
                "{\"leden\":" + Locatieverzoeken.json(ledenIds(get(HUISHOUDENS + "/" + huishouden, "utrecht").json())) + ",\"reden\":\"x\"}");
        isProbleem(alles, 400);
        assertThat(post(HUISHOUDENS + "/" + huishouden + "/_splitsen", "amersfoort",
                "{\"leden\":[\"" + ivan + "\"],\"reden\":\"x\"}").status()).isEqualTo(404);
    }

    @Test
    void tweeGelijktijdigeSplitsingenDieSamenIedereenMeenemenLatenEenLidAchter() throws Exception {
        var achternaam = uniekeAchternaam("Moroz");
        var h = registreer("utrecht", huishouden(lid("Anna", achternaam, "1980-01-01"), lid("Bohdan", achternaam, "1981-01-01"),
                lid("Chrystia", achternaam, "1982-01-01")));
        var huishouden = h.get("id").asString();
        var leden = ledenIds(h);
        var pad = HUISHOUDENS + "/" + huishouden + "/_splitsen";
        var gehouden = new java.util.concurrent.CountDownLatch(1);
        var loslaten = new java.util.concurrent.CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(3)) {
            // The household's row, locked here, holds both splits up where the fix makes them wait: after it neither has read the members.
            var slot = pool.submit(() -> new org.springframework.transaction.support.TransactionTemplate(transacties)
                    .executeWithoutResult(status -> {
                        jdbc.sql("select id from bewoners.huishouden where id = ?::uuid for no key update").param(huishouden)
                                .query(String.class).single();
                        gehouden.countDown();
                        try {
                            assertThat(loslaten.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                    }));
            assertThat(gehouden.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            var twee = pool.submit(() -> post(pad, "utrecht",
                    "{\"leden\":" + Locatieverzoeken.json(leden.subList(0, 2)) + ",\"reden\":\"Eigen woning gevonden\"}"));
            var een = pool.submit(() -> post(pad, "utrecht", "{\"leden\":[\"" + leden.get(2) + "\"],\"reden\":\"Gaat studeren\"}"));
            // Both wait for the lock, or (without it) are already done: then release.
            var tot = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!(twee.isDone() && een.isDone()) && jdbc.sql("""
                    select count(*) from pg_stat_activity
                     where wait_event_type = 'Lock' and query like '%from bewoners.huishouden where id = % for no key update%'""")
                    .query(Integer.class).single() < 2) {
                assertThat(System.nanoTime()).as("two splits waiting for the household's lock").isLessThan(tot);
                Thread.sleep(20);
            }
            loslaten.countDown();
            slot.get(30, java.util.concurrent.TimeUnit.SECONDS);
            var a = twee.get(60, java.util.concurrent.TimeUnit.SECONDS);
            var b = een.get(60, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(List.of(a.status(), b.status())).as("%s %s", a, b).containsExactlyInAnyOrder(201, 400);
            isProbleem(a.status() == 400 ? a : b, 400);
            var over = jdbc.sql("select id::text from bewoners.bewoner where huishouden_id = ?::uuid").param(huishouden)
                    .query(String.class).list();
            assertThat(over).isNotEmpty().isEqualTo(a.status() == 201 ? List.of(leden.get(2)) : leden.subList(0, 2));
        }
    }

    @Test
    void deGeschiedenisVanHetOudeHuishoudenNoemtHetAfgesplitsteLidNietMeer() {
        var achternaam = uniekeAchternaam("Hrytsenko");
        var h = gezin(achternaam, Map.of());
        var huishouden = h.get("id").asString();
        var nieuw = post(HUISHOUDENS + "/" + huishouden + "/leden", "utrecht",
                Locatieverzoeken.json(lid("Vasyl", achternaam, "1983-03-03")));
        assertThat(nieuw.status()).as(nieuw.toString()).isEqualTo(201);
        var vasyl = nieuw.json().get("id").asString();
        assertThat(patch(vasyl, "utrecht", "{\"voornaam\":\"Vasylko\",\"geboortedatum\":\"1983-04-04\"}").status()).isEqualTo(200);
        assertThat(patch(eersteLid(h), "utrecht", "{\"taal\":\"ru\"}").status()).isEqualTo(200);
        var geschiedenisVoor = get(HUISHOUDENS + "/" + huishouden + "/geschiedenis", "utrecht").body();
        assertThat(geschiedenisVoor).contains("Vasylko " + achternaam, "1983-04-04");

        var split = post(HUISHOUDENS + "/" + huishouden + "/_splitsen", "utrecht",
                "{\"leden\":[\"" + vasyl + "\"],\"reden\":\"Woont voortaan bij zijn zus\"}");
        assertThat(split.status()).as(split.toString()).isEqualTo(201);

        var oud = get(HUISHOUDENS + "/" + huishouden + "/geschiedenis", "utrecht");
        assertThat(oud.status()).as(oud.toString()).isEqualTo(200);
        assertThat(oud.body()).doesNotContain("Vasyl", "1983-04-04", "1983-03-03", vasyl);
        var regels = lijst(oud.json().get("wijzigingen"));
        assertThat(regels).filteredOn(r -> r.get("soort").asString().equals("afgesplitst")).singleElement()
                .satisfies(r -> assertThat(r.get("naam").asString()).isEqualTo("vertrokken lid"));
        // The member who stays is still named, with the change made to them.
        assertThat(regels).filteredOn(r -> "taal".equals(r.get("veld").asString())).singleElement().satisfies(r -> {
            assertThat(r.get("naam").asString()).isEqualTo("Olena " + achternaam);
            assertThat(r.get("na").asString()).isEqualTo("ru");
        });
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            assertThat(wijzigingen.geschiedenis(java.util.UUID.fromString(huishouden)))
                    .filteredOn(w -> w.soort() == Bewonerwijzigingen.Soort.AFGESPLITST).singleElement()
                    .satisfies(w -> assertThat(w.naam()).isEqualTo("former member"));
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        // The new household's history still shows its member by name.
        var ander = get(HUISHOUDENS + "/" + split.json().get("huishouden").asString() + "/geschiedenis", "utrecht").body();
        assertThat(ander).contains("Vasylko " + achternaam);
    }

    @Test
    void deWerkvoorraadNoemtVoorEenOntbrekendVerblijfsdocumentDeMaandVanDe14eVerjaardagEnNietDeDag() {
        var h = gezin(uniekeAchternaam("Shevchenko"), Map.of("geboortedatum", "1990-07-23"));
        var id = java.util.UUID.fromString(eersteLid(h));
        var utrecht = als("utrecht");

        var nederlands = werkOm(utrecht, id);
        var engels = werkbronnen.stream().flatMap(w -> w.werkVoor(utrecht, java.util.Locale.ENGLISH).stream())
                .filter(w -> w.link().equals("/bewoners/" + id + "/wijzigen")).toList();

        assertThat(nederlands).singleElement().satisfies(w -> {
            assertThat(w.omschrijving()).isEqualTo("14 jaar of ouder zonder verblijfsdocument (sinds juli 2004)")
                    .doesNotContain("23");
            assertThat(w.sinds()).isEqualTo(LocalDate.of(2004, 7, 1).atStartOfDay(nl.onderdak.platform.Weergave.TIJDZONE).toInstant());
        });
        assertThat(engels).singleElement().satisfies(w ->
                assertThat(w.omschrijving()).isEqualTo("14 or older without a residence document (since July 2004)"));
        // The deadlines page, which logs what it shows, keeps the day.
        assertThat(termijnen.voor(utrecht).zonderDocument()).filteredOn(t -> t.bewoner().id().equals(id)).singleElement()
                .satisfies(t -> assertThat(t.datum()).isEqualTo(LocalDate.of(2004, 7, 23)));
    }
}
