// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;

/** Two records of one person, spelled differently, are found as likely duplicates and merged. */
class SamenvoegenApiTest extends IntegratieTest {

    private String huishouden(String voornaam, String achternaam, String geboortedatum, String bsn) {
        var antwoord = post("/api/v1/huishoudens", "utrecht", """
                {"leden":[{"voornaam":"%s","achternaam":"%s","geboortedatum":"%s","nationaliteitCategorie":"oekraiens"%s}]}"""
                .formatted(voornaam, achternaam, geboortedatum, bsn == null ? "" : ",\"bsn\":\"" + bsn + "\""));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("leden").get(0).get("id").asString();
    }

    @Test
    void tweeSpellingenVanEenPersoonWordenGevondenEnSamengevoegd() {
        var datum = "1961-0%d-1%d".formatted(1 + (int) (System.nanoTime() % 9), (int) (System.nanoTime() % 10));
        var eerste = huishouden("Oleksandr", "Shevchenko", datum, null);
        var tweede = huishouden("Aleksandr", "Sjevtsjenko", datum, null);

        var gevonden = post("/api/v1/bewoners/_zoek", "utrecht", """
                {"naam":"Олександр Шевченко","geboortedatum":"%s"}""".formatted(datum));
        assertThat(gevonden.status()).isEqualTo(200);
        assertThat(gevonden.json().get("bewoners").size()).isEqualTo(2);

        var samen = post("/api/v1/bewoners/" + eerste + "/_samenvoegen", "utrecht", "{\"dubbel\":\"" + tweede + "\"}");
        assertThat(samen.status()).as(samen.toString()).isEqualTo(200);
        var daarna = post("/api/v1/bewoners/_zoek", "utrecht", """
                {"naam":"Oleksandr Shevchenko","geboortedatum":"%s"}""".formatted(datum));
        assertThat(daarna.json().get("bewoners").size()).isEqualTo(1);
        assertThat(daarna.json().get("bewoners").get(0).get("id").asString()).isEqualTo(eerste);
    }

    @Test
    void eenBewonerMetZichzelfOfBuitenHetBereikSamenvoegenWordtGeweigerd() {
        var a = huishouden("Iryna", "Bondarenko", "1970-03-03", null);
        var b = huishouden("Iryna", "Bondarenko", "1970-03-03", null);
        var zelf = post("/api/v1/bewoners/" + a + "/_samenvoegen", "utrecht", "{\"dubbel\":\"" + a + "\"}");
        assertThat(zelf.status()).isEqualTo(400);
        var ander = post("/api/v1/bewoners/" + a + "/_samenvoegen", "rotterdam", "{\"dubbel\":\"" + b + "\"}");
        assertThat(ander.status()).isEqualTo(404);
    }
}
