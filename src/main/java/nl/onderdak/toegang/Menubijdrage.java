// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A module's entries in the main menu. Each module contributes its own, and decides visibility with
 * the same rule its service enforces (a method of the service, not a copy of it), so the menu never
 * shows a page that answers 403 and never hides one the user may open.
 */
public interface Menubijdrage {

    /**
     * One entry: message key, address, position (lower first; the start page is 0) and who sees it
     * ({@code null} when nobody is logged in).
     */
    record Ingang(String sleutel, String href, int positie, Predicate<@Nullable Gebruiker> zichtbaar) {
    }

    List<Ingang> ingangen();
}
