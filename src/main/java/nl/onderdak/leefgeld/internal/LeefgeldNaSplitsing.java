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
        if (besluiten + wijze > 0) {
            logboek.leg(Handeling.WIJZIGEN, Verwerking.ACTIVITEIT, Verwerking.DOEL, leden, gebruiker);
        }
    }
}
