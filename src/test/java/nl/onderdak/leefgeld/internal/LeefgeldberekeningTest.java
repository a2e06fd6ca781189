// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import nl.onderdak.leefgeld.internal.Leefgeldberekening.Besluit;
import nl.onderdak.leefgeld.internal.Leefgeldberekening.Lid;
import nl.onderdak.leefgeld.internal.Leefgeldberekening.Regel;
import nl.onderdak.leefgeld.internal.Leefgeldberekening.Uitkomst;
import nl.onderdak.leefgeld.internal.Leefgeldberekening.Verblijf;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed allowances at every boundary of the rate table. Each expectation shows its
 * arithmetic: monthly rate × days / days in the month, rounded half up to cents per line.
 */
class LeefgeldberekeningTest {

    private static final Tarieven TARIEVEN = Tarieven.standaard();
    private static final LocalDate SINDS_MAART_2022 = LocalDate.of(2022, 3, 15);

    private static final Component VOEDSEL = Component.VOEDSEL;
    private static final Component KLEDING = Component.KLEDING_EN_PERSOONLIJK;
    private static final Component WOON = Component.WOONCOMPONENT_POO;

    private static LocalDate dag(String iso) {
        return LocalDate.parse(iso);
    }

    private static BigDecimal euro(String bedrag) {
        return new BigDecimal(bedrag);
    }

    private static Lid lid(String naam, String geboren, Verblijf... verblijven) {
        return new Lid(UUID.nameUUIDFromBytes(naam.getBytes(StandardCharsets.UTF_8)), naam, dag(geboren), List.of(verblijven));
    }

    /** A municipal location where residents cook for themselves. */
    private static Verblijf locatie(String van, String tot) {
        return new Verblijf(dag(van), tot == null ? null : dag(tot), false, false);
    }

    private static Verblijf locatieSinds2022() {
        return new Verblijf(SINDS_MAART_2022, null, false, false);
    }

    private static Verblijf metCatering(String van, String tot) {
        return new Verblijf(dag(van), tot == null ? null : dag(tot), true, false);
    }

    private static Verblijf gastgezin(String van, String tot) {
        return new Verblijf(dag(van), tot == null ? null : dag(tot), false, true);
    }

    private static Lid olena(Verblijf... verblijven) {
        return lid("Olena", "1985-03-02", verblijven.length == 0 ? new Verblijf[] {locatieSinds2022()} : verblijven);
    }

    private static Lid andrii(Verblijf... verblijven) {
        return lid("Andrii", "1983-07-19", verblijven.length == 0 ? new Verblijf[] {locatieSinds2022()} : verblijven);
    }

    /** Born 10 May 2015: a minor in every month of the table. */
    private static Lid sofia(Verblijf... verblijven) {
        return lid("Sofia", "2015-05-10", verblijven.length == 0 ? new Verblijf[] {locatieSinds2022()} : verblijven);
    }

    private static Lid maksym(Verblijf... verblijven) {
        return lid("Maksym", "2012-11-02", verblijven.length == 0 ? new Verblijf[] {locatieSinds2022()} : verblijven);
    }

    private static Uitkomst bereken(String maand, List<Lid> leden, Besluit... besluiten) {
        return Leefgeldberekening.bereken(YearMonth.parse(maand), leden, List.of(besluiten), TARIEVEN);
    }

    private static void somVanDeRegelsIsHetBedrag(Uitkomst uitkomst) {
        assertThat(uitkomst.regels().stream().map(Regel::bedrag).reduce(euro("0.00"), BigDecimal::add))
                .isEqualTo(uitkomst.bedrag());
    }

    // --- January / February 2023: flat rates, then rates by household size and age ---

