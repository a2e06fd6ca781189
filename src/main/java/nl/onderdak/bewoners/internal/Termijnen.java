// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.toegang.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines a gemeente follows up (seeds 001, 002): residents whose temporary protection ends (they
 * must leave within 28 days after it, as for third-country nationals after 4 March 2024), residents
 * whose IND invitation has gone unanswered for four weeks, and residents of 14 or older without the
 * residence document they need.
 */
@Service
public class Termijnen {

    /** Days after the end of protection within which a person must leave. */
    public static final int VERTREKTERMIJN_DAGEN = 28;
    /** An invitation without an appointment after this many days counts as unanswered. */
    public static final int ONBEANTWOORD_NA_DAGEN = 28;
    /** How far ahead ending protection is shown. */
    public static final int VOORUIT_DAGEN = 56;

    /**
     * One person with a deadline. {@code datum}: when protection ends, when the IND invited, or when the
     * person turned 14; {@code vertrekUiterlijk}: the day the person must have left (28 days after
     * protection ends), or for an unanswered invitation the day it counted as unanswered.
     */
    public record Termijn(Bewoner bewoner, @Nullable LocalDate datum, @Nullable LocalDate vertrekUiterlijk) {
    }

    public record Overzicht(List<Termijn> beschermingEindigt, List<Termijn> indOnbeantwoord, List<Termijn> zonderDocument) {
    }

    /** The three rules of a deadline, as the work list names them. */
    public enum Termijnsoort {
        /** Temporary protection ends within the week (or has ended): leave within 28 days after it. */
        BESCHERMING_EINDIGT,
        /** An IND invitation without an appointment for four weeks. */
        IND_ONBEANTWOORD,
        /** 14 or older without the residence document they need. */
        ZONDER_DOCUMENT
    }

    /**
     * One deadline for the work list, without the person: whose record (to link to), which rule, and
     * its dates as in {@link Termijn}, except that for {@link Termijnsoort#ZONDER_DOCUMENT} {@code datum}
     * is the first day of the month the person turned 14: the exact day would give away their birth date.
     */
    public record Werktermijn(UUID bewonerId, Termijnsoort soort, LocalDate datum, @Nullable LocalDate vertrekUiterlijk) {
    }

    /**
     * How many deadlines wait in all, and the oldest {@code aantal} of each rule, oldest {@code datum}
     * first, then by resident id: the caller cuts the three to its own length in its own order.
     */
    public record OudsteTermijnen(long totaal, List<Werktermijn> oudste) {
    }

    private final JdbcClient jdbc;
    private final Logboek logboek;
    private final Clock clock;

