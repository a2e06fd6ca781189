// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden.web;

import java.util.List;
import nl.onderdak.gebieden.internal.CbsImport;
import nl.onderdak.toegang.Menubijdrage;
import org.springframework.stereotype.Component;

/** The main-menu entries of gebieden. The geography is public reference data: everyone sees it. */
@Component
class GebiedenMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(
                new Ingang("menu.gemeenten", "/gemeenten", 100, g -> true),
                new Ingang("menu.regios", "/veiligheidsregios", 110, g -> true),
                new Ingang("menu.cbs", "/beheer/cbs", 140, CbsImport::magImporteren));
    }
}
