// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.onderdak.platform.Berichten;

/**
 * A norm amount of the BooO: for municipal reception (GOO) per realised place per day, for private
 * reception (POO) per displaced person per month.
 *
 * @param geldigTot inclusive; for a stored row without an end, the day before its successor starts
 *                  (null while there is none)
 * @param voorstel  a proposal, not yet confirmed: a claim that uses it is provisional
 */
public record Normbedrag(long id, LocalDate geldigVanaf, LocalDate geldigTot, Opvangvorm opvangvorm, BigDecimal bedrag, boolean voorstel,
        String toelichting, String bron) {

    /** Form of reception. */
    public enum Opvangvorm {
        GOO, POO;

        /** The unit in words, in the language of the user: "per gerealiseerde plek per dag". */
        public String eenheid() {
            return Berichten.tekst("normbedrag.eenheid." + name().toLowerCase(java.util.Locale.ROOT));
        }

        String eenheidCode() {
            return this == GOO ? "per_gerealiseerde_plek_per_dag" : "per_ontheemde_per_maand";
        }
    }

    public boolean geldtOp(LocalDate dag) {
        return !dag.isBefore(geldigVanaf) && (geldigTot == null || !dag.isAfter(geldigTot));
    }
}
