// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.internal;

import nl.onderdak.toegang.Organisatie;

/**
 * The SQL edge of {@link Organisatie.Soort}: the words in column {@code toegang.organisatie.soort} (and its
 * check constraint). Written out rather than {@code name()}/{@code valueOf}, so that renaming a constant
 * in Java cannot silently change or break what is stored.
 */
public final class Organisatiesoorten {

    private Organisatiesoorten() {
    }

    public static String naarDatabase(Organisatie.Soort soort) {
        return switch (soort) {
            case GEMEENTE -> "GEMEENTE";
            case VEILIGHEIDSREGIO -> "VEILIGHEIDSREGIO";
            case LANDELIJK -> "LANDELIJK";
            case MATCHING -> "MATCHING";
            case PROVINCIE -> "PROVINCIE";
        };
    }

    public static Organisatie.Soort uitDatabase(String woord) {
        return switch (woord) {
            case "GEMEENTE" -> Organisatie.Soort.GEMEENTE;
            case "VEILIGHEIDSREGIO" -> Organisatie.Soort.VEILIGHEIDSREGIO;
            case "LANDELIJK" -> Organisatie.Soort.LANDELIJK;
            case "MATCHING" -> Organisatie.Soort.MATCHING;
            case "PROVINCIE" -> Organisatie.Soort.PROVINCIE;
            default -> throw new IllegalStateException("Onbekende organisatiesoort in de database: " + woord);
        };
    }
}
