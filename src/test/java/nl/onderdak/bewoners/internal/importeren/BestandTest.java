// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.internal.importeren;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.onderdak.platform.Csv;
import org.junit.jupiter.api.Test;

/**
 * The import reads CSV as a stream, with a splitter of its own; it must split exactly as
 * {@link Csv#lees} does (the rules every other CSV upload follows), row numbers included.
 */
class BestandTest {

    private record Gelezen(List<String> koppen, List<String> rijen) {
    }

    private static Gelezen lees(String tekst) throws Bestand.Onleesbaar {
        var koppen = new ArrayList<String>();
        var rijen = new ArrayList<String>();
        Bestand.lees(tekst.getBytes(StandardCharsets.UTF_8), null, new Bestand.Lezer() {
            @Override
            public void koppen(List<String> k) {
                koppen.addAll(k);
            }

            @Override
            public void rij(Bestand.Rij rij) {
                rijen.add(rij.nummer() + " " + Arrays.toString(rij.cellen()));
            }
        });
        return new Gelezen(koppen, rijen);
    }

    /** What the shared reader makes of the same text, with the import's own rules for blank cells and rows on top. */
    private static List<String> zoalsCsvLees(String tekst) {
        var regels = Csv.lees(tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst, ';');
        var rijen = new ArrayList<String>();
        for (var regel : regels.subList(1, regels.size())) {
            var cellen = regel.velden().stream().map(v -> v.isBlank() ? null : v.strip()).toArray(String[]::new);
            if (Arrays.stream(cellen).anyMatch(c -> c != null)) {
                rijen.add(regel.regelnummer() + " " + Arrays.toString(cellen));
            }
        }
        return rijen;
    }

    @Test
    void leest_aanhalingstekens_regeleinden_in_een_veld_en_lege_regels_zoals_csv_lees() throws Exception {
        var tekst = "\uFEFFBSN;Voor namen;geslachts_naam\r\n"
                + "123;\"Olena; Iryna\";\"Ko\"\"val\"\"enko\"\r\n"
                + "\r\n"
                + " ; ;  \r\n"
                + "456;\"twee\nregels\";Melnyk\n"
                + "789;;\"\"\r\n"
                + "000;laatste;zonder einde";

        var gelezen = lees(tekst);

        assertThat(gelezen.koppen()).containsExactly("bsn", "voornamen", "geslachtsnaam");
        assertThat(gelezen.rijen()).isEqualTo(zoalsCsvLees(tekst)).containsExactly(
                "2 [123, Olena; Iryna, Ko\"val\"enko]",
                "5 [456, twee\nregels, Melnyk]",
                "7 [789, null, null]",
                "8 [000, laatste, zonder einde]");
    }

    @Test
    void een_bestand_met_komma_s_en_geen_puntkomma_in_de_kop_wordt_met_komma_s_gelezen() throws Exception {
        var gelezen = lees("bsn,voornamen\n123,Olena\n");

        assertThat(gelezen.koppen()).containsExactly("bsn", "voornamen");
        assertThat(gelezen.rijen()).containsExactly("2 [123, Olena]");
    }

    @Test
    void een_leeg_bestand_of_alleen_lege_regels_is_onleesbaar() {
        assertThatThrownBy(() -> lees("")).isInstanceOf(Bestand.Onleesbaar.class);
        assertThatThrownBy(() -> lees("\r\n\r\n")).isInstanceOf(Bestand.Onleesbaar.class);
    }
}
