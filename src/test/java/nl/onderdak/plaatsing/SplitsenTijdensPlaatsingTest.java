// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import static nl.onderdak.bewoners.Bewonersverzoeken.HUISHOUDENS;
import static nl.onderdak.bewoners.Bewonersverzoeken.PLAATSINGEN;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishouden;
import static nl.onderdak.bewoners.Bewonersverzoeken.lid;
import static nl.onderdak.bewoners.Bewonersverzoeken.uitchecken;
import static nl.onderdak.bewoners.Bewonersverzoeken.uniekeAchternaam;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.onderdak.bewoners.BewonersIntegratieTest;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.locaties.Locatieverzoeken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Splitting a placed household (issue 13): the members who move to the new household keep sleeping in
 * their beds. From the day of the split each household has its own placement at the same location, the
 * bed board shows both households in the same beds since the original arrival, the occupied beds per
 * day stay the same, and each household is checked out on its own.
 */
class SplitsenTijdensPlaatsingTest extends BewonersIntegratieTest {

    private static final String REDEN = "Oudste dochter gaat zelfstandig verder";

    @Autowired
    Plaatsingen plaatsingen;

    @Autowired
    Bezetting bezetting;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private JsonNode bord(String locatie, LocalDate dag) {
        var antwoord = get(Locatieverzoeken.PAD + "/" + locatie + "/bezetting?datum=" + dag, "utrecht");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        return antwoord.json();
    }

    /** First name to "bed number/household id" on the board of the day. */
    private Map<String, String> wieWaar(JsonNode bord) {
        var uit = new HashMap<String, String>();
        Locatieverzoeken.lijst(bord.get("bewoners")).forEach(b -> uit.put(b.get("voornaam").asString(),
                b.get("bednummer").asInt() + "/" + b.get("verblijfsduur").asString() + "/" + b.get("huishouden").asString()));
        return uit;
    }

    private int logregels() {
        return jdbc.sql("select count(*) from logboek.verwerkingslog where doel = ? and handeling = 'wijzigen' and gebruiker = 'utrecht'")
                .param(Plaatsingen.DOEL).query(Integer.class).single();
    }

    private String splits(String huishouden, String lid) {
        var split = post(HUISHOUDENS + "/" + huishouden + "/_splitsen", "utrecht",
                "{\"leden\":[\"" + lid + "\"],\"reden\":\"" + REDEN + "\"}");
        assertThat(split.status()).as(split.toString()).isEqualTo(201);
        return split.json().get("huishouden").asString();
    }

    @Test
    void wie_afsplitst_blijft_in_zijn_bed_en_beide_huishoudens_zijn_geplaatst_op_dezelfde_locatie() {
        var vandaag = LocalDate.now(clock);
        var aankomst = vandaag.minusDays(10);
        var locatie = registreerLocatie("utrecht", "2024-01-01", 10);
        var achternaam = uniekeAchternaam("Splitsing");
        var gezin = registreer("utrecht", huishouden(lid("Halyna", achternaam, "1975-01-02"), lid("Mykola", achternaam, "1974-03-04"),
                lid("Daryna", achternaam, "2004-05-06")));
        var oud = gezin.get("id").asString();
        plaats("utrecht", oud, locatie, aankomst.toString());
        var daryna = Locatieverzoeken.lijst(gezin.get("leden")).stream().filter(l -> l.get("voornaam").asString().equals("Daryna"))
                .findFirst().orElseThrow().get("id").asString();
        var bedden = wieWaar(bord(locatie, vandaag));
        var bezetGisteren = bezetting.perLocatieOp(vandaag.minusDays(1)).get(UUID.fromString(locatie)).totaal();
        var logVoor = logregels();

        var nieuw = splits(oud, daryna);

        // The same people in the same beds; Daryna's bed is now her own household's, since the day she arrived.
        var bord = bord(locatie, vandaag);
        assertThat(bord.get("bezet").asInt()).isEqualTo(3);
        assertThat(bord.get("vrij").asInt()).isEqualTo(7);
        var na = wieWaar(bord);
        assertThat(na.keySet()).containsExactlyInAnyOrder("Halyna", "Mykola", "Daryna");
        na.forEach((naam, plek) -> assertThat(plek.substring(0, plek.lastIndexOf('/')))
                .as(naam + " sleeps where she or he slept").isEqualTo(bedden.get(naam).substring(0, bedden.get(naam).lastIndexOf('/'))));
        assertThat(na.get("Daryna")).endsWith("/" + nieuw);
        assertThat(na.get("Halyna")).endsWith("/" + oud);
        assertThat(Locatieverzoeken.lijst(bord.get("bewoners"))).allSatisfy(b -> {
            assertThat(b.get("sinds").asString()).as("the stay did not begin again").isEqualTo(aankomst.toString());
            assertThat(b.get("vertrek").isNull()).isTrue();
        });
        // The occupied beds per day are what they were, before the split and after.
        assertThat(bezetting.perLocatieOp(vandaag.minusDays(1)).get(UUID.fromString(locatie)).totaal()).isEqualTo(bezetGisteren).isEqualTo(3);
        assertThat(bezetting.perLocatieOp(vandaag).get(UUID.fromString(locatie)).totaal()).isEqualTo(3);
        // Both households are placed at the location today, in the household list filtered on it.
        var lijst = get(HUISHOUDENS + "?locatie=" + locatie + "&aantal=50", "utrecht");
        assertThat(lijst.status()).as(lijst.toString()).isEqualTo(200);
        assertThat(Locatieverzoeken.lijst(lijst.json().get("huishoudens")).stream().map(h -> h.get("id").asString()))
                .containsExactlyInAnyOrder(oud, nieuw);
        // Each household has a running placement of its own from today; the whole household's ended with the split.
        var vanNieuw = plaatsingen.vanHuishouden(new HuishoudenId(UUID.fromString(nieuw)));
        assertThat(vanNieuw).singleElement().satisfies(p -> {
            assertThat(p.opvanglocatieId().waarde()).hasToString(locatie);
            assertThat(p.personen()).isEqualTo(1);
            assertThat(p.vanaf()).isEqualTo(vandaag);
            assertThat(p.tot()).isNull();
            assertThat(p.splitsingsreden()).isEqualTo(REDEN);
        });
        var vanOud = plaatsingen.vanHuishouden(new HuishoudenId(UUID.fromString(oud)));
        assertThat(vanOud).hasSize(2);
        assertThat(vanOud).anySatisfy(p -> {
            assertThat(p.vanaf()).isEqualTo(aankomst);
            assertThat(p.tot()).isEqualTo(vandaag);
            assertThat(p.vertrekreden()).isEqualTo(Vertrekreden.GESPLITST);
            assertThat(p.personen()).isEqualTo(3);
        });
        assertThat(vanOud).anySatisfy(p -> {
            assertThat(p.vanaf()).isEqualTo(vandaag);
            assertThat(p.tot()).isNull();
            assertThat(p.personen()).isEqualTo(2);
        });
        assertThat(logregels() - logVoor).as("a processing-log record per person whose bed stay was rewritten").isGreaterThanOrEqualTo(3);

        // The new household is checked out on its own; the others stay.
        var uit = post(PLAATSINGEN + "/" + vanNieuw.getFirst().id().waarde() + "/_uitchecken", "utrecht",
                uitchecken(vandaag.plusDays(1).toString(), "eigen_woning"));
        assertThat(uit.status()).as(uit.toString()).isEqualTo(200);
        assertThat(wieWaar(bord(locatie, vandaag.plusDays(2))).keySet()).containsExactlyInAnyOrder("Halyna", "Mykola");
        assertThat(bezetting.perLocatieOp(vandaag.plusDays(2)).get(UUID.fromString(locatie)).totaal()).isEqualTo(2);
    }

