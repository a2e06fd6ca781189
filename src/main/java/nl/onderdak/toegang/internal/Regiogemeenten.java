// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The gemeenten of a safety region in the layout that applies today, read from what gebieden publishes
 * ({@code gebieden.gemeente_in_regio}, {@code gebieden.indeling_op}) rather than through its Java API:
 * every module depends on toegang for its menu entry, so toegang depending on gebieden made a cycle.
 */
@Repository
public class Regiogemeenten {

    private final JdbcClient jdbc;
    private final Clock clock;

    Regiogemeenten(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Set<String> van(String veiligheidsregioCode) {
        return jdbc.sql("""
                select gemeente_code from gebieden.gemeente_in_regio
                 where veiligheidsregio_code = :regio and indeling = gebieden.indeling_op(:vandaag)""")
                .param("regio", veiligheidsregioCode)
                .param("vandaag", LocalDate.now(clock))
                .query(String.class)
                .set();
    }
}
