// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every stored forecast against the actual values known now ({@link Toetsing}). */
@Service
@Transactional(readOnly = true)
public class Toetsingen {

    public record Uitslag(List<Toetsing.Vergelijking> vergelijkingen, List<Toetsing.Regel> tabel, List<Toetsing.Regel> tabelGemeten,
            List<Maandpunt> werkelijk) {
    }

    private final Prognoses prognoses;
    private final Reeksen reeksen;
    private final Clock clock;

    Toetsingen(Prognoses prognoses, Reeksen reeksen, Clock clock) {
        this.prognoses = prognoses;
        this.reeksen = reeksen;
        this.clock = clock;
    }

    public List<Maandpunt> werkelijk(String indicator, Reeksen.Bron bron) {
        var vandaag = LocalDate.now(clock);
        return Maandreeks.bouw(reeksen.waarnemingen(indicator, bron, null, vandaag), vandaag);
    }

    public Uitslag van(Prognoses.Prognose p) {
        var werkelijk = werkelijk(p.indicator(), p.bron());
        var v = Toetsing.vergelijk(p.maanden(), werkelijk);
        return new Uitslag(v, Toetsing.tabel(v, false), Toetsing.tabel(v, true), werkelijk);
    }

    /** All stored forecasts of one indicator and source together, per horizon. */
    public Uitslag alle(String indicator, Reeksen.Bron bron) {
        var werkelijk = werkelijk(indicator, bron);
        var v = new ArrayList<Toetsing.Vergelijking>();
        for (var p : prognoses.alle()) {
            if (p.indicator().equals(indicator) && p.bron() == bron) {
                v.addAll(Toetsing.vergelijk(p.maanden(), werkelijk));
            }
        }
        return new Uitslag(v, Toetsing.tabel(v, false), Toetsing.tabel(v, true), werkelijk);
    }
}
