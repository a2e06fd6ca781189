// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.web;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.onderdak.platform.Weergave;
import nl.onderdak.spreiding.Planstatus;
import nl.onderdak.spreiding.internal.Spreidingsdienst;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkbron;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reminders of the distribution law, for whom acts on them: the province submits its plan (from the
 * published estimate until the minister's decision; overdue after 1 November), JenV decides every
 * submitted plan and, after the plan deadline, the provinces that submitted none (designation). Only
 * a cycle that is running (before the next one starts) reminds anyone.
 */
@Component
class SpreidingWerk implements Werkbron {

    private final Spreidingsdienst dienst;
    private final MessageSource teksten;

    SpreidingWerk(Spreidingsdienst dienst, MessageSource teksten) {
        this.dienst = dienst;
        this.teksten = teksten;
    }

    @Override
    public List<Werk> werkVoor(Gebruiker gebruiker, Locale taal) {
        var werk = new ArrayList<Werk>();
        var vandaag = dienst.vandaag();
        var nl = Weergave.in(taal);
        var provincieVanGebruiker = gebruiker.organisatie().soort() == Organisatie.Soort.PROVINCIE ? gebruiker.organisatie().code() : null;
        boolean jenv = Spreidingsdienst.magBesluiten(gebruiker);
        if (provincieVanGebruiker == null && !jenv) {
            return werk;
        }
        for (var c : dienst.cycli()) {
            if (vandaag.isBefore(c.raming()) || !vandaag.isBefore(c.verdeelbesluit().plusDays(1))) {
                continue;
            }
            var sinds = c.raming().atStartOfDay(Weergave.TIJDZONE).toInstant();
            var link = "/spreiding/cycli/" + c.code() + "/provincies/";
            if (provincieVanGebruiker != null && Spreidingsdienst.magPlanWijzigen(gebruiker, provincieVanGebruiker)
                    && dienst.status(c.code(), provincieVanGebruiker) == Planstatus.CONCEPT) {
                long dagen = ChronoUnit.DAYS.between(vandaag, c.provinciaalPlan());
                var naam = dienst.provincienamen().getOrDefault(provincieVanGebruiker, provincieVanGebruiker);
                var sleutel = dagen >= 0 ? "spreiding.werk.plan" : "spreiding.werk.planTeLaat";
                werk.add(new Werk("spreiding-plan", tekst(sleutel, taal, c.code(), naam, dagen, nl.datum(c.provinciaalPlan())),
                        sinds, link + provincieVanGebruiker, c.provinciaalPlan()));
            }
            if (jenv) {
                dienst.provincienamen().forEach((code, naam) -> {
                    var status = dienst.status(c.code(), code);
                    if (status == Planstatus.INGEDIEND) {
                        werk.add(new Werk("spreiding-besluit", tekst("spreiding.werk.besluit", taal, c.code(), naam), sinds,
                                link + code, c.verdeelbesluit()));
                    } else if (status == Planstatus.CONCEPT && vandaag.isAfter(c.provinciaalPlan())) {
                        werk.add(new Werk("spreiding-aanwijzing", tekst("spreiding.werk.aanwijzing", taal, c.code(), naam), sinds,
                                link + code, c.verdeelbesluit()));
                    }
                });
            }
        }
        return werk;
    }

    private String tekst(String sleutel, Locale taal, Object... argumenten) {
        return teksten.getMessage(sleutel, argumenten, taal);
    }
}
