// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Everything that waits for one user, gathered from every module's {@link Werkbron}: per kind the count
 * and the oldest items, merged oldest first, with the items due within a week flagged. A source that
 * fails is logged and left out, and the overview says it is incomplete, so one broken module never
 * takes the start page down with it.
 */
@Service
public class Werkvoorraad {

    private static final Logger LOG = LoggerFactory.getLogger(Werkvoorraad.class);

    /** Items due within this many days (or overdue) are flagged "deze week". */
    static final int DAGEN_BINNENKORT = 7;

    /** Oldest first; equal moments in a stable order so the list does not jump between visits. */
    static final Comparator<Werk> OUDSTE_EERST = Werkstapel.OUDSTE_EERST;

    /** One item with whether its deadline falls within the week (or has passed). */
    public record Item(Werk werk, boolean binnenkort) {
    }

    /**
     * One kind of work over all sources: how many wait, where the whole list lives, and the oldest
     * items asked for, oldest first.
     */
    public record Groep(String soort, long totaal, String lijst, List<Item> items) {

        /** How many of this kind are not among the items (the start page says "100 van 80.155"). */
        public long nietGetoond() {
            return totaal - items.size();
        }
    }

    /**
     * The user's work: per kind its count and its oldest {@code perSoort} items, and all those items
     * merged oldest first. The first {@code perSoort} of {@link #items()} are the user's oldest
     * {@code perSoort} over all kinds: the API's pages are slices of that prefix.
     *
     * @param groepen per kind, kinds in the order of their oldest item
     * @param stapels what each source counted, before kinds of several sources were merged: the menu
     *     counts each below the page of its list
     * @param onvolledig true when at least one source failed: what is listed is true, but not all
     */
    public record Overzicht(List<Item> items, List<Groep> groepen, List<Werkstapel> stapels, boolean onvolledig) {

        /** How many items wait, of all kinds, also those not among {@link #items()}. */
        public long totaal() {
            return groepen.stream().mapToLong(Groep::totaal).sum();
        }

        /** The kinds, in the order of their oldest item; kinds with nothing waiting are left out. */
        public List<Groep> perSoort() {
            return groepen;
        }

        /**
         * How many items a menu entry's address counts: every kind whose whole list lives at or below
         * it. The start page itself ({@code /}) counts everything.
         */
        public long aantalOnder(String href) {
            if (href.equals("/")) {
                return totaal();
            }
            return stapels.stream()
                    .filter(s -> s.lijst().equals(href) || s.lijst().startsWith(href + "/") || s.lijst().startsWith(href + "?"))
                    .mapToLong(Werkstapel::totaal).sum();
        }
    }

    /** How long the menu may show a count before it asks the modules again. */
    static final java.time.Duration MENU_VERS = java.time.Duration.ofSeconds(30);

    private final List<Werkbron> bronnen;
    private final Clock klok;
    /**
     * The counts in the menu are on every page. Counting is cheap (the menu asks for no items), but
     * still a few queries per module; the menu may lag up to {@link #MENU_VERS}. The start page and the
     * API always ask afresh (and refresh this). Keyed by everything that decides access, so a role
     * change never shows another role's counts.
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, Overzicht> voorMenu =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().expireAfterWrite(MENU_VERS).maximumSize(10_000).build();

    Werkvoorraad(List<Werkbron> bronnen, Clock klok) {
        this.bronnen = List.copyOf(bronnen);
        this.klok = klok;
    }

    private static String sleutel(Gebruiker gebruiker, Locale taal) {
        return gebruiker.gebruikersnaam() + "|" + gebruiker.organisatie().code() + "|"
                + gebruiker.rollen().stream().map(Enum::name).sorted().toList() + "|" + taal.toLanguageTag();
    }

    /** The counts for the menu, without items: at most {@link #MENU_VERS} old. */
    public Overzicht voorMenu(Gebruiker gebruiker, Locale taal) {
        // Not Cache.get(key, loader): voor() refreshes the cache itself, which inside the loader is a recursive update.
        var bewaard = voorMenu.getIfPresent(sleutel(gebruiker, taal));
        return bewaard != null ? bewaard : voor(gebruiker, taal, 0);
    }

    /**
     * The user's work: per kind the count and the oldest {@code perSoort} items.
     *
     * @param perSoort at most this many items per kind; 0 for counts only
     */
    public Overzicht voor(Gebruiker gebruiker, Locale taal, int perSoort) {
        if (perSoort < 0) {
            throw new IllegalArgumentException("perSoort " + perSoort);
        }
        var stapels = new ArrayList<Werkstapel>();
        boolean onvolledig = false;
        for (var bron : bronnen) {
            try {
                for (var stapel : bron.werkVoor(gebruiker, taal, perSoort)) {
                    if (stapel.oudste().size() > perSoort) {
                        // A source that ignores the limit is cut here: the API's pages rely on it.
                        stapel = new Werkstapel(stapel.soort(), stapel.totaal(), stapel.oudste().stream()
                                .sorted(OUDSTE_EERST).limit(perSoort).toList(), stapel.lijst());
                    }
                    stapels.add(stapel);
                }
            } catch (RuntimeException e) {
                // Never the user's data in the log: only which source failed, for whom, and the exception.
                LOG.error("Werkbron {} faalde voor gebruiker {}", org.springframework.aop.support.AopUtils.getTargetClass(bron).getName(),
                        gebruiker.gebruikersnaam(), e);
                onvolledig = true;
            }
        }
        var vandaag = LocalDate.now(klok.withZone(Weergave.TIJDZONE));
        var grens = vandaag.plusDays(DAGEN_BINNENKORT);
        // Kinds that several sources answer (a module's own and a test's) become one group, cut to perSoort again.
        var perKind = new LinkedHashMap<String, List<Werkstapel>>();
        stapels.stream().filter(s -> s.totaal() > 0).forEach(s -> perKind.computeIfAbsent(s.soort(), k -> new ArrayList<>()).add(s));
        var groepen = new ArrayList<Groep>();
        perKind.forEach((soort, delen) -> {
            var items = delen.stream().flatMap(s -> s.oudste().stream()).sorted(OUDSTE_EERST).limit(perSoort)
                    .map(w -> new Item(w, w.uiterlijk() != null && !w.uiterlijk().isAfter(grens))).toList();
            groepen.add(new Groep(soort, delen.stream().mapToLong(Werkstapel::totaal).sum(), delen.getFirst().lijst(), items));
        });
        groepen.sort(Comparator.comparing((Groep g) -> g.items().isEmpty() ? null : g.items().getFirst().werk(),
                Comparator.nullsLast(OUDSTE_EERST)).thenComparing(Groep::soort));
        var items = groepen.stream().flatMap(g -> g.items().stream())
                .sorted(Comparator.comparing(Item::werk, OUDSTE_EERST)).toList();
        var overzicht = new Overzicht(items, List.copyOf(groepen), List.copyOf(stapels), onvolledig);
        // The menu needs the counts only: keep no items in memory (an API page deep in the list holds thousands).
        voorMenu.put(sleutel(gebruiker, taal), new Overzicht(List.of(),
                groepen.stream().map(g -> new Groep(g.soort(), g.totaal(), g.lijst(), List.of())).toList(),
                stapels.stream().map(s -> new Werkstapel(s.soort(), s.totaal(), List.of(), s.lijst())).toList(), onvolledig));
        return overzicht;
    }
}
