// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import java.util.Arrays;
import java.util.Optional;

/**
 * Length of stay a bed is meant for: {@link #KORT} is crisis reception under 72 hours, {@link #LANG}
 * everything else. The national placement desk asked regions to report free places split this way.
 */
public enum Verblijfsduur {
    LANG("lang"), KORT("kort");

    private final String code;

    Verblijfsduur(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Verblijfsduur> van(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
