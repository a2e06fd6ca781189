// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.onderdak.IntegratieTest;
import nl.onderdak.locaties.Locatieverzoeken;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.toegang.Rol;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkbron;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hand-offs that carry (issue 13): the explanation reaches every party, the receiving gemeente sees the
 * place it is asked to take (name, address, free beds) and accepts, declines with a reason (back to
 * the proposer, who proposes again) or takes another own location; the requester withdraws; after
 * placement the sending gemeente sees where the household went. Utrecht asks; the region Utrecht
 * proposes a location of the test's own in Amersfoort.
 */
class VerzoekOverdrachtTest extends IntegratieTest {

    private static final String PAD = "/api/v1/plaatsingsverzoeken";
    private static final String TOELICHTING = "Vader heeft dialyse nodig, graag dicht bij ziekenhuis";

    @Autowired
    List<Werkbron> werkbronnen;

    @Autowired
    Organisaties organisaties;

    private record Geval(String huishouden, String verzoek, String achternaam) {
    }

    private String locatie(String gemeente, int bedden) {
        var l = post(Locatieverzoeken.PAD, gemeente, Locatieverzoeken.locatie("Overdracht " + System.nanoTime(), "2024-01-01", bedden));
        assertThat(l.status()).as(l.toString()).isEqualTo(201);
        return l.json().get("id").asString();
    }

    private Geval verzoek() {
        var achternaam = "Overdracht" + System.nanoTime();
        var h = post("/api/v1/huishoudens", "utrecht", """
                {"leden":[{"voornaam":"Oleh","achternaam":"%s","geboortedatum":"1970-03-03","nationaliteitCategorie":"oekraiens"},
                          {"voornaam":"Kind","achternaam":"%s","geboortedatum":"2015-03-03","nationaliteitCategorie":"oekraiens"}]}"""
                .formatted(achternaam, achternaam));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        var v = post(PAD, "utrecht", """
                {"huishouden":"%s","verwachteAankomst":"%s","toelichting":"%s"}"""
                .formatted(h.json().get("id").asString(), LocalDate.now().plusDays(2), TOELICHTING));
        assertThat(v.status()).as(v.toString()).isEqualTo(201);
        return new Geval(h.json().get("id").asString(), v.json().get("id").asString(), achternaam);
    }

    private Antwoord stelVoor(Geval g, String door, String locatie) {
        var voorstel = post(PAD + "/" + g.verzoek() + "/_voorstellen", door, "{\"opvanglocatie\":\"" + locatie + "\"}");
        assertThat(voorstel.status()).as(voorstel.toString()).isEqualTo(200);
        assertThat(voorstel.json().get("status").asString()).isEqualTo("voorgesteld");
        return voorstel;
    }

    private Gebruiker gebruiker(String organisatie, Rol rol) {
        return new Gebruiker("test", "Test", organisaties.vind(organisatie).orElseThrow(), Set.of(rol));
    }

    private List<Werk> werk(Gebruiker gebruiker) {
        var alles = new ArrayList<Werk>();
        werkbronnen.forEach(b -> alles.addAll(b.werkVoor(gebruiker, Locale.forLanguageTag("nl"))));
        return alles;
    }

    private static List<String> links(List<Werk> werk) {
        return werk.stream().map(Werk::link).toList();
    }

