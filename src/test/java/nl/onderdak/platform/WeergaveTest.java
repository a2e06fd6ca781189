// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WeergaveTest {

    private final Weergave nl = Weergave.nederlands();

    @Test
    void een_moment_in_utc_wordt_in_nederlandse_tijd_getoond_zomer_en_winter() {
        assertThat(nl.tijdstip(Instant.parse("2026-12-04T21:44:00Z"))).isEqualTo("4-12-2026 22:44");
        assertThat(nl.tijdstip(Instant.parse("2026-07-04T21:44:00Z"))).isEqualTo("4-7-2026 23:44");
        assertThat(nl.tijdstip(OffsetDateTime.of(2026, 12, 4, 21, 44, 0, 0, ZoneOffset.UTC))).isEqualTo("4-12-2026 22:44");
    }

    @Test
    void een_moment_kort_voor_middernacht_utc_valt_op_de_nederlandse_dag() {
        assertThat(nl.datum(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("1-1-2027");
        assertThat(nl.datum(LocalDate.of(2026, 2, 3))).isEqualTo("3-2-2026");
    }

    @Test
    void datum_voluit_en_maand_in_het_nederlands_en_in_het_engels() {
        assertThat(nl.datumVoluit(LocalDate.of(2026, 3, 1))).isEqualTo("1 maart 2026");
        assertThat(nl.maand(YearMonth.of(2024, 11))).isEqualTo("november 2024");
        assertThat(Weergave.in(Locale.ENGLISH).maand(YearMonth.of(2024, 11))).isEqualTo("November 2024");
    }

    @Test
    void getallen_krijgen_nederlandse_scheidingstekens() {
        assertThat(nl.getal(4440)).isEqualTo("4.440");
        assertThat(nl.getal(1641684L)).isEqualTo("1.641.684");
        assertThat(nl.getal(5.0, 1)).isEqualTo("5,0");
        assertThat(nl.procent(100, 1)).isEqualTo("100,0 %");
        assertThat(nl.getal(new BigDecimal("0.05"), 1)).isEqualTo("0,1");
    }

    @Test
    void bedragen_in_euro_met_centen_ook_negatief() {
        assertThat(nl.bedrag(new BigDecimal("1250"))).isEqualTo("€ 1.250,00");
        assertThat(nl.bedrag(new BigDecimal("-12.5"))).isEqualTo("-€ 12,50");
        assertThat(nl.bedrag(null)).isEqualTo("–");
    }

    @Test
    void in_het_engels_engelse_scheidingstekens_maar_nog_steeds_nederlandse_tijd() {
        var en = Weergave.in(Locale.ENGLISH);
        assertThat(en.getal(4440)).isEqualTo("4,440");
        assertThat(en.bedrag(new BigDecimal("1250"))).isEqualTo("€ 1,250.00");
        assertThat(en.tijdstip(Instant.parse("2026-12-04T21:44:00Z"))).isEqualTo("4-12-2026 22:44");
    }

    /** {@code #temporals} formats in the server's zone and {@code #numbers} needs its separators spelled out. */
    @Test
    void geen_sjabloon_maakt_tijden_of_getallen_op_buiten_weergave_om() throws IOException {
        var verboden = Pattern.compile("#temporals\\.format|#numbers\\.format|#dates\\.format|#calendars\\.format");
        try (var bestanden = Files.walk(Path.of("src/main/resources/templates"))) {
            var overtreders = bestanden.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> {
                        try {
                            return verboden.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
            assertThat(overtreders).isEmpty();
        }
    }
}
