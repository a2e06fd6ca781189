// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.web;

import java.util.List;
import nl.onderdak.plaatsing.internal.Plaatsingsverzoeken;
import nl.onderdak.toegang.Menubijdrage;
import org.springframework.stereotype.Component;

/** The main-menu entries of plaatsing: shown by the same rule the service enforces. */
@Component
class PlaatsingMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(new Ingang("menu.verzoeken", "/plaatsingsverzoeken", 30, Plaatsingsverzoeken::magVerzoekenZien));
    }
}