    @Test
    void een_plaatsing_die_nog_moet_beginnen_wordt_verdeeld_en_niet_beeindigd() {
        var vandaag = LocalDate.now(clock);
        var aankomst = vandaag.plusDays(3);
        var locatie = registreerLocatie("utrecht", "2024-01-01", 5);
        var achternaam = uniekeAchternaam("Later");
        var gezin = registreer("utrecht", huishouden(lid("Vira", achternaam, "1980-01-02"), lid("Ostap", achternaam, "1999-03-04")));
        var oud = gezin.get("id").asString();
        plaats("utrecht", oud, locatie, aankomst.toString());
        var ostap = Locatieverzoeken.lijst(gezin.get("leden")).stream().filter(l -> l.get("voornaam").asString().equals("Ostap"))
                .findFirst().orElseThrow().get("id").asString();

        var nieuw = splits(oud, ostap);

        var vanOud = plaatsingen.vanHuishouden(new HuishoudenId(UUID.fromString(oud)));
        var vanNieuw = plaatsingen.vanHuishouden(new HuishoudenId(UUID.fromString(nieuw)));
        assertThat(vanOud).singleElement().satisfies(p -> {
            assertThat(p.vanaf()).isEqualTo(aankomst);
            assertThat(p.tot()).isNull();
            assertThat(p.personen()).isEqualTo(1);
        });
        assertThat(vanNieuw).singleElement().satisfies(p -> {
            assertThat(p.vanaf()).isEqualTo(aankomst);
            assertThat(p.personen()).isEqualTo(1);
            assertThat(p.bedden()).singleElement().satisfies(b -> assertThat(b.bewonerId().waarde()).hasToString(ostap));
        });
        assertThat(bezetting.perLocatieOp(aankomst).get(UUID.fromString(locatie)).totaal()).isEqualTo(2);
        assertThat(wieWaar(bord(locatie, aankomst)).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().substring(e.getValue().lastIndexOf('/') + 1))))
                .containsEntry("Vira", oud).containsEntry("Ostap", nieuw);
    }

    @Test
    void een_huishouden_zonder_plaatsing_splitsen_raakt_geen_plaatsing() {
        var achternaam = uniekeAchternaam("Ongeplaatst");
        var gezin = registreer("utrecht", huishouden(lid("Roman", achternaam, "1980-01-02"), lid("Lesia", achternaam, "1982-03-04")));
        var nieuw = splits(gezin.get("id").asString(), gezin.get("leden").get(1).get("id").asString());

        assertThat(plaatsingen.vanHuishouden(new HuishoudenId(UUID.fromString(nieuw)))).isEmpty();
        assertThat(plaatsingen.vanHuishouden(new HuishoudenId(UUID.fromString(gezin.get("id").asString())))).isEmpty();
    }
}
