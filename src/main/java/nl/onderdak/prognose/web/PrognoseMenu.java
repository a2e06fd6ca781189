// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.web;

import java.util.List;
import nl.onderdak.prognose.internal.Prognoses;
import nl.onderdak.toegang.Menubijdrage;
import nl.onderdak.toegang.Rol;
import org.springframework.stereotype.Component;

/**
 * The main-menu entry of prognose, for the roles issue 16 names: JenV, NOO, LCVS, KCIO and the regions. Gemeenten
 * and the national administrator may open the pages too (same rule as the pages) but get no menu item: the
 * administrator's menu is at its limit of 13 (StartpaginaTest) and a gemeente uses the region's figures rarely.
 */
@Component
class PrognoseMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(new Ingang("menu.prognoses", "/prognoses", 135, g -> Prognoses.magInzien(g)
                && !g.heeft(Rol.BEHEERDER) && (g.heeft(Rol.OPGAVE_VASTSTELLER) || g.heeft(Rol.NOO_MEDEWERKER)
                || g.heeft(Rol.LCVS_PLAATSER) || g.heeft(Rol.KCIO_ANALIST) || g.heeft(Rol.REGIO_COORDINATOR))));
    }
}
