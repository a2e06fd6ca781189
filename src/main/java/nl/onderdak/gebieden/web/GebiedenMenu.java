// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden.web;

import java.util.List;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import nl.onderdak.gebieden.internal.CbsImport;
import nl.onderdak.toegang.Menubijdrage;
import org.springframework.stereotype.Component;

/** The main-menu entries of gebieden. The geography is public reference data: everyone sees it. */
@Component
class GebiedenMenu implements Menubijdrage {

    @Override
    public List<Ingang> ingangen() {
        return List.of(
                // Open reference data: in the menu of visitors and of the roles that work with it daily; everyone
                // else finds it under "Naslag" on the start page (issue 13: only what the role uses).
                new Ingang("menu.gemeenten", "/gemeenten", 100, GebiedenMenu::naslag),
                new Ingang("menu.regios", "/veiligheidsregios", 110, GebiedenMenu::naslag),
                new Ingang("menu.cbs", "/beheer/cbs", 140, CbsImport::magImporteren));
    }

    private static boolean naslag(@Nullable Gebruiker g) {
        return g == null || g.heeft(Rol.BEHEERDER) || g.heeft(Rol.KCIO_ANALIST) || g.heeft(Rol.OPGAVE_VASTSTELLER);
    }
}
