// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.onderdak.IntegratieTest;
import nl.onderdak.VerstelbareKlok;
import nl.onderdak.bewoners.DagelijkseWeigeringTest;
import nl.onderdak.locaties.Locatieverzoeken;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.toegang.Rol;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkbron;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The region that proposed a place is told that the gemeente accepted at another of its own locations
 * for {@link nl.onderdak.plaatsing.internal.Plaatsingsverzoeken#ANDERE_LOCATIE_DAGEN} days when nobody
 * of the region opens the request; then the item goes. The test moves the clock of a context it shares
 * with {@link DagelijkseWeigeringTest} (same clock and properties: no context of its own).
 */
@Import(DagelijkseWeigeringTest.Klok.class)
@TestPropertySource(properties = {"onderdak.demo-gegevens=false", "onderdak.test.context=dagelijkse-weigering"})
class AndereLocatieMeldingTest extends IntegratieTest {

    private static final String PAD = "/api/v1/plaatsingsverzoeken";

    @Autowired
    VerstelbareKlok klok;

    @Autowired
    List<Werkbron> werkbronnen;

    @Autowired
    Organisaties organisaties;

    private String locatie(String gemeente) {
        var l = post(Locatieverzoeken.PAD, gemeente, Locatieverzoeken.locatie("Melding " + System.nanoTime(), "2024-01-01", 10));
        assertThat(l.status()).as(l.toString()).isEqualTo(201);
        return l.json().get("id").asString();
    }

    private List<String> regiowerk() {
        var regio = new Gebruiker("test", "Test", organisaties.vind("VR09").orElseThrow(), Set.of(Rol.REGIO_COORDINATOR));
        return werkbronnen.stream().flatMap(b -> b.werkVoor(regio, Locale.forLanguageTag("nl")).stream())
                .filter(w -> w.soort().equals("plaatsingsverzoek-andere-locatie")).map(Werk::link).toList();
    }

    @Test
    void de_melding_aan_de_voorsteller_verdwijnt_na_zeven_dagen_ook_ongelezen() {
        var achternaam = "Melding" + System.nanoTime();
        var h = post("/api/v1/huishoudens", "utrecht", """
                {"leden":[{"voornaam":"Yulia","achternaam":"%s","geboortedatum":"1981-03-03","nationaliteitCategorie":"oekraiens"}]}"""
                .formatted(achternaam));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        var v = post(PAD, "utrecht", "{\"huishouden\":\"%s\",\"verwachteAankomst\":\"%s\"}"
                .formatted(h.json().get("id").asString(), LocalDate.now(klok).plusDays(1)));
        assertThat(v.status()).as(v.toString()).isEqualTo(201);
        var verzoek = v.json().get("id").asString();
        assertThat(post(PAD + "/" + verzoek + "/_voorstellen", "regio-utrecht", "{\"opvanglocatie\":\"" + locatie("amersfoort") + "\"}")
                .status()).isEqualTo(200);
        var andere = locatie("amersfoort");
        var geplaatst = post(PAD + "/" + verzoek + "/_accepteren", "amersfoort", "{\"opvanglocatie\":\"" + andere + "\"}");
        assertThat(geplaatst.status()).as(geplaatst.toString()).isEqualTo(200);
        var link = "/plaatsingsverzoeken/" + verzoek;

        assertThat(regiowerk()).contains(link);
        klok.verzet(Duration.ofDays(6));
        assertThat(regiowerk()).as("six days later, unread: still told").contains(link);
        klok.verzet(Duration.ofDays(1).plusMinutes(1));
        assertThat(regiowerk()).as("seven days later: no longer").doesNotContain(link);
    }
}
