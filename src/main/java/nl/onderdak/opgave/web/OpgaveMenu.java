// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave.web;

import java.util.List;
import nl.onderdak.opgave.Opgavebesluiten;
import nl.onderdak.toegang.Menubijdrage;
import org.springframework.stereotype.Component;

/** The main-menu entries of opgave. */
@Component
class OpgaveMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(
                new Ingang("menu.verdeelsleutel", "/verdeelsleutel", 120, Opgavebesluiten::magInzien),
                new Ingang("menu.opgavebesluiten", "/opgavebesluiten", 130, Opgavebesluiten::magInzien));
    }
}