    Termijnen(JdbcClient jdbc, Logboek logboek, Clock clock) {
        this.jdbc = jdbc;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** Who sees the deadlines: a gemeente employee, of their own gemeente. The menu asks the same. */
    public static boolean magTermijnenZien(@Nullable Gebruiker gebruiker) {
        return gebruiker != null && gebruiker.isGemeenteMedewerker();
    }

    /** The deadlines of the user's gemeente, shown: a record per person in the processing log. */
    @Transactional
    public Overzicht voor(Gebruiker gebruiker) {
        var overzicht = lijsten(gebruiker);
        logboek.leg(Handeling.INZIEN, BewonerRij.ACTIVITEIT, BewonerRij.DOEL_REGISTRATIE,
                Stream.of(overzicht.beschermingEindigt(), overzicht.indOnbeantwoord(), overzicht.zonderDocument()).flatMap(List::stream)
                        .map(t -> t.bewoner().id()).distinct().toList(), gebruiker);
        return overzicht;
    }

    /** The deadlines without logging, for {@link #voor}, which logs what it returns. */
    @Transactional(readOnly = true)
    public Overzicht lijsten(Gebruiker gebruiker) {
        if (!magTermijnenZien(gebruiker)) {
            throw new org.springframework.security.access.AccessDeniedException("alleen een medewerker van een gemeente");
        }
        var gemeente = gebruiker.eigenGemeente();
        var vandaag = LocalDate.now(clock);
        var basis = """
                select b.* from bewoners.bewoner b join bewoners.huishouden_gemeente hg on hg.huishouden_id = b.huishouden_id and hg.relatie <> 'voorgesteld'
                 where hg.gemeente_code = :g and b.samengevoegd_in is null and b.brp_status <> 'uitgeschreven'
                """ + (gebruiker.heeft(nl.onderdak.toegang.Rol.MINDERJARIGEN) ? "" : " and not exists (select 1 from bewoners.bewoner a"
                + " where a.huishouden_id = b.huishouden_id and a.alleenreizend_minderjarig)");
        var bescherming = jdbc.sql(basis + " and b.bescherming_tot <= :tot order by b.bescherming_tot")
                .param("g", gemeente).param("tot", vandaag.plusDays(VOORUIT_DAGEN)).query(BewonerRij::bewoner).list().stream()
                .map(b -> new Termijn(b, b.beschermingTot(), b.beschermingTot().plusDays(VERTREKTERMIJN_DAGEN))).toList();
        var ind = jdbc.sql(basis + " and b.ind_status = 'uitgenodigd' and b.ind_afspraak_op is null and b.ind_uitgenodigd_op <= :grens"
                        + " order by b.ind_uitgenodigd_op")
                .param("g", gemeente).param("grens", vandaag.minusDays(ONBEANTWOORD_NA_DAGEN)).query(BewonerRij::bewoner).list()
                .stream().map(b -> new Termijn(b, b.indUitgenodigdOp(), b.indUitgenodigdOp().plusDays(ONBEANTWOORD_NA_DAGEN))).toList();
        var document = jdbc.sql(basis + " and b.ind_status in ('uitgenodigd_nodig', 'geweigerd', 'buiten_behandeling')"
                        + " and b.geboortedatum <= :veertien order by b.achternaam, b.voornaam")
                .param("g", gemeente).param("veertien", vandaag.minusYears(14)).query(BewonerRij::bewoner).list()
                .stream().map(b -> new Termijn(b, b.geboortedatum().plusYears(14),
                        b.beschermingTot() == null ? null : b.beschermingTot().plusDays(VERTREKTERMIJN_DAGEN))).toList();
        return new Overzicht(bescherming, ind, document);
    }

    /**
     * The deadlines of the work list (protection ending within {@code dagenVooruit} days or ended,
     * unanswered IND invitations, 14 or older without a document), counted in SQL, and only the
     * oldest {@code aantal} read: a gemeente with 100,000 residents has some 80,000, and reading all of
     * them for a page that shows a hundred took seconds. The same residents as {@link #lijsten}.
     * Not logged, like the rest of the work list: no name, birth date or other record leaves here, only
     * an id to link to (the form it opens logs the view), the rule and its dates, the one derived from
     * the birth date only as a month (see {@link Werktermijn}).
     */
    @Transactional(readOnly = true)
    public OudsteTermijnen oudsteVoorWerk(Gebruiker gebruiker, int aantal, int dagenVooruit) {
        if (!magTermijnenZien(gebruiker)) {
            throw new org.springframework.security.access.AccessDeniedException("alleen een medewerker van een gemeente");
        }
        var vandaag = LocalDate.now(clock);
        var basis = """
                from bewoners.bewoner b join bewoners.huishouden_gemeente hg on hg.huishouden_id = b.huishouden_id and hg.relatie <> 'voorgesteld'
                 where hg.gemeente_code = :g and b.samengevoegd_in is null and b.brp_status <> 'uitgeschreven'
                """ + (gebruiker.heeft(nl.onderdak.toegang.Rol.MINDERJARIGEN) ? "" : " and not exists (select 1 from bewoners.bewoner a"
                + " where a.huishouden_id = b.huishouden_id and a.alleenreizend_minderjarig)");
        var bescherming = "b.bescherming_tot <= :tot";
        var ind = "b.ind_status = 'uitgenodigd' and b.ind_afspraak_op is null and b.ind_uitgenodigd_op <= :grens";
        var document = "b.ind_status in ('uitgenodigd_nodig', 'geweigerd', 'buiten_behandeling') and b.geboortedatum <= :veertien";
        var tot = vandaag.plusDays(dagenVooruit);
        var grens = vandaag.minusDays(ONBEANTWOORD_NA_DAGEN);
        var veertien = vandaag.minusYears(14);
        // One pass for the three counts; a resident with two deadlines counts twice, as the list shows both.
        long totaal = jdbc.sql("select count(*) filter (where " + bescherming + ") + count(*) filter (where " + ind
                        + ") + count(*) filter (where " + document + ") " + basis)
                .param("g", gebruiker.eigenGemeente()).param("tot", tot).param("grens", grens).param("veertien", veertien)
                .query(Long.class).single();
        var oudste = new ArrayList<Werktermijn>();
        if (aantal > 0 && totaal > 0) {
            // Each rule's oldest by its date, then by id (the link's order), so a longer list always begins with a shorter one.
            oudste.addAll(jdbc.sql("select b.id, b.bescherming_tot as datum " + basis + " and " + bescherming
                            + " order by b.bescherming_tot, b.id limit :n")
                    .param("g", gebruiker.eigenGemeente()).param("tot", tot).param("n", aantal)
                    .query((rs, i) -> {
                        var datum = rs.getObject("datum", LocalDate.class);
                        return new Werktermijn(rs.getObject("id", UUID.class), Termijnsoort.BESCHERMING_EINDIGT, datum,
                                datum.plusDays(VERTREKTERMIJN_DAGEN));
                    }).list());
            oudste.addAll(jdbc.sql("select b.id, b.ind_uitgenodigd_op as datum " + basis + " and " + ind
                            + " order by b.ind_uitgenodigd_op, b.id limit :n")
                    .param("g", gebruiker.eigenGemeente()).param("grens", grens).param("n", aantal)
                    .query((rs, i) -> {
                        var datum = rs.getObject("datum", LocalDate.class);
                        return new Werktermijn(rs.getObject("id", UUID.class), Termijnsoort.IND_ONBEANTWOORD, datum,
                                datum.plusDays(ONBEANTWOORD_NA_DAGEN));
                    }).list());
            // The month of the 14th birthday, not the day: the day is the birth date plus 14 years.
            oudste.addAll(jdbc.sql("select b.id, cast(date_trunc('month', b.geboortedatum + interval '14 years') as date) as datum,"
                            + " b.bescherming_tot "
                            + basis + " and " + document + " order by datum, b.id limit :n")
                    .param("g", gebruiker.eigenGemeente()).param("veertien", veertien).param("n", aantal)
                    .query((rs, i) -> {
                        var tot14 = rs.getObject("bescherming_tot", LocalDate.class);
                        return new Werktermijn(rs.getObject("id", UUID.class), Termijnsoort.ZONDER_DOCUMENT,
                                rs.getObject("datum", LocalDate.class), tot14 == null ? null : tot14.plusDays(VERTREKTERMIJN_DAGEN));
                    }).list());
        }
        oudste.sort(Comparator.comparing(Werktermijn::datum).thenComparing(t -> t.bewonerId().toString()));
        return new OudsteTermijnen(totaal, oudste);
    }
}
