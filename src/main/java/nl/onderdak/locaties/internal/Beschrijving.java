// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderdak.locaties.Faciliteit;
import nl.onderdak.locaties.Opvanglocatie;
import nl.onderdak.locaties.Postcode;
import org.jspecify.annotations.Nullable;

/**
 * The description of a location that passed validation: what an edit stores. {@link #velden} gives
 * each field as the text the history keeps, so an edit is recorded as the fields whose text changed.
 */
public record Beschrijving(String naam, @Nullable String straat, Postcode postcode, int huisnummer,
        @Nullable String toevoeging, String plaats, @Nullable String exploitant, Set<Faciliteit> faciliteiten) {

    public Beschrijving {
        faciliteiten = faciliteiten.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(faciliteiten));
    }

    static Beschrijving van(Opvanglocatie l) {
        var a = l.adres();
        return new Beschrijving(l.naam(), a.straat(), a.postcode(), a.huisnummer(), a.toevoeging(), a.plaats(), l.exploitant(),
                l.faciliteiten());
    }

    /**
     * Field name (as in the API and the form) to the text kept in the history; facilities as their
     * codes in a fixed order, so the same set always reads the same.
     */
    Map<String, @Nullable String> velden() {
        var v = new LinkedHashMap<String, @Nullable String>();
        v.put("naam", naam);
        v.put("adres.straat", straat);
        v.put("adres.postcode", postcode.toString());
        v.put("adres.huisnummer", Integer.toString(huisnummer));
        v.put("adres.huisnummertoevoeging", toevoeging);
        v.put("adres.plaats", plaats);
        v.put("exploitant", exploitant);
        v.put("faciliteiten", faciliteiten.isEmpty() ? null
                : Arrays.stream(Faciliteit.values()).filter(faciliteiten::contains).map(Faciliteit::code)
                        .collect(Collectors.joining(",")));
        return v;
    }
}
