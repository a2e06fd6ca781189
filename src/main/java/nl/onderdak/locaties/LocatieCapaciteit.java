// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import java.util.UUID;

/**
 * A location's beds on one day, for overviews: usable beds count only when the location is
 * available that day (status and availability period); declared and out-of-use beds are shown as
 * recorded.
 */
public record LocatieCapaciteit(UUID id, String gemeenteCode, boolean beschikbaar, int opgegeven, int buitenGebruik,
        int bruikbaarLang, int bruikbaarKort) {

    public int bruikbaar() {
        return bruikbaarLang + bruikbaarKort;
    }
}
