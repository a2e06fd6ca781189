// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.internal;

import java.util.UUID;
import nl.onderdak.bewoners.Plaatsingsinzage;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the residents module when a region coordinator or the LCVS handles a request of a household
 * (ADR 0014): the region coordinator for a request in its own region, the LCVS for a request passed
 * to it; never for a withdrawn request. Only these roles, each in its own organisation: another
 * national organisation never, not even with the LCVS's role.
 */
@Component
class VerzoekInzage implements Plaatsingsinzage {

    /**
     * The open states as the database words them, written into the statement as literals: the partial
     * unique index on open requests of a household then serves these lookups.
     */
    private static final String OPEN = java.util.Arrays.stream(Verzoekstatus.values()).filter(Verzoekstatus::open)
            .map(s -> "'" + s.code() + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    private final JdbcClient jdbc;

    VerzoekInzage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean behandeltVerzoekVoor(UUID huishouden, Gebruiker gebruiker) {
        var org = gebruiker.organisatie();
        if (org.soort() == Organisatie.Soort.VEILIGHEIDSREGIO && gebruiker.heeft(Rol.REGIO_COORDINATOR)) {
            return jdbc.sql("""
                    select exists (select 1 from plaatsing.plaatsingsverzoek
                                    where huishouden_id = ? and veiligheidsregio_code = ? and status in %s)""".formatted(OPEN))
                    .params(huishouden, org.veiligheidsregioCode()).query(Boolean.class).single();
        }
        if (Plaatsingsverzoeken.isLcvsPlaatser(gebruiker)) {
            return jdbc.sql("""
                    select exists (select 1 from plaatsing.plaatsingsverzoek
                                    where huishouden_id = ? and naar_lcvs_op is not null and status in %s)""".formatted(OPEN))
                    .param(huishouden).query(Boolean.class).single();
        }
        return false;
    }
}
