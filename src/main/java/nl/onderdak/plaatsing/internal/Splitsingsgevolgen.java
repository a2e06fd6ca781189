// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.bewoners.Splitsingsvolger;
import nl.onderdak.locaties.Opvanglocaties;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.plaatsing.PlaatsingId;
import nl.onderdak.plaatsing.PlaatsingOpdracht;
import nl.onderdak.plaatsing.Plaatsingen;
import nl.onderdak.plaatsing.Vertrekreden;
import nl.onderdak.toegang.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household split while placed: the members who move to the new household keep sleeping in the beds
 * they sleep in. A placement ({@code plaatsing.plaatsing}) is one household's stay with its number of
 * persons, and the occupancy per period is derived from those numbers (ADR 0007), so a running
 * placement is not changed backwards: it ends on the day of the split (reason
 * {@link Vertrekreden#GESPLITST}) and each household gets a placement of its own from that day, at
 * the same location, with the same kind and numbers of beds. The bed stays are ended and started
 * again on the same bed that day (ADR 0008's constraints hold throughout). The persons counted per
 * day stay the same, each household can be checked out on its own, and the living allowance, which
 * follows each member's nights and current household ({@code plaatsing.bedverblijf} with
 * {@code bewoners.lid}), counts every night once. A placement that has not begun yet is simply
 * divided. A stay with a host household covers its whole household, so the new household gets the
 * same stay from the day of the split.
 */
@Component
class Splitsingsgevolgen implements Splitsingsvolger {

    private record Bedrij(long id, UUID bewoner, LocalDate van, @Nullable LocalDate tot) {
    }

    private final JdbcClient jdbc;
    private final Plaatsingen plaatsingen;
    private final Opvanglocaties locaties;
    private final Logboek logboek;
    private final Clock clock;

    Splitsingsgevolgen(JdbcClient jdbc, Plaatsingen plaatsingen, Opvanglocaties locaties, Logboek logboek, Clock clock) {
        this.jdbc = jdbc;
        this.plaatsingen = plaatsingen;
        this.locaties = locaties;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void gesplitst(UUID oud, UUID nieuw, List<UUID> leden, LocalDate datum, String reden, Gebruiker gebruiker) {
        var verhuizers = new HashSet<>(leden);
        var geraakt = new LinkedHashSet<UUID>();
        var splitsingsreden = reden.length() > PlaatsingOpdracht.MAX_SPLITSINGSREDEN
                ? reden.substring(0, PlaatsingOpdracht.MAX_SPLITSINGSREDEN - 1) + "…" : reden;
        for (var gelezen : plaatsingen.vanHuishouden(new HuishoudenId(oud))) {
            if (gelezen.tot() != null && !gelezen.tot().isAfter(datum)) {
                continue;
            }
            // The location's lock first, as check-in and check-out take it; then read again, so a check-out
            // that committed meanwhile is seen.
            locaties.vergrendel(gelezen.opvanglocatieId());
            var p = plaatsingen.vind(gelezen.id()).orElseThrow();
            if (p.tot() != null && !p.tot().isAfter(datum)) {
                continue;
            }
            var bedden = jdbc.sql("""
                    select id, bewoner_id, lower(periode) as van, upper(periode) as tot from plaatsing.bedbezetting
                     where plaatsing_id = ? and (upper_inf(periode) or upper(periode) > ?) order by bednummer, id""")
                    .params(p.id().waarde(), datum)
                    .query((rs, i) -> new Bedrij(rs.getLong("id"), rs.getObject("bewoner_id", UUID.class),
                            rs.getObject("van", LocalDate.class), rs.getObject("tot", LocalDate.class)))
                    .list();
            var mee = bedden.stream().filter(b -> verhuizers.contains(b.bewoner())).toList();
            if (mee.isEmpty()) {
                continue;
            }
            var blijven = bedden.stream().filter(b -> !verhuizers.contains(b.bewoner())).toList();
            int verhuizend = (int) mee.stream().map(Bedrij::bewoner).distinct().count();
            int blijvend = Math.max(1, p.personen() - verhuizend);
            var dag = datum.isAfter(p.vanaf()) ? datum : p.vanaf();
            var nu = Timestamp.from(clock.instant());
            if (!dag.isAfter(p.vanaf())) {
                // Not begun yet: no night has been spent, so the placement is divided instead of ended.
                if (blijven.isEmpty()) {
                    jdbc.sql("update plaatsing.plaatsing set huishouden_id = ?, splitsingsreden = ? where id = ?")
                            .params(nieuw, splitsingsreden, p.id().waarde()).update();
                } else {
                    var q = nieuwePlaatsing(p, nieuw, verhuizend, p.vanaf(), splitsingsreden, nu, gebruiker);
                    jdbc.sql("update plaatsing.bedbezetting set plaatsing_id = ? where id = any(?)")
                            .params(q.waarde(), mee.stream().map(Bedrij::id).toArray(Long[]::new)).update();
                    jdbc.sql("update plaatsing.plaatsing set aantal_personen = ? where id = ?").params(blijvend, p.id().waarde()).update();
                }
            } else {
                jdbc.sql("update plaatsing.plaatsing set tot = ?, vertrekreden = ? where id = ?")
                        .params(dag, Vertrekreden.GESPLITST.code(), p.id().waarde()).update();
                // Ended before started again, so a bed and a person are never taken twice on the day itself.
                jdbc.sql("update plaatsing.bedbezetting set periode = daterange(lower(periode), ?) where id = any(?)")
                        .params(dag, bedden.stream().filter(b -> b.van().isBefore(dag)).map(Bedrij::id).toArray(Long[]::new)).update();
                var q = nieuwePlaatsing(p, nieuw, verhuizend, dag, splitsingsreden, nu, gebruiker);
                opnieuw(mee, q, dag);
                if (!blijven.isEmpty()) {
                    var rest = nieuwePlaatsing(p, oud, blijvend, dag, p.splitsingsreden(), nu, gebruiker);
                    opnieuw(blijven, rest, dag);
                }
            }
            bedden.forEach(b -> geraakt.add(b.bewoner()));
        }
        var gastverblijven = jdbc.sql("""
                insert into plaatsing.gastverblijf (id, huishouden_id, gemeente_code, periode, gastgezin, vastgelegd_door, vastgelegd_op)
                select gen_random_uuid(), ?, gemeente_code, daterange(greatest(lower(periode), cast(? as date)), upper(periode)), gastgezin, ?, ?
                  from plaatsing.gastverblijf where huishouden_id = ? and (upper_inf(periode) or upper(periode) > ?)""")
                .params(nieuw, datum, gebruiker.gebruikersnaam(), Timestamp.from(clock.instant()), oud, datum).update();
        if (gastverblijven > 0) {
            geraakt.addAll(leden);
        }
        if (!geraakt.isEmpty()) {
            logboek.leg(Handeling.WIJZIGEN, Plaatsingen.ACTIVITEIT, Plaatsingen.DOEL, new ArrayList<>(geraakt), gebruiker);
        }
    }

    /** A placement like {@code p} (location, kind of bed, end and reason if known) for a household from a day. */
    private PlaatsingId nieuwePlaatsing(Plaatsingen.Plaatsing p, UUID huishouden, int personen, LocalDate vanaf,
            @Nullable String splitsingsreden, Timestamp nu, Gebruiker gebruiker) {
        var id = PlaatsingId.nieuw();
        jdbc.sql("""
                insert into plaatsing.plaatsing (id, opvanglocatie_id, verblijfsduur, aantal_personen, vanaf, tot, vertrekreden,
                    huishouden_id, splitsingsreden, vastgelegd_op, vastgelegd_door) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.waarde(), p.opvanglocatieId().waarde(), p.verblijfsduur().code(), personen, vanaf, p.tot(),
                        p.vertrekreden() == null ? null : p.vertrekreden().code(), huishouden, splitsingsreden, nu, gebruiker.gebruikersnaam())
                .update();
        return id;
    }

    /**
     * The same beds again from the day of the split, in the new placement, until they would have ended; a
     * bed stay that begins on or after that day moves to the new placement as it is.
     */
    private void opnieuw(List<Bedrij> bedden, PlaatsingId plaatsing, LocalDate dag) {
        for (var b : bedden) {
            if (!b.van().isBefore(dag)) {
                jdbc.sql("update plaatsing.bedbezetting set plaatsing_id = ? where id = ?").params(plaatsing.waarde(), b.id()).update();
                continue;
            }
            jdbc.sql("""
                    insert into plaatsing.bedbezetting (plaatsing_id, bewoner_id, opvanglocatie_id, verblijfsduur, bednummer, periode)
                    select ?, bewoner_id, opvanglocatie_id, verblijfsduur, bednummer, daterange(cast(? as date), cast(? as date))
                      from plaatsing.bedbezetting where id = ?""")
                    .params(plaatsing.waarde(), dag, b.tot(), b.id()).update();
        }
    }
}
