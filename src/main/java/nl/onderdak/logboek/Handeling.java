// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.logboek;

/** What was done with a person's data. */
public enum Handeling {
    INZIEN("inzien"), ZOEKEN("zoeken"), WIJZIGEN("wijzigen"), AANMAKEN("aanmaken"), EXPORTEREN("exporteren");

    private final String code;

    Handeling(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