    @Test
    void inJanuari2023KrijgtIedereenHetVasteBedrag() {
        var uitkomst = bereken("2023-01", List.of(olena(), andrii(), sofia()));

        // 205.00 × 31/31 = 205.00 food and 55.00 × 31/31 = 55.00 clothing, for each of the three.
        assertThat(uitkomst.regels()).extracting(Regel::naam, Regel::component, Regel::dagen, Regel::dagenInMaand, Regel::bedrag)
                .containsExactly(
                        tuple("Olena", VOEDSEL, 31, 31, euro("205.00")), tuple("Olena", KLEDING, 31, 31, euro("55.00")),
                        tuple("Andrii", VOEDSEL, 31, 31, euro("205.00")), tuple("Andrii", KLEDING, 31, 31, euro("55.00")),
                        tuple("Sofia", VOEDSEL, 31, 31, euro("205.00")), tuple("Sofia", KLEDING, 31, 31, euro("55.00")));
        // 3 × (205.00 + 55.00) = 780.00
        assertThat(uitkomst.bedrag()).isEqualTo(euro("780.00"));
        assertThat(uitkomst.tegengehouden()).isFalse();
        assertThat(uitkomst.regels().getFirst().bron()).isEqualTo("N2b");
    }

    @Test
    void inFebruari2023HangtVoedselAfVanLeeftijdEnHuishoudgrootte() {
        var uitkomst = bereken("2023-02", List.of(olena(), andrii(), sofia()));

        // Household of 3, February 2023 has 28 days, all present: full monthly rates.
        assertThat(uitkomst.regels()).extracting(Regel::naam, Regel::component, Regel::dagen, Regel::dagenInMaand, Regel::bedrag)
                .containsExactly(
                        tuple("Olena", VOEDSEL, 28, 28, euro("171.99")), tuple("Olena", KLEDING, 28, 28, euro("56.12")),
                        tuple("Andrii", VOEDSEL, 28, 28, euro("171.99")), tuple("Andrii", KLEDING, 28, 28, euro("56.12")),
                        tuple("Sofia", VOEDSEL, 28, 28, euro("142.57")), tuple("Sofia", KLEDING, 28, 28, euro("56.12")));
        // 2 × (171.99 + 56.12) + 142.57 + 56.12 = 456.22 + 198.69 = 654.91
        assertThat(uitkomst.bedrag()).isEqualTo(euro("654.91"));
    }

    @Test
    void aankomstHalverwegeFebruari2023TeltDeHelftVanAchtentwintigDagen() {
        var uitkomst = bereken("2023-02", List.of(olena(locatie("2023-02-15", null))));

        // 15..28 February = 14 nights of 28: 215.06 × 14/28 = 107.53; 56.12 × 14/28 = 28.06.
        assertThat(uitkomst.regels()).extracting(Regel::component, Regel::van, Regel::tot, Regel::dagen, Regel::bedrag)
                .containsExactly(
                        tuple(VOEDSEL, dag("2023-02-15"), dag("2023-02-28"), 14, euro("107.53")),
                        tuple(KLEDING, dag("2023-02-15"), dag("2023-02-28"), 14, euro("28.06")));
        // 107.53 + 28.06 = 135.59
        assertThat(uitkomst.bedrag()).isEqualTo(euro("135.59"));
    }

    // --- September / October 2023: indexation ---

    @Test
    void inSeptember2023GeldenDeBedragenVanFebruariEnInOktoberDeGeindexeerde() {
        var september = bereken("2023-09", List.of(olena(), andrii()));
        var oktober = bereken("2023-10", List.of(olena(), andrii()));

        // September: 2 × (215.06 + 56.12) = 2 × 271.18 = 542.36
        assertThat(september.bedrag()).isEqualTo(euro("542.36"));
        assertThat(september.regels()).extracting(Regel::bron).containsOnly("N3");
        // October (31 days): 2 × (242.48 + 60.71) = 2 × 303.19 = 606.38
        assertThat(oktober.bedrag()).isEqualTo(euro("606.38"));
        assertThat(oktober.regels()).extracting(Regel::bron).containsOnly("N4");
        assertThat(oktober.regels()).extracting(Regel::dagen).containsOnly(31);
    }

    // --- December 2024 / January 2025: the indexed 2025 rates are not known ---

