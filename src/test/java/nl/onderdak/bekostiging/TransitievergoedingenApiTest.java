// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.UUID;
import nl.onderdak.IntegratieTest;
import nl.onderdak.locaties.Locatieverzoeken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Transition fees over the API: a gemeente submits for its own location, the NOO decides once, the
 * 48-hour clock (requests made old by inserting them with an earlier submission time), the lead
 * times computed by hand for requests in a month no other test uses, scope and bad input.
 */
class TransitievergoedingenApiTest extends IntegratieTest {

    private static final String PAD = "/api/v1/bekostiging/transitievergoedingen";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired
    JdbcClient jdbc;

    /** A new location of the gemeente of the user, with a name of its own. */
    private String locatie(String gebruiker) {
        var naam = "Transitie " + gebruiker + " " + System.nanoTime();
        var l = post(Locatieverzoeken.PAD, gebruiker, Locatieverzoeken.locatie(naam, LocalDate.now(NL).toString(), 40));
        assertThat(l.status()).as(l.toString()).isEqualTo(201);
        return l.json().get("id").asString();
    }

    private Antwoord dienIn(String gebruiker, String locatie, String bedrag) {
        return post(PAD, gebruiker, "{\"opvanglocatie\":\"" + locatie + "\",\"bedrag\":" + bedrag
                + ",\"toelichting\":\"Inrichting van een nieuwe locatie\"}");
    }

    private String ingediend(String gebruiker, String bedrag) {
        var a = dienIn(gebruiker, locatie(gebruiker), bedrag);
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return a.json().get("id").asString();
    }

