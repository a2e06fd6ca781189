// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import java.time.LocalDate;
import java.util.UUID;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.plaatsing.internal.Plaatsingsverzoeken;
import nl.onderdak.toegang.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Back to municipal reception: when a household's stay with a host household ends that way (issue 15),
 * the gemeente of the household asks its safety region for a place, as if it had filed the request
 * itself. Published so the host-family module need not know placement requests' internals.
 */
@Service
public class Terugplaatsingen {

    private final Plaatsingsverzoeken verzoeken;

    Terugplaatsingen(Plaatsingsverzoeken verzoeken) {
        this.verzoeken = verzoeken;
    }

    /** Files (or keeps the open) placement request for the household of {@code gemeente}; its id. */
    public UUID vraagPlaatsAan(HuishoudenId huishouden, String gemeente, LocalDate aankomst, @Nullable String toelichting, Gebruiker door) {
        return verzoeken.dienInVoor(huishouden, gemeente, aankomst, toelichting, door).waarde();
    }
}
