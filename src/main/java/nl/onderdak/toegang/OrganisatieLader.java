package nl.onderdak.toegang;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure every gemeente of the current layout, every safety region and the national bodies
 * exist as organisations. Idempotent: runs at every start, after the reference data.
 */
@Component
@Order(10)
class OrganisatieLader implements ApplicationRunner {

    private final JdbcClient jdbc;

    OrganisatieLader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("""
                insert into toegang.organisatie (code, naam, soort, gemeente_code)
                select g.code, 'Gemeente ' || g.naam, 'GEMEENTE', g.code from gebieden.gemeente g
                 where g.indeling = (select max(datum) from gebieden.indeling)
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into toegang.organisatie (code, naam, soort, veiligheidsregio_code)
                select v.code, 'Veiligheidsregio ' || v.naam, 'VEILIGHEIDSREGIO', v.code from gebieden.veiligheidsregio v
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into toegang.organisatie (code, naam, soort) values
                  ('LCVS', 'Landelijk Coördinatiecentrum Vluchtelingenspreiding', 'LANDELIJK'),
                  ('KCIO', 'Knooppunt Coördinatie en Informatie Oekraïne', 'LANDELIJK'),
                  ('NOO', 'Nationale Opvang Organisatie', 'LANDELIJK'),
                  ('JENV', 'Ministerie van Justitie en Veiligheid', 'LANDELIJK'),
                  ('BEHEER', 'Landelijk beheer Onderdak', 'LANDELIJK'),
                  ('REFUGEEHOMENL', 'RefugeeHomeNL', 'MATCHING')
                on conflict do nothing""").update();
    }
}
