// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import org.jspecify.annotations.Nullable;

/** Reads a forecast request as typed (API body or form) into a {@link Prognoses.Vraag}, naming every wrong field. */
public final class Prognoselezer {

    public static final int MAXIMUM_HORIZON = 24;

    /** The request as text, as it came in. */
    public record Tekstvraag(@Nullable String peildatum, @Nullable String horizonMaanden, @Nullable String indicator, @Nullable String bron,
            @Nullable String scenarioNaam, @Nullable String aankomstenPerWeek, @Nullable String vertrekPercentagePerMaand) {
    }

    private Prognoselezer() {
    }

    public static Prognoses.Vraag lees(Tekstvraag in, LocalDate vandaag) {
        var fouten = new ArrayList<Veld>();
        var peildatum = Invoer.datum(in.peildatum(), "peildatum", true, fouten);
        if (peildatum != null && peildatum.isAfter(vandaag)) {
            fouten.add(new Veld("peildatum", Berichten.tekst("prognose.fout.peildatumNaVandaag")));
        }
        var horizon = Invoer.geheelGetal(in.horizonMaanden(), "horizonMaanden", 1, MAXIMUM_HORIZON, true, fouten);
        var indicator = Invoer.schoon(in.indicator());
        indicator = indicator == null ? Indicatoren.OPGEVANGEN : indicator.toLowerCase(Locale.ROOT);
        if (!Indicatoren.VOORSPELBAAR.contains(indicator)) {
            fouten.add(new Veld("indicator", Berichten.tekst("prognose.fout.indicatorVoorspelbaar",
                    String.join(", ", Indicatoren.VOORSPELBAAR))));
        }
        var bronTekst = Invoer.schoon(in.bron());
        var bron = Reeksen.Bron.GEPUBLICEERD;
        if (bronTekst != null) {
            try {
                bron = Reeksen.Bron.valueOf(bronTekst.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fouten.add(new Veld("bron", Berichten.tekst("prognose.fout.bron")));
            }
        }
        if (bron == Reeksen.Bron.EIGEN && !Indicatoren.EIGEN.contains(indicator) && Indicatoren.VOORSPELBAAR.contains(indicator)) {
            fouten.add(new Veld("bron", Berichten.tekst("prognose.fout.bronEigen", String.join(", ", Indicatoren.EIGEN))));
        }
        Prognoses.Scenario scenario = null;
        boolean metScenario = Invoer.schoon(in.scenarioNaam()) != null || Invoer.schoon(in.aankomstenPerWeek()) != null
                || Invoer.schoon(in.vertrekPercentagePerMaand()) != null;
        if (metScenario) {
            var naam = Invoer.tekst(in.scenarioNaam(), "scenario.naam", 200, fouten);
            var aankomsten = getal(in.aankomstenPerWeek(), "scenario.aankomstenPerWeek", new BigDecimal("-100000"),
                    new BigDecimal("100000"), fouten);
            var vertrek = getal(in.vertrekPercentagePerMaand(), "scenario.vertrekPercentagePerMaand", BigDecimal.ZERO,
                    new BigDecimal("100"), fouten);
            if (aankomsten != null && vertrek != null) {
                scenario = new Prognoses.Scenario(naam == null || naam.isBlank() ? Berichten.tekst("prognose.scenario.standaardnaam") : naam,
                        aankomsten.doubleValue(), vertrek.doubleValue() / 100);
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return new Prognoses.Vraag(peildatum, horizon, indicator, bron, scenario);
    }

    /** A decimal number (a comma or a point as decimal sign) from {@code min} to {@code max}; required in a scenario. */
    static @Nullable BigDecimal getal(@Nullable String s, String veld, BigDecimal min, BigDecimal max, java.util.List<Veld> fouten) {
        var w = Invoer.schoon(s);
        if (w == null) {
            fouten.add(new Veld(veld, Berichten.tekst("prognose.fout.getalVerplicht")));
            return null;
        }
        try {
            var g = new BigDecimal(w.replace(',', '.'));
            if (g.compareTo(min) < 0 || g.compareTo(max) > 0) {
                fouten.add(new Veld(veld, Berichten.tekst("prognose.fout.getalBereik", min.toPlainString(), max.toPlainString())));
                return null;
            }
            return g;
        } catch (NumberFormatException e) {
            fouten.add(new Veld(veld, Berichten.tekst("prognose.fout.geenGetal", Invoer.uittreksel(w))));
            return null;
        }
    }
}
