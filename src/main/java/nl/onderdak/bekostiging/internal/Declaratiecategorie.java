// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The categories of extra costs; the code is the database's and the API's word, the label is in the messages. */
public enum Declaratiecategorie {
    BEVEILIGING, ZORG_EN_BEGELEIDING, VERVOER, HUISVESTING_AANPASSINGEN, INRICHTING, PERSONEEL, TOLKEN, OVERIG;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Declaratiecategorie> lees(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }

    /** The categories in plain words for a message: "beveiliging, zorg en begeleiding, ... of overig" (no internal codes). */
    public static String inWoorden() {
        var woorden = Arrays.stream(values()).map(c -> c.code().replace('_', ' ')).toList();
        return String.join(", ", woorden.subList(0, woorden.size() - 1)) + " of " + woorden.getLast();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Declaratiecategorie::code).toList();
    }
}