    @Test
    void afgewezenVerzoekGaatMetRedenTerugNaarDeVoorstellerEnKanOpnieuwWordenVoorgesteld() {
        var locatie = locatie("amersfoort", 30);
        var g = verzoek();
        stelVoor(g, "regio-utrecht", locatie);
        var link = "/plaatsingsverzoeken/" + g.verzoek();
        assertThat(links(werk(gebruiker("GM0307", Rol.GEMEENTE_MEDEWERKER)))).contains(link);

        var afgewezen = post(PAD + "/" + g.verzoek() + "/_afwijzen", "amersfoort", "{\"reden\":\"Geen plek bij een ziekenhuis\"}");

        assertThat(afgewezen.status()).as(afgewezen.toString()).isEqualTo(204);
        var bijRegio = get(PAD + "/" + g.verzoek(), "regio-utrecht").json();
        assertThat(bijRegio.get("status").asString()).isEqualTo("afgewezen");
        assertThat(bijRegio.get("voorgesteldDoor").asString()).isEqualTo("regio");
        assertThat(bijRegio.get("afwijzingsreden").asString()).isEqualTo("Geen plek bij een ziekenhuis");
        var stappen = new ArrayList<String>();
        bijRegio.get("geschiedenis").forEach(s -> stappen.add(s.get("stap").asString() + ":" + s.get("organisatie").asString()));
        assertThat(stappen).containsExactly("ingediend:GM0344", "voorgesteld:VR09", "afgewezen:GM0307");
        assertThat(bijRegio.get("geschiedenis").get(2).get("reden").asString()).isEqualTo("Geen plek bij een ziekenhuis");
        assertThat(bijRegio.get("geschiedenis").get(2).get("medewerker").isNull()).as("a colleague's name only to colleagues").isTrue();
        // The requester reads the reason too; its work and the region's show the request, the receiver's no longer.
        assertThat(get(PAD + "/" + g.verzoek(), "utrecht").json().get("afwijzingsreden").asString()).isEqualTo("Geen plek bij een ziekenhuis");
        var regiowerk = werk(gebruiker("VR09", Rol.REGIO_COORDINATOR));
        assertThat(regiowerk.stream().filter(w -> w.link().equals(link)).map(Werk::soort)).containsExactly("plaatsingsverzoek-afgewezen");
        assertThat(links(werk(gebruiker("GM0344", Rol.GEMEENTE_MEDEWERKER)))).contains(link);
        assertThat(links(werk(gebruiker("GM0307", Rol.GEMEENTE_MEDEWERKER)))).doesNotContain(link);
        // Only the proposer proposes again: the LCVS never had it, the requester is not the placer.
        assertThat(post(PAD + "/" + g.verzoek() + "/_voorstellen", "lcvs", "{\"opvanglocatie\":\"" + locatie + "\"}").status()).isEqualTo(404);
        assertThat(post(PAD + "/" + g.verzoek() + "/_voorstellen", "utrecht", "{\"opvanglocatie\":\"" + locatie + "\"}").status()).isEqualTo(409);

        var andere = locatie("amersfoort", 30);
        var opnieuw = stelVoor(g, "regio-utrecht", andere);

        assertThat(opnieuw.json().get("plek").get("opvanglocatie").asString()).isEqualTo(andere);
        assertThat(get(PAD + "/" + g.verzoek(), "amersfoort").status()).isEqualTo(200);
        assertThat(links(werk(gebruiker("VR09", Rol.REGIO_COORDINATOR)))).doesNotContain(link);
    }

    @Test
    void ingetrokkenVerzoekKanNietMeerWordenGeaccepteerdEnVerdwijntUitHetWerkVanDeOntvanger() {
        var g = verzoek();
        stelVoor(g, "regio-utrecht", locatie("amersfoort", 30));
        var link = "/plaatsingsverzoeken/" + g.verzoek();

        var ingetrokken = post(PAD + "/" + g.verzoek() + "/_intrekken", "utrecht", "{}");

        assertThat(ingetrokken.status()).as(ingetrokken.toString()).isEqualTo(200);
        assertThat(ingetrokken.json().get("status").asString()).isEqualTo("ingetrokken");
        // The receiving gemeente lost the request with the withdrawal: as for any request it cannot see (ADR 0014).
        var accepteren = post(PAD + "/" + g.verzoek() + "/_accepteren", "amersfoort", "{}");
        assertThat(accepteren.status()).as(accepteren.toString()).isEqualTo(404);
        assertThat(get(PAD + "/" + g.verzoek(), "utrecht").json().get("plaatsing").isNull()).isTrue();
        assertThat(links(werk(gebruiker("GM0307", Rol.GEMEENTE_MEDEWERKER)))).doesNotContain(link);
        assertThat(links(werk(gebruiker("VR09", Rol.REGIO_COORDINATOR)))).doesNotContain(link);
        // Withdrawing twice changes nothing more: 409.
        assertThat(post(PAD + "/" + g.verzoek() + "/_intrekken", "utrecht", "{}").status()).isEqualTo(409);
    }

    @Test
    void toelichtingIsZichtbaarVoorElkePartijInDeKeten() {
        var g = verzoek();
        for (var wie : List.of("utrecht", "regio-utrecht")) {
            assertThat(get(PAD + "/" + g.verzoek(), wie).json().get("toelichting").asString()).as(wie).isEqualTo(TOELICHTING);
        }
        assertThat(post(PAD + "/" + g.verzoek() + "/_doorsturen", "regio-utrecht", "{}").status()).isEqualTo(200);
        assertThat(get(PAD + "/" + g.verzoek(), "lcvs").json().get("toelichting").asString()).isEqualTo(TOELICHTING);
        assertThat(links(werk(gebruiker("LCVS", Rol.LCVS_PLAATSER)))).contains("/plaatsingsverzoeken/" + g.verzoek());
        stelVoor(g, "lcvs", locatie("amersfoort", 30));
        var ontvanger = get(PAD + "/" + g.verzoek(), "amersfoort");
        assertThat(ontvanger.json().get("toelichting").asString()).isEqualTo(TOELICHTING);
        assertThat(ontvanger.body()).doesNotContain(g.achternaam()).doesNotContain("Oleh").doesNotContain("1970-03-03");
    }

