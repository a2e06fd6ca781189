// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.onderdak.IntegratieTest;
import nl.onderdak.locaties.Locatieverzoeken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The derived table {@code vrijstand} (migration V16) that the placement suggestions read says, for
 * every location and day, what joining usable beds and occupancy says: also after beds change, a
 * household is placed and checked out.
 */
class VrijstandTest extends IntegratieTest {

    @Autowired
    JdbcClient jdbc;

    /** Free beds per location on a day, both ways, for locations available with status 'beschikbaar'. */
    private void gelijkOp(LocalDate dag) {
        var uitVrijstand = jdbc.sql("""
                select opvanglocatie_id::text || ' ' || lang_vrij || ' ' || kort_vrij from plaatsing.vrijstand
                 where geldig @> cast(? as date) order by 1""").param(dag).query(String.class).list();
        var uitJoin = jdbc.sql("""
                select b.opvanglocatie_id::text || ' ' || (b.lang_opgegeven - b.lang_buiten - coalesce(z.lang, 0)) || ' '
                       || (b.kort_opgegeven - b.kort_buiten - coalesce(z.kort, 0))
                  from locaties.beddenstand b left join plaatsing.bezettingsstand z on z.opvanglocatie_id = b.opvanglocatie_id and z.geldig @> cast(? as date)
                 where b.geldig @> cast(? as date) and b.status = 'beschikbaar' order by 1""").params(dag, dag).query(String.class).list();
        assertThat(uitVrijstand).as("vrije bedden op " + dag).isEqualTo(uitJoin);
    }

    @Test
    void vrijstandIsOpElkeDagGelijkAanBeddenMinBezetting() {
        var locatie = post(Locatieverzoeken.PAD, "amersfoort", Locatieverzoeken.locatie("Vrijstand " + System.nanoTime(), "2025-01-01", null, 12, 4));
        var id = locatie.json().get("id").asString();
        post(Locatieverzoeken.PAD + "/" + id + "/bedden", "amersfoort", Locatieverzoeken.bedden("2025-06-01", 20, 2, "Schimmel", "Uitbreiding"));
        var h = post("/api/v1/huishoudens", "amersfoort", """
                {"leden":[{"voornaam":"Vrij","achternaam":"Stand%d","geboortedatum":"1990-01-01","nationaliteitCategorie":"oekraiens"},
                          {"voornaam":"Kind","achternaam":"Stand%d","geboortedatum":"2019-01-01","nationaliteitCategorie":"oekraiens"}]}"""
                .formatted(System.nanoTime(), System.nanoTime()));
        var plaatsing = post("/api/v1/plaatsingen", "amersfoort", """
                {"huishouden":"%s","opvanglocatie":"%s","vanaf":"2025-03-01"}""".formatted(h.json().get("id").asString(), id));
        assertThat(plaatsing.status()).as(plaatsing.toString()).isEqualTo(201);
        post("/api/v1/plaatsingen/" + plaatsing.json().get("id").asString() + "/_uitchecken", "amersfoort",
                "{\"datum\":\"2025-08-01\",\"reden\":\"eigen_woning\"}");

        for (var dag : List.of("2024-12-31", "2025-01-01", "2025-02-28", "2025-03-01", "2025-05-31", "2025-06-01", "2025-07-31",
                "2025-08-01", "2026-01-01")) {
            gelijkOp(LocalDate.parse(dag));
        }
        gelijkOp(LocalDate.now());
        gelijkOp(LocalDate.now().plusDays(30));
        var hier = jdbc.sql("select lang_vrij || '/' || kort_vrij from plaatsing.vrijstand where opvanglocatie_id = cast(? as uuid) and geldig @> date '2025-06-15'")
                .param(id).query(String.class).single();
        // 20 declared − 2 out of use − 2 placed = 16 long stay; 4 short stay.
        assertThat(hier).isEqualTo("16/4");
    }
}
