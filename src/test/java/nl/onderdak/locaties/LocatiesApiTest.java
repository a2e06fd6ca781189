// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import static nl.onderdak.locaties.Locatieverzoeken.PAD;
import static nl.onderdak.locaties.Locatieverzoeken.bedden;
import static nl.onderdak.locaties.Locatieverzoeken.lijst;
import static nl.onderdak.locaties.Locatieverzoeken.locatie;
import static nl.onderdak.locaties.Locatieverzoeken.ongeldigeVelden;
import static nl.onderdak.locaties.Locatieverzoeken.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Registering locations and changing their beds and status through the API, as the gemeente
 * Utrecht. The database is shared with every other test class: each test makes its own locations
 * (with a unique name) and only looks at those.
 */
class LocatiesApiTest extends IntegratieTest {

    @Autowired
    JdbcClient jdbc;

    private static String uniek(String naam) {
        return naam + " " + UUID.randomUUID();
    }

    /** Registers a location as Utrecht and returns its id. */
    private String registreer(String vanaf, int bedden) {
        var antwoord = post(PAD, "utrecht", locatie(uniek("Hotel"), vanaf, bedden));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("id").asString();
    }

    private JsonNode opDag(String id, String peildatum) {
        var antwoord = get(PAD + "/" + id + "?peildatum=" + peildatum, "utrecht");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        return antwoord.json();
    }

    private int aantalMutaties(String id) {
        return jdbc.sql("select count(*) from locaties.beddenmutatie where opvanglocatie_id = ?")
                .param(UUID.fromString(id)).query(Integer.class).single();
    }

    @Test
    void gemeenteRegistreertEenLocatieMetLocationEnBeddenVanafBeschikbaarVanaf() {
        var naam = uniek("Hotel Domstad");

        var antwoord = post(PAD, "utrecht", locatie(naam, "2024-03-01", 40));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        var json = antwoord.json();
        var id = UUID.fromString(json.get("id").asString()).toString();
        assertThat(antwoord.header("Location")).endsWith(PAD + "/" + id);
        assertThat(antwoord.header("API-Version")).isEqualTo("1.0.0");
        assertThat(json.get("gemeenteCode").asString()).isEqualTo("GM0344");
        assertThat(json.get("naam").asString()).isEqualTo(naam);
        assertThat(json.get("soort").asString()).isEqualTo("hotel");
        assertThat(json.get("adres").get("postcode").asString()).isEqualTo("3511 AB");
        assertThat(json.get("adres").get("huisnummer").asInt()).isEqualTo(12);
        assertThat(json.get("adres").get("plaats").asString()).isEqualTo("Utrecht");
        assertThat(json.get("beschikbaarVanaf").asString()).isEqualTo("2024-03-01");
        assertThat(json.get("status").asString()).isEqualTo("beschikbaar");
        assertThat(json.get("bruikbareBedden").asInt()).isEqualTo(40);

        var opgehaald = get(Locatieverzoeken.pad(antwoord), "utrecht");
        assertThat(opgehaald.status()).as(opgehaald.toString()).isEqualTo(200);
        assertThat(opgehaald.json().get("id").asString()).isEqualTo(id);
        assertThat(opgehaald.json().get("naam").asString()).isEqualTo(naam);
        assertThat(opgehaald.json().get("bruikbareBedden").asInt()).isEqualTo(40);
        assertThat(opgehaald.json().get("beschikbaar").asBoolean()).isTrue();

        var tussendoor = opDag(id, "2025-01-15");
        assertThat(tussendoor.get("peildatum").asString()).isEqualTo("2025-01-15");
        assertThat(tussendoor.get("bruikbareBedden").asInt()).isEqualTo(40);
        assertThat(tussendoor.get("langVerblijf").get("opgegeven").asInt()).isEqualTo(40);
        assertThat(opDag(id, "2024-03-01").get("bruikbareBedden").asInt()).isEqualTo(40);

        var daarvoor = opDag(id, "2024-02-29");
        assertThat(daarvoor.get("bruikbareBedden").asInt()).isZero();
        assertThat(daarvoor.get("beschikbaar").asBoolean()).isFalse();
        assertThat(daarvoor.get("status").asString()).isEqualTo("in_voorbereiding");

        assertThat(lijst(get(PAD, "utrecht").json().get("opvanglocaties")))
                .extracting(l -> l.get("id").asString()).contains(id);
    }