    /** A request inserted directly, so that it can be older than the clock of the application allows. */
    private UUID voegIn(String locatie, String gemeente, Instant ingediend, Instant besloten, String besluit) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into bekostiging.transitievergoeding (id, gemeente_code, opvanglocatie_id, locatienaam, bedrag, toelichting, ingediend_door,
                    ingediend_op) values (?, ?, ?, 'Ingevoegd in de test', 50000, 'Ingevoegd in de test', 'test', ?)""")
                .params(id, gemeente, UUID.fromString(locatie), Timestamp.from(ingediend)).update();
        jdbc.sql("""
                insert into bekostiging.transitievergoedingstatus (transitievergoeding_id, status, vastgelegd_door, vastgelegd_op)
                values (?, 'ingediend', 'test', ?)""").params(id, Timestamp.from(ingediend)).update();
        if (besloten != null) {
            jdbc.sql("""
                    insert into bekostiging.transitievergoedingstatus (transitievergoeding_id, status, toegekend_bedrag, reden, vastgelegd_door,
                        vastgelegd_op) values (?, ?, ?, ?, 'test', ?)""")
                    .params(id, besluit, "toegekend".equals(besluit) ? new BigDecimal("40000") : null,
                            "afgewezen".equals(besluit) ? "Geen nieuwe locatie" : null, Timestamp.from(besloten))
                    .update();
        }
        return id;
    }

    private static java.util.List<String> velden(Antwoord a) {
        var namen = new ArrayList<String>();
        a.json().get("invalidParams").forEach(p -> namen.add(p.get("name").asString()));
        return namen;
    }

    private JsonNode maand(String gebruiker, String maand) {
        var r = get(PAD + "/doorlooptijden?van=" + maand + "&tot=" + maand, gebruiker);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        var maanden = r.json().get("maanden");
        for (var m : maanden) {
            if (m.get("maand").asString().equals(maand)) {
                return m;
            }
        }
        return null;
    }

    private static int getal(JsonNode maand, String veld) {
        return maand == null ? 0 : maand.get(veld).asInt();
    }

    @Test
    void eenGemeenteVraagtAanVoorEenEigenLocatieEnZietDeKlokVan48Uur() {
        var locatie = locatie("utrecht");
        var a = dienIn("utrecht", locatie, "125000.5");

        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        var id = a.json().get("id").asString();
        assertThat(a.header("Location")).isEqualTo(PAD + "/" + id);
        var json = a.json();
        assertThat(json.get("status").asString()).isEqualTo("ingediend");
        assertThat(json.get("gemeenteCode").asString()).isEqualTo("GM0344");
        assertThat(json.get("gemeenteNaam").asString()).isEqualTo("Utrecht");
        assertThat(json.get("opvanglocatie").asString()).isEqualTo(locatie);
        assertThat(json.get("bedrag").decimalValue()).isEqualByComparingTo("125000.50");
        assertThat(json.get("klok").get("overTijd").asBoolean()).isFalse();
        assertThat(json.get("klok").get("resterendeUren").asInt()).as("48 uur min een paar seconden").isEqualTo(47);
        var termijn = Instant.parse(json.get("klok").get("termijn").asString());
        assertThat(Duration.between(Instant.parse(json.get("ingediendOp").asString()), termijn)).isEqualTo(Duration.ofHours(48));
        assertThat(json.get("historie")).hasSize(1);
        assertThat(json.get("historie").get(0).get("status").asString()).isEqualTo("ingediend");

        assertThat(get(PAD + "/" + id, "utrecht").status()).isEqualTo(200);
        assertThat(get(PAD, "utrecht").body()).contains(id);
        assertThat(get(PAD + "/" + id, "noo").status()).isEqualTo(200);
        assertThat(get(PAD, "noo").body()).contains(id);
        assertThat(get(PAD + "/" + id, "amersfoort").status()).as("een andere gemeente").isEqualTo(404);
        assertThat(get(PAD, "amersfoort").body()).doesNotContain(id);
        assertThat(get(PAD + "/" + UUID.randomUUID(), "utrecht").status()).isEqualTo(404);
        assertThat(get(PAD + "/geen-id", "utrecht").status()).isEqualTo(404);
        assertThat(get(PAD, null).status()).isEqualTo(401);
    }

    @Test
    void eenRegioEnAndereRollenMogenNietsMetTransitievergoedingen() {
        var id = ingediend("utrecht", "1000");
        assertThat(get(PAD, "regio-utrecht").status()).isEqualTo(403);
        assertThat(get(PAD + "/" + id, "regio-utrecht").status()).isEqualTo(403);
        assertThat(get(PAD + "/doorlooptijden", "regio-utrecht").status()).isEqualTo(403);
        assertThat(dienIn("regio-utrecht", UUID.randomUUID().toString(), "1000").status()).isEqualTo(403);
        assertThat(dienIn("noo", UUID.randomUUID().toString(), "1000").status()).as("de NOO dient niet in").isEqualTo(403);
        assertThat(get(PAD, "jenv").status()).isEqualTo(403);
        assertThat(post(PAD + "/" + id + "/_beslissen", "utrecht", "{\"besluit\":\"toegekend\",\"toegekendBedrag\":1000}").status())
                .as("een gemeente beslist niet").isEqualTo(403);
        assertThat(post(PAD + "/" + id + "/_beslissen", "regio-utrecht", "{\"besluit\":\"toegekend\",\"toegekendBedrag\":1000}").status())
                .isEqualTo(403);
    }

    @Test
    void eenLocatieVanEenAndereGemeenteOfEenOnbekendeLocatieWordtGeweigerdBijHetVeld() {
        var vanAmersfoort = locatie("amersfoort");

        var anders = dienIn("utrecht", vanAmersfoort, "1000");
        assertThat(anders.status()).as(anders.toString()).isEqualTo(400);
        assertThat(velden(anders)).containsExactly("opvanglocatie");
        var onbekend = dienIn("utrecht", UUID.randomUUID().toString(), "1000");
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(velden(onbekend)).containsExactly("opvanglocatie");
        assertThat(onbekend.json().get("invalidParams").get(0).get("reason").asString())
                .as("zelfde tekst: het bestaan lekt niet").isEqualTo(anders.json().get("invalidParams").get(0).get("reason").asString());
        assertThat(dienIn("amersfoort", vanAmersfoort, "1000").status()).isEqualTo(201);
    }

    @Test
    void elkFoutVeldWordtGenoemd() {
        var leeg = post(PAD, "utrecht", "{}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.contentType()).startsWith("application/problem+json");
        assertThat(velden(leeg)).containsExactlyInAnyOrder("opvanglocatie", "bedrag", "toelichting");

        var fout = post(PAD, "utrecht", "{\"opvanglocatie\":\"geen-id\",\"bedrag\":\"-5\",\"toelichting\":\"   \"}");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(velden(fout)).containsExactlyInAnyOrder("opvanglocatie", "bedrag", "toelichting");

        var locatie = locatie("utrecht");
        for (var bedrag : new String[] {"0", "\"0,00\"", "12.345", "\"veel\"", "true", "12345678901"}) {
            var r = dienIn("utrecht", locatie, bedrag);
            assertThat(r.status()).as(bedrag + ": " + r).isEqualTo(400);
            assertThat(velden(r)).as(bedrag).containsExactly("bedrag");
        }
        var komma = dienIn("utrecht", locatie, "\"2500,75\"");
        assertThat(komma.status()).as(komma.toString()).isEqualTo(201);
        assertThat(komma.json().get("bedrag").decimalValue()).isEqualByComparingTo("2500.75");
    }

    @Test
    void voorEenLocatieLooptHoogstensEenAanvraagTegelijk() {
        var locatie = locatie("utrecht");
        var eerste = dienIn("utrecht", locatie, "1000");
        assertThat(eerste.status()).isEqualTo(201);

        assertThat(dienIn("utrecht", locatie, "2000").status()).isEqualTo(409);
        var afgewezen = post(PAD + "/" + eerste.json().get("id").asString() + "/_beslissen", "noo",
                "{\"besluit\":\"afgewezen\",\"reden\":\"Geen nieuwe locatie\"}");
        assertThat(afgewezen.status()).as(afgewezen.toString()).isEqualTo(200);
        assertThat(dienIn("utrecht", locatie, "2000").status()).as("na het besluit weer mogelijk").isEqualTo(201);
    }

    @Test
    void deNooBesluitEenmaalEnKentHoogstensHetGevraagdeBedragToe() {
        var id = ingediend("utrecht", "125000");
        var beslis = PAD + "/" + id + "/_beslissen";

        var teVeel = post(beslis, "noo", "{\"besluit\":\"toegekend\",\"toegekendBedrag\":125000.01}");
        assertThat(teVeel.status()).as(teVeel.toString()).isEqualTo(400);
        assertThat(velden(teVeel)).containsExactly("toegekendBedrag");
        var zonderReden = post(beslis, "noo", "{\"besluit\":\"afgewezen\"}");
        assertThat(velden(zonderReden)).containsExactly("reden");
        var onzin = post(beslis, "noo", "{\"besluit\":\"misschien\",\"toegekendBedrag\":\"-1\"}");
        assertThat(velden(onzin)).containsExactlyInAnyOrder("besluit", "toegekendBedrag");
        var geenBedrag = post(beslis, "noo", "{\"besluit\":\"toegekend\"}");
        assertThat(velden(geenBedrag)).containsExactly("toegekendBedrag");
        var bedragBijAfwijzen = post(beslis, "noo", "{\"besluit\":\"afgewezen\",\"toegekendBedrag\":5,\"reden\":\"Nee\"}");
        assertThat(velden(bedragBijAfwijzen)).containsExactly("toegekendBedrag");
        assertThat(get(PAD + "/" + id, "utrecht").json().get("status").asString()).as("niets vastgelegd").isEqualTo("ingediend");

        var besluit = post(beslis, "noo", "{\"besluit\":\"toegekend\",\"toegekendBedrag\":\"125000,00\",\"reden\":\"Volgens begroting\"}");
        assertThat(besluit.status()).as(besluit.toString()).isEqualTo(200);
        var json = besluit.json();
        assertThat(json.get("status").asString()).isEqualTo("toegekend");
        assertThat(json.get("toegekendBedrag").decimalValue()).isEqualByComparingTo("125000");
        assertThat(json.get("beslotenDoor").asString()).isEqualTo("noo");
        assertThat(json.get("klok").get("binnen48Uur").asBoolean()).isTrue();
        assertThat(json.get("klok").get("doorlooptijdUren").asDouble()).isBetween(0.0, 0.1);
        assertThat(json.get("historie")).hasSize(2);
        assertThat(json.get("historie").get(1).get("status").asString()).isEqualTo("toegekend");

        var nogmaals = post(beslis, "noo", "{\"besluit\":\"afgewezen\",\"reden\":\"Toch niet\"}");
        assertThat(nogmaals.status()).isEqualTo(409);
        assertThat(get(PAD + "/" + id, "utrecht").json().get("status").asString()).isEqualTo("toegekend");
        assertThat(post(PAD + "/" + UUID.randomUUID() + "/_beslissen", "noo", "{\"besluit\":\"afgewezen\",\"reden\":\"x\"}").status())
                .isEqualTo(404);

        assertThatThrownBy(() -> jdbc.sql("update bekostiging.transitievergoedingstatus set status = 'afgewezen', reden = 'x', toegekend_bedrag = null "
                + "where transitievergoeding_id = ?").param(UUID.fromString(id)).update())
                .as("de historie wordt nooit gewijzigd").isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from bekostiging.transitievergoeding where id = ?").param(UUID.fromString(id)).update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void eenAanvraagOuderDan48UurStaatAlsOverTijdVooraanBijDeNooEnTeltMeeInDeDoorlooptijden() {
        var locatie = locatie("utrecht");
        var ingediend = Instant.now().minus(Duration.ofHours(50));
        var maand = YearMonth.from(ingediend.atZone(NL)).toString();
        ingediend("utrecht", "3000"); // a fresh request that is not overdue
        var voor = maand("noo", maand);

        var id = voegIn(locatie, "GM0344", ingediend, null, null).toString();

        var lijst = get(PAD, "noo").json().get("transitievergoedingen");
        int positie = -1;
        boolean nietOverTijdGezien = false;
        for (int i = 0; i < lijst.size(); i++) {
            var a = lijst.get(i);
            boolean overTijd = a.get("klok").get("overTijd").asBoolean();
            assertThat(overTijd && nietOverTijdGezien).as("aanvragen over tijd staan vooraan").isFalse();
            nietOverTijdGezien |= !overTijd;
            if (a.get("id").asString().equals(id)) {
                positie = i;
            }
        }
        assertThat(positie).isNotNegative();
        assertThat(lijst.get(0).get("klok").get("overTijd").asBoolean()).isTrue();
        var klok = lijst.get(positie).get("klok");
        assertThat(klok.get("overTijd").asBoolean()).isTrue();
        assertThat(klok.get("urenOverTijd").asInt()).isEqualTo(2);
        assertThat(klok.get("resterendeUren").isNull()).isTrue();
        assertThat(get(PAD + "/" + id, "utrecht").json().get("klok").get("overTijd").asBoolean()).as("ook voor de gemeente").isTrue();

        var na = maand("noo", maand);
        assertThat(getal(na, "ingediend")).isEqualTo(getal(voor, "ingediend") + 1);
        assertThat(getal(na, "openOverTijd")).isEqualTo(getal(voor, "openOverTijd") + 1);
        assertThat(getal(na, "binnen48Uur")).isEqualTo(getal(voor, "binnen48Uur"));

        var besluit = post(PAD + "/" + id + "/_beslissen", "noo", "{\"besluit\":\"toegekend\",\"toegekendBedrag\":50000}");
        assertThat(besluit.status()).as(besluit.toString()).isEqualTo(200);
        assertThat(besluit.json().get("klok").get("binnen48Uur").asBoolean()).isFalse();
        assertThat(besluit.json().get("klok").get("doorlooptijdUren").asDouble()).isBetween(50.0, 50.1);
        var besloten = maand("noo", maand);
        assertThat(getal(besloten, "openOverTijd")).isEqualTo(getal(voor, "openOverTijd"));
        assertThat(getal(besloten, "besloten")).isEqualTo(getal(voor, "besloten") + 1);
        assertThat(getal(besloten, "binnen48Uur")).isEqualTo(getal(voor, "binnen48Uur"));
    }

    @Test
    void deDoorlooptijdenPerMaandZijnMetDeHandNagerekend() {
        var locatie = locatie("utrecht");
        // March 2019: no other test submits requests then. Lead times 10, 20, 30, 60 and 100 hours; one still open.
        var begin = ZonedDateTime.of(2019, 3, 10, 12, 0, 0, 0, NL).toInstant();
        int[] uren = {60, 10, 100, 30, 20};
        for (int i = 0; i < uren.length; i++) {
            var ingediend = begin.plus(Duration.ofDays(i));
            voegIn(locatie, "GM0344", ingediend, ingediend.plus(Duration.ofHours(uren[i])), i % 2 == 0 ? "toegekend" : "afgewezen");
        }
        voegIn(locatie, "GM0344", begin.plus(Duration.ofDays(12)), null, null);

        var m = maand("noo", "2019-03");
        assertThat(m).isNotNull();
        assertThat(m.get("ingediend").asInt()).isEqualTo(6);
        assertThat(m.get("besloten").asInt()).isEqualTo(5);
        assertThat(m.get("open").asInt()).isEqualTo(1);
        assertThat(m.get("openOverTijd").asInt()).isEqualTo(1);
        assertThat(m.get("binnen48Uur").asInt()).as("10, 20 en 30 uur").isEqualTo(3);
        // Within 48 hours: 3 of the 5 decided plus the 1 open one past its 48 hours = 3/6.
        assertThat(m.get("percentageBinnen48Uur").asDouble()).isEqualTo(50.0);
        // Sorted 10, 20, 30, 60, 100: the median is the middle one; the 90th percentile lies at 0.9 * 4 = 3.6,
        // that is 60 + 0.6 * (100 - 60) = 84.
        assertThat(m.get("mediaanUren").asDouble()).isEqualTo(30.0);
        assertThat(m.get("percentiel90Uren").asDouble()).isEqualTo(84.0);

        var rapport = get(PAD + "/doorlooptijden?van=2019-03&tot=2019-03", "noo").json();
        assertThat(rapport.get("normUren").asInt()).isEqualTo(48);
        assertThat(rapport.get("maanden")).hasSize(1);
        assertThat(rapport.get("totaal").get("mediaanUren").asDouble()).isEqualTo(30.0);
        assertThat(maand("utrecht", "2019-03").get("ingediend").asInt()).as("de eigen gemeente").isEqualTo(6);
        assertThat(maand("amersfoort", "2019-03")).as("een andere gemeente ziet ze niet").isNull();
        assertThat(get(PAD + "/doorlooptijden?van=2019-02&tot=2019-02", "noo").json().get("maanden")).isEmpty();
    }

    @Test
    void eenVerkeerdeMaandVoorDeDoorlooptijdenWordtGenoemd() {
        var r = get(PAD + "/doorlooptijden?van=2019-13&tot=maart", "noo");
        assertThat(r.status()).isEqualTo(400);
        assertThat(velden(r)).containsExactlyInAnyOrder("van", "tot");
        var omgekeerd = get(PAD + "/doorlooptijden?van=2019-05&tot=2019-03", "noo");
        assertThat(velden(omgekeerd)).containsExactly("tot");
        assertThat(get(PAD + "/doorlooptijden", "noo").status()).isEqualTo(200);
    }
}
