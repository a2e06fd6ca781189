// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.logboek.web;

import java.util.List;
import nl.onderdak.toegang.Menubijdrage;
import nl.onderdak.toegang.Rol;
import org.springframework.stereotype.Component;

/** The check of the processing log, in the menu of the national administrator only (the page is under /beheer). */
@Component
class LogboekMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(new Ingang("menu.verwerkingslogControle", "/beheer/verwerkingslog/controle", 150,
                g -> g != null && g.heeft(Rol.BEHEERDER)));
    }
}
