// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden;

/**
 * Size class of a gemeente as used in the VNG survey of 2022 (seed 003): klein up to 50,000
 * inhabitants, middelgroot up to 100,000, groot above. Without a CBS figure the class is unknown.
 */
public enum Grootteklasse {
    KLEIN, MIDDELGROOT, GROOT, ONBEKEND;

    public static Grootteklasse van(Integer inwoners) {
        if (inwoners == null) {
            return ONBEKEND;
        }
        if (inwoners <= 50_000) {
            return KLEIN;
        }
        return inwoners <= 100_000 ? MIDDELGROOT : GROOT;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