    @Test
    void ontvangerZietDePlekEnNaPlaatsingZietDeVerzendendeGemeenteWaarHetHuishoudenHeenging() {
        var locatie = locatie("amersfoort", 30);
        var g = verzoek();
        stelVoor(g, "regio-utrecht", locatie);
        var plek = get(PAD + "/" + g.verzoek(), "amersfoort").json().get("plek");
        assertThat(plek.get("naam").asString()).startsWith("Overdracht ");
        assertThat(plek.get("adres").asString()).isNotBlank();
        assertThat(plek.get("vrijeBedden").asInt()).isEqualTo(30);
        assertThat(get(PAD + "/" + g.verzoek(), "utrecht").json().get("plek").get("opvanglocatie").asString()).isEqualTo(locatie);

        var geplaatst = post(PAD + "/" + g.verzoek() + "/_accepteren", "amersfoort", "{}");
        assertThat(geplaatst.status()).as(geplaatst.toString()).isEqualTo(200);

        var bijUtrecht = get(PAD + "/" + g.verzoek(), "utrecht").json();
        assertThat(bijUtrecht.get("status").asString()).isEqualTo("geplaatst");
        assertThat(bijUtrecht.get("plek").get("opvanglocatie").asString()).isEqualTo(locatie);
        assertThat(bijUtrecht.get("plek").get("naam").asString()).isEqualTo(plek.get("naam").asString());
        assertThat(bijUtrecht.get("plek").get("adres").asString()).isEqualTo(plek.get("adres").asString());
        assertThat(bijUtrecht.get("plek").get("gemeenteCode").asString()).isEqualTo("GM0307");
        assertThat(bijUtrecht.get("plek").get("gemeenteNaam").asString()).isEqualTo("Amersfoort");
        // A second acceptance (a retry) places nobody twice.
        assertThat(post(PAD + "/" + g.verzoek() + "/_accepteren", "amersfoort", "{}").status()).isEqualTo(409);
    }

    @Test
    void deOntvangerKanOpEenAndereEigenLocatieAccepterenEnDeVoorstellerHoortWaar() {
        var g = verzoek();
        var voorgesteld = locatie("amersfoort", 30);
        stelVoor(g, "regio-utrecht", voorgesteld);
        var andere = locatie("amersfoort", 5);
        var elders = locatie("rotterdam", 5);
        assertThat(post(PAD + "/" + g.verzoek() + "/_accepteren", "amersfoort", "{\"opvanglocatie\":\"" + elders + "\"}").status())
                .as("only an own location").isEqualTo(404);

        var geplaatst = post(PAD + "/" + g.verzoek() + "/_accepteren", "amersfoort", "{\"opvanglocatie\":\"" + andere + "\"}");

        assertThat(geplaatst.status()).as(geplaatst.toString()).isEqualTo(200);
        assertThat(geplaatst.json().get("plek").get("opvanglocatie").asString()).isEqualTo(andere);
        var stappen = new ArrayList<String>();
        geplaatst.json().get("geschiedenis").forEach(s -> stappen.add(s.get("stap").asString()));
        assertThat(stappen).endsWith("andere_locatie", "geaccepteerd");

        // The region proposed: its work says where the gemeente placed the household instead, until it opens the request.
        var gekozenNaam = get(Locatieverzoeken.PAD + "/" + andere, "amersfoort").json().get("naam").asString();
        var voorgesteldNaam = get(Locatieverzoeken.PAD + "/" + voorgesteld, "amersfoort").json().get("naam").asString();
        var link = "/plaatsingsverzoeken/" + g.verzoek();
        var regio = gebruiker("VR09", Rol.REGIO_COORDINATOR);
        assertThat(werk(regio).stream().filter(w -> w.link().equals(link))).singleElement().satisfies(w -> {
            assertThat(w.soort()).isEqualTo("plaatsingsverzoek-andere-locatie");
            assertThat(w.omschrijving()).startsWith("Geaccepteerd op een andere locatie dan voorgesteld: " + gekozenNaam);
        });
        assertThat(links(werk(gebruiker("LCVS", Rol.LCVS_PLAATSER)))).as("the LCVS did not propose").doesNotContain(link);
        assertThat(links(werk(gebruiker("GM0307", Rol.GEMEENTE_MEDEWERKER)))).doesNotContain(link);
        // Another party opening the request does not count as the proposer having seen it.
        get(PAD + "/" + g.verzoek(), "amersfoort");
        get(PAD + "/" + g.verzoek(), "utrecht");
        assertThat(links(werk(regio))).contains(link);

        var bijRegio = get(PAD + "/" + g.verzoek(), "regio-utrecht").json();

        var andereStap = Locatieverzoeken.lijst(bijRegio.get("geschiedenis")).stream()
                .filter(s -> s.get("stap").asString().equals("andere_locatie")).findFirst().orElseThrow();
        assertThat(andereStap.get("locatie").asString()).isEqualTo(gekozenNaam);
        assertThat(andereStap.get("voorgesteldeLocatie").asString()).isEqualTo(voorgesteldNaam);
        assertThat(Locatieverzoeken.lijst(bijRegio.get("geschiedenis")).stream()
                .filter(s -> s.get("stap").asString().equals("voorgesteld")).findFirst().orElseThrow().get("locatie").asString())
                .isEqualTo(voorgesteldNaam);
        assertThat(links(werk(regio))).as("opened by the region: it knows").doesNotContain(link);
    }