    @Test
    void december2024WordtBetaaldEnJanuari2025WordtTegengehouden() {
        var december = bereken("2024-12", List.of(olena(), andrii()));
        var januari = bereken("2025-01", List.of(olena(), andrii()));

        // December: 2 × (242.48 + 60.71) = 606.38, on rows that end on 31 December 2024.
        assertThat(december.bedrag()).isEqualTo(euro("606.38"));
        assertThat(december.regels()).extracting(Regel::tot, Regel::tariefVanaf, Regel::tariefTot)
                .containsOnly(tuple(dag("2024-12-31"), dag("2023-10-01"), dag("2024-12-31")));

        assertThat(januari.tegengehouden()).isTrue();
        assertThat(januari.bedrag()).isEqualTo(euro("0.00"));
        assertThat(januari.regels()).isEmpty();
        assertThat(januari.ontbrekend()).containsExactly(
                "tarief ontbreekt: voedsel, volwassene in huishouden van 2, 1-1-2025 t/m 31-1-2025 (Olena)",
                "tarief ontbreekt: kleding en persoonlijke uitgaven, volwassene in huishouden van 2, 1-1-2025 t/m 31-1-2025 (Olena)",
                "tarief ontbreekt: voedsel, volwassene in huishouden van 2, 1-1-2025 t/m 31-1-2025 (Andrii)",
                "tarief ontbreekt: kleding en persoonlijke uitgaven, volwassene in huishouden van 2, 1-1-2025 t/m 31-1-2025 (Andrii)");
        assertThat(januari.toelichting()).singleElement().asString().startsWith("Tegengehouden:");
    }

    // --- The known gap: food for a minor in a household of 3 or more from 1 October 2023 ---

    @Test
    void voedselVoorEenKindInEenHuishoudenVanDrieOntbreektEnHoudtHetHeleHuishoudenTegen() {
        var uitkomst = bereken("2023-10", List.of(olena(), andrii(), sofia()));

        assertThat(uitkomst.tegengehouden()).isTrue();
        assertThat(uitkomst.bedrag()).isEqualTo(euro("0.00"));
        assertThat(uitkomst.ontbrekend()).containsExactly(
                "tarief ontbreekt: voedsel, minderjarige in huishouden van 3, 1-10-2023 t/m 31-10-2023 (Sofia)");
        // What is known is still shown: adults 193.98 (household of 3), clothing 60.71 each.
        assertThat(uitkomst.regels()).extracting(Regel::naam, Regel::component, Regel::bedrag).containsExactly(
                tuple("Olena", VOEDSEL, euro("193.98")), tuple("Olena", KLEDING, euro("60.71")),
                tuple("Andrii", VOEDSEL, euro("193.98")), tuple("Andrii", KLEDING, euro("60.71")),
                tuple("Sofia", KLEDING, euro("60.71")));
    }

    @Test
    void voedselVoorKinderenInEenHuishoudenVanVierOntbreekt() {
        var uitkomst = bereken("2023-11", List.of(olena(), andrii(), sofia(), maksym()));

        assertThat(uitkomst.tegengehouden()).isTrue();
        assertThat(uitkomst.bedrag()).isEqualTo(euro("0.00"));
        assertThat(uitkomst.ontbrekend()).containsExactly(
                "tarief ontbreekt: voedsel, minderjarige in huishouden van 4, 1-11-2023 t/m 30-11-2023 (Sofia)",
                "tarief ontbreekt: voedsel, minderjarige in huishouden van 4, 1-11-2023 t/m 30-11-2023 (Maksym)");
        // Adults in a household of 4 or more: 169.74 × 30/30.
        assertThat(uitkomst.regels()).filteredOn(r -> r.component() == VOEDSEL)
                .extracting(Regel::naam, Regel::bedrag, Regel::uitleg)
                .containsExactly(
                        tuple("Olena", euro("169.74"), "Voedsel, volwassene in huishouden van 4 of meer: € 169,74 × 30/30 dagen (tarief vanaf 1-10-2023, bron N4)"),
                        tuple("Andrii", euro("169.74"), "Voedsel, volwassene in huishouden van 4 of meer: € 169,74 × 30/30 dagen (tarief vanaf 1-10-2023, bron N4)"));
    }

