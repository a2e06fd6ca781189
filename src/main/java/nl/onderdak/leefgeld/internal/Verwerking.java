// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

/** How leefgeld's processing of personal data is recorded in the processing log (logboek). */
public final class Verwerking {

    public static final String ACTIVITEIT = "leefgeld";
    public static final String DOEL = "Verstrekken van leefgeld aan ontheemden uit Oekraïne (Regeling opvang ontheemden Oekraïne)";

    private Verwerking() {
    }
}
