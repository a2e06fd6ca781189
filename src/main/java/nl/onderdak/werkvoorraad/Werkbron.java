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
 */
public interface Werkbron {

    /** Everything that waits for this user in this module, in any order; the caller sorts. */
    List<Werk> werkVoor(Gebruiker gebruiker, Locale taal);
}