    @Test
    void hetGatTreedtOpVanafDeDagDatHetHuishoudenDrieLedenTelt() {
        var uitkomst = bereken("2023-10", List.of(olena(), sofia(), andrii(locatie("2023-10-20", null))));

        // Sofia's food: household of 2 on 1..19 October (rate 200.65), of 3 from 20 October (no rate).
        assertThat(uitkomst.ontbrekend()).containsExactly(
                "tarief ontbreekt: voedsel, minderjarige in huishouden van 3, 20-10-2023 t/m 31-10-2023 (Sofia)");
        // 200.65 × 19/31 = 3812.35 / 31 = 122.979.. -> 122.98 (shown, not paid)
        assertThat(uitkomst.regels()).filteredOn(r -> r.naam().equals("Sofia") && r.component() == VOEDSEL)
                .extracting(Regel::van, Regel::tot, Regel::bedrag)
                .containsExactly(tuple(dag("2023-10-01"), dag("2023-10-19"), euro("122.98")));
        assertThat(uitkomst.bedrag()).isEqualTo(euro("0.00"));
    }

    @Test
    void inEenLocatieMetMaaltijdenSpeeltHetGatGeenRol() {
        var uitkomst = bereken("2023-10", List.of(
                olena(metCatering("2023-01-01", null)), andrii(metCatering("2023-01-01", null)), sofia(metCatering("2023-01-01", null))));

        // No food component at all; clothing 3 × 60.71 = 182.13.
        assertThat(uitkomst.tegengehouden()).isFalse();
        assertThat(uitkomst.regels()).extracting(Regel::component).containsOnly(KLEDING);
        assertThat(uitkomst.bedrag()).isEqualTo(euro("182.13"));
    }

    // --- Age on the day ---

    @Test
    void wieHalverwegeDeMaand18WordtKrijgtTweeVoedselregels() {
        // Dmytro turns 18 on 16 June 2023; June has 30 days; household of 2 (rows 1-2).
        var dmytro = lid("Dmytro", "2005-06-16", locatieSinds2022());
        var uitkomst = bereken("2023-06", List.of(olena(), dmytro));

        assertThat(uitkomst.regels()).extracting(Regel::naam, Regel::component, Regel::van, Regel::tot, Regel::bedrag)
                .containsExactly(
                        // 215.06 × 30/30 and 56.12 × 30/30
                        tuple("Olena", VOEDSEL, dag("2023-06-01"), dag("2023-06-30"), euro("215.06")),
                        tuple("Olena", KLEDING, dag("2023-06-01"), dag("2023-06-30"), euro("56.12")),
                        // minor 1..15 June: 178.36 × 15/30 = 89.18
                        tuple("Dmytro", VOEDSEL, dag("2023-06-01"), dag("2023-06-15"), euro("89.18")),
                        // adult from his birthday, 16..30 June: 215.06 × 15/30 = 107.53
                        tuple("Dmytro", VOEDSEL, dag("2023-06-16"), dag("2023-06-30"), euro("107.53")),
                        // clothing is the same for all ages: one line, 56.12 × 30/30
                        tuple("Dmytro", KLEDING, dag("2023-06-01"), dag("2023-06-30"), euro("56.12")));
        // 215.06 + 56.12 + 89.18 + 107.53 + 56.12 = 524.01
        assertThat(uitkomst.bedrag()).isEqualTo(euro("524.01"));
        assertThat(uitkomst.regels().get(2).uitleg())
                .isEqualTo("Voedsel, minderjarige in huishouden van 1 of 2: € 178,36 × 15/30 dagen (tarief vanaf 1-2-2023, bron N3)");
    }

    // --- Arrival and departure: nights count ---

