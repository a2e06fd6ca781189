// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One kind of work of one source for one user: how many items wait, and the oldest of them. A large
 * gemeente has tens of thousands of deadlines; the start page shows a hundred and the menu only counts,
 * so a source counts in SQL and builds only the items asked for.
 *
 * @param soort the kind, as {@link Werk#soort()}
 * @param totaal how many items of this kind wait for the user, all of them
 * @param oudste the oldest items of this kind, at most as many as asked for, oldest first
 *     ({@link #OUDSTE_EERST}); empty when only the count was asked for
 * @param lijst the page where the whole list of this kind lives (the start page links to it, and the
 *     menu entry above that address counts {@code totaal})
 */
public record Werkstapel(String soort, long totaal, List<Werk> oudste, String lijst) {

    /**
     * Oldest first; equal moments in a stable order so the list does not jump between visits and pages
     * join without gaps. A source that limits in SQL orders the same way: by the moment, then by the link.
     */
    public static final Comparator<Werk> OUDSTE_EERST = Comparator.comparing(Werk::sinds)
            .thenComparing(Werk::soort).thenComparing(Werk::link).thenComparing(Werk::omschrijving);

    public Werkstapel {
        Objects.requireNonNull(soort);
        oudste = List.copyOf(oudste);
        if (totaal < oudste.size()) {
            throw new IllegalArgumentException("een stapel telt minstens wat hij toont: " + soort);
        }
        if (!lijst.startsWith("/") || lijst.startsWith("//")) {
            throw new IllegalArgumentException("een lijst ligt binnen de applicatie: " + lijst);
        }
    }

    /**
     * The stacks of a source whose work is small by nature (a handful of runs, the imports of one user,
     * the open placement requests), built in full and cut here: per kind the count and the oldest
     * {@code perSoort}. A source whose work grows with the number of residents counts in SQL instead.
     *
     * @param lijstVan the page of the whole list per kind
     */
    public static List<Werkstapel> uit(List<Werk> werk, int perSoort, Function<String, String> lijstVan) {
        var perKind = new LinkedHashMap<String, List<Werk>>();
        for (var w : werk) {
            perKind.computeIfAbsent(w.soort(), s -> new ArrayList<>()).add(w);
        }
        var stapels = new ArrayList<Werkstapel>();
        perKind.forEach((soort, items) -> {
            var gesorteerd = items.stream().sorted(OUDSTE_EERST).limit(Math.max(0, perSoort)).toList();
            stapels.add(new Werkstapel(soort, items.size(), gesorteerd, lijstVan.apply(soort)));
        });
        return stapels;
    }

    /** As {@link #uit(List, int, Function)} with one page for every kind of the source. */
    public static List<Werkstapel> uit(List<Werk> werk, int perSoort, String lijst) {
        return uit(werk, perSoort, soort -> lijst);
    }
}
