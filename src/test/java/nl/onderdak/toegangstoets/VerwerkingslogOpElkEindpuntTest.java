// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegangstoets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import nl.onderdak.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Companion of {@link ToegangOpElkEindpuntTest}, on the same walk: every GET that showed a user personal
 * data they may see wrote, during that call, a processing-log record by that user for that person (for
 * data of a whole household such as the IBAN: for one of its members). The log stores the person as a
 * pseudonym, so the test computes the pseudonym with the log's key and looks for it among the rows the
 * call added.
 */
class VerwerkingslogOpElkEindpuntTest extends IntegratieTest {

    @Autowired
    ApplicationContext context;

    @Test
    void elkeInzageVanPersoonsgegevensLaatEenVerwerkingNaInHetLogboek() {
        var uitkomst = Eindpuntwandeling.voor(poort, context);
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
