// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen.web;

import java.util.List;
import java.util.Locale;
import nl.onderdak.gastgezinnen.internal.Opvolging;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkstapel;
import nl.onderdak.werkvoorraad.Werkbron;
import org.springframework.stereotype.Component;

/**
 * What private reception asks of a user: the matching organisation's follow-up contacts (two weeks,
 * three months), lapsing certificates of conduct and open requests; a gemeente's safeguarding signals.
 * Implements the Werkbron interface as it is today (a list); the lead adapts it when the interface changes.
 */
@Component
class GastgezinWerk implements Werkbron {

    private final Opvolging opvolging;

    GastgezinWerk(Opvolging opvolging) {
        this.opvolging = opvolging;
    }

    @Override
    public List<Werkstapel> werkVoor(Gebruiker gebruiker, Locale taal, int perSoort) {
        // Small by nature (a few items per user): built in full and cut per kind.
        return Werkstapel.uit(alleWerk(gebruiker, taal), perSoort, "/gastgezinnen");
    }

    private List<Werk> alleWerk(Gebruiker gebruiker, Locale taal) {
        return opvolging.werk(gebruiker, taal);
    }
}
