// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.onderdak.locaties.internal.BeschrijvingInvoer;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import tools.jackson.databind.JsonNode;

/**
 * A JSON merge patch (RFC 7396) on the description of a location, read into a change of the text of
 * its fields plus what is wrong with the patch itself. A field that is absent stays as it is; null
 * clears an optional field (a required one is then refused by the validation, by its name);
 * {@code faciliteiten} replaces the whole list. A field that cannot be changed here, or a value of the
 * wrong kind, is named in {@link #fouten} and reported with the validation's messages.
 */
record Locatiepatch(UnaryOperator<BeschrijvingInvoer> wijziging, List<Veld> fouten) {

    private static final Set<String> TEKSTVELDEN = Set.of("naam", "exploitant");
    private static final Set<String> ADRESVELDEN = Set.of("straat", "postcode", "huisnummer", "huisnummertoevoeging", "plaats");

    static Locatiepatch lees(JsonNode patch) {
        var fouten = new ArrayList<Veld>();
        var stappen = new ArrayList<UnaryOperator<BeschrijvingInvoer>>();
        if (patch == null || !patch.isObject()) {
            fouten.add(new Veld("", Berichten.tekst("locatie.fout.patchObject")));
            return new Locatiepatch(UnaryOperator.identity(), fouten);
        }
        for (var veld : patch.properties()) {
            var naam = veld.getKey();
            var waarde = veld.getValue();
            if (TEKSTVELDEN.contains(naam)) {
                tekst(naam, waarde, stappen, fouten);
            } else if (naam.equals("adres")) {
                if (waarde.isNull()) {
                    fouten.add(new Veld("adres", Berichten.tekst("locatie.fout.adresLeeg")));
                } else if (!waarde.isObject()) {
                    fouten.add(new Veld("adres", Berichten.tekst("locatie.fout.adresObject")));
                } else {
                    for (var adresveld : waarde.properties()) {
                        if (ADRESVELDEN.contains(adresveld.getKey())) {
                            tekst("adres." + adresveld.getKey(), adresveld.getValue(), stappen, fouten);
                        } else {
                            fouten.add(new Veld("adres." + adresveld.getKey(), Berichten.tekst("locatie.fout.adresveld")));
                        }
                    }
                }
            } else if (naam.equals("faciliteiten")) {
                if (waarde.isNull()) {
                    stappen.add(b -> b.metFaciliteiten(Set.of()));
                } else if (!waarde.isArray() || waarde.valueStream().anyMatch(f -> !f.isString())) {
                    fouten.add(new Veld("faciliteiten", Berichten.tekst("locatie.fout.faciliteitenLijst")));
                } else {
                    var codes = new LinkedHashSet<String>();
                    waarde.valueStream().map(JsonNode::asString).forEach(codes::add);
                    stappen.add(b -> b.metFaciliteiten(codes));
                }
            } else {
                fouten.add(new Veld(naam, Berichten.tekst("locatie.fout.patchVeld")));
            }
        }
        UnaryOperator<BeschrijvingInvoer> wijziging = b -> {
            var uitkomst = b;
            for (var stap : stappen) {
                uitkomst = stap.apply(uitkomst);
            }
            return uitkomst;
        };
        return new Locatiepatch(wijziging, fouten);
    }

    /** A text field: a string or number becomes its text, null clears it; anything else is named. */
    private static void tekst(String naam, JsonNode waarde, List<UnaryOperator<BeschrijvingInvoer>> stappen, List<Veld> fouten) {
        if (waarde.isNull()) {
            stappen.add(b -> b.met(naam, null));
        } else if (waarde.isString() || waarde.isNumber()) {
            var tekst = waarde.isString() ? waarde.asString() : waarde.toString();
            stappen.add(b -> b.met(naam, tekst));
        } else {
            fouten.add(new Veld(naam, Berichten.tekst("locatie.fout.tekstOfGetal")));
        }
    }
}
