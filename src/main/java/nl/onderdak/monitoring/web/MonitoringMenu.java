// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring.web;

import java.util.List;
import nl.onderdak.toegang.Rol;
import nl.onderdak.monitoring.internal.Capaciteitsoverzicht;
import nl.onderdak.toegang.Menubijdrage;
import org.springframework.stereotype.Component;

/** The main-menu entries of monitoring. */
@Component
class MonitoringMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(
                new Ingang("menu.capaciteit", "/capaciteit", 80, Capaciteitsoverzicht::magInzien),
                new Ingang("menu.kcio", "/rapportage/kcio", 90,
                        // The national report: not the daily work of a gemeente or the administrator (both reach it
                        // under "Naslag" on the start page).
                        g -> Capaciteitsoverzicht.magInzien(g) && g != null && !g.isGemeenteMedewerker()
                                && !g.heeft(Rol.BEHEERDER)));
    }
}
