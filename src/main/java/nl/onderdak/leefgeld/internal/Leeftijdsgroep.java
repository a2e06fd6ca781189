// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

/**
 * The age group a rate applies to. A person is a minor until the day before their 18th birthday
 * and an adult from that birthday on.
 */
public enum Leeftijdsgroep {

    /** Everyone, whatever their age. */
    ALLE("alle"),
    /** 18 years and older. */
    VOLWASSENE("volwassene"),
    /** Younger than 18. */
    MINDERJARIGE("minderjarige");

    private final String code;

    Leeftijdsgroep(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether a rate for this group applies to a person who is (or is not) a minor. */
    public boolean omvat(boolean minderjarig) {
        return switch (this) {
            case ALLE -> true;
            case VOLWASSENE -> !minderjarig;
            case MINDERJARIGE -> minderjarig;
        };
    }

    /** Whether one person could fall in both groups, so that rates for both could apply at once. */
    boolean overlaptMet(Leeftijdsgroep andere) {
        return this == ALLE || andere == ALLE || this == andere;
    }

    /** The age group with this code from the rate table; an unknown code is refused. */
    public static Leeftijdsgroep van(String code) {
        for (var groep : values()) {
            if (groep.code.equals(code)) {
                return groep;
            }
        }
        throw new IllegalArgumentException("onbekende leeftijdsgroep '" + code + "'");
    }
}
