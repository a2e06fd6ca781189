// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties.internal;

import java.util.List;
import java.util.Locale;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkbron;
import nl.onderdak.werkvoorraad.Werkstapel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What waits in locaties: a spreadsheet import that was refused (or failed) and has not been followed
 * by a successful one. Only for the gemeente employee who started it, the only one who may open its
 * progress page, where the errors are listed per row and column and the file can be uploaded again.
 */
@Component
class ImportWerk implements Werkbron {

    private final LocatieImport locatieImport;
    private final MessageSource berichten;

    ImportWerk(LocatieImport locatieImport, MessageSource berichten) {
        this.locatieImport = locatieImport;
        this.berichten = berichten;
    }

    /** At most the user's last twenty imports are looked at ({@link LocatieImport#metFouten}): built in full and cut. */
    @Override
    public List<Werkstapel> werkVoor(Gebruiker gebruiker, Locale taal, int perSoort) {
        if (!gebruiker.isGemeenteMedewerker()) {
            return List.of();
        }
        var weergave = Weergave.in(taal);
        return Werkstapel.uit(locatieImport.metFouten(gebruiker).stream()
                .map(v -> new Werk("import-fouten",
                        berichten.getMessage("werk.importFouten",
                                new Object[] {weergave.tijdstip(v.gestart()), weergave.getal(v.fouten().size())}, taal),
                        v.gestart(), "/opvanglocaties/import/" + v.id()))
                .toList(), perSoort, "/opvanglocaties/import");
    }
}
