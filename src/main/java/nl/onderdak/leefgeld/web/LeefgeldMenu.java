// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.web;

import java.util.List;
import nl.onderdak.toegang.Rol;
import nl.onderdak.leefgeld.internal.LeefgeldTarieven;
import nl.onderdak.leefgeld.internal.betaalrun.Betaalrunlevenscyclus;
import nl.onderdak.toegang.Menubijdrage;
import org.springframework.stereotype.Component;

/** The main-menu entries of leefgeld, shown by the same rules the services enforce. */
@Component
class LeefgeldMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(
                new Ingang("menu.betaalruns", "/betaalruns", 40, Betaalrunlevenscyclus::magBetaalrunsZien),
                new Ingang("menu.tarieven", "/leefgeld/tarieven", 150,
                        // Maintained by the administrator; a gemeente reads them from a run's explanation (issue 13).
                        g -> LeefgeldTarieven.magTarievenZien(g) && g != null && g.heeft(Rol.BEHEERDER)));
    }
}
