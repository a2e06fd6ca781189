// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing that waits for a user.
 *
 * @param soort what kind of work, a stable word for the API and filters ({@code plaatsingsverzoek},
 *     {@code voorstel}, {@code betaalrun-goedkeuren}, {@code betaling-mislukt}, {@code termijn},
 *     {@code declaratie}, {@code transitievergoeding}, {@code halfjaar}, {@code import-fouten}, ...)
 * @param omschrijving one line in the user's language that says what and for whom, without a BSN
 * @param sinds since when it waits: the list shows the oldest first
 * @param link the page where it is done, an address inside the application ({@code /plaatsingsverzoeken/…})
 * @param uiterlijk the day by which it must be done, when a rule sets one (a deadline, a 48-hour clock)
 */
public record Werk(String soort, String omschrijving, Instant sinds, String link, @Nullable LocalDate uiterlijk) {

    public Werk {
        Objects.requireNonNull(soort);
        Objects.requireNonNull(omschrijving);
        Objects.requireNonNull(sinds);
        if (!link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("een werkitem linkt binnen de applicatie: " + link);
        }
    }

    public Werk(String soort, String omschrijving, Instant sinds, String link) {
        this(soort, omschrijving, sinds, link, null);
    }
}
