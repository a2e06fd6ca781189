// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden;

import org.jspecify.annotations.Nullable;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Filter and sort order for the list of gemeenten. Every field is optional.
 *
 * @param naam part of the name, case-insensitive
 * @param sorteer the field to sort on; {@code aflopend} reverses it
 */
public record GemeenteFilter(@Nullable String naam, @Nullable String veiligheidsregio, @Nullable String provincie,
        @Nullable Grootteklasse grootteklasse, @Nullable Sortering sorteer, boolean aflopend) {

    public static GemeenteFilter alles() {
        return new GemeenteFilter(null, null, null, null, Sortering.NAAM, false);
    }

    Comparator<Gemeente> volgorde() {
        var v = (sorteer == null ? Sortering.NAAM : sorteer).volgorde();
        return aflopend ? v.reversed() : v;
    }

    public enum Sortering {
        NAAM("naam", Comparator.comparing(g -> g.naam().toLowerCase(Locale.ROOT))),
        CODE("code", Comparator.comparing(Gemeente::code)),
        INWONERS("inwoners", Comparator.comparing(Gemeente::inwoners, Comparator.nullsFirst(Comparator.naturalOrder()))),
        LANDOPPERVLAKTE("landoppervlakteHa",
                Comparator.comparing(Gemeente::landoppervlakteHa, Comparator.nullsFirst(Comparator.naturalOrder()))),
        VEILIGHEIDSREGIO("veiligheidsregio", Comparator.comparing(Gemeente::veiligheidsregioCode));

        private final String veld;
        private final Comparator<Gemeente> volgorde;

        Sortering(String veld, Comparator<Gemeente> volgorde) {
            this.veld = veld;
            this.volgorde = volgorde.thenComparing(Gemeente::code);
        }

        public String veld() {
            return veld;
        }

        Comparator<Gemeente> volgorde() {
            return volgorde;
        }

        public static java.util.Optional<Sortering> vanVeld(String veld) {
            for (var s : values()) {
                if (s.veld.equals(veld)) {
                    return java.util.Optional.of(s);
                }
            }
            return java.util.Optional.empty();
        }
    }

    Predicate<Gemeente> alsPredicaat() {
        Predicate<Gemeente> p = g -> true;
        if (naam != null && !naam.isBlank()) {
            var deel = naam.strip().toLowerCase(Locale.ROOT);
            p = p.and(g -> g.naam().toLowerCase(Locale.ROOT).contains(deel));
        }
        if (veiligheidsregio != null && !veiligheidsregio.isBlank()) {
            p = p.and(g -> g.veiligheidsregioCode().equals(veiligheidsregio));
        }
        if (provincie != null && !provincie.isBlank()) {
            p = p.and(g -> g.provincieCode().equals(provincie));
        }
        if (grootteklasse != null) {
            p = p.and(g -> g.grootteklasse() == grootteklasse);
        }
        return p;
    }
}
