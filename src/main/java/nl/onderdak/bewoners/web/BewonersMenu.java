// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.web;

import java.util.List;
import nl.onderdak.bewoners.Huishoudens;
import nl.onderdak.bewoners.internal.Termijnen;
import nl.onderdak.toegang.Menubijdrage;
import org.springframework.stereotype.Component;

/** The main-menu entries of bewoners: each shown by the same rule the service enforces. */
@Component
class BewonersMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(
                new Ingang("menu.huishoudens", "/huishoudens", 10, Huishoudens::magHuishoudensZien),
                new Ingang("menu.termijnen", "/termijnen", 20, Termijnen::magTermijnenZien));
    }
}
