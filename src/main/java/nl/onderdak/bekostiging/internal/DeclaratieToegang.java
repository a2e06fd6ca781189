// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.util.Optional;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with declarations, in one place: the service enforces these rules, the pages and
 * the menu ask the same methods. A gemeente employee works on the own gemeente's declarations, an NOO
 * employee sees all of them and decides; anyone else sees nothing.
 */
public final class DeclaratieToegang {

    private DeclaratieToegang() {
    }

    /** May see declarations at all (the menu entry, the list). */
    public static boolean magZien(@Nullable Gebruiker g) {
        return g != null && (g.isGemeenteMedewerker() || g.heeft(Rol.NOO_MEDEWERKER));
    }

    /** May submit one for the own gemeente. */
    public static boolean magIndienen(Gebruiker g) {
        return g.isGemeenteMedewerker();
    }

    /** May add attachments to this declaration: only the gemeente that submitted it. */
    public static boolean magBijlagenToevoegen(Gebruiker g, String gemeenteCode) {
        return g.isGemeenteMedewerker() && gemeenteCode.equals(g.organisatie().gemeenteCode());
    }

    /** May decide on this declaration: the NOO, never on one of its own organisation's gemeente. */
    public static boolean magBeoordelen(Gebruiker g, String gemeenteCode) {
        return g.heeft(Rol.NOO_MEDEWERKER) && !gemeenteCode.equals(g.organisatie().gemeenteCode());
    }

    /** The gemeente whose declarations the user sees; empty for the NOO (all). Anyone else: 403. */
    static Optional<String> gemeenteInScope(Gebruiker gebruiker) {
        if (gebruiker.isGemeenteMedewerker()) {
            return Optional.of(gebruiker.organisatie().gemeenteCode());
        }
        if (gebruiker.heeft(Rol.NOO_MEDEWERKER)) {
            return Optional.empty();
        }
        throw new AccessDeniedException("declaraties zijn voor gemeenten en de NOO");
    }
}
