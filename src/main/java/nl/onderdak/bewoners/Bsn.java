// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A burgerservicenummer: nine digits that pass the eleven test (elfproef): 9·d1 + 8·d2 + … + 2·d8 − d9
 * is divisible by 11 and not 0 (Besluit BSN; the BRP's logical design). Never printed whole:
 * {@link #toString()} masks all but the last three digits, so it cannot leak into a log line.
 */
public record Bsn(String waarde) {

    public Bsn {
        if (!geldig(waarde)) {
            throw new IllegalArgumentException("geen geldig BSN");
        }
    }

    /** Reads a BSN as typed; spaces and dots are ignored; eight digits get a leading zero, as the BRP allows. */
    public static Optional<Bsn> lees(@Nullable String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        // Without a regular expression: a bulk import reads 100,000 of these (ADR 0020).
        var zonder = new StringBuilder(tekst.length());
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            // What the pattern "[\\s.]" removed before: space, tab, line feed, vertical tab (0x0B), form feed, carriage return, dot.
            if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' && c != '.') {
                zonder.append(c);
            }
        }
        var cijfers = zonder.toString();
        if (cijfers.length() == 8) {
            cijfers = "0" + cijfers;
        }
        return geldig(cijfers) ? Optional.of(new Bsn(cijfers)) : Optional.empty();
    }

    static boolean geldig(@Nullable String s) {
        if (s == null || s.length() != 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (s.charAt(i) - '0');
        }
        som -= s.charAt(8) - '0';
        return som != 0 && som % 11 == 0;
    }

    /** Only the last three digits, for screens that must tell two people apart. */
    public String gemaskeerd() {
        return "******" + waarde.substring(6);
    }

    @Override
    public String toString() {
        return gemaskeerd();
    }
}
