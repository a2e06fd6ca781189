// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.platform.Besluitstatus;
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
 * What waits in bekostiging, for the role that acts on it, with the rule of the module's pages: the
 * NOO decides transition fees (by their 48-hour clock), declarations and the regions' cost
 * applications; a region coordinator submits the half-year's application when its deadline is near
 * (from 30 days before); the national administrator confirms a norm amount that is still a proposal
 * and adds one that is missing.
 */
@Component
class BekostigingWerk implements Werkbron {

    private final Transitievergoedingen transitievergoedingen;
    private final Regiokosten regiokosten;
    private final Normbedragen normbedragen;
    private final JdbcClient jdbc;
    private final Gebieden gebieden;
    private final MessageSource teksten;
    private final Clock clock;

    BekostigingWerk(Transitievergoedingen transitievergoedingen, Regiokosten regiokosten, Normbedragen normbedragen, JdbcClient jdbc,
            Gebieden gebieden, MessageSource teksten, Clock clock) {
        this.transitievergoedingen = transitievergoedingen;
        this.regiokosten = regiokosten;
        this.normbedragen = normbedragen;
        this.jdbc = jdbc;
        this.gebieden = gebieden;
        this.teksten = teksten;
        this.clock = clock;
    }

    /**
     * Per kind the count and the oldest items. Built in full and cut: the open fees, declarations and
     * applications of the country and the handful of norm amounts stay small next to the deadlines.
     */
    @Override
    @Transactional(readOnly = true)
    public List<Werkstapel> werkVoor(Gebruiker gebruiker, Locale taal, int perSoort) {
        return Werkstapel.uit(alles(gebruiker, taal), perSoort, BekostigingWerk::lijst);
    }

    /** The page of each kind's whole list. */
    static String lijst(String soort) {
        return switch (soort) {
            case "transitievergoeding" -> "/transitievergoedingen";
            case "declaratie" -> "/declaraties";
            case "regiokosten", "halfjaar" -> "/regiokosten";
            default -> "/bekostiging/normbedragen";
        };
    }

    private List<Werk> alles(Gebruiker gebruiker, Locale taal) {
        var werk = new ArrayList<Werk>();
        var nl = Weergave.in(taal);
        if (Transitievergoedingen.magBeslissen(gebruiker)) {
            for (var a : transitievergoedingen.lijst(gebruiker)) {
                if (a.open()) {
                    werk.add(new Werk("transitievergoeding", tekst("werk.transitievergoeding", taal, naam(a.gemeenteCode(), a.gemeenteNaam()),
                            nl.bedrag(a.bedrag()), nl.tijdstip(a.klok().termijn())), a.ingediendOp(), "/transitievergoedingen/" + a.id(),
                            a.klok().termijn().atZone(Weergave.TIJDZONE).toLocalDate()));
                }
            }
            jdbc.sql("select id, gemeente_code, bedrag, ingediend_op from bekostiging.declaratie where status = 'ingediend'")
                    .query(rs -> {
                        var code = rs.getString("gemeente_code");
                        if (DeclaratieToegang.magBeoordelen(gebruiker, code)) {
                            werk.add(new Werk("declaratie", tekst("werk.declaratie", taal, naam(code, null), nl.bedrag(rs.getBigDecimal("bedrag"))),
                                    rs.getTimestamp("ingediend_op").toInstant(), "/declaraties/" + rs.getObject("id", UUID.class)));
                        }
                    });
        }
        if (gebruiker.heeft(Rol.NOO_MEDEWERKER)) {
            for (var a : regiokosten.overzicht(gebruiker).aanvragen()) {
                if (a.status() == Besluitstatus.INGEDIEND) {
                    werk.add(new Werk("regiokosten", tekst("werk.regiokosten", taal, a.veiligheidsregioNaam(),
                            String.valueOf(a.halfjaar().helft()), String.valueOf(a.halfjaar().jaar()), nl.bedrag(a.bedrag())), a.ingediendOp(), "/regiokosten/" + a.id()));
                }
            }
        }
        if (Regiokosten.isRegio(gebruiker)) {
            for (var h : regiokosten.overzicht(gebruiker).halfjaren()) {
                if (h.herinnering() != null && "geen_aanvraag".equals(h.status())) {
                    var uiterlijk = h.termijn().uiterlijk();
                    // Waiting since the first reminder, 30 days before the deadline (or since the deadline was set, if later).
                    var sinds = uiterlijk.minusDays(Regiokosten.HERINNERMOMENTEN.getFirst());
                    var vastgelegd = h.termijn().vastgelegdOp();
                    var sindsMoment = sinds.atStartOfDay(Weergave.TIJDZONE).toInstant();
                    werk.add(new Werk("halfjaar", tekst("werk.halfjaar", taal, String.valueOf(h.termijn().halfjaar().helft()),
                            String.valueOf(h.termijn().halfjaar().jaar()), nl.datum(uiterlijk)),
                            vastgelegd.isAfter(sindsMoment) ? vastgelegd : sindsMoment, "/regiokosten", uiterlijk));
                }
            }
        }
        if (gebruiker.heeft(Rol.BEHEERDER)) {
            var vandaag = LocalDate.now(clock.withZone(Weergave.TIJDZONE));
            for (var vorm : Normbedrag.Opvangvorm.values()) {
                var geldend = normbedragen.geldend(vorm);
                for (var n : geldend) {
                    if (n.voorstel() && !n.geldigVanaf().isAfter(vandaag)) {
                        werk.add(new Werk("normbedrag-voorstel", tekst("werk.normbedragVoorstel", taal, vorm.name(), nl.bedrag(n.bedrag()),
                                nl.datum(n.geldigVanaf())), n.geldigVanaf().atStartOfDay(Weergave.TIJDZONE).toInstant(),
                                "/bekostiging/normbedragen"));
                    }
                }
                var laatste = geldend.stream().map(n -> n.geldigTot() == null ? LocalDate.MAX : n.geldigTot())
                        .max(LocalDate::compareTo).orElse(null);
                if (laatste != null && laatste.isBefore(vandaag)) {
                    var sinds = laatste.plusDays(1);
                    werk.add(new Werk("tarief-ontbreekt", tekst("werk.normbedragOntbreekt", taal, vorm.name(), nl.datum(sinds)),
                            sinds.atStartOfDay(Weergave.TIJDZONE).toInstant(), "/bekostiging/normbedragen"));
                }
            }
        }
        return werk;
    }

    private String naam(String code, @org.jspecify.annotations.Nullable String naam) {
        var n = naam != null ? naam : gebieden.gemeenteNaam(code).orElse(code);
        return n + " (" + code + ")";
    }

    private String tekst(String sleutel, Locale taal, Object... args) {
        return teksten.getMessage(sleutel, args, taal);
    }
}
