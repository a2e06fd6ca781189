// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import nl.onderdak.platform.Besluitwoorden;

/**
 * The three kinds of request bekostiging decides on, each with its own history table and the words that
 * table and its API have always used. Mapping of the one vocabulary ({@link nl.onderdak.platform.Besluitstatus}):
 * <ul>
 * <li>declaraties and regiokosten: INGEDIEND = ingediend, GOEDGEKEURD = goedgekeurd, AFGEWEZEN = afgewezen;
 * <li>transitievergoedingen: INGEDIEND = ingediend, GOEDGEKEURD = toegekend, AFGEWEZEN = afgewezen.
 * </ul>
 * The view {@code bekostiging.besluitgeschiedenis} (V28) already reads all three in the first set of words.
 */
enum Aanvraagsoort {
    DECLARATIE("declaratie", Besluitwoorden.STANDAARD),
    TRANSITIEVERGOEDING("transitievergoeding", new Besluitwoorden("ingediend", "toegekend", "afgewezen")),
    REGIOKOSTENAANVRAAG("regiokostenaanvraag", Besluitwoorden.STANDAARD);

    /** The value of {@code soort} in the view. */
    final String soort;
    /** The words of this kind's table and API. */
    final Besluitwoorden woorden;

    Aanvraagsoort(String soort, Besluitwoorden woorden) {
        this.soort = soort;
        this.woorden = woorden;
    }
}
