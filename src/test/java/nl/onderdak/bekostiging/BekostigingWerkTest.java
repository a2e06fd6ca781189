// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.onderdak.IntegratieTest;
import nl.onderdak.locaties.Locatieverzoeken;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkbron;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, item 3 for bekostiging: a transition fee waits for the NOO by its 48-hour clock, a gemeente
 * only submits and sees nothing to decide, and the administrator is told a norm amount is still a proposal.
 */
class BekostigingWerkTest extends IntegratieTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired
    List<Werkbron> werkbronnen;

    private List<Werk> werk(Gebruiker g, String soort) {
        return werkbronnen.stream().flatMap(b -> b.werkVoor(g, Locale.forLanguageTag("nl-NL")).stream())
                .filter(w -> w.soort().equals(soort)).toList();
    }

    private static Gebruiker gebruiker(String naam, Organisatie.Soort soort, String code, String gemeente, Rol rol) {
        return new Gebruiker(naam, naam, new Organisatie(code, naam, soort, gemeente, null), Set.of(rol));
    }

    @Test
    void een_transitievergoeding_wacht_op_de_noo_met_haar_48_uurklok_en_niet_op_de_gemeente() {
        var l = post(Locatieverzoeken.PAD, "amersfoort", Locatieverzoeken.locatie("Werk " + System.nanoTime(), LocalDate.now(NL).toString(), 20));
        assertThat(l.status()).as(l.toString()).isEqualTo(201);
        var a = post("/api/v1/bekostiging/transitievergoedingen", "amersfoort", "{\"opvanglocatie\":\"" + l.json().get("id").asString()
                + "\",\"bedrag\":1250,\"toelichting\":\"Inrichting\"}");
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        var id = a.json().get("id").asString();

        var noo = gebruiker("noo", Organisatie.Soort.LANDELIJK, "NOO", null, Rol.NOO_MEDEWERKER);
        assertThat(werk(noo, "transitievergoeding")).anySatisfy(w -> {
            assertThat(w.link()).isEqualTo("/transitievergoedingen/" + id);
            assertThat(w.omschrijving()).contains("Amersfoort (GM0307)", "€ 1.250,00", "48 uur");
            assertThat(w.uiterlijk()).isEqualTo(w.sinds().plus(48, ChronoUnit.HOURS).atZone(NL).toLocalDate());
            assertThat(w.sinds()).isBefore(Instant.now().plusSeconds(60));
        });
        var amersfoort = gebruiker("amersfoort", Organisatie.Soort.GEMEENTE, "GM0307", "GM0307", Rol.GEMEENTE_MEDEWERKER);
        assertThat(werk(amersfoort, "transitievergoeding")).as("de gemeente dient in, de NOO beslist").isEmpty();

        var beslist = post("/api/v1/bekostiging/transitievergoedingen/" + id + "/_beslissen", "noo",
                "{\"besluit\":\"afgewezen\",\"reden\":\"Geen nieuwe locatie\"}");
        assertThat(beslist.status()).as(beslist.toString()).isEqualTo(200);
        assertThat(werk(noo, "transitievergoeding")).noneMatch(w -> w.link().equals("/transitievergoedingen/" + id));
    }

    @Test
    void beheer_ziet_dat_het_normbedrag_van_2025_nog_een_voorstel_is() {
        var beheer = gebruiker("beheer", Organisatie.Soort.LANDELIJK, "BEHEER", null, Rol.BEHEERDER);
        assertThat(werk(beheer, "normbedrag-voorstel")).anySatisfy(w -> {
            assertThat(w.omschrijving()).contains("GOO", "€ 44,00", "1-1-2025", "voorstel");
            assertThat(w.link()).isEqualTo("/bekostiging/normbedragen");
        });
        var noo = gebruiker("noo", Organisatie.Soort.LANDELIJK, "NOO", null, Rol.NOO_MEDEWERKER);
        assertThat(werk(noo, "normbedrag-voorstel")).isEmpty();
    }
}
