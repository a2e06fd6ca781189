// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.onderdak.IntegratieTest;
import nl.onderdak.leefgeld.internal.LeefgeldTarieven;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkbron;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, item 10: a rate missing from 2025 holds households back and is work for the administrator,
 * who sees since when; once the rate exists for a 2025 month, that month is paid and not held back.
 * The rows added here cover March 2025 only, so the tests that expect February 2025 to lack rates keep
 * their meaning.
 */
class TarievenVanaf2025Test extends IntegratieTest {

    @Autowired
    LeefgeldTarieven tarieven;

    @Autowired
    List<Werkbron> werkbronnen;

    private final Gebruiker beheer = new Gebruiker("beheer", "Beheer", new Organisatie("BEHEER", "Landelijk beheer",
            Organisatie.Soort.LANDELIJK, null, null), Set.of(Rol.BEHEERDER));
    private final Gebruiker utrecht = new Gebruiker("utrecht", "Utrecht", new Organisatie("GM0344", "Gemeente Utrecht",
            Organisatie.Soort.GEMEENTE, "GM0344", null), Set.of(Rol.GEMEENTE_MEDEWERKER));

    private List<Werk> ontbrekend(Gebruiker g) {
        return werkbronnen.stream().flatMap(b -> b.werkVoor(g, Locale.forLanguageTag("nl-NL")).stream())
                .filter(w -> w.soort().equals("tarief-ontbreekt")).toList();
    }

    @Test
    void een_ontbrekend_tarief_is_werk_voor_beheer_en_een_bestaand_tarief_voor_2025_wordt_betaald() {
        var werk = ontbrekend(beheer);
        assertThat(werk).anySatisfy(w -> {
            assertThat(w.omschrijving()).contains("sinds 1-1-2025", "Voedsel", "Volwassene", "Kleding en persoonlijke uitgaven");
            assertThat(w.link()).isEqualTo("/leefgeld/tarieven");
        });
        assertThat(werk).anySatisfy(w -> assertThat(w.omschrijving()).contains("sinds 1-10-2023", "Minderjarige"));
        assertThat(ontbrekend(utrecht)).as("alleen beheer voegt tarieven toe").isEmpty();

        var h = post("/api/v1/huishoudens", "utrecht", """
                {"leden":[{"voornaam":"Maart","achternaam":"Tarief%d","geboortedatum":"1990-01-15","nationaliteitCategorie":"oekraiens"}]}"""
                .formatted(System.nanoTime()));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        var id = h.json().get("id").asString();
        assertThat(post("/api/v1/huishoudens/" + id + "/gastverblijven", "utrecht", "{\"van\":\"2025-03-01\",\"gastgezin\":\"Gastgezin\"}")
                .status()).isEqualTo(201);
        assertThat(get("/api/v1/huishoudens/" + id + "/leefgeld?maand=2025-03", "utrecht").json().get("tegengehouden").asBoolean())
                .as("zonder tarief tegengehouden").isTrue();

        var bron = "Testbron: Staatscourant (tarief voor deze test)";
        tarieven.voegToe("2025-03-01", "2025-03-31", "voedsel", "volwassene", "1", "2", "250,00", bron, beheer);
        tarieven.voegToe("2025-03-01", "2025-03-31", "kleding_en_persoonlijk", "alle", "1", "", "60,00", bron, beheer);
        tarieven.voegToe("2025-03-01", "2025-03-31", "wooncomponent_poo", "alle", "1", "", "80,00", bron, beheer);

        var maart = get("/api/v1/huishoudens/" + id + "/leefgeld?maand=2025-03", "utrecht").json();
        assertThat(maart.get("tegengehouden").asBoolean()).as("het tarief bestaat: niet tegengehouden").isFalse();
        assertThat(maart.get("bedrag").decimalValue()).isEqualByComparingTo("390.00");
        assertThat(ontbrekend(beheer)).as("het gat begint nu na maart").anySatisfy(w -> assertThat(w.omschrijving()).contains("sinds 1-4-2025"));
    }
}
