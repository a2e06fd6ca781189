// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring.web;

import java.util.List;
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
                        // The national report: not a gemeente's daily work (it reaches it from Capaciteit).
                        g -> Capaciteitsoverzicht.magInzien(g) && g != null && !g.isGemeenteMedewerker()));
    }
}
