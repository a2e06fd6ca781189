// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkstapel;
import nl.onderdak.werkvoorraad.Werkbron;
import org.springframework.stereotype.Component;

/**
 * On the start page: a region that falls short of places within six months according to the newest
 * forecast (for the region itself, the LCVS, the NOO and JenV), the draft target decisions waiting for
 * JenV, and the two-monthly review when it is due.
 */
@Component
class PrognoseWerkbron implements Werkbron {

    private final Prognoses prognoses;
    private final Plaatsbehoefte plaatsbehoefte;
    private final Beoordelingen beoordelingen;
    private final Clock clock;
    /**
     * The newest forecast's regions, kept a few minutes: splitting it over 25 regions with the beds of every
     * future month costs about a second, and the menu counts of every LCVS, NOO, JenV and region user ask
     * for it. A stored forecast never changes; the beds may, so the answer is computed again after
     * {@link #BEWAAR_NANOS} or on another day.
     */
    private final java.util.concurrent.atomic.AtomicReference<Bewaard> bewaard = new java.util.concurrent.atomic.AtomicReference<>();
    private static final long BEWAAR_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(5);

    private record Bewaard(java.util.UUID prognose, LocalDate dag, long sinds, List<Plaatsbehoefte.Regio> regios) {
    }

    PrognoseWerkbron(Prognoses prognoses, Plaatsbehoefte plaatsbehoefte, Beoordelingen beoordelingen, Clock clock) {
        this.prognoses = prognoses;
        this.plaatsbehoefte = plaatsbehoefte;
        this.beoordelingen = beoordelingen;
        this.clock = clock;
    }

    static boolean zietTekorten(Gebruiker g) {
        return g.heeft(Rol.OPGAVE_VASTSTELLER) || g.heeft(Rol.LCVS_PLAATSER) || g.heeft(Rol.NOO_MEDEWERKER)
                || (g.heeft(Rol.REGIO_COORDINATOR) && g.organisatie().soort() == Organisatie.Soort.VEILIGHEIDSREGIO);
    }

    @Override
    public List<Werkstapel> werkVoor(Gebruiker g, Locale taal, int perSoort) {
        // Small by nature (a few items per user): built in full and cut per kind.
        return Werkstapel.uit(alleWerk(g, taal), perSoort, "/prognoses");
    }

    private List<Plaatsbehoefte.Regio> regios(Prognoses.Prognose p) {
        var dag = LocalDate.now(clock);
        var nu = System.nanoTime();
        var b = bewaard.get();
        if (b != null && b.prognose().equals(p.id()) && b.dag().equals(dag) && nu - b.sinds() < BEWAAR_NANOS) {
            return b.regios();
        }
        var regios = plaatsbehoefte.bereken(p);
        bewaard.set(new Bewaard(p.id(), dag, nu, regios));
        return regios;
    }

    private List<Werk> alleWerk(Gebruiker g, Locale taal) {
        var werk = new ArrayList<Werk>();
        var weergave = Weergave.in(taal);
        if (zietTekorten(g)) {
            var eigen = g.heeft(Rol.OPGAVE_VASTSTELLER) || g.heeft(Rol.LCVS_PLAATSER) || g.heeft(Rol.NOO_MEDEWERKER)
                    ? null : g.organisatie().veiligheidsregioCode();
            prognoses.nieuwsteTot(Plaatsbehoefte.VOORUIT).ifPresent(p -> {
                for (var r : regios(p)) {
                    var tekort = r.eersteTekort();
                    if (tekort != null && (eigen == null || eigen.equals(r.code()))) {
                        werk.add(new Werk("plaatstekort", Berichten.in(taal, "prognose.werk.tekort", r.naam(), r.code(),
                                weergave.datum(tekort.datum()), weergave.getal(tekort.tekort()), weergave.datum(p.peildatum())),
                                p.gemaaktOp(), "/prognoses/" + p.id() + "#regio-" + r.code(), tekort.datum()));
                    }
                }
            });
        }
        if (Prognoses.magBeoordelen(g)) {
            for (var b : beoordelingen.alle()) {
                if (b.conceptStatus() == Beoordelingen.ConceptStatus.CONCEPT && b.halfjaar() != null && b.landelijkTotaal() != null) {
                    werk.add(new Werk("opgaveconcept", Berichten.in(taal, "prognose.werk.concept", b.halfjaar().toString(),
                            weergave.getal(b.landelijkTotaal())), b.vastgelegdOp(), "/prognoses/beoordelingen",
                            b.halfjaar().uitersteAankondiging()));
                }
            }
            beoordelingen.volgendeBeoordeling().filter(d -> !d.isAfter(LocalDate.now(clock).plusDays(14))).ifPresent(d ->
                    werk.add(new Werk("prognosebeoordeling", Berichten.in(taal, "prognose.werk.beoordeling", weergave.datum(d)),
                            d.atStartOfDay(Weergave.TIJDZONE).toInstant(), "/prognoses/beoordelingen", d)));
        }
        return werk;
    }
}
