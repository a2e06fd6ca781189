// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld;

import org.jspecify.annotations.Nullable;

/**
 * How a household is paid: by bank (a checked IBAN and the account holder), in cash, or on a prepaid
 * card. Built only from checked input ({@link #bank}, {@link #contant}, {@link #prepaid}); the JSON
 * fields are those of the API since the start.
 */
public record Betaalwijze(Betaalmethode methode, @Nullable String iban, @Nullable String tenaamstelling, @Nullable String kaartnummer) {

    public static Betaalwijze bank(Iban iban, String tenaamstelling) {
        return new Betaalwijze(Betaalmethode.BANK, iban.waarde(), tenaamstelling, null);
    }

    public static Betaalwijze contant() {
        return new Betaalwijze(Betaalmethode.CONTANT, null, null, null);
    }

    public static Betaalwijze prepaid(String kaartnummer) {
        return new Betaalwijze(Betaalmethode.PREPAID, null, null, kaartnummer);
    }
}
