// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which target decision is in force on a day. A target stays in force until a decision for a later
 * half-year starts, and a newer decision for the same half-year supersedes the older one. The
 * decisions here are for half-years far in the future (2061 and later) that no other test uses, so
 * no decision of another test class lies between them; each test method has its own years.
 */
class GeldendOpgavebesluitTest extends IntegratieTest {

    @Autowired
    Opgavebesluiten opgavebesluiten;

    private Opgavebesluit legVast(String halfjaar, int totaal) {
        return opgavebesluiten.legVast(new NieuwOpgavebesluit(Halfjaar.lees(halfjaar).orElseThrow(), totaal, 2024,
                java.time.LocalDate.parse("2026-11-01"),
                false, null, "Test geldende opgave"), "test");
    }

    private UUID geldendOp(String dag) {
        return opgavebesluiten.geldendOp(LocalDate.parse(dag)).orElseThrow().id();
    }

    @Test
    void eenBesluitGeldtInZijnHalfjaarEnBlijftGeldenTotEenBesluitVoorEenLaterHalfjaarIngaat() {
        var h1 = legVast("2061-H1", 90_000);
        var h2 = legVast("2062-H2", 100_000);

        assertThat(h1.halfjaar()).isEqualTo(new Halfjaar(2061, 1));
        assertThat(h1.geldend()).isTrue();
        // Inside its own half-year.
        assertThat(geldendOp("2061-01-01")).isEqualTo(h1.id());
        assertThat(geldendOp("2061-03-15")).isEqualTo(h1.id());
        assertThat(geldendOp("2061-06-30")).isEqualTo(h1.id());
        // After its half-year, while no decision for a later half-year has started, it stays in force.
        assertThat(geldendOp("2061-07-01")).isEqualTo(h1.id());
        assertThat(geldendOp("2062-03-15")).isEqualTo(h1.id());
        assertThat(geldendOp("2062-06-30")).isEqualTo(h1.id());
        // From the start of the later half-year on, the later decision.
        assertThat(geldendOp("2062-07-01")).isEqualTo(h2.id());
        assertThat(geldendOp("2062-12-31")).isEqualTo(h2.id());
        assertThat(geldendOp("2065-05-05")).isEqualTo(h2.id());
        // Before its half-year it is not in force.
        assertThat(opgavebesluiten.geldendOp(LocalDate.parse("2060-12-31")).orElseThrow().halfjaar())
                .isLessThan(new Halfjaar(2061, 1));
    }

    @Test
    void hetGeldendeBesluitDraagtDeCijfersVanDatBesluit() {
        var besluit = legVast("2066-H2", 123_456);

        var geldend = opgavebesluiten.geldendOp(LocalDate.parse("2067-02-01")).orElseThrow();

        assertThat(geldend.id()).isEqualTo(besluit.id());
        assertThat(geldend.halfjaar()).isEqualTo(new Halfjaar(2066, 2));
        assertThat(geldend.landelijkTotaal()).isEqualTo(123_456);
        assertThat(geldend.peiljaar()).isEqualTo(2024);
        assertThat(geldend.regios()).hasSize(25);
        assertThat(geldend.regios().stream().mapToInt(Verdeelsleutel.RegioOpgave::opgave).sum()).isEqualTo(123_456);
    }

    @Test
    void eenVervangendBesluitVoorHetzelfdeHalfjaarNeemtDieDagenOverOokNaEenLaterBesluit() {
        var eerste = legVast("2071-H1", 90_000);
        var later = legVast("2072-H2", 100_000);
        assertThat(geldendOp("2071-04-01")).isEqualTo(eerste.id());

        var vervangend = legVast("2071-H1", 95_000);

        assertThat(vervangend.vervangt()).isEqualTo(eerste.id());
        assertThat(opgavebesluiten.vind(eerste.id()).orElseThrow().vervangenDoor()).isEqualTo(vervangend.id());
        assertThat(opgavebesluiten.vind(eerste.id()).orElseThrow().geldend()).isFalse();
        assertThat(geldendOp("2071-01-01")).isEqualTo(vervangend.id());
        assertThat(geldendOp("2071-06-30")).isEqualTo(vervangend.id());
        // The superseding decision also stays in force until the later half-year starts.
        assertThat(geldendOp("2072-06-30")).isEqualTo(vervangend.id());
        assertThat(opgavebesluiten.geldendOp(LocalDate.parse("2072-01-10")).orElseThrow().landelijkTotaal())
                .isEqualTo(95_000);
        assertThat(geldendOp("2072-07-01")).isEqualTo(later.id());
    }

    @Test
    void eenVervangendBesluitVoorHetLatereHalfjaarVervangtAlleenDatHalfjaar() {
        var eerder = legVast("2081-H2", 90_000);
        var later = legVast("2082-H2", 100_000);

        var vervangend = legVast("2082-H2", 110_000);

        assertThat(vervangend.vervangt()).isEqualTo(later.id());
        assertThat(geldendOp("2082-06-30")).isEqualTo(eerder.id());
        assertThat(geldendOp("2082-07-01")).isEqualTo(vervangend.id());
        assertThat(geldendOp("2083-03-01")).isEqualTo(vervangend.id());
        assertThat(opgavebesluiten.vind(eerder.id()).orElseThrow().geldend()).isTrue();
    }
}
