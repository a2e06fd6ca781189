// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import static nl.onderdak.bewoners.Bewonersverzoeken.HUISHOUDENS;
import static nl.onderdak.bewoners.Bewonersverzoeken.PLAATSINGEN;
import static nl.onderdak.bewoners.Bewonersverzoeken.ZOEK;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishouden;
import static nl.onderdak.bewoners.Bewonersverzoeken.lid;
import static nl.onderdak.bewoners.Bewonersverzoeken.nieuwBsn;
import static nl.onderdak.bewoners.Bewonersverzoeken.uniekeAchternaam;
import static nl.onderdak.bewoners.Bewonersverzoeken.uniekeGeboortedatum;
import static nl.onderdak.bewoners.Bewonersverzoeken.zoekOpBsn;
import static nl.onderdak.locaties.Locatieverzoeken.lijst;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import nl.onderdak.bewoners.BewonersIntegratieTest;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.plaatsing.internal.Plaatsingsverzoeken;
import nl.onderdak.plaatsing.internal.VerzoekId;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.toegang.Rol;
import nl.onderdak.toegang.Scope;
import nl.onderdak.werkvoorraad.Werkbron;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hand-offs without leaks and role before organisation (issue 11, ADR 0014): a household of Utrecht
 * goes through the region and the LCVS to a place in Amersfoort. Until Amersfoort accepts it sees the
 * request's composition and needs only; acceptance gives it what the gemeente where the household
 * lives may see; declining or withdrawing takes every access away. National organisations read
 * nothing unless their role handles the request; a child travelling alone only users with the role.
 */
class OverdrachtTest extends BewonersIntegratieTest {

    private static final String VERZOEKEN = "/api/v1/plaatsingsverzoeken";

    @Autowired
    Logboek logboek;

    @Autowired
    Organisaties organisaties;

    @Autowired
    Plaatsingsverzoeken verzoeken;

    @Autowired
    Huishoudens huishoudens;

    @Autowired
    List<Werkbron> werkbronnen;

    /** A household of Utrecht with a BSN and names, and its open request passed to the LCVS. */
    private record Geval(String huishouden, String verzoek, String bsn, String achternaam, String geboren, List<UUID> leden) {
    }

    private Geval verzoekBijLcvs(String gemeente, String regio, String lcvs, Map<String, Object> extra) {
        var bsn = nieuwBsn();
        var achternaam = uniekeAchternaam("Bondarenko");
        var geboren = uniekeGeboortedatum();
        var kenmerken = new java.util.HashMap<String, Object>(Map.of("bsn", bsn, "voornaamOrigineel", "Оксана", "taal", "uk"));
        kenmerken.putAll(extra);
        var h = registreer(gemeente, huishouden(lid("Oksana", achternaam, geboren, kenmerken)));
        var v = post(VERZOEKEN, gemeente, """
                {"huishouden":"%s","verwachteAankomst":"%s","toelichting":"Heeft een rolstoel nodig"}"""
                .formatted(h.get("id").asString(), LocalDate.now().plusDays(2)));
        assertThat(v.status()).as(v.toString()).isEqualTo(201);
        var id = v.json().get("id").asString();
        var door = post(VERZOEKEN + "/" + id + "/_doorsturen", regio, "{}");
        assertThat(door.status()).as(door.toString()).isEqualTo(200);
        return new Geval(h.get("id").asString(), id, bsn, achternaam, geboren, ledenUuids(h));
    }

    private Geval verzoekBijLcvs() {
        return verzoekBijLcvs("utrecht", "regio-utrecht", "lcvs", Map.of());
    }

    /** A location of the test's own in Amersfoort, so the proposal does not depend on what other tests left. */
    private String amersfoortseLocatie;

    /** The LCVS proposes a long-stay place in Amersfoort. */
    private void stelVoorInAmersfoort(Geval g, String lcvs) {
        if (amersfoortseLocatie == null) {
            var l = post(nl.onderdak.locaties.Locatieverzoeken.PAD, "amersfoort",
                    nl.onderdak.locaties.Locatieverzoeken.locatie("Overdracht " + System.nanoTime(), "2024-01-01", 200));
            assertThat(l.status()).as(l.toString()).isEqualTo(201);
            amersfoortseLocatie = l.json().get("id").asString();
        }
        var suggesties = get(VERZOEKEN + "/" + g.verzoek() + "/suggesties", lcvs);
        assertThat(suggesties.status()).as(suggesties.toString()).isEqualTo(200);
        var voorstel = post(VERZOEKEN + "/" + g.verzoek() + "/_voorstellen", lcvs, "{\"opvanglocatie\":\"" + amersfoortseLocatie + "\"}");
        assertThat(voorstel.status()).as(voorstel.toString()).isEqualTo(200);
        assertThat(voorstel.json().get("ontvangendeGemeente").asString()).isEqualTo("GM0307");
    }

