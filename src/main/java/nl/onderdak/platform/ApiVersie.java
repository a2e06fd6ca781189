// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

/** The version of the public API, as semantic version. Major version 1 is the {@code /api/v1} in the path. */
public final class ApiVersie {
    public static final String VERSIE = "1.0.0";

    private ApiVersie() {
    }
}