    @Test
    void beddenVoorKortVerblijfTellenMeeInDeBruikbareBedden() {
        var antwoord = post(PAD, "utrecht", locatie(uniek("Crisisopvang"), "2024-05-01", null, 20, 6));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        var json = antwoord.json();
        assertThat(json.get("langVerblijf").get("bruikbaar").asInt()).isEqualTo(20);
        assertThat(json.get("kortVerblijf").get("bruikbaar").asInt()).isEqualTo(6);
        assertThat(json.get("bruikbareBedden").asInt()).isEqualTo(26);
    }

    @Test
    void naBeschikbaarTotTellenDeBeddenNietMeer() {
        var antwoord = post(PAD, "utrecht", locatie(uniek("Paviljoen"), "2024-01-01", "2024-06-30", 15, null));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        var id = antwoord.json().get("id").asString();

        assertThat(opDag(id, "2024-06-30").get("bruikbareBedden").asInt()).isEqualTo(15);
        assertThat(opDag(id, "2024-07-01").get("bruikbareBedden").asInt()).isZero();
        assertThat(antwoord.json().get("bruikbareBedden").asInt()).isZero();
    }

    @Test
    void bewaartFaciliteitenEnWeigertOnbekendeFaciliteiten() {
        var json = locatie(uniek("Vakantiepark"), "2024-01-01", 10).replace("\"bedden\":10",
                "\"bedden\":10,\"faciliteiten\":[\"rolstoeltoegankelijk\",\"eigenKeuken\"]");
        var goed = post(PAD, "utrecht", json);
        var fout = post(PAD, "utrecht", json.replace("eigenKeuken", "zwembad"));

        assertThat(goed.status()).as(goed.toString()).isEqualTo(201);
        assertThat(lijst(goed.json().get("faciliteiten"))).extracting(f -> f.asString())
                .containsExactlyInAnyOrder("rolstoeltoegankelijk", "eigenKeuken");
        assertThat(fout.status()).as(fout.toString()).isEqualTo(400);
        assertThat(ongeldigeVelden(fout)).containsExactly("faciliteiten");
    }

    @Test
    void weigertEenLeegVerzoek() {
        var leeg = post(PAD, "utrecht", "{}");
        var nul = post(PAD, "utrecht", "null");

        assertThat(leeg.status()).as(leeg.toString()).isEqualTo(400);
        assertThat(ongeldigeVelden(leeg)).contains("naam", "soort", "adres.postcode", "adres.huisnummer",
                "adres.plaats", "beschikbaarVanaf", "bedden");
        assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
        assertThat(nul.contentType()).startsWith("application/problem+json");
    }

    @Test
    void eenLocatieDieBinnenDrieMaandenSluitWordtGemarkeerd() {
        var vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        var binnenkort = post(PAD, "utrecht",
                locatie(uniek("Tijdelijk"), "2024-01-01", vandaag.plusDays(30).toString(), 10, null));
        var later = post(PAD, "utrecht",
                locatie(uniek("Langer"), "2024-01-01", vandaag.plusMonths(4).toString(), 10, null));
        var voorbij = post(PAD, "utrecht", locatie(uniek("Voorbij"), "2024-01-01", "2024-12-31", 10, null));

        assertThat(binnenkort.json().get("eindigtBinnenDrieMaanden").asBoolean()).isTrue();
        assertThat(binnenkort.json().get("bruikbareBedden").asInt()).isEqualTo(10);
        assertThat(later.json().get("eindigtBinnenDrieMaanden").asBoolean()).isFalse();
        assertThat(voorbij.json().get("eindigtBinnenDrieMaanden").asBoolean()).isFalse();
        assertThat(get(PAD + "/" + binnenkort.json().get("id").asString(), "utrecht").json()
                .get("eindigtBinnenDrieMaanden").asBoolean()).isTrue();
    }

