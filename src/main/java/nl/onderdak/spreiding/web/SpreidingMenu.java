// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.web;

import java.util.List;
import nl.onderdak.spreiding.internal.Spreidingsdienst;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Menubijdrage;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The menu entry of the distribution law: for the province and JenV, who work in it. Gemeenten and
 * the national administrator read it by address and from their start page (their menus are full).
 */
@Component
class SpreidingMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(new Ingang("menu.spreiding", "/spreiding", 135, SpreidingMenu::werktErIn));
    }

    static boolean werktErIn(@Nullable Gebruiker g) {
        // The national administrator also holds OPGAVE_VASTSTELLER, but its menu is full (13 items); it reaches
        // the page by address, as for the forecasts.
        return Spreidingsdienst.magLezen(g) && !g.heeft(Rol.BEHEERDER)
                && (g.heeft(Rol.PROVINCIE_REGISSEUR) || g.heeft(Rol.OPGAVE_VASTSTELLER));
    }
}
