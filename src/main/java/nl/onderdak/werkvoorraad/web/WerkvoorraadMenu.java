// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad.web;

import java.util.List;
import java.util.Objects;
import nl.onderdak.toegang.Menubijdrage;
import org.springframework.stereotype.Component;

/** The help pages, last in the menu, for everyone logged in. */
@Component
class WerkvoorraadMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(new Ingang("menu.hulp", "/hulp", 900, Objects::nonNull));
    }
}
