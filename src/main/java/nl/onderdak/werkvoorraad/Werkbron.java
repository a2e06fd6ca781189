// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad;

import java.util.List;
import java.util.Locale;
import nl.onderdak.toegang.Gebruiker;

/**
 * What waits for a user in one module. A module implements it as a Spring bean and answers with the
 * same access rule its own pages enforce: an item the user may not act on is never listed, so one
 * click on the item never ends in a 403.
 *
 * <p>Per kind of work a source answers the count and only the oldest {@code perSoort} items: a gemeente
 * with 100,000 residents has some 80,000 deadlines, and building all of them for a page that shows a
 * hundred took half a minute. The menu asks with {@code perSoort} 0 (counts only), the start page with
 * 100, the API with as many as its page needs.
 */
public interface Werkbron {

    /**
     * Per kind: how many items wait for this user, and the oldest {@code perSoort} of them, oldest
     * first in the order of {@link Werkstapel#OUDSTE_EERST} (a source that limits in SQL orders by the
     * moment and then the link, so that a longer list always begins with the shorter one). Kinds with
     * nothing waiting may be left out.
     *
     * @param perSoort at most this many items per kind, 0 or more
     */
    List<Werkstapel> werkVoor(Gebruiker gebruiker, Locale taal, int perSoort);

    /**
     * Every item, of every kind, in no particular order: for tests and small tools that want to see
     * the whole list of a small organisation. Never on a page or API path: it builds every item.
     */
    default List<Werk> werkVoor(Gebruiker gebruiker, Locale taal) {
        return werkVoor(gebruiker, taal, Integer.MAX_VALUE).stream().flatMap(s -> s.oudste().stream()).toList();
    }
}