    private void zietGeenPersoonsgegevens(Antwoord antwoord, Geval g) {
        assertThat(antwoord.body()).doesNotContain(g.bsn()).doesNotContain(g.achternaam()).doesNotContain("Oksana")
                .doesNotContain("Оксана").doesNotContain(g.geboren());
    }

    @Test
    void voorstelGeeftGeenInzageInNamenOfBsn() {
        var g = verzoekBijLcvs();
        stelVoorInAmersfoort(g, "lcvs");

        isProbleem(get(HUISHOUDENS + "/" + g.huishouden(), "amersfoort"), 404);
        assertThat(lijst(post(ZOEK, "amersfoort", zoekOpBsn(g.bsn())).json().get("bewoners"))).isEmpty();
        var verzoek = get(VERZOEKEN + "/" + g.verzoek(), "amersfoort");
        assertThat(verzoek.status()).as(verzoek.toString()).isEqualTo(200);
        zietGeenPersoonsgegevens(verzoek, g);
        // What placement needs: composition with age, sex and language, and the request's explanation.
        var lid = verzoek.json().get("samenstelling").get(0);
        assertThat(lid.get("leeftijd").asInt()).isPositive();
        assertThat(lid.get("geslacht").asString()).isEqualTo("vrouw");
        assertThat(lid.get("taal").asString()).isEqualTo("uk");
        assertThat(verzoek.json().get("toelichting").asString()).isEqualTo("Heeft een rolstoel nodig");
        var lijst = get(VERZOEKEN, "amersfoort");
        assertThat(lijst.body()).contains(g.verzoek());
        zietGeenPersoonsgegevens(lijst, g);
    }

    @Test
    void voorgesteldeGemeenteKanNietsWijzigen() {
        var g = verzoekBijLcvs();
        stelVoorInAmersfoort(g, "lcvs");
        var plek = get(VERZOEKEN + "/" + g.verzoek(), "utrecht").json().get("voorgesteldeLocatie").asString();

        // Check in outside the request, merge, read the access log: all as if the household did not exist.
        isProbleem(post(PLAATSINGEN, "amersfoort", nl.onderdak.bewoners.Bewonersverzoeken.plaatsing(g.huishouden(), plek,
                LocalDate.now().toString())), 404);
        isProbleem(post("/api/v1/bewoners/" + g.leden().getFirst() + "/_samenvoegen", "amersfoort",
                "{\"dubbel\":\"" + UUID.randomUUID() + "\"}"), 404);
        isProbleem(get("/api/v1/bewoners/" + g.leden().getFirst() + "/verwerkingen", "amersfoort"), 404);
        isProbleem(post(VERZOEKEN + "/" + g.verzoek() + "/_intrekken", "amersfoort", "{}"), 404);
        assertThat(get(VERZOEKEN + "/" + g.verzoek(), "utrecht").json().get("status").asString()).isEqualTo("voorgesteld");
    }

    @Test
    void aanvaardenGeeftInzageAlsWoongemeente() {
        var g = verzoekBijLcvs();
        stelVoorInAmersfoort(g, "lcvs");
        isProbleem(get(HUISHOUDENS + "/" + g.huishouden(), "amersfoort"), 404);

        var geplaatst = post(VERZOEKEN + "/" + g.verzoek() + "/_accepteren", "amersfoort", "{}");

        assertThat(geplaatst.status()).as(geplaatst.toString()).isEqualTo(200);
        var huishouden = get(HUISHOUDENS + "/" + g.huishouden(), "amersfoort");
        assertThat(huishouden.status()).as(huishouden.toString()).isEqualTo(200);
        assertThat(huishouden.json().get("leden").get(0).get("bsn").asString()).isEqualTo(g.bsn());
        var plaatsing = geplaatst.json().get("plaatsing").asString();
        assertThat(get(PLAATSINGEN + "/" + plaatsing, "amersfoort").status()).isEqualTo(200);
        // The hosting gemeente checks out.
        var uit = post(PLAATSINGEN + "/" + plaatsing + "/_uitchecken", "amersfoort",
                nl.onderdak.bewoners.Bewonersverzoeken.uitchecken(LocalDate.now().plusDays(10).toString(), "eigen_woning"));
        assertThat(uit.status()).as(uit.toString()).isEqualTo(200);
        // The registering gemeente keeps its access.
        assertThat(get(HUISHOUDENS + "/" + g.huishouden(), "utrecht").status()).isEqualTo(200);
    }

