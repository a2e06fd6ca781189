// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import nl.onderdak.locaties.Locatieverzoeken;
import nl.onderdak.platform.Weergave;
import org.junit.jupiter.api.Test;

/** The lead-time page names its months in words ("december 2026"), not as JJJJ-MM. */
class DoorlooptijdenPaginaTest extends IntegratieTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Test
    void deMaandStaatInWoordenInDeTabel() {
        var l = post(Locatieverzoeken.PAD, "utrecht", Locatieverzoeken.locatie("Doorlooptijd " + System.nanoTime(),
                LocalDate.now(NL).toString(), 40));
        assertThat(l.status()).as(l.toString()).isEqualTo(201);
        var a = post("/api/v1/bekostiging/transitievergoedingen", "utrecht", "{\"opvanglocatie\":\"" + l.json().get("id").asString()
                + "\",\"bedrag\":1000,\"toelichting\":\"Inrichting\"}");
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        var sessie = new Websessie(poort).inloggen("noo");

        var pagina = sessie.pagina("/transitievergoedingen/doorlooptijden").body();

        var maand = YearMonth.now(NL);
        assertThat(pagina).contains(">" + Weergave.nederlands().maand(maand) + "</th>").doesNotContain(">" + maand + "</th>");
    }
}
