// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.werkvoorraad.Werk;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aftercare of a match: follow-up contacts after two weeks and three months (the matching
 * organisation's work), expiring certificates of conduct, and safeguarding signals (exploitation,
 * conflict) that go to the gemeente's start page at once. A match of a household with a child travelling
 * alone has follow-ups and signals only for users with the role MINDERJARIGEN (the register's rule).
 */
@Service
@Transactional(readOnly = true)
public class Opvolging {

    public static final int EERSTE_CONTACT_DAGEN = 14;
    public static final int TWEEDE_CONTACT_MAANDEN = 3;

    private final JdbcClient jdbc;
    private final Gastgezinregister register;
    private final Clock clock;

    Opvolging(JdbcClient jdbc, Gastgezinregister register, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.clock = clock;
    }

    /** Anyone who sees the match may raise a signal; it waits on the gemeente's start page until handled. */
    @Transactional
    public UUID meldSignaal(UUID koppeling, @Nullable String soort, @Nullable String toelichting, Gebruiker gebruiker) {
        register.zichtbareKoppeling(koppeling, gebruiker);
        var fouten = new ArrayList<Veld>();
        var s = Invoer.schoon(soort);
        if (s == null || !List.of("uitbuiting", "conflict").contains(s)) {
            fouten.add(new Veld("soort", Berichten.tekst("gastgezin.fout.signaal")));
        }
        var noot = Invoer.schoon(toelichting);
        if (noot != null && noot.length() > Invoer.TEKST_MAX) {
            fouten.add(new Veld("toelichting", Berichten.tekst("invoer.teLang", Weergave.in(Berichten.taal()).getal(Invoer.TEKST_MAX))));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into gastgezinnen.signaal (id, koppeling_id, soort, toelichting, gemeld_op, gemeld_door) values (?, ?, ?, ?, ?, ?)""")
                .params(id, koppeling, s, noot, Timestamp.from(clock.instant()), gebruiker.gebruikersnaam()).update();
        return id;
    }

    /** The matching organisation records a follow-up contact; a second record of the same contact changes nothing. */
    @Transactional
    public void legContactVast(UUID koppeling, @Nullable String soort, Gebruiker gebruiker) {
        if (!Gastgezinregister.isMatcher(gebruiker)) {
            register.zichtbareKoppeling(koppeling, gebruiker);
            throw new org.springframework.security.access.AccessDeniedException("alleen de matchingsorganisatie");
        }
        register.zichtbareKoppeling(koppeling, gebruiker);
        var s = Invoer.schoon(soort);
        if (s == null || !List.of("twee_weken", "drie_maanden").contains(s)) {
            throw OngeldigeInvoer.veld("soort", Berichten.tekst("gastgezin.fout.contact"));
        }
        jdbc.sql("""
                insert into gastgezinnen.contact (koppeling_id, soort, gedaan_op, door) values (?, ?, ?, ?) on conflict do nothing""")
                .params(koppeling, s, Timestamp.from(clock.instant()), gebruiker.gebruikersnaam()).update();
    }

    /** The gemeente marks a signal handled; a signal of a match out of the user's view answers as unknown. */
    @Transactional
    public void handelAf(UUID signaal, Gebruiker gebruiker) {
        var koppeling = jdbc.sql("select koppeling_id from gastgezinnen.signaal where id = ?").param(signaal).query(UUID.class).optional()
                .orElseThrow(() -> new NietGevonden("Signaal"));
        try {
            register.zichtbareKoppeling(koppeling, gebruiker);
        } catch (NietGevonden e) {
            throw new NietGevonden("Signaal");
        }
        if (!Gastgezinregister.isGemeente(gebruiker)) {
            throw new org.springframework.security.access.AccessDeniedException("alleen de gemeente");
        }
        if (jdbc.sql("update gastgezinnen.signaal set afgehandeld_op = ? where id = ? and afgehandeld_op is null")
                .params(Timestamp.from(clock.instant()), signaal).update() == 0) {
            throw new Conflict("al-afgehandeld", Berichten.tekst("gastgezin.conflict.signaalAfgehandeld"));
        }
    }

    public record Signaal(UUID id, UUID koppeling, String soort, @Nullable String toelichting, Instant gemeldOp, @Nullable Instant afgehandeldOp) {
    }

    public List<Signaal> signalen(UUID koppeling) {
        return jdbc.sql("""
                select id, koppeling_id, soort, toelichting, gemeld_op, afgehandeld_op from gastgezinnen.signaal where koppeling_id = ?
                 order by gemeld_op""").param(koppeling).query((rs, i) -> new Signaal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant())).list();
    }

    private static Instant begin(LocalDate dag) {
        return dag.atStartOfDay(Weergave.TIJDZONE).toInstant();
    }

    /**
     * What waits for this user: the same rule as the pages (matcher: aftercare; gemeente: signals). A
     * household with a child travelling alone gives work only to users with the role MINDERJARIGEN.
     */
    public List<Werk> werk(Gebruiker gebruiker, Locale taal) {
        var uit = new ArrayList<Werk>();
        var vandaag = register.vandaag();
        if (Gastgezinregister.isMatcher(gebruiker)) {
            jdbc.sql("""
                    select k.id, lower(k.periode), g.naam, c.soort
                      from gastgezinnen.koppeling k join gastgezinnen.gastgezin g on g.id = k.gastgezin_id
                      cross join (values ('twee_weken'), ('drie_maanden')) c(soort)
                     where k.status = 'lopend'
                       and case c.soort when 'twee_weken' then lower(k.periode) + ? else cast(lower(k.periode) + make_interval(months => ?) as date) end <= ?
                       and not exists (select 1 from gastgezinnen.contact x where x.koppeling_id = k.id and x.soort = c.soort)"""
                    + Gastgezinregister.zonderAlleenreizend("k.huishouden_id", gebruiker))
                    .params(EERSTE_CONTACT_DAGEN, TWEEDE_CONTACT_MAANDEN, vandaag).query((rs, i) -> {
                        var start = rs.getObject(2, LocalDate.class);
                        var soort = rs.getString(4);
                        var moment = "twee_weken".equals(soort) ? start.plusDays(EERSTE_CONTACT_DAGEN) : start.plusMonths(TWEEDE_CONTACT_MAANDEN);
                        return new Werk("gastgezin-nazorg", Berichten.in(taal, "werk.nazorg." + soort, rs.getString(3)), begin(moment),
                                "/gastgezinnen/koppelingen/" + rs.getObject(1, UUID.class), moment.plusDays(7));
                    }).list().forEach(uit::add);
            jdbc.sql("""
                    select id, naam, vog_geldig_tot from gastgezinnen.gastgezin where status = 'goedgekeurd' and vog_geldig_tot <= ?""")
                    .param(vandaag.plusDays(Gastgezinregister.VOG_WAARSCHUWING_DAGEN)).query((rs, i) -> {
                        var tot = rs.getObject(3, LocalDate.class);
                        return new Werk("vog-verloopt", Berichten.in(taal, "werk.vog", rs.getString(2), Weergave.in(taal).datum(tot)),
                                begin(tot.minusDays(Gastgezinregister.VOG_WAARSCHUWING_DAGEN)), "/gastgezinnen/" + rs.getObject(1, UUID.class), tot);
                    }).list().forEach(uit::add);
            jdbc.sql("""
                    select v.id, v.ingediend_op, v.gemeente_code from gastgezinnen.verzoek v where v.status = 'open'"""
                    + Gastgezinregister.zonderAlleenreizend("v.huishouden_id", gebruiker))
                    .query((rs, i) -> new Werk("gastgezinverzoek", Berichten.in(taal, "werk.verzoek", register.gemeente(rs.getString(3)).naam(), rs.getString(3)),
                            rs.getTimestamp(2).toInstant(), "/gastgezinnen/verzoeken/" + rs.getObject(1, UUID.class)))
                    .list().forEach(uit::add);
        } else if (Gastgezinregister.isGemeente(gebruiker)) {
            var gm = gebruiker.organisatie().gemeenteCode();
            jdbc.sql("""
                    select s.koppeling_id, s.soort, s.gemeld_op from gastgezinnen.signaal s
                      join gastgezinnen.koppeling k on k.id = s.koppeling_id join gastgezinnen.gastgezin g on g.id = k.gastgezin_id
                     where s.afgehandeld_op is null and (k.huishouden_gemeente = ? or g.gemeente_code = ?)"""
                    + Gastgezinregister.zonderAlleenreizend("k.huishouden_id", gebruiker))
                    .params(gm, gm).query((rs, i) -> new Werk("gastgezin-signaal", Berichten.in(taal, "werk.signaal." + rs.getString(2)),
                            rs.getTimestamp(3).toInstant(), "/gastgezinnen/koppelingen/" + rs.getObject(1, UUID.class),
                            vandaag))
                    .list().forEach(uit::add);
        }
        return uit;
    }
}
