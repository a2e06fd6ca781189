// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.util.List;
import java.util.Set;

/**
 * The indicators a series may have. The first five are the ones issue 16 names and the model
 * forecasts; the others appear in the published figures (shared data files) and are kept so a file
 * of published figures imports whole, but are not forecast. An unknown word is refused by line, so a
 * typing error never starts a new series.
 */
public final class Indicatoren {

    public static final String OPGEVANGEN = "opgevangen_gemeentelijke_opvang";
    public static final List<String> VOORSPELBAAR = List.of(OPGEVANGEN, "ontheemden_in_brp", "opvangplekken_gerealiseerd",
            "instroom", "uitstroom");
    /** The indicators Onderdak's own records give (per day, from placements). */
    public static final List<String> EIGEN = List.of(OPGEVANGEN, "instroom", "uitstroom");
    public static final Set<String> BEKEND = Set.of(OPGEVANGEN, "ontheemden_in_brp", "opvangplekken_gerealiseerd",
            "instroom", "uitstroom", "opvangplekken_bezet", "opvangplekken_beschikbaar", "noodopvangplaatsen_gerealiseerd",
            "opvangplaatsen_gerealiseerd", "opgevangen_noodopvang", "opgevangen_crisisnoodopvang", "opgevangen",
            "bezettingsgraad_noodopvang_pct", "bezettingsgraad_gemeentelijke_opvang_pct", "inschrijvingen_brp_week",
            "ingeschreven_brp_cumulatief", "ontheemden_woonachtig_nl", "vertrokken_cumulatief");

    private Indicatoren() {
    }
}
