// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Csv;
import nl.onderdak.spreiding.internal.Spreidingsdienst;

/** The side-by-side table as CSV for Dutch Excel (platform.Csv): nation, provinces, gemeenten. */
final class Realisatieexport {

    private Realisatieexport() {
    }

    static byte[] csv(Spreidingsdienst.Realisatie r) {
        var kolommen = Arrays.stream(new String[] {"niveau", "code", "naam", "taak", "taakAmv", "toegezegd", "besloten",
                "gerealiseerd", "duurzaam", "oekraineBruikbaar", "oekraineBezet"})
                .map(k -> Berichten.tekst("spreiding.kolom." + k)).toList();
        var rijen = new ArrayList<List<?>>();
        rijen.add(rij(Berichten.tekst("spreiding.niveau.land"), r.landelijk()));
        r.provincies().forEach(p -> rijen.add(rij(Berichten.tekst("spreiding.niveau.provincie"), p)));
        r.gemeenten().forEach(g -> rijen.add(rij(Berichten.tekst("spreiding.niveau.gemeente"), g)));
        return Csv.bestand(kolommen, rijen);
    }

    private static List<?> rij(String niveau, Spreidingsdienst.Realisatieregel r) {
        return Arrays.asList(niveau, r.code(), r.naam(), leeg(r.taak()), leeg(r.taakAmv()), leeg(r.toegezegd()), leeg(r.besloten()),
                leeg(r.gerealiseerd()), leeg(r.duurzaam()), r.oekraineBruikbaar(), r.oekraineBezet());
    }

    private static Object leeg(Integer w) {
        return w == null ? "" : w;
    }
}