    @Test
    void afwijzenZonderRedenGeeft400DieHetVeldRedenNoemt() {
        var g = verzoek();
        stelVoor(g, "regio-utrecht", locatie("amersfoort", 30));
        for (var body : List.of("{}", "{\"reden\":\"   \"}")) {
            var antwoord = post(PAD + "/" + g.verzoek() + "/_afwijzen", "amersfoort", body);
            assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
            assertThat(antwoord.contentType()).contains("application/problem+json");
            assertThat(antwoord.body()).contains("\"reden\"");
        }
        assertThat(get(PAD + "/" + g.verzoek(), "amersfoort").json().get("status").asString()).isEqualTo("voorgesteld");
    }

    @Test
    void partijenBuitenDeKetenKrijgen404() {
        var g = verzoek();
        stelVoor(g, "regio-utrecht", locatie("amersfoort", 30));
        for (var wie : List.of("rotterdam", "regio-rotterdam", "kcio", "lcvs")) {
            assertThat(get(PAD + "/" + g.verzoek(), wie).status()).as(wie).isEqualTo(404);
        }
        for (var actie : List.of("_afwijzen", "_intrekken", "_accepteren")) {
            assertThat(post(PAD + "/" + g.verzoek() + "/" + actie, "rotterdam", "{\"reden\":\"x\"}").status()).as(actie).isEqualTo(404);
        }
        assertThat(links(werk(gebruiker("GM0599", Rol.GEMEENTE_MEDEWERKER)))).doesNotContain("/plaatsingsverzoeken/" + g.verzoek());
        assertThat(get(PAD + "/" + g.verzoek(), "utrecht").json().get("status").asString()).isEqualTo("voorgesteld");
    }

    @Test
    void gelijktijdigAccepterenEnIntrekkenLaatPreciesEenSlagen() throws Exception {
        var locatie = locatie("amersfoort", 60);
        for (int ronde = 0; ronde < 4; ronde++) {
            var g = verzoek();
            stelVoor(g, "regio-utrecht", locatie);
            var start = new CountDownLatch(1);
            var accepteren = CompletableFuture.supplyAsync(() -> {
                wacht(start);
                return post(PAD + "/" + g.verzoek() + "/_accepteren", "amersfoort", "{}");
            });
            var intrekken = CompletableFuture.supplyAsync(() -> {
                wacht(start);
                return post(PAD + "/" + g.verzoek() + "/_intrekken", "utrecht", "{}");
            });
            start.countDown();
            var a = accepteren.get(60, TimeUnit.SECONDS);
            var i = intrekken.get(60, TimeUnit.SECONDS);

            assertThat((a.status() == 200 ? 1 : 0) + (i.status() == 200 ? 1 : 0)).as(a + "\n" + i).isEqualTo(1);
            var eind = get(PAD + "/" + g.verzoek(), "utrecht").json();
            if (a.status() == 200) {
                assertThat(i.status()).isEqualTo(409);
                assertThat(eind.get("status").asString()).isEqualTo("geplaatst");
                assertThat(eind.get("plaatsing").isNull()).isFalse();
            } else {
                assertThat(a.status()).isIn(404, 409);
                assertThat(eind.get("status").asString()).isEqualTo("ingetrokken");
                assertThat(eind.get("plaatsing").isNull()).as("no placement after a withdrawal").isTrue();
            }
        }
    }

    private static void wacht(CountDownLatch start) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