    @Test
    void aankomstOpDeTiendeTeltTweeEnTwintigVanEenEnDertigDagen() {
        var uitkomst = bereken("2023-10", List.of(olena(locatie("2023-10-10", null))));

        // 10..31 October = 22 nights.
        // 242.48 × 22/31 = 5334.56 / 31 = 172.0825.. -> 172.08
        // 60.71 × 22/31 = 1335.62 / 31 = 43.0845.. -> 43.08
        assertThat(uitkomst.regels()).extracting(Regel::component, Regel::van, Regel::tot, Regel::dagen, Regel::dagenInMaand, Regel::bedrag)
                .containsExactly(
                        tuple(VOEDSEL, dag("2023-10-10"), dag("2023-10-31"), 22, 31, euro("172.08")),
                        tuple(KLEDING, dag("2023-10-10"), dag("2023-10-31"), 22, 31, euro("43.08")));
        // 172.08 + 43.08 = 215.16
        assertThat(uitkomst.bedrag()).isEqualTo(euro("215.16"));
    }

    @Test
    void deDagVanVertrekTeltNiet() {
        var uitkomst = bereken("2023-11", List.of(olena(locatie("2023-03-01", "2023-11-20"))));

        // Leaves on 20 November: nights 1..19 = 19 of 30.
        // 242.48 × 19/30 = 4607.12 / 30 = 153.5706.. -> 153.57
        // 60.71 × 19/30 = 1153.49 / 30 = 38.4496.. -> 38.45
        assertThat(uitkomst.regels()).extracting(Regel::component, Regel::tot, Regel::dagen, Regel::bedrag)
                .containsExactly(
                        tuple(VOEDSEL, dag("2023-11-19"), 19, euro("153.57")),
                        tuple(KLEDING, dag("2023-11-19"), 19, euro("38.45")));
        // 153.57 + 38.45 = 192.02
        assertThat(uitkomst.bedrag()).isEqualTo(euro("192.02"));
    }

    @Test
    void wieOpDeEersteVertrektOfAlWegIsKrijgtNiets() {
        var uitkomst = bereken("2023-10", List.of(olena(locatie("2023-03-01", "2023-10-01")), andrii(locatie("2023-03-01", "2023-08-01"))));

        assertThat(uitkomst.regels()).isEmpty();
        assertThat(uitkomst.ontbrekend()).isEmpty();
        assertThat(uitkomst.bedrag()).isEqualTo(euro("0.00"));
    }

    @Test
    void inEenSchrikkelfebruariIsEenDagEenNegenentwintigsteDeel() {
        var uitkomst = bereken("2024-02", List.of(olena(locatie("2024-02-15", null))));

        // 15..29 February 2024 = 15 nights of 29.
        // 242.48 × 15/29 = 3637.20 / 29 = 125.4206.. -> 125.42
        // 60.71 × 15/29 = 910.65 / 29 = 31.4017.. -> 31.40
        assertThat(uitkomst.regels()).extracting(Regel::dagen, Regel::dagenInMaand, Regel::bedrag)
                .containsExactly(tuple(15, 29, euro("125.42")), tuple(15, 29, euro("31.40")));
        // 125.42 + 31.40 = 156.82
        assertThat(uitkomst.bedrag()).isEqualTo(euro("156.82"));
    }

    // --- Household size on the day ---

