// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegangstoets;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A piece of personal data seeded for the access test, unique enough that finding it in an answer
 * can only mean the answer carries that person's data: a name, BSN, IBAN, card number, host family or
 * decision reason of one household of one gemeente.
 *
 * @param waarde     the value as it was entered
 * @param soort      what kind of data it is
 * @param gemeente   the gemeente (GMxxxx) whose household it belongs to: only its employees may see it
 * @param minderjarige true for the household of a child travelling alone: only employees with role MINDERJARIGEN
 * @param huishouden the household
 * @param persoon    the person it describes (null for data of the whole household such as an IBAN)
 * @param omschrijving which household, for the report
 */
record Merkteken(String waarde, Soort soort, String gemeente, boolean minderjarige, UUID huishouden, UUID persoon,
        String omschrijving) {

    enum Soort {
        NAAM, BSN, IBAN, TENAAMSTELLING, KAARTNUMMER, GASTGEZIN, BESLUITREDEN
    }

    /** The spellings under which the value may appear in an answer (lower case): as entered, and grouped as people write it. */
    List<String> vormen() {
        var v = waarde.toLowerCase(Locale.ROOT);
        return switch (soort) {
            // 123456782, 1234.56.782 and 1234 56 782
            case BSN -> List.of(v, v.substring(0, 4) + "." + v.substring(4, 6) + "." + v.substring(6),
                    v.substring(0, 4) + " " + v.substring(4, 6) + " " + v.substring(6));
            // NL12ZXQB0123456789 and NL12 ZXQB 0123 4567 89
            case IBAN -> List.of(v, v.replaceAll("(.{4})(?!$)", "$1 "));
            default -> List.of(v);
        };
    }

    /** Whether the (lower-cased) text contains this value in any of its spellings. */
    boolean staatIn(String tekstKlein) {
        for (var vorm : vormen()) {
            if (tekstKlein.contains(vorm)) {
                return true;
            }
        }
        return false;
    }

    /** The rule of issue 11: only employees of the gemeente the household belongs to; for a child travelling alone only with the role. */
    boolean magGezienWordenDoor(Gebruiker g) {
        return g != null && "GEMEENTE".equals(g.organisatieSoort()) && gemeente.equals(g.gemeenteCode())
                && g.rollen().contains("GEMEENTE_MEDEWERKER") && (!minderjarige || g.rollen().contains("MINDERJARIGEN"));
    }

    /** A user as the access test knows them: from the {@code gebruiker} table, with their organisation. */
    record Gebruiker(String naam, String organisatie, String organisatieSoort, String gemeenteCode, List<String> rollen) {
    }
}
