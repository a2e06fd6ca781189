// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.web;

import java.util.List;
import nl.onderdak.prognose.internal.Prognoses;
import nl.onderdak.toegang.Menubijdrage;
import nl.onderdak.toegang.Rol;
import org.springframework.stereotype.Component;

/**
 * The main-menu entry of prognose, for everyone who may open the pages (the same rule as the pages): JenV, NOO,
 * LCVS, KCIO, the regions and the gemeenten (who see their own region's places). The national administrator is
 * the exception: that menu is at its limit of 13 (StartpaginaTest), so the administrator reaches the forecast
 * from the target decisions page (/opgavebesluiten), where the reviews' draft decisions end up.
 */
@Component
class PrognoseMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(new Ingang("menu.prognoses", "/prognoses", 135, g -> Prognoses.magInzien(g) && !g.heeft(Rol.BEHEERDER)));
    }
}
