// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang;

import java.util.List;
import java.util.Optional;
import nl.onderdak.toegang.internal.Organisatiesoorten;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations that users belong to. */
@Repository
public class Organisaties {

    private final JdbcClient jdbc;

    Organisaties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisatie> vind(String code) {
        return jdbc.sql("select * from toegang.organisatie where code = ?").param(code).query(this::organisatie).optional();
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
