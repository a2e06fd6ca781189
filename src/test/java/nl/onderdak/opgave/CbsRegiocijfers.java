// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.gebieden.Kerncijfers;
import nl.onderdak.gebieden.Veiligheidsregio;
import nl.onderdak.platform.Csv;

/**
 * The regional figures of {@code referentiedata/cbs/veiligheidsregios.csv} as {@link Kerncijfers},
 * read straight from the file without Spring or a database.
 */
final class CbsRegiocijfers {

    static final Path BESTAND = Path.of("src/main/resources/referentiedata/cbs/veiligheidsregios.csv");
    static final LocalDate INDELING = LocalDate.of(2023, 1, 1);

    private CbsRegiocijfers() {
    }

    /** @param peiljaar 2022 or 2024, the two years the file has inhabitants for */
    static Kerncijfers kerncijfers(int peiljaar) {
        byte[] inhoud;
        try {
            inhoud = Files.readAllBytes(BESTAND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var regels = Csv.lees(Csv.alsTekst(inhoud).orElseThrow());
        var kop = regels.getFirst().velden();
        int code = kop.indexOf("vr_code");
        int naam = kop.indexOf("vr_naam");
        int pvCode = kop.indexOf("pv_code");
        int pvNaam = kop.indexOf("pv_naam");
        int aantal = kop.indexOf("n_gemeenten_2023_01_01");
        int inwoners = kop.indexOf("inwoners_" + peiljaar + "_01_01");
        int land = kop.indexOf("opp_land_ha");
        if (inwoners < 0) {
            throw new IllegalArgumentException("geen inwoners voor peiljaar " + peiljaar + " in " + BESTAND);
        }
        var regios = new ArrayList<Veiligheidsregio>();
        for (var regel : regels.subList(1, regels.size())) {
            var v = regel.velden();
            regios.add(new Veiligheidsregio(v.get(code), v.get(naam), v.get(pvCode), v.get(pvNaam), INDELING, peiljaar,
                    Integer.parseInt(v.get(aantal)), Long.parseLong(v.get(inwoners)), Long.parseLong(v.get(land))));
        }
        return new Kerncijfers(peiljaar, INDELING, List.copyOf(regios));
    }
}
