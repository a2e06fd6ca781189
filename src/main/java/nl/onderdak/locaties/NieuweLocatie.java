// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A location that passed validation, ready to be stored: what the form, the API and each spreadsheet
 * row become once their text has been read. {@code bedden} and {@code beddenKort} are the usable beds
 * from {@code beschikbaarVanaf}.
 */
public record NieuweLocatie(String naam, Soort soort, Postcode postcode, int huisnummer, @Nullable String toevoeging,
        String plaats, @Nullable String exploitant, LocalDate beschikbaarVanaf, @Nullable LocalDate beschikbaarTot,
        Status status, Set<Faciliteit> faciliteiten, int bedden, int beddenKort, @Nullable String straat) {

    /** A location without a street (the import template and the demo data have none). */
    public NieuweLocatie(String naam, Soort soort, Postcode postcode, int huisnummer, @Nullable String toevoeging,
            String plaats, @Nullable String exploitant, LocalDate beschikbaarVanaf, @Nullable LocalDate beschikbaarTot,
            Status status, Set<Faciliteit> faciliteiten, int bedden, int beddenKort) {
        this(naam, soort, postcode, huisnummer, toevoeging, plaats, exploitant, beschikbaarVanaf, beschikbaarTot, status,
                faciliteiten, bedden, beddenKort, null);
    }
}
