// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The stock-flow view (docs/regels.md, "Prognose: scenario"): a scenario states two assumptions a
 * policy maker can argue about, net arrivals per week {@code a} and the share leaving per month
 * {@code f}, and the stock follows
 * <pre>
 *   voorraad(maand) = voorraad(maand - 1) + a * dagen(maand) / 7 - f * voorraad(maand - 1)
 * </pre>
 * from the model's value at the month of the reference date. The flows are assumptions, not
 * estimates, so the band carries only the uncertainty of that starting value: the same recurrence
 * from its lower and upper bound.
 */
public final class Voorraadstroom {

    private Voorraadstroom() {
    }

    public static List<Voorspelling> scenario(Voorspelling start, List<Voorspelling> model, double aankomstenPerWeek,
            double vertrekFractiePerMaand) {
        double v = start.verwacht();
        double onder = start.ondergrens();
        double boven = start.bovengrens();
        var uit = new ArrayList<Voorspelling>();
        for (var m : model) {
            double instroom = aankomstenPerWeek * m.maand().lengthOfMonth() / 7.0;
            v = Math.max(0, v + instroom - vertrekFractiePerMaand * v);
            onder = Math.max(0, onder + instroom - vertrekFractiePerMaand * onder);
            boven = Math.max(0, boven + instroom - vertrekFractiePerMaand * boven);
            uit.add(new Voorspelling(m.maand(), m.stap(), v, Math.min(onder, v), Math.max(boven, v), m.laatsteWaarde(),
                    m.lineaireTrend()));
        }
        return List.copyOf(uit);
    }
}
