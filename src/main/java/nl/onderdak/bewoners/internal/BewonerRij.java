// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.onderdak.bewoners.Bewoner;
import nl.onderdak.bewoners.Bsn;

/**
 * One row of {@code bewoners.bewoner} as a {@link Bewoner}, and the purposes bewoners logs under: shared
 * by the facade and the deadlines, so a new column is mapped once.
 */
public final class BewonerRij {

    public static final String ACTIVITEIT = "opvang-ontheemden";
    public static final String DOEL_REGISTRATIE = "Registratie van opvang van ontheemden uit Oekraïne (Wet COA, art. 3a; Rvo)";
    public static final String DOEL_DUBBEL = "Controle op dubbele inschrijving";

    private BewonerRij() {
    }

    public static Bewoner bewoner(ResultSet rs, int rij) throws SQLException {
        var documenten = rs.getArray("identiteitsdocumenten");
        var bsn = rs.getString("bsn");
        return new Bewoner(rs.getObject("id", UUID.class), rs.getObject("huishouden_id", UUID.class), rs.getString("voornaam"),
                rs.getString("achternaam"), rs.getString("voornaam_origineel"), rs.getString("achternaam_origineel"),
                rs.getObject("geboortedatum", LocalDate.class), rs.getString("geslacht"), rs.getString("nationaliteit_categorie"),
                documenten == null ? List.of() : Arrays.asList((String[]) documenten.getArray()), rs.getString("brp_status"),
                bsn == null ? null : new Bsn(bsn), rs.getObject("brp_datum", LocalDate.class), rs.getString("ind_status"),
                rs.getObject("ind_uitgenodigd_op", LocalDate.class), rs.getObject("ind_afspraak_op", LocalDate.class),
                rs.getObject("bescherming_tot", LocalDate.class), rs.getBoolean("alleenreizend_minderjarig"),
                rs.getBoolean("medische_zorg"), rs.getBoolean("toegankelijkheid"), rs.getString("taal"), rs.getInt("versie"));
    }
}
