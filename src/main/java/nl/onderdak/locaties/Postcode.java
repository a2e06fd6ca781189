// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Dutch postcode: four digits not starting with 0, then two letters; PostNL does not use the
 * letter pairs SA, SD and SS. Stored as {@code 1234AB}, shown as {@code 1234 AB}.
 */
public record Postcode(String waarde) {

    private static final Pattern VORM = Pattern.compile("([1-9][0-9]{3}) ?([A-Z]{2})");

    public static Optional<Postcode> lees(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        var m = VORM.matcher(tekst.strip().toUpperCase(Locale.ROOT));
        if (!m.matches() || m.group(2).equals("SA") || m.group(2).equals("SD") || m.group(2).equals("SS")) {
            return Optional.empty();
        }
        return Optional.of(new Postcode(m.group(1) + m.group(2)));
    }

    @Override
    public String toString() {
        return waarde.substring(0, 4) + " " + waarde.substring(4);
    }
}
