// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.toegang.internal;

import static nl.onderdak.toegang.internal.Organisatiesoorten.naarDatabase;

import nl.onderdak.toegang.Organisatie.Soort;
import nl.onderdak.platform.Opstartfase;
import nl.onderdak.platform.Opstarttaak;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure every gemeente of the current layout, every safety region and the national bodies
 * exist as organisations. Idempotent: runs at every start, after the reference data. Reads gebieden
 * only through its published views ({@code gebieden.actuele_gemeente}, {@code gebieden.regio}).
 * Start-up phase ORGANISATIES: after the reference data, before the demo accounts and dataset.
 */
@Component
class OrganisatieLader implements Opstarttaak {

    private final JdbcClient jdbc;

    OrganisatieLader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Opstartfase fase() {
        return Opstartfase.ORGANISATIES;
    }

    @Override
    @Transactional
    public void voerUit() {
        jdbc.sql("""
                insert into toegang.organisatie (code, naam, soort, gemeente_code)
                select g.code, 'Gemeente ' || g.naam, :soort, g.code from gebieden.actuele_gemeente g
                on conflict do nothing""").param("soort", naarDatabase(Soort.GEMEENTE)).update();
        jdbc.sql("""
                insert into toegang.organisatie (code, naam, soort, veiligheidsregio_code)
                select r.code, 'Veiligheidsregio ' || r.naam, :soort, r.code from gebieden.regio r
                on conflict do nothing""").param("soort", naarDatabase(Soort.VEILIGHEIDSREGIO)).update();
        jdbc.sql("""
                insert into toegang.organisatie (code, naam, soort)
                select p.code, 'Provincie ' || p.naam, :soort from gebieden.provincie_naam p
                on conflict do nothing""").param("soort", naarDatabase(Soort.PROVINCIE)).update();
        jdbc.sql("""
                insert into toegang.organisatie (code, naam, soort) values
                  ('LCVS', 'Landelijk Coördinatiecentrum Vluchtelingenspreiding', :landelijk),
                  ('KCIO', 'Knooppunt Coördinatie en Informatie Oekraïne', :landelijk),
                  ('NOO', 'Nationale Opvang Organisatie', :landelijk),
                  ('JENV', 'Ministerie van Justitie en Veiligheid', :landelijk),
                  ('BEHEER', 'Landelijk beheer Onderdak', :landelijk),
                  ('REFUGEEHOMENL', 'RefugeeHomeNL', :matching)
                on conflict do nothing""")
                .param("landelijk", naarDatabase(Soort.LANDELIJK))
                .param("matching", naarDatabase(Soort.MATCHING))
                .update();
    }
}