    @Test
    void afwijzenOfIntrekkenNeemtToegangWeg() {
        var g = verzoekBijLcvs();
        stelVoorInAmersfoort(g, "lcvs");

        var afgewezen = post(VERZOEKEN + "/" + g.verzoek() + "/_afwijzen", "amersfoort", "{\"reden\":\"Geen rolstoelplek vrij\"}");

        assertThat(afgewezen.status()).as(afgewezen.toString()).isEqualTo(204);
        isProbleem(get(VERZOEKEN + "/" + g.verzoek(), "amersfoort"), 404);
        assertThat(get(VERZOEKEN, "amersfoort").body()).doesNotContain(g.verzoek());
        isProbleem(get(HUISHOUDENS + "/" + g.huishouden(), "amersfoort"), 404);
        var bijLcvs = get(VERZOEKEN + "/" + g.verzoek(), "lcvs").json();
        // Issue 13: declined is a state of its own, lying with whoever proposed (here the LCVS).
        assertThat(bijLcvs.get("status").asString()).isEqualTo("afgewezen");
        assertThat(bijLcvs.get("voorgesteldDoor").asString()).isEqualTo("lcvs");
        assertThat(bijLcvs.get("afwijzingsreden").asString()).isEqualTo("Geen rolstoelplek vrij");
        var teLang = post(VERZOEKEN + "/" + g.verzoek() + "/_afwijzen", "amersfoort", "{\"reden\":\"" + "x".repeat(501) + "\"}");
        assertThat(teLang.status()).isEqualTo(404);

        // Proposed again, then withdrawn by Utrecht: Amersfoort, the region and the LCVS lose access.
        stelVoorInAmersfoort(g, "lcvs");
        assertThat(get(VERZOEKEN + "/" + g.verzoek(), "amersfoort").status()).isEqualTo(200);
        var ingetrokken = post(VERZOEKEN + "/" + g.verzoek() + "/_intrekken", "utrecht", "{}");
        assertThat(ingetrokken.status()).as(ingetrokken.toString()).isEqualTo(200);
        assertThat(ingetrokken.json().get("status").asString()).isEqualTo("ingetrokken");
        for (var wie : List.of("amersfoort", "lcvs", "regio-utrecht")) {
            isProbleem(get(VERZOEKEN + "/" + g.verzoek(), wie), 404);
            isProbleem(get(HUISHOUDENS + "/" + g.huishouden(), wie), 404);
            assertThat(get(VERZOEKEN, wie).body()).as(wie).doesNotContain(g.verzoek());
        }
        assertThat(get(VERZOEKEN + "/" + g.verzoek(), "utrecht").status()).isEqualTo(200);
        assertThat(get(HUISHOUDENS + "/" + g.huishouden(), "utrecht").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kcio", "noo", "jenv", "beheer"})
    void landelijkeOrganisatieZonderRolZietGeenHuishouden(String wie) {
        var g = verzoekBijLcvs();
        stelVoorInAmersfoort(g, "lcvs");
        var plaatsing = post(VERZOEKEN + "/" + g.verzoek() + "/_accepteren", "amersfoort", "{}").json().get("plaatsing").asString();

        isProbleem(get(HUISHOUDENS + "/" + g.huishouden(), wie), 404);
        isProbleem(get(PLAATSINGEN + "/" + plaatsing, wie), 404);
        isProbleem(get(VERZOEKEN + "/" + g.verzoek(), wie), 404);
    }

    @Test
    void lcvsZietAlleenVerzoekenDieHetBehandelt() {
        // A request still at the region: not the LCVS's.
        var h = registreer("utrecht", huishouden(lid("Petro", uniekeAchternaam("Regio"), "1980-03-03")));
        var v = post(VERZOEKEN, "utrecht", "{\"huishouden\":\"%s\",\"verwachteAankomst\":\"%s\"}"
                .formatted(h.get("id").asString(), LocalDate.now().plusDays(3))).json().get("id").asString();
        isProbleem(get(VERZOEKEN + "/" + v, "lcvs"), 404);
        isProbleem(get(HUISHOUDENS + "/" + h.get("id").asString(), "lcvs"), 404);
        assertThat(get(VERZOEKEN, "lcvs").body()).doesNotContain(v);
        // A household placed by its own gemeente without a request: nothing for the LCVS nor the region.
        var locatie = registreerLocatie("utrecht", "2024-01-01", 2);
        var eigen = registreer("utrecht", huishouden(lid("Iryna", uniekeAchternaam("Eigen"), "1985-05-05")));
        var plaatsing = plaats("utrecht", eigen.get("id").asString(), locatie, LocalDate.now().minusDays(1).toString());
        isProbleem(get(HUISHOUDENS + "/" + eigen.get("id").asString(), "lcvs"), 404);
        isProbleem(get(PLAATSINGEN + "/" + plaatsing.get("id").asString(), "lcvs"), 404);
        isProbleem(get(PLAATSINGEN + "/" + plaatsing.get("id").asString(), "regio-utrecht"), 404);

        // Passed on: now the LCVS handles it, and sees the composition only.
        post(VERZOEKEN + "/" + v + "/_doorsturen", "regio-utrecht", "{}");
        assertThat(get(VERZOEKEN + "/" + v, "lcvs").status()).isEqualTo(200);
        assertThat(get(VERZOEKEN, "lcvs").body()).contains(v);
        var gezien = get(HUISHOUDENS + "/" + h.get("id").asString(), "lcvs");
        assertThat(gezien.status()).isEqualTo(200);
        assertThat(gezien.body()).doesNotContain("Petro");
    }

    @Test
    void alleenreizendeMinderjarigeAlleenMetRolInVerzoeken() {
        var geboren = LocalDate.now().minusYears(15).minusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(300)).toString();
        var achternaam = uniekeAchternaam("Alleen");
        var h = registreer("utrecht-jeugd", huishouden(lid("Maksym", achternaam, geboren,
                Map.of("alleenreizendMinderjarig", true, "geslacht", "man"))));
        var v = post(VERZOEKEN, "utrecht-jeugd", "{\"huishouden\":\"%s\",\"verwachteAankomst\":\"%s\"}"
                .formatted(h.get("id").asString(), LocalDate.now().plusDays(1)));
        assertThat(v.status()).as(v.toString()).isEqualTo(201);
        var id = v.json().get("id").asString();
        // The requesting gemeente's colleague without the role does not see it either.
        isProbleem(get(VERZOEKEN + "/" + id, "utrecht"), 404);
        assertThat(get(VERZOEKEN, "utrecht").body()).doesNotContain(id);

        isProbleem(get(VERZOEKEN + "/" + id, "regio-utrecht"), 404);
        assertThat(get(VERZOEKEN, "regio-utrecht").body()).doesNotContain(id);
        isProbleem(post(VERZOEKEN + "/" + id + "/_doorsturen", "regio-utrecht", "{}"), 404);
        assertThat(get(VERZOEKEN, "regio-utrecht-jeugd").body()).contains(id);
        assertThat(post(VERZOEKEN + "/" + id + "/_doorsturen", "regio-utrecht-jeugd", "{}").status()).isEqualTo(200);

        isProbleem(get(VERZOEKEN + "/" + id, "lcvs"), 404);
        assertThat(get(VERZOEKEN, "lcvs").body()).doesNotContain(id);
        isProbleem(get(VERZOEKEN + "/" + id + "/suggesties", "lcvs"), 404);
        assertThat(get(VERZOEKEN, "lcvs-jeugd").body()).contains(id);
        var g = new Geval(h.get("id").asString(), id, null, achternaam, geboren, ledenUuids(h));
        stelVoorInAmersfoort(g, "lcvs-jeugd");

        isProbleem(get(VERZOEKEN + "/" + id, "amersfoort"), 404);
        isProbleem(post(VERZOEKEN + "/" + id + "/_accepteren", "amersfoort", "{}"), 404);
        var geplaatst = post(VERZOEKEN + "/" + id + "/_accepteren", "amersfoort-jeugd", "{}");
        assertThat(geplaatst.status()).as(geplaatst.toString()).isEqualTo(200);
        assertThat(geplaatst.json().get("status").asString()).isEqualTo("geplaatst");
        var plaatsing = get(PLAATSINGEN + "/" + geplaatst.json().get("plaatsing").asString(), "amersfoort-jeugd");
        assertThat(plaatsing.status()).as(plaatsing.toString()).isEqualTo(200);
        assertThat(lijst(plaatsing.json().get("bedden"))).hasSize(1);
        isProbleem(get(PLAATSINGEN + "/" + geplaatst.json().get("plaatsing").asString(), "amersfoort"), 404);
    }

    @Test
    void inzienVerzoekWordtGelogd() {
        var g = verzoekBijLcvs();
        var lid = g.leden().getFirst();
        long voor = inzien(lid, "VR09");

        assertThat(get(VERZOEKEN + "/" + g.verzoek(), "regio-utrecht").status()).isEqualTo(200);
        assertThat(inzien(lid, "VR09")).isEqualTo(voor + 1);
        assertThat(get(VERZOEKEN, "regio-utrecht").status()).isEqualTo(200);
        assertThat(inzien(lid, "VR09")).isEqualTo(voor + 2);
        long lcvs = inzien(lid, "LCVS");
        assertThat(get(VERZOEKEN + "/" + g.verzoek(), "lcvs").status()).isEqualTo(200);
        assertThat(inzien(lid, "LCVS")).isGreaterThan(lcvs);
    }

    @Test
    void inzienPlaatsingWordtGelogd() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 3);
        var h = registreer("utrecht", huishouden(lid("Taras", uniekeAchternaam("Plaats"), "1979-04-04")));
        var plaatsing = plaats("utrecht", h.get("id").asString(), locatie, LocalDate.now().minusDays(2).toString());
        var lid = ledenUuids(h).getFirst();
        long voor = inzienPlaatsing(lid);

