// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.bestanden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Errors about a bank's result file repeat at most a short excerpt of it, name a bounded number of problems, and a huge file is not read. */
class BankresultaatGrenzenTest {

    @Test
    void foutInBankbestandHerhaaltAlleenEenKortUittreksel() {
        var lang = "X".repeat(5000);
        var csv = ("end_to_end_id,status,reden\nLG1," + lang + ",\n" + lang + ",betaald,\n").getBytes(StandardCharsets.UTF_8);
        var fouten = Bankresultaat.lees(csv).fouten();
        assertThat(fouten).hasSize(2).allSatisfy(f -> assertThat(f).hasSizeLessThan(200).doesNotContain("X".repeat(41)));
        assertThat(fouten.getFirst()).contains("X".repeat(39) + "…");

        var kop = (lang + ",status\n").getBytes(StandardCharsets.UTF_8);
        assertThat(Bankresultaat.lees(kop).fouten().getFirst()).hasSizeLessThan(200);

        var camt = ("<?xml version=\"1.0\"?><" + "A".repeat(5000) + " xmlns=\"urn:x:" + lang + "\"/>").getBytes(StandardCharsets.UTF_8);
        assertThat(Bankresultaat.lees(camt).fouten().getFirst()).hasSizeLessThan(200);
    }

    @Test
    void bankbestandNoemtHoogstensVijftigProblemenEnTeGrootBestandWordtNietGelezen() {
        var csv = new StringBuilder("end_to_end_id,status,reden\n");
        for (int i = 0; i < 500; i++) {
            csv.append("LG").append(i).append(",onbekend,\n");
        }
        var fouten = Bankresultaat.lees(csv.toString().getBytes(StandardCharsets.UTF_8)).fouten();
        assertThat(fouten).hasSize(51);
        assertThat(fouten.getLast()).contains("450");

        var groot = new byte[Bankresultaat.MAX_BYTES + 1];
        java.util.Arrays.fill(groot, (byte) 'a');
        assertThat(Bankresultaat.lees(groot).fouten()).singleElement().asString().contains("groter dan");
    }
}
