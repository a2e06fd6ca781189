// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden;

import java.util.regex.Pattern;

/** A gemeente's CBS code (GM followed by four digits), checked once where it enters. */
public record GemeenteCode(String waarde) {

    private static final Pattern VORM = Pattern.compile("GM[0-9]{4}");

    public GemeenteCode {
        if (waarde == null || !VORM.matcher(waarde).matches()) {
            throw new IllegalArgumentException("Geen gemeentecode (GM en vier cijfers)");
        }
    }

    /** True when the text has the shape of a gemeente code, for validation before construction. */
    public static boolean isGeldig(String tekst) {
        return tekst != null && VORM.matcher(tekst).matches();
    }

    @Override
    public String toString() {
        return waarde;
    }
}
