// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding;

import java.util.Set;

/**
 * Where a provincial plan stands. The province edits a {@code CONCEPT} and submits it
 * ({@code INGEDIEND}) when its balance is zero; the minister decides ({@code BESLOTEN}), also on a
 * province that submitted nothing (then the decision designates gemeenten, article 3 of the law).
 */
public enum Planstatus {
    CONCEPT, INGEDIEND, BESLOTEN;

    public Set<Planstatus> volgende() {
        return switch (this) {
            case CONCEPT -> Set.of(INGEDIEND, BESLOTEN);
            case INGEDIEND -> Set.of(BESLOTEN);
            case BESLOTEN -> Set.of();
        };
    }

    public boolean magNaar(Planstatus nieuw) {
        return volgende().contains(nieuw);
    }

    /** The word in the database and the API. */
    public String woord() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Planstatus vanWoord(String woord) {
        return valueOf(woord.toUpperCase(java.util.Locale.ROOT));
    }
}
