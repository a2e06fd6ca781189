// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.web;

import java.util.List;
import nl.onderdak.toegang.Rol;
import nl.onderdak.bekostiging.internal.Claims;
import nl.onderdak.bekostiging.internal.DeclaratieToegang;
import nl.onderdak.bekostiging.internal.Regiokosten;
import nl.onderdak.bekostiging.internal.Transitievergoedingen;
import nl.onderdak.toegang.Menubijdrage;
import org.springframework.stereotype.Component;

/** The main-menu entries of bekostiging; each shows exactly when the service behind it lets the user in. */
@Component
class BekostigingMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(
                new Ingang("menu.claim", "/bekostiging", 50,
                        // Claims are the work of the gemeente and of who decides on them, not of every national reader.
                        g -> Claims.magZien(g) && g != null && (g.isGemeenteMedewerker() || g.heeft(Rol.NOO_MEDEWERKER)
                                || g.heeft(Rol.OPGAVE_VASTSTELLER) || g.heeft(Rol.BEHEERDER))),
                new Ingang("menu.declaraties", "/declaraties", 60, DeclaratieToegang::magZien),
                new Ingang("menu.transitievergoedingen", "/transitievergoedingen", 160, Transitievergoedingen::magZien),
                new Ingang("menu.regiokosten", "/regiokosten", 170, Regiokosten::magZien));
    }
}
