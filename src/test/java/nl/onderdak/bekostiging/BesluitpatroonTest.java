// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.platform.Besluit;
import nl.onderdak.platform.Besluitgeschiedenis;
import nl.onderdak.platform.Besluitstatus;
import nl.onderdak.platform.Besluitwoorden;
import nl.onderdak.platform.Bijlagecontrole;
import nl.onderdak.platform.OngeldigeInvoer;
import org.junit.jupiter.api.Test;

/** The one decision pattern and the attachment check, without a database: what all three kinds of request rely on. */
class BesluitpatroonTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Besluitwoorden TRANSITIE = new Besluitwoorden("ingediend", "toegekend", "afgewezen");

    @Test
    void deStatusVolgtUitDeGeschiedenisEnEenBesluitWordtNietOvergedaan() {
        var g = Besluitgeschiedenis.ingediend("utrecht", T0);
        assertThat(g.status()).isEqualTo(Besluitstatus.INGEDIEND);
        assertThat(g.open()).isTrue();

        var regel = g.beslis(new Besluit(Besluitstatus.GOEDGEKEURD, null, new BigDecimal("100.00")), "noo", T0.plusSeconds(60),
                IllegalStateException::new);
        var besloten = new Besluitgeschiedenis(List.of(g.regels().getFirst(), regel));
        assertThat(besloten.status()).isEqualTo(Besluitstatus.GOEDGEKEURD);
        assertThat(besloten.besluit().orElseThrow().bedrag()).isEqualByComparingTo("100.00");
        assertThatThrownBy(() -> besloten.beslis(new Besluit(Besluitstatus.AFGEWEZEN, "te laat", null), "noo", T0,
                () -> new IllegalStateException("al besloten"))).hasMessage("al besloten");
    }

    @Test
    void eenAfwijzingZonderRedenBestaatNiet() {
        assertThatThrownBy(() -> new Besluit(Besluitstatus.AFGEWEZEN, " ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Besluit(Besluitstatus.INGEDIEND, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void elkeSoortHoudtZijnWoordenAanDeRand() {
        assertThat(TRANSITIE.woord(Besluitstatus.GOEDGEKEURD)).isEqualTo("toegekend");
        assertThat(Besluitwoorden.STANDAARD.woord(Besluitstatus.GOEDGEKEURD)).isEqualTo("goedgekeurd");
        assertThat(TRANSITIE.lees("goedgekeurd")).isEmpty();
        assertThat(Besluitwoorden.STANDAARD.lees("afgewezen")).contains(Besluitstatus.AFGEWEZEN);

        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        assertThat(Besluit.leesUitkomst("ingediend", TRANSITIE, false, fouten)).isNull();
        assertThat(fouten).extracting(OngeldigeInvoer.Veld::reason).containsExactly("Kies toegekend of afgewezen.");
        fouten.clear();
        assertThat(Besluit.leesUitkomst("ja", Besluitwoorden.STANDAARD, true, fouten)).isNull();
        assertThat(fouten).extracting(OngeldigeInvoer.Veld::reason).containsExactly("Onbekend besluit 'ja'; kies goedgekeurd of afgewezen.");
    }

    @Test
    void bijlagenWordenAanHunInhoudHerkendEnKrijgenEenVeiligeNaam() {
        var pdf = "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII);
        assertThat(Bijlagecontrole.herken(pdf)).contains(Bijlagecontrole.PDF);
        assertThat(Bijlagecontrole.herken("MZ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(Bijlagecontrole.schoneNaam("..\\map/fact\u202Eur.exe", Bijlagecontrole.PDF)).isEqualTo("factur.exe.pdf");

        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var goed = Bijlagecontrole.controleer(new Bijlagecontrole.Bestand("offerte.PDF", pdf), "bijlagen", fouten);
        assertThat(goed.orElseThrow().bestandsnaam()).isEqualTo("offerte.PDF");
        assertThat(goed.orElseThrow().sha256()).hasSize(64);
        assertThat(Bijlagecontrole.controleer(new Bijlagecontrole.Bestand("leeg.pdf", new byte[0]), "bijlagen", fouten)).isEmpty();
        assertThat(fouten).extracting(OngeldigeInvoer.Veld::reason).containsExactly("'leeg.pdf': het bestand is leeg.");
    }
}