    @Test
    void alsHetHuishoudenGroeitGaatVoedselNaarDeVolgendeGrootteklasse() {
        // Ivan joins on 16 November 2023: 1..15 household of 2, 16..30 household of 3.
        var ivan = lid("Ivan", "1990-01-05", locatie("2023-11-16", null));
        var uitkomst = bereken("2023-11", List.of(olena(), andrii(), ivan));

        assertThat(uitkomst.regels()).extracting(Regel::naam, Regel::component, Regel::van, Regel::dagen, Regel::bedrag)
                .containsExactly(
                        // 242.48 × 15/30 = 121.24; 193.98 × 15/30 = 96.99; clothing one line 60.71 × 30/30
                        tuple("Olena", VOEDSEL, dag("2023-11-01"), 15, euro("121.24")),
                        tuple("Olena", VOEDSEL, dag("2023-11-16"), 15, euro("96.99")),
                        tuple("Olena", KLEDING, dag("2023-11-01"), 30, euro("60.71")),
                        tuple("Andrii", VOEDSEL, dag("2023-11-01"), 15, euro("121.24")),
                        tuple("Andrii", VOEDSEL, dag("2023-11-16"), 15, euro("96.99")),
                        tuple("Andrii", KLEDING, dag("2023-11-01"), 30, euro("60.71")),
                        // 193.98 × 15/30 = 96.99; 60.71 × 15/30 = 30.355 -> 30.36 (half up)
                        tuple("Ivan", VOEDSEL, dag("2023-11-16"), 15, euro("96.99")),
                        tuple("Ivan", KLEDING, dag("2023-11-16"), 15, euro("30.36")));
        // 2 × (121.24 + 96.99 + 60.71) + 96.99 + 30.36 = 557.88 + 127.35 = 685.23
        assertThat(uitkomst.bedrag()).isEqualTo(euro("685.23"));
        somVanDeRegelsIsHetBedrag(uitkomst);
        assertThat(uitkomst.regels()).extracting(Regel::uitleg).contains(
                "Voedsel, volwassene in huishouden van 1 of 2: € 242,48 × 15/30 dagen (tarief vanaf 1-10-2023, bron N4)",
                "Voedsel, volwassene in huishouden van 3: € 193,98 × 15/30 dagen (tarief vanaf 1-10-2023, bron N4)",
                "Kleding en persoonlijke uitgaven: € 60,71 × 15/30 dagen (tarief vanaf 1-10-2023, bron N4)");
    }

    // --- Catering and private reception ---

    @Test
    void inEenLocatieMetMaaltijdenGeenVoedselMaarWelKleding() {
        var uitkomst = bereken("2023-10", List.of(olena(metCatering("2023-01-01", null)), andrii(metCatering("2023-01-01", null))));

        // 2 × 60.71 = 121.42
        assertThat(uitkomst.regels()).extracting(Regel::component).containsOnly(KLEDING);
        assertThat(uitkomst.bedrag()).isEqualTo(euro("121.42"));
    }

    @Test
    void inParticuliereOpvangIn2022KrijgtEenKindEenLagereWooncomponent() {
        var uitkomst = bereken("2022-05", List.of(olena(gastgezin("2022-04-01", null)), sofia(gastgezin("2022-04-01", null))));

        assertThat(uitkomst.regels()).extracting(Regel::naam, Regel::component, Regel::bedrag).containsExactly(
                tuple("Olena", VOEDSEL, euro("205.00")), tuple("Olena", KLEDING, euro("55.00")), tuple("Olena", WOON, euro("215.00")),
                tuple("Sofia", VOEDSEL, euro("205.00")), tuple("Sofia", KLEDING, euro("55.00")), tuple("Sofia", WOON, euro("55.00")));
        // 2 × 205.00 + 2 × 55.00 + 215.00 + 55.00 = 410.00 + 110.00 + 270.00 = 790.00
        assertThat(uitkomst.bedrag()).isEqualTo(euro("790.00"));
        assertThat(uitkomst.regels().getLast().uitleg())
                .isEqualTo("Wooncomponent particuliere opvang, minderjarige: € 55,00 × 31/31 dagen (tarief vanaf 1-4-2022, bron N5)");
    }

    @Test
    void inParticuliereOpvangKomtDeWooncomponentErBij() {
        var uitkomst = bereken("2023-10", List.of(olena(gastgezin("2023-06-01", null))));

        // 242.48 + 60.71 + 80.91 = 384.10
        assertThat(uitkomst.regels()).extracting(Regel::component, Regel::bedrag).containsExactly(
                tuple(VOEDSEL, euro("242.48")), tuple(KLEDING, euro("60.71")), tuple(WOON, euro("80.91")));
        assertThat(uitkomst.bedrag()).isEqualTo(euro("384.10"));
    }

