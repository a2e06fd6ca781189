// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden;

import java.time.LocalDate;
import java.util.List;

/**
 * The complete set of regional figures for a reference year, as the distribution key needs them:
 * every region's inhabitants and land area, taken from one layout in which every gemeente has both.
 */
public record Kerncijfers(int peiljaar, LocalDate indeling, List<Veiligheidsregio> regios) {

    public long inwonersNederland() {
        return regios.stream().mapToLong(Veiligheidsregio::inwoners).sum();
    }

    public long landoppervlakteNederlandHa() {
        return regios.stream().mapToLong(Veiligheidsregio::landoppervlakteHa).sum();
    }
}
