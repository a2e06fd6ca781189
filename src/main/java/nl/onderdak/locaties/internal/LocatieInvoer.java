// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import java.util.Set;

/**
 * A location as a user typed it (form, API or spreadsheet row): text, so that every wrong field can
 * be named. {@code bedden} and {@code beddenKortVerblijf} are the usable beds from
 * {@code beschikbaarVanaf}; {@code status} defaults to {@code beschikbaar}.
 */
public record LocatieInvoer(String naam, String soort, String postcode, String huisnummer, String huisnummertoevoeging,
        String plaats, String exploitant, String beschikbaarVanaf, String beschikbaarTot, String status,
        Set<String> faciliteiten, String bedden, String beddenKortVerblijf, String straat) {

    /** Without a street: the import template has no column for it. */
    public LocatieInvoer(String naam, String soort, String postcode, String huisnummer, String huisnummertoevoeging,
            String plaats, String exploitant, String beschikbaarVanaf, String beschikbaarTot, String status,
            Set<String> faciliteiten, String bedden, String beddenKortVerblijf) {
        this(naam, soort, postcode, huisnummer, huisnummertoevoeging, plaats, exploitant, beschikbaarVanaf, beschikbaarTot,
                status, faciliteiten, bedden, beddenKortVerblijf, null);
    }
}
