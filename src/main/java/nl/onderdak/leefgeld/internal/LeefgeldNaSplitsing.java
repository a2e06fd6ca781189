// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.onderdak.bewoners.Splitsingsvolger;
import nl.onderdak.logboek.Handeling;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Gebruiker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A household split: the split-off household starts with the allowance record its members had, in the
 * split's own transaction, so that a payment run pays it like any other household instead of holding it
 * back until someone thinks of it.
 *
 * <ul>
 * <li><b>Decisions</b> (stop, food or clothing in kind) are recorded for the whole household and so
 * applied to the members who leave as well: each is copied with its own start and end. The allowance
 * follows each member's nights and current household, so the new household is computed over nights its
 * members spent under these decisions; the same dates give them the same outcome. A decision that no
 * longer fits one of the two households is ended there by the paying gemeente, as any decision.</li>
 * <li><b>Cash</b> is paid against the signature of the household's adults named on the cash list, so
 * it is carried over. A <b>bank account or prepaid card</b> belongs to a person who may have stayed
 * behind: it is not copied, and the new household's line says "betaalwijze ontbreekt" until the paying
 * gemeente records the account of its own members (never the old household's money to another
 * person's account).</li>
 * <li><b>Months already paid</b> to the old household: the allowance follows each member's current
 * household, so a later run for such a month (a second run, after a correction) would pay the new household
 * for nights the old household's payment covered already. For each month the old household was paid (sent
 * or paid, not failed), the new household gets a stop decision for that month with the reason in words, so
 * that month is never paid twice. (A run still awaiting approval or execution shows the old household's line
 * as "gewijzigd": recomputed, its amount no longer matches the preview.)</li>
 * </ul>
 * Each member who moved is logged as a change of their allowance data.
 */
@Component
class LeefgeldNaSplitsing implements Splitsingsvolger {

    private final JdbcClient jdbc;
    private final Logboek logboek;
    private final Clock clock;

    LeefgeldNaSplitsing(JdbcClient jdbc, Logboek logboek, Clock clock) {
        this.jdbc = jdbc;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void gesplitst(UUID oud, UUID nieuw, List<UUID> leden, LocalDate datum, String reden, Gebruiker gebruiker) {
        var nu = Timestamp.from(clock.instant());
        int besluiten = jdbc.sql("""
                insert into leefgeld.leefgeldbesluit (id, huishouden_id, soort, vanaf, tot, reden, vastgelegd_door, vastgelegd_op)
                select gen_random_uuid(), ?, soort, vanaf, tot, reden, ?, ?
                  from leefgeld.leefgeldbesluit where huishouden_id = ?""")
                .params(nieuw, gebruiker.gebruikersnaam(), nu, oud).update();
        int wijze = jdbc.sql("""
                insert into leefgeld.betaalwijze (huishouden_id, methode, gewijzigd_door, gewijzigd_op)
                select ?, methode, ?, ? from leefgeld.betaalwijze where huishouden_id = ? and methode = 'contant'
                on conflict (huishouden_id) do nothing""")
                .params(nieuw, gebruiker.gebruikersnaam(), nu, oud).update();
        // Months whose payment to the old household already covered the moved members' nights (see above).
        int betaald = jdbc.sql("""
                insert into leefgeld.leefgeldbesluit (id, huishouden_id, soort, vanaf, tot, reden, vastgelegd_door, vastgelegd_op)
                select gen_random_uuid(), ?, 'stoppen', m.maand, (m.maand + interval '1 month' - interval '1 day')::date, ?, ?, ?
                  from (select distinct b.maand from leefgeld.betaling b where b.huishouden_id = ? and b.status <> 'mislukt') m""")
                .params(nieuw, Berichten.in(Weergave.NEDERLANDS, "leefgeld.splitsing.alBetaald"), gebruiker.gebruikersnaam(), nu, oud)
                .update();
        if (besluiten + wijze + betaald > 0) {
            logboek.leg(Handeling.WIJZIGEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, leden, gebruiker);
        }
    }
}
