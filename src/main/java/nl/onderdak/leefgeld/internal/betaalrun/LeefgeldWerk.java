// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.betaalrun;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Rol;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkbron;
import nl.onderdak.werkvoorraad.Werkstapel;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits in leefgeld for an employee of a gemeente, with the access rule of the run pages: runs of
 * the own gemeente to approve (only by another employee than the one who made it), approved runs to
 * execute, failures claimed by a colleague to confirm, and failed payments whose details must be
 * corrected. No names: the item links to the page where the household is shown (and that view is
 * logged there); a failed payment to the list of failed payments narrowed to its household, which
 * shows the members, the bank's reason and the way to correct it.
 */
@Component
class LeefgeldWerk implements Werkbron {

    private final JdbcClient jdbc;
    private final Betalingen betalingen;
    private final MessageSource teksten;

    LeefgeldWerk(JdbcClient jdbc, Betalingen betalingen, MessageSource teksten) {
        this.jdbc = jdbc;
        this.betalingen = betalingen;
        this.teksten = teksten;
    }

    /**
     * Per kind the count and the oldest items. Built in full and cut: the open runs and the failed
     * payments of one gemeente are few next to its deadlines.
     */
    @Override
    @Transactional(readOnly = true)
    public List<Werkstapel> werkVoor(Gebruiker gebruiker, Locale taal, int perSoort) {
        if (!Betaalrunlevenscyclus.magBetaalrunsZien(gebruiker)) {
            return List.of();
        }
        return Werkstapel.uit(alles(gebruiker, taal), perSoort,
                soort -> soort.equals("betaling-mislukt") ? "/betaalruns/mislukt" : "/betaalruns");
    }

    private List<Werk> alles(Gebruiker gebruiker, Locale taal) {
        var gemeente = gebruiker.eigenGemeente();
        var nl = Weergave.in(taal);
        var werk = new ArrayList<Werk>();
        jdbc.sql("""
                select id, maand, status, aangemaakt_door, aangemaakt_op, goedgekeurd_op from leefgeld.betaalrun
                 where gemeente_code = ? and status in ('concept', 'goedgekeurd') order by aangemaakt_op""")
                .param(gemeente)
                .query(rs -> {
                    var maand = nl.maand(rs.getObject("maand", LocalDate.class));
                    var link = "/betaalruns/" + rs.getObject("id", UUID.class);
                    if (rs.getString("status").equals("concept")) {
                        if (!rs.getString("aangemaakt_door").equals(gebruiker.gebruikersnaam())) {
                            werk.add(new Werk("betaalrun-goedkeuren", tekst("werk.betaalrunGoedkeuren", taal, maand,
                                    rs.getString("aangemaakt_door")), rs.getTimestamp("aangemaakt_op").toInstant(), link));
                        }
                    } else {
                        werk.add(new Werk("betaalrun-uitvoeren", tekst("werk.betaalrunUitvoeren", taal, maand),
                                rs.getTimestamp("goedgekeurd_op").toInstant(), link));
                    }
                });
        var ookAfgeschermd = gebruiker.heeft(Rol.MINDERJARIGEN);
        jdbc.sql("""
                select r.id, r.maand, m.gemeld_door, m.gemeld_op from leefgeld.mislukmelding m
                  join leefgeld.betaling b on b.id = m.betaling_id join leefgeld.betaalrun r on r.id = b.betaalrun_id
                 where r.gemeente_code = ? and m.bevestigd_door is null and m.afgewezen_door is null and b.status = 'verstuurd'
                   and m.gemeld_door <> ? and (? or not %s)""".formatted(Betaalrunopslag.AFGESCHERMD))
                .params(gemeente, gebruiker.gebruikersnaam(), ookAfgeschermd)
                .query(rs -> {
                    werk.add(new Werk("mislukking-bevestigen", tekst("werk.mislukkingBevestigen", taal,
                            nl.maand(rs.getObject("maand", LocalDate.class)), rs.getString("gemeld_door")),
                            rs.getTimestamp("gemeld_op").toInstant(), "/betaalruns/" + rs.getObject("id", UUID.class)));
                });
        // Only those still to correct: a payment corrected or in a run already asks nothing of this user now.
        for (var m : betalingen.teCorrigerenZonderNamen(gemeente, ookAfgeschermd)) {
            werk.add(new Werk("betaling-mislukt", tekst("werk.betalingMislukt", taal, nl.maand(m.maand().atDay(1)), nl.bedrag(m.bedrag())),
                    m.verwerktOp(), "/betaalruns/mislukt?huishouden=" + m.huishoudenId()));
        }
        return werk;
    }

    private String tekst(String sleutel, Locale taal, Object... args) {
        return teksten.getMessage(sleutel, args, taal);
    }
}
