// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

/**
 * A part of the living allowance, each with its own rate. The codes are those of the rate table
 * ({@code regels/leefgeld_tarieven.csv}).
 */
public enum Component {

    /** Food; not paid where the location provides meals or the municipality gives food in kind. */
    VOEDSEL("voedsel"),
    /** Clothing and personal expenses; not paid when the municipality gives clothing in kind. */
    KLEDING_EN_PERSOONLIJK("kleding_en_persoonlijk"),
    /** Extra allowance for people in private reception (a host household). */
    WOONCOMPONENT_POO("wooncomponent_poo");

    private final String code;

    Component(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The component with this code from the rate table; an unknown code is refused. */
    public static Component van(String code) {
        for (var component : values()) {
            if (component.code.equals(code)) {
                return component;
            }
        }
        throw new IllegalArgumentException("onbekende component '" + code + "'");
    }
}