        assertThat(get(PLAATSINGEN + "/" + plaatsing.get("id").asString(), "utrecht").status()).isEqualTo(200);

        assertThat(inzienPlaatsing(lid)).isEqualTo(voor + 1);
    }

    private long inzien(UUID persoon, String organisatie) {
        return logboek.inzage(persoon).stream()
                .filter(r -> r.handeling().equals("inzien") && r.organisatie().equals(organisatie) && r.doel().startsWith("Plaatsing"))
                .count();
    }

    private long inzienPlaatsing(UUID persoon) {
        return logboek.inzage(persoon).stream().filter(r -> r.handeling().equals("inzien") && r.doel().startsWith("Plaatsing")).count();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KCIO", "NOO", "JENV", "BEHEER"})
    void eenAndereLandelijkeOrganisatieMetDeRolVanDeLcvsZietGeenVerzoekenEnGeenHuishouden(String organisatie) {
        var g = verzoekBijLcvs();
        var verzoek = new VerzoekId(UUID.fromString(g.verzoek()));
        var huishouden = UUID.fromString(g.huishouden());
        var link = "/plaatsingsverzoeken/" + g.verzoek();
        var lcvs = new Gebruiker("test", "Test", organisaties.vind("LCVS").orElseThrow(), Set.of(Rol.LCVS_PLAATSER));
        var ander = new Gebruiker("test", "Test", organisaties.vind(organisatie).orElseThrow(), Set.of(Rol.LCVS_PLAATSER));
        // The LCVS itself handles the request passed to it, and so reads the household.
        assertThat(Plaatsingsverzoeken.magVerzoekenZien(lcvs)).isTrue();
        assertThat(verzoeken.zichtbaar(verzoek, lcvs)).isPresent();
        assertThat(huishoudens.lees(huishouden, lcvs, new Scope.Landelijk())).isPresent();
        assertThat(werk(lcvs)).contains(link);

        assertThat(Plaatsingsverzoeken.magVerzoekenZien(ander)).isFalse();
        assertThat(verzoeken.zichtbaar(verzoek, ander)).isEmpty();
        assertThat(verzoeken.wachtend(ander)).isEmpty();
        assertThat(huishoudens.lees(huishouden, ander, new Scope.Landelijk())).isEmpty();
        assertThat(werk(ander)).doesNotContain(link);
    }

    private List<String> werk(Gebruiker gebruiker) {
        return werkbronnen.stream().flatMap(b -> b.werkVoor(gebruiker, java.util.Locale.forLanguageTag("nl")).stream())
                .map(nl.onderdak.werkvoorraad.Werk::link).toList();
    }
}
