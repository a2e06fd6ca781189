// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import java.util.Arrays;
import java.util.Optional;

/** Kind of building a reception location is in. */
public enum Soort {
    HOTEL("hotel"), VAKANTIEPARK("vakantiepark"), SCHIP("schip"), ZORGCENTRUM("zorgcentrum"), KANTOOR("kantoor"),
    PAVILJOEN("paviljoen"), SPORTHAL("sporthal"), OVERIG("overig");

    private final String code;

    Soort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Soort> van(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Soort::code).toList());
    }
}
