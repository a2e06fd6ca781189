// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.leefgeld.Betaalwijze;
import nl.onderdak.leefgeld.Iban;
import nl.onderdak.leefgeld.Leefgeld;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.bewoners.LidInvoer;
import nl.onderdak.plaatsing.Gastverblijven;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.toegang.Rol;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account each demo gemeente pays from, a payment method for every demo household, and in Utrecht
 * a few fictitious households with a host family from March to December 2024, so a payment run for a
 * month with known rates (for example 2024-11) can be tried. The demo households in locations stay in
 * 2026, for which the rates are not known: their runs show how a missing rate holds households back.
 * Public only for {@link #iban}, which tests use to make valid account numbers.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "onderdak.demo-gegevens", havingValue = "true", matchIfMissing = true)
public final class DemoLeefgeld implements Demostap {

    private static final List<String> GEMEENTEN = List.of("GM0344", "GM0307", "GM0599");
    private static final List<String[]> GASTEN = List.of(new String[] {"Nataliia", "Наталія"}, new String[] {"Bohdan", "Богдан"},
            new String[] {"Yuliia", "Юлія"}, new String[] {"Petro", "Петро"}, new String[] {"Oksana", "Оксана"},
            new String[] {"Vasyl", "Василь"});

    private final Leefgeld leefgeld;
    private final Gastverblijven gastverblijven;
    private final Huishoudens huishoudens;
    private final Organisaties organisaties;
    private final JdbcClient jdbc;

    DemoLeefgeld(Leefgeld leefgeld, Gastverblijven gastverblijven, Huishoudens huishoudens, Organisaties organisaties, JdbcClient jdbc) {
        this.leefgeld = leefgeld;
        this.gastverblijven = gastverblijven;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.jdbc = jdbc;
    }

    @Override
    public String stap() {
        return "leefgeld";
    }

    @Override
    public void maak() {
        int n = 0;
        for (var code : GEMEENTEN) {
            var gebruiker = new Gebruiker("demo", "Demogegevens", organisaties.vind(code).orElseThrow(), Set.of(Rol.GEMEENTE_MEDEWERKER));
            // The account is proposed by one employee and confirmed by another, as the database requires.
            var voorsteller = new Gebruiker("demo-voorstel", "Demogegevens", organisaties.vind(code).orElseThrow(),
                    Set.of(Rol.GEMEENTE_MEDEWERKER));
            var voorstel = leefgeld.stelRekeningVoor(ibanWaarde("BNGH", 285000000L + n), "BNGHNL2G", voorsteller);
            leefgeld.bevestigRekening(voorstel, gebruiker);
            if (code.equals("GM0344")) {
                for (int i = 0; i < GASTEN.size(); i++) {
                    var naam = GASTEN.get(i);
                    var leden = new ArrayList<LidInvoer>();
                    leden.add(new LidInvoer(naam[0], "DemoGast" + i, naam[1], null, LocalDate.of(1975 + i * 3, 1 + i, 10).toString(),
                            i % 2 == 0 ? "vrouw" : "man", "oekraiens", List.of("paspoort"), null, null, null, null, null, null, null, false,
                            false, false, "uk"));
                    if (i % 2 == 0) {
                        leden.add(new LidInvoer("Kira", "DemoGast" + i, "Кіра", null, LocalDate.of(2010 + i, 5, 1).toString(), "vrouw",
                                "oekraiens", List.of("paspoort"), null, null, null, null, null, null, null, false, false, false, "uk"));
                    }
                    var h = huishoudens.registreer(leden, gebruiker);
                    gastverblijven.legVast(new HuishoudenId(h.id()), LocalDate.of(2024, 3, 1 + i),
                            i == 5 ? LocalDate.of(2024, 11, 16) : LocalDate.of(2025, 1, 1), "Gastgezin Demo " + (i + 1), gebruiker);
                }
            }
            // The demo households this gemeente registered, through what bewoners publishes.
            var ids = jdbc.sql("""
                    select distinct r.huishouden_id from bewoners.relatie r join bewoners.lid b on b.huishouden_id = r.huishouden_id
                     where r.gemeente_code = ? and r.relatie = 'registrerend' and b.achternaam like 'Demo%' order by r.huishouden_id""")
                    .param(code).query(java.util.UUID.class).list().stream().map(HuishoudenId::new).toList();
            for (var id : ids) {
                n++;
                if (!code.equals(leefgeld.betalendeGemeenteNu(id, code))) {
                    continue; // another gemeente pays this household now and records how
                }
                switch (n % 5) {
                    case 0 -> leefgeld.legBetaalwijzeVast(id, Betaalwijze.contant(), gebruiker);
                    case 1 -> leefgeld.legBetaalwijzeVast(id, Betaalwijze.prepaid("DEMO-" + (10_000 + n)), gebruiker);
                    default -> leefgeld.legBetaalwijzeVast(id, Betaalwijze.bank(ibanWaarde("ABNA", 400_000_000L + n * 7919L),
                            "Demo-rekeninghouder " + n), gebruiker);
                }
            }
        }
    }

    /** A Dutch IBAN with valid check digits for a fictitious account number (text, as tests use it). */
    public static String iban(String bank, long rekening) {
        return ibanWaarde(bank, rekening).waarde();
    }

    private static Iban ibanWaarde(String bank, long rekening) {
        return Iban.metControlegetal("NL", bank + "%010d".formatted(rekening));
    }
}