    @Test
    void eenVerhuizingVanLocatieMetMaaltijdenNaarGastgezinSplitstDeOnderdelen() {
        // Catered location until the 16th (departure), host household from the 16th: 16..31 = 16 nights.
        var uitkomst = bereken("2023-10", List.of(olena(metCatering("2023-06-01", "2023-10-16"), gastgezin("2023-10-16", null))));

        assertThat(uitkomst.regels()).extracting(Regel::component, Regel::van, Regel::tot, Regel::bedrag).containsExactly(
                // 242.48 × 16/31 = 3879.68 / 31 = 125.1509.. -> 125.15
                tuple(VOEDSEL, dag("2023-10-16"), dag("2023-10-31"), euro("125.15")),
                // clothing is paid in both stays on the same row: one line, 60.71 × 31/31
                tuple(KLEDING, dag("2023-10-01"), dag("2023-10-31"), euro("60.71")),
                // 80.91 × 16/31 = 1294.56 / 31 = 41.76 exactly
                tuple(WOON, dag("2023-10-16"), dag("2023-10-31"), euro("41.76")));
        // 125.15 + 60.71 + 41.76 = 227.62
        assertThat(uitkomst.bedrag()).isEqualTo(euro("227.62"));
    }

    // --- Decisions ---

    @Test
    void eenStopbesluitVanafDeVijftiendeStoptHetHeleHuishouden() {
        var stop = new Besluit(Besluit.Soort.STOPPEN, dag("2023-10-15"), null, "inkomen uit werk");
        var uitkomst = bereken("2023-10", List.of(olena(), andrii()), stop);

        // 1..14 October = 14 of 31 days.
        // 242.48 × 14/31 = 3394.72 / 31 = 109.5070.. -> 109.51
        // 60.71 × 14/31 = 849.94 / 31 = 27.4174.. -> 27.42
        assertThat(uitkomst.regels()).extracting(Regel::naam, Regel::tot, Regel::bedrag).containsExactly(
                tuple("Olena", dag("2023-10-14"), euro("109.51")), tuple("Olena", dag("2023-10-14"), euro("27.42")),
                tuple("Andrii", dag("2023-10-14"), euro("109.51")), tuple("Andrii", dag("2023-10-14"), euro("27.42")));
        // 2 × (109.51 + 27.42) = 2 × 136.93 = 273.86
        assertThat(uitkomst.bedrag()).isEqualTo(euro("273.86"));
        assertThat(uitkomst.toelichting()).containsExactly(
                "Stopbesluit vanaf 15-10-2023 (inkomen uit werk): geen leefgeld voor het hele huishouden van 15-10-2023 t/m 31-10-2023 (bron N3).");
    }

    @Test
    void eenStopbesluitGeldtNietVoor1Februari2023() {
        var stop = new Besluit(Besluit.Soort.STOPPEN, dag("2023-01-15"), null, "inkomen uit werk");

        var januari = bereken("2023-01", List.of(olena()), stop);
        // Not applied in January: 205.00 + 55.00 = 260.00
        assertThat(januari.bedrag()).isEqualTo(euro("260.00"));
        assertThat(januari.toelichting()).containsExactly(
                "Stopbesluit vanaf 15-1-2023 (inkomen uit werk) niet toegepast op 15-1-2023 t/m 31-1-2023: de gemeente kan het"
                        + " leefgeld van het hele huishouden pas vanaf 1-2-2023 stopzetten (bron N3).");

        var februari = bereken("2023-02", List.of(olena()), stop);
        assertThat(februari.bedrag()).isEqualTo(euro("0.00"));
        assertThat(februari.regels()).isEmpty();
        assertThat(februari.tegengehouden()).isFalse();
        assertThat(februari.toelichting()).containsExactly(
                "Stopbesluit vanaf 15-1-2023 (inkomen uit werk): geen leefgeld voor het hele huishouden van 1-2-2023 t/m 28-2-2023 (bron N3).");
    }

