// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The backtest over the shared published figures (issue 16, closing note): each month-end from September
 * 2022 as reference date, horizons 3 and 6, the model next to the naive baselines. Writes the table to
 * target/prognose-backtest.txt. The figures end in July 2023, so only reference dates whose target month
 * has a value can be scored; the table says how many.
 */
class BacktestTest {

    record Uitslag(String indicator, int stap, boolean alleenGemeten, Toetsing.Regel regel) {
    }

    static List<Waarneming> gedeeld(String indicator) {
        return Stream.of("oekraine_opvang_landelijke_cijfers.csv", "oekraine_reeksen_2022-2023.csv")
                .flatMap(b -> Reekslezer.lees(ReeksenLader.lees(b), ReekslezerTest.VANDAAG, ReekslezerTest.REGIOS).stream())
                .filter(c -> c.regioCode() == null && c.indicator().equals(indicator))
                .map(c -> new Waarneming(c.peildatum(), c.precisie().midden(c.waarde().doubleValue()),
                        c.precisie().halfbreedte(c.waarde().doubleValue())))
                .toList();
    }

    static List<Uitslag> backtest(String indicator) {
        var cijfers = gedeeld(indicator);
        var werkelijk = Maandreeks.bouw(cijfers, ReekslezerTest.VANDAAG);
        var uit = new ArrayList<Uitslag>();
        for (int stap : new int[] {3, 6}) {
            var vergelijkingen = new ArrayList<Toetsing.Vergelijking>();
            for (var maand = YearMonth.of(2022, 9); !maand.isAfter(YearMonth.of(2023, 12)); maand = maand.plusMonths(1)) {
                var vraag = new Prognoses.Vraag(maand.atEndOfMonth(), stap, indicator, Reeksen.Bron.GEPUBLICEERD, null);
                Prognoses.Prognose p;
                try {
                    p = Prognoses.bereken(vraag, cijfers, UUID.randomUUID(), Instant.EPOCH, "backtest");
                } catch (nl.onderdak.platform.OngeldigeInvoer teWeinig) {
                    continue; // fewer than three month-end values up to this date: no forecast, counted as n = 0
                }
                var doel = p.maanden().stream().filter(m -> m.stap() == stap).toList();
                vergelijkingen.addAll(Toetsing.vergelijk(doel, werkelijk));
            }
            for (boolean gemeten : new boolean[] {false, true}) {
                Toetsing.tabel(vergelijkingen, gemeten).forEach(r -> uit.add(new Uitslag(indicator, stap, gemeten, r)));
                if (Toetsing.tabel(vergelijkingen, gemeten).isEmpty()) {
                    uit.add(new Uitslag(indicator, stap, gemeten, new Toetsing.Regel(stap, 0, Double.NaN, Double.NaN, Double.NaN,
                            Double.NaN, Double.NaN)));
                }
            }
        }
        return uit;
    }

    @Test
    void backtest_over_de_gedeelde_cijfers_naast_de_naieve_basislijnen() throws IOException {
        var regels = new ArrayList<String>();
        regels.add(String.format(Locale.ROOT, "%-32s %4s %-22s %3s %10s %7s %8s %12s %12s", "indicator", "h", "actuals", "n",
                "MAE model", "MAPE", "dekking", "MAE laatste", "MAE trend"));
        var alle = new ArrayList<Uitslag>();
        for (var indicator : List.of(Indicatoren.OPGEVANGEN, "ontheemden_in_brp")) {
            alle.addAll(backtest(indicator));
        }
        for (var u : alle) {
            var r = u.regel();
            regels.add(String.format(Locale.ROOT, "%-32s %4d %-22s %3d %10.0f %6.1f%% %7.0f%% %12.0f %12.0f", u.indicator(), u.stap(),
                    u.alleenGemeten() ? "alleen gemeten" : "incl. geinterpoleerd", r.aantal(), r.fout(), 100 * r.procentfout(),
                    100 * r.dekking(), r.foutLaatsteWaarde(), r.foutLineaireTrend()));
        }
        var tekst = String.join("\n", regels) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/prognose-backtest.txt"), tekst);
        System.out.println(tekst);
        // Reference dates September 2022 to March 2023 reach June 2023 (the last month with a value) three months on.
        assertThat(alle).filteredOn(u -> u.indicator().equals(Indicatoren.OPGEVANGEN) && u.stap() == 3 && !u.alleenGemeten())
                .singleElement().satisfies(u -> assertThat(u.regel().aantal()).isEqualTo(7));
        assertThat(LocalDate.of(2022, 9, 30)).isBefore(LocalDate.of(2023, 7, 7));
    }
}
