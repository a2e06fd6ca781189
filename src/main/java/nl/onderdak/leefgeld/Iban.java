// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An International Bank Account Number (ISO 13616) in its electronic form: upper case, no spaces.
 * Valid means: a two-letter country code, two check digits, a length that fits the country (the
 * lengths of the SWIFT IBAN registry for the SEPA countries and Ukraine; 15 to 34 characters for
 * other countries), only letters and digits, and the mod-97 check: with the first four characters
 * moved to the end and every letter replaced by its number (A = 10 … Z = 35), the remainder after
 * division by 97 is 1. That catches every single mistyped digit and every swap of two neighbouring
 * digits. Whether the account exists is not something a check can know.
 */
public record Iban(String waarde) {

    /** Length of the IBAN per country, after the SWIFT IBAN registry. */
    private static final Map<String, Integer> LENGTE = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
            Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23), Map.entry("GR", 27),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("MT", 31),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
            Map.entry("SM", 27), Map.entry("UA", 29), Map.entry("VA", 22));

    private static final int KORTSTE = 15;
    private static final int LANGSTE = 34;

    public Iban {
        if (!geldig(waarde)) {
            // The number itself stays out of the message: it is personal data and ends up in logs.
            throw new IllegalArgumentException("geen geldig IBAN (hoofdletters, zonder spaties)");
        }
    }

    /** Reads an IBAN as typed: spaces are ignored and lower case is accepted. */
    public static Optional<Iban> lees(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        var compact = tekst.replace(" ", "").replace("\u00A0", "").toUpperCase(Locale.ROOT);
        return geldig(compact) ? Optional.of(new Iban(compact)) : Optional.empty();
    }

    /**
     * The IBAN of an account number (BBAN) in a country, with its check digits computed (ISO 13616:
     * 98 minus the remainder of country + "00" + BBAN after division by 97). For demo and test data.
     */
    public static Iban metControlegetal(String land, String bban) {
        int controle = 98 - rest97(land + "00" + bban);
        return new Iban(land + "%02d".formatted(controle) + bban);
    }

    /** Whether the text is a valid IBAN in its electronic form (upper case, no spaces). */
    static boolean geldig(String s) {
        if (s == null || s.length() < KORTSTE || s.length() > LANGSTE) {
            return false;
        }
        if (!isLetter(s.charAt(0)) || !isLetter(s.charAt(1)) || !isCijfer(s.charAt(2)) || !isCijfer(s.charAt(3))) {
            return false;
        }
        for (int i = 4; i < s.length(); i++) {
            if (!isLetter(s.charAt(i)) && !isCijfer(s.charAt(i))) {
                return false;
            }
        }
        var lengte = LENGTE.get(s.substring(0, 2));
        if (lengte != null && lengte != s.length()) {
            return false;
        }
        // 00, 01 and 99 pass the remainder test but are never issued: 97, 98 and 02 are used instead.
        int controle = Integer.parseInt(s.substring(2, 4));
        if (controle < 2 || controle > 98) {
            return false;
        }
        return rest97(s) == 1;
    }

    /** The remainder after division by 97, computed piecewise so the number never overflows. */
    private static int rest97(String s) {
        int rest = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt((i + 4) % s.length());
            int waarde = isCijfer(c) ? c - '0' : c - 'A' + 10;
            rest = (waarde < 10 ? rest * 10 + waarde : rest * 100 + waarde) % 97;
        }
        return rest;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isCijfer(char c) {
        return c >= '0' && c <= '9';
    }

    /** The printed form: groups of four characters separated by a space ("NL91 ABNA 0417 1643 00"). */
    public String opgemaakt() {
        var uit = new StringBuilder(waarde.length() + waarde.length() / 4);
        for (int i = 0; i < waarde.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                uit.append(' ');
            }
            uit.append(waarde.charAt(i));
        }
        return uit.toString();
    }
}
