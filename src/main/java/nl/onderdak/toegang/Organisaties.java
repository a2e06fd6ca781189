// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.onderdak.toegang.internal.Organisatiesoorten;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations that users belong to. */
@Repository
public class Organisaties {

    /**
     * How long a found organisation is kept in memory. A bearer token or OIDC login names its organisation by
     * code, and {@code Toegang} looks it up each time it is asked who is logged in, several times per request:
     * a query each time, on every API request, for a table that changes only when the application starts
     * ({@code OrganisatieLader}: insert-only) or a migration runs. A code that is not found is not kept, so a new
     * organisation counts at once; a renamed one shows its new name within this time.
     */
    static final Duration VERS = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Cache<String, Organisatie> gevonden = Caffeine.newBuilder().expireAfterWrite(VERS).maximumSize(2_000).build();

    Organisaties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisatie> vind(String code) {
        var bewaard = gevonden.getIfPresent(code);
        if (bewaard != null) {
            return Optional.of(bewaard);
        }
        var organisatie = jdbc.sql("select * from toegang.organisatie where code = ?").param(code).query(this::organisatie).optional();
        organisatie.ifPresent(o -> gevonden.put(code, o));
        return organisatie;
    }

    public List<Organisatie> alle() {
        return jdbc.sql("select * from toegang.organisatie order by soort, naam").query(this::organisatie).list();
    }

    private Organisatie organisatie(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Organisatie(rs.getString("code"), rs.getString("naam"),
                Organisatiesoorten.uitDatabase(rs.getString("soort")), rs.getString("gemeente_code"),
                rs.getString("veiligheidsregio_code"));
    }
}
