// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.web;

import java.util.List;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.toegang.Menubijdrage;
import org.springframework.stereotype.Component;

/** The main-menu entries of locaties. */
@Component
class LocatiesMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(
                new Ingang("menu.locaties", "/opvanglocaties", 70, Opvanglocaties::magInzien));
    }
}
