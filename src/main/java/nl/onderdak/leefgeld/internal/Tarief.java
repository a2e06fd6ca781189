// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the rate table: the monthly amount of one component for one age group and a range of
 * household sizes, valid for a period.
 *
 * @param geldigVanaf    first day the rate applies
 * @param geldigTot      last day the rate applies (inclusive); {@code null} means until replaced
 * @param component      the part of the allowance
 * @param leeftijdsgroep the age group, or {@link Leeftijdsgroep#ALLE}
 * @param huishoudenMin  smallest household size (persons) the rate applies to, at least 1
 * @param huishoudenMax  largest household size (inclusive); {@code null} means "and larger"
 * @param bedragPerMaand amount per person per full month in euro, two decimals
 * @param bron           key of the source (see {@code regels/BRON.md})
 */
public record Tarief(LocalDate geldigVanaf, LocalDate geldigTot, Component component, Leeftijdsgroep leeftijdsgroep,
        int huishoudenMin, Integer huishoudenMax, BigDecimal bedragPerMaand, String bron) {

    public Tarief {
        Objects.requireNonNull(geldigVanaf, "geldigVanaf");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(leeftijdsgroep, "leeftijdsgroep");
        Objects.requireNonNull(bedragPerMaand, "bedragPerMaand");
        if (geldigTot != null && geldigTot.isBefore(geldigVanaf)) {
            throw new IllegalArgumentException("geldig_tot " + geldigTot + " ligt voor geldig_vanaf " + geldigVanaf);
        }
        if (huishoudenMin < 1) {
            throw new IllegalArgumentException("huishouden_min moet minstens 1 zijn, niet " + huishoudenMin);
        }
        if (huishoudenMax != null && huishoudenMax < huishoudenMin) {
            throw new IllegalArgumentException("huishouden_max " + huishoudenMax + " is kleiner dan huishouden_min " + huishoudenMin);
        }
        if (bedragPerMaand.signum() < 0) {
            throw new IllegalArgumentException("bedrag " + bedragPerMaand.toPlainString() + " is negatief");
        }
        if (bedragPerMaand.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("bedrag " + bedragPerMaand.toPlainString() + " heeft meer dan twee decimalen");
        }
        bedragPerMaand = bedragPerMaand.setScale(2);
        if (bron == null || bron.isBlank()) {
            throw new IllegalArgumentException("bron ontbreekt");
        }
    }

    /**
     * Whether this rate applies on {@code dag} to {@code component} for a person who is (or is not)
     * a minor on that day, in a household of {@code huishoudgrootte} persons present that day.
     */
    public boolean geldtVoor(LocalDate dag, Component component, boolean minderjarig, int huishoudgrootte) {
        return this.component == component
                && geldigOp(dag)
                && leeftijdsgroep.omvat(minderjarig)
                && huishoudgrootte >= huishoudenMin
                && (huishoudenMax == null || huishoudgrootte <= huishoudenMax);
    }

    /** Whether {@code dag} lies in the validity period (both ends inclusive). */
    boolean geldigOp(LocalDate dag) {
        return !dag.isBefore(geldigVanaf) && (geldigTot == null || !dag.isAfter(geldigTot));
    }

    /** Whether one person on one day could match both this rate and {@code andere}. */
    boolean overlaptMet(Tarief andere) {
        return component == andere.component
                && leeftijdsgroep.overlaptMet(andere.leeftijdsgroep)
                && !geldigVanaf.isAfter(laatsteDag(andere.geldigTot))
                && !andere.geldigVanaf.isAfter(laatsteDag(geldigTot))
                && huishoudenMin <= bovengrens(andere.huishoudenMax)
                && andere.huishoudenMin <= bovengrens(huishoudenMax);
    }

    private static LocalDate laatsteDag(LocalDate tot) {
        return tot == null ? LocalDate.MAX : tot;
    }

    private static int bovengrens(Integer max) {
        return max == null ? Integer.MAX_VALUE : max;
    }
}