    @Test
    void eenStopbesluitMetEinddatumLaatDeRestVanDeMaandDoorlopen() {
        var stop = new Besluit(Besluit.Soort.STOPPEN, dag("2023-09-01"), dag("2023-10-10"), "inkomen uit werk");
        var uitkomst = bereken("2023-10", List.of(olena()), stop);

        // 11..31 October = 21 of 31 days.
        // 242.48 × 21/31 = 5092.08 / 31 = 164.2606.. -> 164.26
        // 60.71 × 21/31 = 1274.91 / 31 = 41.1261.. -> 41.13
        assertThat(uitkomst.regels()).extracting(Regel::van, Regel::bedrag)
                .containsExactly(tuple(dag("2023-10-11"), euro("164.26")), tuple(dag("2023-10-11"), euro("41.13")));
        // 164.26 + 41.13 = 205.39
        assertThat(uitkomst.bedrag()).isEqualTo(euro("205.39"));
        assertThat(uitkomst.toelichting()).containsExactly(
                "Stopbesluit van 1-9-2023 t/m 10-10-2023 (inkomen uit werk): geen leefgeld voor het hele huishouden van"
                        + " 1-10-2023 t/m 10-10-2023 (bron N3).");
    }

    @Test
    void voedselInNaturaVervangtHetVoedselgeld() {
        var natura = new Besluit(Besluit.Soort.VOEDSEL_IN_NATURA, dag("2023-10-01"), null, "voedselpakket van de gemeente");
        var uitkomst = bereken("2023-10", List.of(olena()), natura);

        // Only clothing: 60.71
        assertThat(uitkomst.regels()).extracting(Regel::component).containsExactly(KLEDING);
        assertThat(uitkomst.bedrag()).isEqualTo(euro("60.71"));
        assertThat(uitkomst.toelichting()).containsExactly(
                "Voedsel in natura vanaf 1-10-2023 (voedselpakket van de gemeente): geen geld voor voedsel van 1-10-2023 t/m 31-10-2023.");
    }

    @Test
    void kledingInNaturaVanafDeElfdeLaatTienDagenKledinggeldOver() {
        var natura = new Besluit(Besluit.Soort.KLEDING_IN_NATURA, dag("2023-10-11"), null, "kledingbank");
        var uitkomst = bereken("2023-10", List.of(olena()), natura);

        // Food 242.48 × 31/31; clothing 1..10 October: 60.71 × 10/31 = 607.10 / 31 = 19.5838.. -> 19.58
        assertThat(uitkomst.regels()).extracting(Regel::component, Regel::dagen, Regel::bedrag)
                .containsExactly(tuple(VOEDSEL, 31, euro("242.48")), tuple(KLEDING, 10, euro("19.58")));
        // 242.48 + 19.58 = 262.06
        assertThat(uitkomst.bedrag()).isEqualTo(euro("262.06"));
    }

    // --- Edges ---

    @Test
    void voor1April2022OntbreektElkTarief() {
        var uitkomst = bereken("2022-03", List.of(olena()));

        // Present from 15 March 2022; the table starts on 1 April 2022.
        assertThat(uitkomst.tegengehouden()).isTrue();
        assertThat(uitkomst.ontbrekend()).first().asString()
                .isEqualTo("tarief ontbreekt: voedsel, volwassene in huishouden van 1, 15-3-2022 t/m 31-3-2022 (Olena)");
    }

    @Test
    void eenLeegHuishoudenKrijgtNiets() {
        var uitkomst = bereken("2023-10", List.of());

        assertThat(uitkomst.bedrag()).isEqualTo(euro("0.00"));
        assertThat(uitkomst.regels()).isEmpty();
        assertThat(uitkomst.tegengehouden()).isFalse();
    }

    @Test
    void onmogelijkeInvoerWordtGeweigerd() {
        assertThatThrownBy(() -> olena(locatie("2023-01-01", "2023-06-01"), locatie("2023-05-01", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlappen");
        assertThatThrownBy(() -> olena(locatie("2023-01-01", null), locatie("2023-05-01", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> locatie("2023-05-01", "2023-05-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Besluit(Besluit.Soort.STOPPEN, dag("2023-05-01"), null, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Besluit(Besluit.Soort.STOPPEN, dag("2023-05-01"), dag("2023-04-30"), "werk"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bereken("2023-10", List.of(olena(), olena())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twee keer");
        // A move on the same day is no overlap.
        assertThat(olena(locatie("2023-01-01", "2023-05-01"), locatie("2023-05-01", null)).verblijven()).hasSize(2);
    }
}
