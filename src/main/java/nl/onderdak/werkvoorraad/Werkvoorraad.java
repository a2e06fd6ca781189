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
import java.util.Map;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Everything that waits for one user, gathered from every module's {@link Werkbron}: oldest first,
 * with the items due within a week flagged. A source that fails is logged and left out, and the
 * overview says it is incomplete, so one broken module never takes the start page down with it.
 */
@Service
public class Werkvoorraad {

    private static final Logger LOG = LoggerFactory.getLogger(Werkvoorraad.class);

    /** Items due within this many days (or overdue) are flagged "deze week". */
    static final int DAGEN_BINNENKORT = 7;

    /** Oldest first; equal moments in a stable order so the list does not jump between visits. */
    static final Comparator<Werk> OUDSTE_EERST = Comparator.comparing(Werk::sinds)
            .thenComparing(Werk::soort).thenComparing(Werk::link).thenComparing(Werk::omschrijving);

    /** One item with whether its deadline falls within the week (or has passed). */
    public record Item(Werk werk, boolean binnenkort) {
    }

    /**
     * The user's work, oldest first.
     *
     * @param onvolledig true when at least one source failed: what is listed is true, but not all
     */
    public record Overzicht(List<Item> items, boolean onvolledig) {

        public int totaal() {
            return items.size();
        }

        /** The items per kind of work, kinds in the order of their oldest item, items oldest first. */
        public Map<String, List<Item>> perSoort() {
            var groepen = new LinkedHashMap<String, List<Item>>();
            for (var item : items) {
                groepen.computeIfAbsent(item.werk().soort(), s -> new ArrayList<>()).add(item);
            }
            return groepen;
        }

        /**
         * How many items link below an address of the application: the count a menu entry shows. The
         * start page itself ({@code /}) counts everything.
         */
        public long aantalOnder(String href) {
            if (href.equals("/")) {
                return items.size();
            }
            return items.stream().map(i -> i.werk().link())
                    .filter(link -> link.equals(href) || link.startsWith(href + "/") || link.startsWith(href + "?"))
                    .count();
        }
    }

    /** How long the menu may show a count before it asks the modules again. */
    static final java.time.Duration MENU_VERS = java.time.Duration.ofSeconds(30);

    private final List<Werkbron> bronnen;
    private final Clock klok;
    /**
     * The counts in the menu are on every page; asking every module on every page made a list page of a
     * large gemeente several times slower. The menu may lag up to {@link #MENU_VERS}; the start page and
     * the API always ask afresh (and refresh this). Keyed by everything that decides access, so a role
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

    /** The work for the menu's counts: at most {@link #MENU_VERS} old. */
    public Overzicht voorMenu(Gebruiker gebruiker, Locale taal) {
        // Not Cache.get(key, loader): voor() refreshes the cache itself, which inside the loader is a recursive update.
        var bewaard = voorMenu.getIfPresent(sleutel(gebruiker, taal));
        return bewaard != null ? bewaard : voor(gebruiker, taal);
    }

    public Overzicht voor(Gebruiker gebruiker, Locale taal) {
        var werk = new ArrayList<Werk>();
        boolean onvolledig = false;
        for (var bron : bronnen) {
            try {
                werk.addAll(bron.werkVoor(gebruiker, taal));
            } catch (RuntimeException e) {
                // Never the user's data in the log: only which source failed, for whom, and the exception.
                LOG.error("Werkbron {} faalde voor gebruiker {}", org.springframework.aop.support.AopUtils.getTargetClass(bron).getName(), gebruiker.gebruikersnaam(), e);
                onvolledig = true;
            }
        }
        var vandaag = LocalDate.now(klok.withZone(Weergave.TIJDZONE));
        var grens = vandaag.plusDays(DAGEN_BINNENKORT);
        var items = werk.stream().sorted(OUDSTE_EERST)
                .map(w -> new Item(w, w.uiterlijk() != null && !w.uiterlijk().isAfter(grens)))
                .toList();
        var overzicht = new Overzicht(items, onvolledig);
        voorMenu.put(sleutel(gebruiker, taal), overzicht);
        return overzicht;
    }
}
