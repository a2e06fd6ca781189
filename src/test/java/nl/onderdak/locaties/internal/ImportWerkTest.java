// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.onderdak.IntegratieTest;
import nl.onderdak.platform.Xlsx;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.toegang.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The work list of locaties: a refused import waits for the employee who started it, with a link to
 * its errors, until a later import of theirs succeeds; nobody else sees it.
 */
class ImportWerkTest extends IntegratieTest {

    @Autowired
    LocatieImport locatieImport;

    @Autowired
    ImportWerk werk;

    @Autowired
    Organisaties organisaties;

    private Gebruiker medewerker(String naam, String gemeente) {
        return new Gebruiker(naam, "Test " + naam, organisaties.vind(gemeente).orElseThrow(), Set.of(Rol.GEMEENTE_MEDEWERKER));
    }

    private static byte[] bestand(String naam, Object bedden) {
        var rij = new ArrayList<Object>(Arrays.asList(naam, "hotel", "3511 AB", 12, null, "Utrecht", null,
                LocalDate.of(2026, 1, 31), null, null, null, bedden, null));
        var uit = new ByteArrayOutputStream();
        Xlsx.schrijf(new Xlsx.Blad("Locaties", LocatieImport.KOLOMMEN, List.of(rij)), uit);
        return uit.toByteArray();
    }

    /** Waits until the background import has finished (a few rows take milliseconds). */
    private static LocatieImport.Voortgang klaar(LocatieImport.Voortgang voortgang) {
        var tot = System.nanoTime() + 30_000_000_000L;
        while (!voortgang.klaar() && System.nanoTime() < tot) {
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(voortgang.klaar()).as("import klaar").isTrue();
        return voortgang;
    }

    @Test
    void een_afgewezen_import_wacht_bij_wie_hem_startte_tot_een_volgende_import_lukt() {
        // A user name of its own, so imports of other tests do not count here.
        var ik = medewerker("importwerk-" + UUID.randomUUID(), "GM0344");
        var collega = medewerker("importwerk-" + UUID.randomUUID(), "GM0344");

        var fout = klaar(locatieImport.start(bestand("Importwerk " + UUID.randomUUID(), "veel"), ik));

        assertThat(fout.stand()).isEqualTo(LocatieImport.Stand.AFGEWEZEN);
        var items = werk.werkVoor(ik, Locale.forLanguageTag("nl-NL"));
        assertThat(items).hasSize(1);
        assertThat(items.getFirst().soort()).isEqualTo("import-fouten");
        assertThat(items.getFirst().link()).isEqualTo("/opvanglocaties/import/" + fout.id());
        assertThat(items.getFirst().omschrijving()).contains("afgewezen", "1 fout");
        assertThat(werk.werkVoor(ik, Locale.ENGLISH).getFirst().omschrijving()).contains("refused");
        assertThat(werk.werkVoor(collega, Locale.forLanguageTag("nl-NL"))).isEmpty();

        var goed = klaar(locatieImport.start(bestand("Importwerk " + UUID.randomUUID(), 10), ik));

        assertThat(goed.stand()).isEqualTo(LocatieImport.Stand.GELUKT);
        assertThat(werk.werkVoor(ik, Locale.forLanguageTag("nl-NL"))).isEmpty();
    }
}
