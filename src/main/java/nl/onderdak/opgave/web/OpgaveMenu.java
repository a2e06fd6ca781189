// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave.web;

import java.util.List;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import nl.onderdak.opgave.Opgavebesluiten;
import nl.onderdak.toegang.Menubijdrage;
import org.springframework.stereotype.Component;

/** The main-menu entries of opgave. */
@Component
class OpgaveMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(
                // Open to all; in the menu for visitors and the roles that set or divide the target (issue 13).
                new Ingang("menu.verdeelsleutel", "/verdeelsleutel", 120, g -> Opgavebesluiten.magInzien(g) && dagelijks(g)),
                new Ingang("menu.opgavebesluiten", "/opgavebesluiten", 130, g -> Opgavebesluiten.magInzien(g) && dagelijks(g)));
    }

    private static boolean dagelijks(@Nullable Gebruiker g) {
        return g == null || g.heeft(Rol.OPGAVE_VASTSTELLER) || g.heeft(Rol.BEHEERDER) || g.heeft(Rol.REGIO_COORDINATOR);
    }
}
