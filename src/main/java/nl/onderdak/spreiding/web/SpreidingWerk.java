// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.web;

import java.time.LocalDate;
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
import nl.onderdak.werkvoorraad.Werkstapel;
import nl.onderdak.werkvoorraad.Werkbron;
import org.jspecify.annotations.Nullable;
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
    public List<Werkstapel> werkVoor(Gebruiker gebruiker, Locale taal, int perSoort) {
        // Small by nature (a few items per user): built in full and cut per kind.
        return Werkstapel.uit(alleWerk(gebruiker, taal), perSoort, "/spreiding");
    }

    private List<Werk> alleWerk(Gebruiker gebruiker, Locale taal) {
        var werk = new ArrayList<Werk>();
        var vandaag = dienst.vandaag();
        var nl = Weergave.in(taal);
        var provincieVanGebruiker = gebruiker.organisatie().soort() == Organisatie.Soort.PROVINCIE ? gebruiker.organisatie().code() : null;
        boolean jenv = Spreidingsdienst.magBesluiten(gebruiker);
        var gemeenteVanGebruiker = gebruiker.organisatie().soort() == Organisatie.Soort.GEMEENTE ? gebruiker.organisatie().gemeenteCode() : null;
        if (gemeenteVanGebruiker != null) {
            for (var c : dienst.cycli()) {
                if (!realisatieTeHerinneren(vandaag, c)) {
                    continue;
                }
                dienst.gemeentestand(c.code(), gemeenteVanGebruiker).filter(s -> s.gerealiseerd() < s.besloten()).ifPresent(s ->
                        werk.add(new Werk("spreiding-realisatie", tekst("spreiding.werk.realisatie", taal, c.code(),
                                nl.getal(s.besloten() - s.gerealiseerd()), nl.getal(s.besloten()), nl.datum(c.realisatie()),
                                ChronoUnit.DAYS.between(vandaag, c.realisatie())),
                                c.realisatie().minusDays(REALISATIE_VOORAF_DAGEN).atStartOfDay(Weergave.TIJDZONE).toInstant(),
                                "/spreiding/cycli/" + c.code() + "/realisatie", c.realisatie())));
            }
        }
        if (provincieVanGebruiker == null && !jenv) {
            return werk;
        }
        for (var c : dienst.cycli()) {
            var sinds = c.raming().atStartOfDay(Weergave.TIJDZONE).toInstant();
            var link = "/spreiding/cycli/" + c.code() + "/provincies/";
            if (provincieVanGebruiker != null && Spreidingsdienst.magPlanWijzigen(gebruiker, provincieVanGebruiker)) {
                var soort = herinnering(vandaag, c, dienst.status(c.code(), provincieVanGebruiker), false);
                if (soort != null) {
                    long dagen = ChronoUnit.DAYS.between(vandaag, c.provinciaalPlan());
                    var naam = dienst.provincienamen().getOrDefault(provincieVanGebruiker, provincieVanGebruiker);
                    var sleutel = dagen >= 0 ? "spreiding.werk.plan" : "spreiding.werk.planTeLaat";
                    werk.add(new Werk(soort, tekst(sleutel, taal, c.code(), naam, dagen, nl.datum(c.provinciaalPlan())),
                            sinds, link + provincieVanGebruiker, c.provinciaalPlan()));
                }
            }
            if (jenv) {
                dienst.provincienamen().forEach((code, naam) -> {
                    var soort = herinnering(vandaag, c, dienst.status(c.code(), code), true);
                    if (soort != null) {
                        werk.add(new Werk(soort, tekst("spreiding.werk." + soort.substring("spreiding-".length()), taal, c.code(), naam),
                                sinds, link + code, c.verdeelbesluit()));
                    }
                });
            }
        }
        return werk;
    }

    /**
     * The rule, without the database: from the published estimate up to and including the day of the
     * decision, a province with its plan still in draft is reminded ({@code spreiding-plan}); JenV is
     * reminded of every submitted plan ({@code spreiding-besluit}) and, once the plan deadline has
     * passed, of every province still in draft ({@code spreiding-aanwijzing}). Null: nothing to do.
     */
    static @Nullable String herinnering(LocalDate vandaag, Spreidingsdienst.Cyclus c, Planstatus status, boolean voorJenv) {
        if (vandaag.isBefore(c.raming()) || vandaag.isAfter(c.verdeelbesluit())) {
            return null;
        }
        if (!voorJenv) {
            return status == Planstatus.CONCEPT ? "spreiding-plan" : null;
        }
        if (status == Planstatus.INGEDIEND) {
            return "spreiding-besluit";
        }
        return status == Planstatus.CONCEPT && vandaag.isAfter(c.provinciaalPlan()) ? "spreiding-aanwijzing" : null;
    }

    /** How long before the realisation deadline a gemeente is reminded of the places it still has to realise. */
    static final int REALISATIE_VOORAF_DAGEN = 90;

    /**
     * A gemeente with decided places not yet all realised is reminded from {@link #REALISATIE_VOORAF_DAGEN}
     * days before the realisation deadline until the minister may take over (after the deadline the
     * reminder stays, the days then negative: it is overdue).
     */
    static boolean realisatieTeHerinneren(LocalDate vandaag, Spreidingsdienst.Cyclus c) {
        return !vandaag.isBefore(c.realisatie().minusDays(REALISATIE_VOORAF_DAGEN)) && vandaag.isBefore(c.indeplaatsstelling());
    }

    private String tekst(String sleutel, Locale taal, Object... argumenten) {
        return teksten.getMessage(sleutel, argumenten, taal);
    }
}
