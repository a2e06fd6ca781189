// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegangstoets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.TreeMap;
import java.util.TreeSet;
import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The access test of issue 11: every GET endpoint (API and pages, downloads included) called as every
 * account and anonymously, with the ids of seeded households, members, locations, placements, requests,
 * runs, declarations and more. An answer may carry a household's names, BSN, IBAN, card number, host
 * family or decision reason only for employees of the gemeente the household belongs to, and a child
 * travelling alone only for those with the role MINDERJARIGEN; never for a region, the LCVS, a national
 * organisation, another gemeente (also not the one a placement was proposed to) or anyone anonymous.
 * Every violation is listed at once (endpoint, user, kind of data), then the test fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToegangOpElkEindpuntTest extends IntegratieTest {

    @Autowired
    ApplicationContext context;

    Eindpuntwandeling.Uitkomst uitkomst;

    @BeforeAll
    void wandel() {
        uitkomst = Eindpuntwandeling.voor(poort, context);
        System.out.printf("Toegangstoets: %d GET-eindpunten, %d gebruikers + anoniem, %d aanroepen in %d s; %d merktekens; notities: %s%n",
                uitkomst.eindpunten().size(), uitkomst.gebruikers().size(), uitkomst.aanroepen(), uitkomst.duur().toSeconds(),
                uitkomst.zaaisel().merktekens.size(), uitkomst.notities().stream().distinct().toList());
        schrijfRapport();
    }

    /** The whole outcome in one file for whoever fixes the findings: target/toegangstoets-rapport.txt. */
    private void schrijfRapport() {
        var r = new StringBuilder("Toegangstoets (issue 11)\n\n");
        r.append("Notities:\n");
        uitkomst.notities().stream().distinct().forEach(n -> r.append("  ").append(n).append('\n'));
        r.append("\nPersoonsgegevens buiten de scope (").append(uitkomst.overtredingen().size()).append("):\n")
                .append(Eindpuntwandeling.perEindpunt(uitkomst.overtredingen()));
        r.append("\nBSN in een adres (").append(uitkomst.bsnInAdres().size()).append("):\n")
                .append(Eindpuntwandeling.perEindpunt(uitkomst.bsnInAdres()));
        r.append("\n5xx (").append(uitkomst.serverfouten().size()).append("):\n");
        uitkomst.serverfouten().forEach(f -> r.append("  GET ").append(f.eindpunt()).append(": ").append(f.status()).append(" voor ")
                .append(f.gebruiker()).append(" op ").append(f.adres()).append('\n'));
        r.append("\nNiet bereikt:\n");
        uitkomst.nietBereikt().forEach((e, a) -> r.append("  GET ").append(e).append(": ").append(a).append('\n'));
        r.append("\nInzage zonder verwerking in het logboek (").append(uitkomst.zonderLogboek().size()).append("):\n")
                .append(Eindpuntwandeling.perEindpunt(uitkomst.zonderLogboek()));
        r.append("\nEindpunten (").append(uitkomst.eindpunten().size()).append("):\n");
        uitkomst.eindpunten().forEach(e -> r.append("  GET ").append(e.patroon()).append(e.parameters().isEmpty() ? "" : " " + e.parameters())
                .append('\n'));
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "toegangstoets-rapport.txt"), r);
        } catch (java.io.IOException e) {
            System.out.println("rapport niet geschreven: " + e.getMessage());
        }
    }

    @Test
    void geenAntwoordToontPersoonsgegevensBuitenDeScopeVanDeGebruiker() {
        var overtredingen = uitkomst.overtredingen();
        if (!overtredingen.isEmpty()) {
            var rapport = Eindpuntwandeling.perEindpunt(overtredingen);
            System.out.println("Persoonsgegevens buiten de scope (" + overtredingen.size() + "):\n" + rapport);
            fail(overtredingen.size() + " keer persoonsgegevens buiten de scope van de gebruiker, per eindpunt:\n" + rapport);
        }
    }

    @Test
    void eenBsnStaatNooitInEenAdres() {
        if (!uitkomst.bsnInAdres().isEmpty()) {
            fail("BSN in een adres:\n" + Eindpuntwandeling.perEindpunt(uitkomst.bsnInAdres()));
        }
    }

    @Test
    void geenEnkeleGetGeeftEenServerfout() {
        var perEindpunt = new TreeMap<String, TreeSet<String>>();
        uitkomst.serverfouten().forEach(f -> perEindpunt.computeIfAbsent("GET " + f.eindpunt(), k -> new TreeSet<>())
                .add(f.status() + " voor " + f.gebruiker() + " op " + f.adres()));
        assertThat(perEindpunt).as("5xx-antwoorden").isEmpty();
    }

    @Test
    void elkGetEindpuntWordtMetEchteGegevensBereikt() {
        // A new endpoint whose path variable or required parameter the walk cannot fill shows up here:
        // teach the seeding that kind of id (Zaaisel) or the parameter a value (Eindpuntwandeling.queryVarianten).
        assertThat(uitkomst.notities()).as("elk actief account logt in met het demowachtwoord")
                .noneMatch(n -> n.contains("kon niet inloggen"));
        assertThat(uitkomst.nietBereikt()).as("eindpunten die voor geen enkele gebruiker 2xx gaven (laatste antwoord)").isEmpty();
        assertThat(uitkomst.eindpunten()).as("de wandeling vond de eindpunten zelf").hasSizeGreaterThan(50);
        assertThat(uitkomst.gebruikers()).as("alle demo-accounts uit de tabel gebruiker")
                .contains("utrecht", "utrecht-jeugd", "utrecht-financien", "amersfoort", "amersfoort-financien", "rotterdam",
                        "regio-utrecht", "regio-rotterdam", "lcvs", "kcio", "noo", "jenv", "beheer");
    }

    @Test
    void deWandelingHerkentPersoonsgegevensInJsonPaginasEnDownloads() {
        // The check of the checker: where the rightful owner reads the seeded data, the walk finds it, in
        // every format it reads (JSON, HTML, PDF text, XML, CSV). Without this a walk that never matched would pass.
        var gezien = uitkomst.gezienDoorBevoegden();
        assertThat(gezien.get("/api/v1/huishoudens/{id}")).as("JSON").contains("utrecht:NAAM", "utrecht:BSN", "rotterdam:BSN",
                "utrecht-jeugd:NAAM", "utrecht-jeugd:BSN");
        assertThat(gezien.get("/huishoudens/{id}")).as("HTML").contains("amersfoort:NAAM");
        assertThat(gezien.get("/betaalruns/{id}/kaslijst.pdf")).as("PDF").contains("amersfoort:NAAM");
        assertThat(gezien.get("/api/v1/betaalruns/{id}/sepa")).as("XML").contains("utrecht:IBAN", "utrecht:TENAAMSTELLING");
        assertThat(gezien.get("/betaalruns/{id}/prepaid.csv")).as("CSV").contains("utrecht-jeugd:KAARTNUMMER");
    }

    /**
     * Every GET that showed a user personal data they may see wrote, during that call, a processing-log
     * record by that user for that person (for data of a whole household such as the IBAN: for one of its
     * members). The log stores the person as a pseudonym, so the walk computes the pseudonym with the
     * log's key and looks for it among the rows the call added. Part of this class, not a class of its
     * own, so the suite walks once: with two test JVMs a second class would walk again in the other one.
     */
    @Test
    void elkeInzageVanPersoonsgegevensLaatEenVerwerkingNaInHetLogboek() {
        var gaten = uitkomst.zonderLogboek();
        System.out.printf("Logboek: %d antwoorden met persoonsgegevens aan een bevoegde gebruiker, %d merktekens zonder verwerking%n",
                uitkomst.inzagenMetPersoonsgegevens(), gaten.size());
        if (!gaten.isEmpty()) {
            System.out.println("Inzage zonder verwerking in het logboek:\n" + Eindpuntwandeling.perEindpunt(gaten));
        }
        assertThat(uitkomst.inzagenMetPersoonsgegevens()).as("de wandeling zag persoonsgegevens bij bevoegde gebruikers").isPositive();
        if (!gaten.isEmpty()) {
            fail(gaten.size() + " keer inzage van persoonsgegevens zonder verwerking in het logboek, per eindpunt:\n"
                    + Eindpuntwandeling.perEindpunt(gaten));
        }
    }
}
