// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import java.util.Arrays;
import java.util.Optional;

/** Status of a location on a day. Only on days it is {@link #BESCHIKBAAR} do its beds count as usable. */
public enum Status {
    IN_VOORBEREIDING("in_voorbereiding"), BESCHIKBAAR("beschikbaar"), TIJDELIJK_GESLOTEN("tijdelijk_gesloten"),
    GESLOTEN("gesloten");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Status> van(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Status::code).toList());
    }
}
