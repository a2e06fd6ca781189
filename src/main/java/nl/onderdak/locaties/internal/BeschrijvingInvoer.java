// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.onderdak.locaties.Faciliteit;
import nl.onderdak.locaties.Opvanglocatie;
import org.jspecify.annotations.Nullable;

/**
 * The description of a location (name, street address, operator, facilities) as text, the whole of
 * it: the edit form sends every field, and a JSON merge patch is laid over the current description
 * ({@link #van}) before the one validation reads it.
 */
public record BeschrijvingInvoer(@Nullable String naam, @Nullable String straat, @Nullable String postcode,
        @Nullable String huisnummer, @Nullable String huisnummertoevoeging, @Nullable String plaats,
        @Nullable String exploitant, Set<String> faciliteiten) {

    public BeschrijvingInvoer {
        faciliteiten = Set.copyOf(faciliteiten);
    }

    /** The location's current description as text, to show in the form or to lay a patch over. */
    public static BeschrijvingInvoer van(Opvanglocatie l) {
        var a = l.adres();
        var codes = new LinkedHashSet<String>();
        l.faciliteiten().stream().map(Faciliteit::code).forEach(codes::add);
        return new BeschrijvingInvoer(l.naam(), a.straat(), a.postcode().toString(), Integer.toString(a.huisnummer()),
                a.toevoeging(), a.plaats(), l.exploitant(), codes);
    }

    /** The same description with one field, named as in the API and the form, set to the text. */
    public BeschrijvingInvoer met(String veld, @Nullable String waarde) {
        return switch (veld) {
            case "naam" -> new BeschrijvingInvoer(waarde, straat, postcode, huisnummer, huisnummertoevoeging, plaats, exploitant,
                    faciliteiten);
            case "adres.straat" -> new BeschrijvingInvoer(naam, waarde, postcode, huisnummer, huisnummertoevoeging, plaats,
                    exploitant, faciliteiten);
            case "adres.postcode" -> new BeschrijvingInvoer(naam, straat, waarde, huisnummer, huisnummertoevoeging, plaats,
                    exploitant, faciliteiten);
            case "adres.huisnummer" -> new BeschrijvingInvoer(naam, straat, postcode, waarde, huisnummertoevoeging, plaats,
                    exploitant, faciliteiten);
            case "adres.huisnummertoevoeging" -> new BeschrijvingInvoer(naam, straat, postcode, huisnummer, waarde, plaats,
                    exploitant, faciliteiten);
            case "adres.plaats" -> new BeschrijvingInvoer(naam, straat, postcode, huisnummer, huisnummertoevoeging, waarde,
                    exploitant, faciliteiten);
            case "exploitant" -> new BeschrijvingInvoer(naam, straat, postcode, huisnummer, huisnummertoevoeging, plaats, waarde,
                    faciliteiten);
            default -> throw new IllegalArgumentException("geen tekstveld van de beschrijving: " + veld);
        };
    }

    public BeschrijvingInvoer metFaciliteiten(Set<String> codes) {
        return new BeschrijvingInvoer(naam, straat, postcode, huisnummer, huisnummertoevoeging, plaats, exploitant, codes);
    }
}
