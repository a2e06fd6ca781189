// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.onderdak.bewoners.BewonerId;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Verblijfsduur;
import org.jspecify.annotations.Nullable;

/**
 * Check a household in: typed, after the edge (form, API) has named every wrong field of the text it
 * received. {@code leden} empty means the whole household; a part needs a {@code splitsingsreden}
 * (checked by {@link Plaatsingen#plaats}, which knows the household).
 */
public record PlaatsingOpdracht(HuishoudenId huishouden, LocatieId locatie, Verblijfsduur verblijfsduur, LocalDate vanaf,
        List<BewonerId> leden, @Nullable String splitsingsreden) {

    /** Longest reason for splitting a household. */
    public static final int MAX_SPLITSINGSREDEN = 500;
    /** Most members a household has, and so the most that can be chosen. */
    public static final int MAX_LEDEN = 30;

    public PlaatsingOpdracht {
        Objects.requireNonNull(huishouden, "huishouden");
        Objects.requireNonNull(locatie, "locatie");
        Objects.requireNonNull(verblijfsduur, "verblijfsduur");
        Objects.requireNonNull(vanaf, "vanaf");
        leden = List.copyOf(leden);
        splitsingsreden = splitsingsreden == null || splitsingsreden.isBlank() ? null : splitsingsreden.strip();
    }

    /** The whole household, long stay unless said otherwise. */
    public static PlaatsingOpdracht heel(HuishoudenId huishouden, LocatieId locatie, Verblijfsduur verblijfsduur, LocalDate vanaf) {
        return new PlaatsingOpdracht(huishouden, locatie, verblijfsduur, vanaf, List.of(), null);
    }
}