    @Test
    void meldtAlleFouteVeldenVanEenLocatieTegelijk() {
        var exploitant = uniek("Foutieve exploitant");
        var antwoord = post(PAD, "utrecht", """
                {"soort":"kasteel","adres":{"postcode":"12345","huisnummer":"abc","plaats":"Utrecht"},
                 "exploitant":"%s","beschikbaarVanaf":"2025-05-01","beschikbaarTot":"2025-04-30","bedden":-1}"""
                .formatted(exploitant));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().get("status").asInt()).isEqualTo(400);
        assertThat(ongeldigeVelden(antwoord)).containsExactlyInAnyOrder(
                "naam", "soort", "adres.postcode", "adres.huisnummer", "beschikbaarTot", "bedden");
        assertThat(lijst(antwoord.json().get("invalidParams")))
                .allSatisfy(p -> assertThat(p.get("reason").asString()).isNotBlank());
        assertThat(lijst(get(PAD, "utrecht").json().get("opvanglocaties")))
                .noneMatch(l -> exploitant.equals(l.get("exploitant").asString()));
    }

    @Test
    void weigertEenGebrokenAantalBedden() {
        var antwoord = post(PAD, "utrecht", locatie(uniek("Hotel"), "2024-01-01", 10).replace("\"bedden\":10",
                "\"bedden\":10.5"));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(ongeldigeVelden(antwoord)).containsExactly("bedden");
    }

    @Test
    void weigertOnleesbareJson() {
        var antwoord = post(PAD, "utrecht", "{\"naam\":\"Hotel\",");

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(antwoord.json().get("status").asInt()).isEqualTo(400);
    }

    @Test
    void eenBeddenwijzigingBewaartDeHistorieEnGeldtVanafDeIngangsdatum() {
        var id = registreer("2024-01-01", 30);

        var antwoord = post(PAD + "/" + id + "/bedden", "utrecht",
                bedden("2025-06-01", 50, 5, "Waterschade", "Uitbreiding met een vleugel"));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(antwoord.json().get("langVerblijf").get("opgegeven").asInt()).isEqualTo(50);
        assertThat(antwoord.json().get("langVerblijf").get("buitenGebruik").asInt()).isEqualTo(5);
        assertThat(antwoord.json().get("langVerblijf").get("bruikbaar").asInt()).isEqualTo(45);
        assertThat(antwoord.json().get("bruikbareBedden").asInt()).isEqualTo(45);

        var historie = get(PAD + "/" + id + "/bedden", "utrecht");
        assertThat(historie.status()).as(historie.toString()).isEqualTo(200);
        var mutaties = lijst(historie.json().get("mutaties"));
        assertThat(mutaties).hasSize(2);
        var nieuw = mutaties.get(0);
        assertThat(nieuw.get("ingangsdatum").asString()).isEqualTo("2025-06-01");
        assertThat(nieuw.get("verblijfsduur").asString()).isEqualTo("lang");
        assertThat(nieuw.get("opgegeven").asInt()).isEqualTo(50);
        assertThat(nieuw.get("buitenGebruik").asInt()).isEqualTo(5);
        assertThat(nieuw.get("bruikbaar").asInt()).isEqualTo(45);
        assertThat(nieuw.get("buitenGebruikReden").asString()).isEqualTo("Waterschade");
        assertThat(nieuw.get("reden").asString()).isEqualTo("Uitbreiding met een vleugel");
        var oud = mutaties.get(1);
        assertThat(oud.get("ingangsdatum").asString()).isEqualTo("2024-01-01");
        assertThat(oud.get("opgegeven").asInt()).isEqualTo(30);
        assertThat(oud.get("buitenGebruik").asInt()).isZero();
        assertThat(oud.get("bruikbaar").asInt()).isEqualTo(30);

        var ervoor = opDag(id, "2025-05-31");
        assertThat(ervoor.get("langVerblijf").get("opgegeven").asInt()).isEqualTo(30);
        assertThat(ervoor.get("bruikbareBedden").asInt()).isEqualTo(30);
        var erna = opDag(id, "2025-06-01");
        assertThat(erna.get("langVerblijf").get("opgegeven").asInt()).isEqualTo(50);
        assertThat(erna.get("langVerblijf").get("buitenGebruik").asInt()).isEqualTo(5);
        assertThat(erna.get("bruikbareBedden").asInt()).isEqualTo(50 - 5);
    }

    @Test
    void eenLatereWijzigingOpDezelfdeDagVervangtDeEerdereVoorDieDag() {
        var id = registreer("2024-01-01", 30);

        assertThat(post(PAD + "/" + id + "/bedden", "utrecht", bedden("2025-02-01", 35, 0, null, "Eerste telling"))
                .status()).isEqualTo(201);
        assertThat(post(PAD + "/" + id + "/bedden", "utrecht", bedden("2025-02-01", 33, 0, null, "Hertelling"))
                .status()).isEqualTo(201);

        assertThat(opDag(id, "2025-02-01").get("bruikbareBedden").asInt()).isEqualTo(33);
        assertThat(lijst(get(PAD + "/" + id + "/bedden", "utrecht").json().get("mutaties"))).hasSize(3);
    }

    @Test
    void weigertMeerBeddenBuitenGebruikDanOpgegeven() {
        var id = registreer("2024-01-01", 30);

        var antwoord = post(PAD + "/" + id + "/bedden", "utrecht", bedden("2025-01-01", 10, 11, "Brand", "Telling"));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(antwoord.contentType()).startsWith("application/problem+json");
        assertThat(ongeldigeVelden(antwoord)).containsExactly("buitenGebruik");
        assertThat(aantalMutaties(id)).isEqualTo(1);
    }

    @Test
    void weigertEenIngangsdatumVoorDeBeschikbaarheid() {
        var id = registreer("2024-01-01", 30);

        var antwoord = post(PAD + "/" + id + "/bedden", "utrecht", bedden("2023-12-31", 40, 0, null, "Telling"));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(ongeldigeVelden(antwoord)).containsExactly("ingangsdatum");
        assertThat(aantalMutaties(id)).isEqualTo(1);
    }

    @Test
    void weigertBeddenBuitenGebruikZonderRedenEnEenWijzigingZonderReden() {
        var id = registreer("2024-01-01", 30);

        var antwoord = post(PAD + "/" + id + "/bedden", "utrecht", bedden("2025-01-01", 30, 2, null, null));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(ongeldigeVelden(antwoord)).containsExactlyInAnyOrder("buitenGebruikReden", "reden");
        assertThat(aantalMutaties(id)).isEqualTo(1);
    }

    @Test
    void meldtAlleFouteVeldenVanEenBeddenwijzigingTegelijk() {
        var id = registreer("2024-01-01", 30);

        var antwoord = post(PAD + "/" + id + "/bedden", "utrecht", """
                {"ingangsdatum":"2025-06-31","verblijfsduur":"middel","opgegeven":"veel","buitenGebruik":-1,"reden":"x"}""");

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(400);
        assertThat(ongeldigeVelden(antwoord)).containsExactlyInAnyOrder(
                "ingangsdatum", "verblijfsduur", "opgegeven", "buitenGebruik");
        assertThat(aantalMutaties(id)).isEqualTo(1);
    }

    @Test
    void deDatabaseWeigertWijzigenEnVerwijderenVanEenBeddenmutatie() {
        var id = registreer("2024-01-01", 30);
        var uuid = UUID.fromString(id);

        assertThatThrownBy(() -> jdbc.sql("update locaties.beddenmutatie set opgegeven = 999 where opvanglocatie_id = ?")
                .param(uuid).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("nooit gewijzigd of verwijderd");
        assertThatThrownBy(() -> jdbc.sql("delete from locaties.beddenmutatie where opvanglocatie_id = ?").param(uuid).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("nooit gewijzigd of verwijderd");
        assertThatThrownBy(() -> jdbc.sql("update locaties.locatiestatus set status = 'gesloten' where opvanglocatie_id = ?")
                .param(uuid).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from locaties.locatiestatus where opvanglocatie_id = ?").param(uuid).update())
                .isInstanceOf(DataAccessException.class);

        assertThat(aantalMutaties(id)).isEqualTo(1);
        assertThat(opDag(id, "2025-01-01").get("bruikbareBedden").asInt()).isEqualTo(30);
    }

    @Test
    void tijdelijkGeslotenVanafEenDatumGeeftVanafDanGeenBruikbareBedden() {
        var id = registreer("2024-01-01", 30);

        var antwoord = post(PAD + "/" + id + "/statussen", "utrecht",
                status("2025-09-01", "tijdelijk_gesloten", "Renovatie"));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(antwoord.json().get("status").asString()).isEqualTo("tijdelijk_gesloten");
        assertThat(antwoord.json().get("bruikbareBedden").asInt()).isZero();

        var ervoor = opDag(id, "2025-08-31");
        assertThat(ervoor.get("status").asString()).isEqualTo("beschikbaar");
        assertThat(ervoor.get("bruikbareBedden").asInt()).isEqualTo(30);
        var vanaf = opDag(id, "2025-09-01");
        assertThat(vanaf.get("status").asString()).isEqualTo("tijdelijk_gesloten");
        assertThat(vanaf.get("beschikbaar").asBoolean()).isFalse();
        assertThat(vanaf.get("bruikbareBedden").asInt()).isZero();
        assertThat(vanaf.get("langVerblijf").get("opgegeven").asInt()).isEqualTo(30);
        assertThat(get(PAD + "/" + id, "utrecht").json().get("bruikbareBedden").asInt()).isZero();

        var statussen = get(PAD + "/" + id + "/statussen", "utrecht");
        assertThat(statussen.status()).isEqualTo(200);
        assertThat(lijst(statussen.json().get("wijzigingen")))
                .extracting(s -> s.get("ingangsdatum").asString() + " " + s.get("status").asString())
                .containsExactly("2025-09-01 tijdelijk_gesloten", "2024-01-01 beschikbaar");
    }

    @Test
    void naHeropenenTellenDeBeddenWeer() {
        var id = registreer("2024-01-01", 30);
        post(PAD + "/" + id + "/statussen", "utrecht", status("2025-03-01", "tijdelijk_gesloten", "Renovatie"));

        var antwoord = post(PAD + "/" + id + "/statussen", "utrecht", status("2025-04-01", "beschikbaar", "Heropend"));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(opDag(id, "2025-03-31").get("bruikbareBedden").asInt()).isZero();
        assertThat(opDag(id, "2025-04-01").get("bruikbareBedden").asInt()).isEqualTo(30);
    }

    @Test
    void weigertEenOnbekendeStatusEnEenStatusZonderReden() {
        var id = registreer("2024-01-01", 30);

        var onbekend = post(PAD + "/" + id + "/statussen", "utrecht", status("2025-01-01", "dicht", "Renovatie"));
        var zonderReden = post(PAD + "/" + id + "/statussen", "utrecht", status("2025-01-01", "gesloten", " "));

        assertThat(onbekend.status()).as(onbekend.toString()).isEqualTo(400);
        assertThat(ongeldigeVelden(onbekend)).containsExactly("status");
        assertThat(zonderReden.status()).as(zonderReden.toString()).isEqualTo(400);
        assertThat(ongeldigeVelden(zonderReden)).containsExactly("reden");
        assertThat(lijst(get(PAD + "/" + id + "/statussen", "utrecht").json().get("wijzigingen"))).hasSize(1);
    }

    @Test
    void weigertEenOngeldigePeildatum() {
        var id = registreer("2024-01-01", 30);

        var antwoord = get(PAD + "/" + id + "?peildatum=2025-02-30", "utrecht");

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(ongeldigeVelden(antwoord)).containsExactly("peildatum");
    }
}
