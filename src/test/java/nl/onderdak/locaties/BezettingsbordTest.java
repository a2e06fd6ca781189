// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import static nl.onderdak.bewoners.Bewonersverzoeken.huishouden;
import static nl.onderdak.bewoners.Bewonersverzoeken.lid;
import static nl.onderdak.bewoners.Bewonersverzoeken.uniekeAchternaam;
import static nl.onderdak.bewoners.Bewonersverzoeken.uitchecken;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.onderdak.Websessie;
import nl.onderdak.bewoners.BewonersIntegratieTest;
import nl.onderdak.locaties.internal.Bezettingsbord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bed board of a location: who sleeps there on a chosen date and how many beds are free; names
 * only for the location's own gemeente, counts for the region; every resident shown or exported is
 * in the processing log.
 */
class BezettingsbordTest extends BewonersIntegratieTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private String locatie;
    private String achternaam;
    private String gezin2;
    private LocalDate vandaag;

    @BeforeEach
    void tweeGezinnenOpEenLocatieVanUtrecht() {
        vandaag = LocalDate.now(clock);
        locatie = registreerLocatie("utrecht", "2024-01-01", 10);
        achternaam = uniekeAchternaam("Bordtest");
        var eerste = registreer("utrecht", huishouden(lid("Olena", achternaam, "1985-03-04"), lid("Taras", achternaam, "2015-06-07")));
        plaats("utrecht", eerste.get("id").asString(), locatie, vandaag.minusDays(20).toString());
        gezin2 = uniekeAchternaam("Laatkomer");
        var tweede = registreer("utrecht", huishouden(lid("Iryna", gezin2, "1990-01-02")));
        var plaatsing = plaats("utrecht", tweede.get("id").asString(), locatie, vandaag.minusDays(5).toString());
        var uit = post(nl.onderdak.bewoners.Bewonersverzoeken.PLAATSINGEN + "/" + plaatsing.get("id").asString() + "/_uitchecken",
                "utrecht", uitchecken(vandaag.minusDays(2).toString(), "eigen_woning"));
        assertThat(uit.status()).as(uit.toString()).isIn(200, 201);
    }

    private int logregels(String handeling, String gebruiker) {
        return jdbc.sql("""
                select count(*) from logboek.verwerkingslog where handeling = ? and gebruiker = ? and doel = ?""")
                .params(handeling, gebruiker, Bezettingsbord.DOEL).query(Integer.class).single();
    }

    @Test
    void het_bord_toont_wie_er_op_een_datum_slaapt_en_de_vrije_bedden() {
        var nu = get(Locatieverzoeken.PAD + "/" + locatie + "/bezetting", "utrecht");
        var toen = get(Locatieverzoeken.PAD + "/" + locatie + "/bezetting?datum=" + vandaag.minusDays(3), "utrecht");

        assertThat(nu.status()).as(nu.toString()).isEqualTo(200);
        assertThat(nu.json().get("bruikbareBedden").asInt()).isEqualTo(10);
        assertThat(nu.json().get("bezet").asInt()).isEqualTo(2);
        assertThat(nu.json().get("vrij").asInt()).isEqualTo(8);
        assertThat(Locatieverzoeken.lijst(nu.json().get("bewoners"))).extracting(b -> b.get("voornaam").asString())
                .containsExactlyInAnyOrder("Olena", "Taras");
        // Who sleeps in which bed: the first household got the lowest free long-stay beds, the later one the next.
        assertThat(Locatieverzoeken.lijst(nu.json().get("bewoners"))).extracting(b -> b.get("bednummer").asInt() + " " + b.get("verblijfsduur").asString())
                .containsExactlyInAnyOrder("1 lang", "2 lang");
        assertThat(Locatieverzoeken.lijst(toen.json().get("bewoners"))).filteredOn(b -> b.get("achternaam").asString().equals(gezin2))
                .singleElement().satisfies(b -> assertThat(b.get("bednummer").asInt()).isEqualTo(3));
        assertThat(toen.json().get("bezet").asInt()).as("drie dagen geleden sliep Iryna er nog").isEqualTo(3);
        assertThat(toen.json().get("vrij").asInt()).isEqualTo(7);
        assertThat(Locatieverzoeken.lijst(toen.json().get("bewoners"))).extracting(b -> b.get("achternaam").asString())
                .contains(gezin2);
    }

    @Test
    void de_pagina_toont_de_namen_aan_de_eigen_gemeente_en_legt_het_inzien_vast() {
        var voor = logregels("inzien", "utrecht");

        var pagina = new Websessie(poort).inloggen("utrecht").pagina("/opvanglocaties/" + locatie + "/bezetting").body();

        assertThat(pagina).contains(achternaam + ", Olena").contains(achternaam + ", Taras").doesNotContain(gezin2);
        assertThat(logregels("inzien", "utrecht") - voor).isEqualTo(2);
    }

    @Test
    void de_regio_ziet_aantallen_en_geen_namen_en_mag_niet_exporteren() {
        var api = get(Locatieverzoeken.PAD + "/" + locatie + "/bezetting", "regio-utrecht");
        var sessie = new Websessie(poort).inloggen("regio-utrecht");
        var pagina = sessie.pagina("/opvanglocaties/" + locatie + "/bezetting").body();

        assertThat(api.status()).as(api.toString()).isEqualTo(200);
        assertThat(api.json().get("bezet").asInt()).isEqualTo(2);
        assertThat(api.json().get("bewoners").isNull()).isTrue();
        assertThat(api.body()).doesNotContain(achternaam);
        assertThat(pagina).doesNotContain(achternaam).contains("id=\"alleen-aantallen\"");
        assertThat(sessie.get("/opvanglocaties/" + locatie + "/bewoners.csv").statusCode()).isEqualTo(403);
        assertThat(get(Locatieverzoeken.PAD + "/" + locatie + "/bezetting", "amersfoort").status()).isEqualTo(404);
    }

    @Test
    void de_export_van_bewoners_staat_per_bewoner_in_het_verwerkingslogboek() {
        var voor = logregels("exporteren", "utrecht");

        var sessie = new Websessie(poort).inloggen("utrecht");
        var csv = sessie.get("/opvanglocaties/" + locatie + "/bewoners.csv");
        var xlsx = sessie.get("/opvanglocaties/" + locatie + "/bewoners.xlsx");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("bewoners-").contains(vandaag + ".csv");
        var regels = List.of(sessie.tekst(csv).replace("\uFEFF", "").split("\r\n"));
        assertThat(regels.getFirst()).startsWith("locatie;datum;achternaam;voornaam").endsWith(";bednummer;verblijfsduur");
        assertThat(regels).hasSize(3).anyMatch(r -> r.contains(achternaam + ";Olena"));
        assertThat(regels.subList(1, 3)).allMatch(r -> r.matches(".*;[12];lang verblijf$"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
        assertThat(logregels("exporteren", "utrecht") - voor).isEqualTo(4);
    }

    @Test
    void de_export_van_bewoners_schrijft_datums_als_datum_en_de_verblijfsduur_in_de_taal_van_de_gebruiker() throws Exception {
        var sessie = new Websessie(poort).inloggen("utrecht");

        var xlsx = sessie.get("/opvanglocaties/" + locatie + "/bewoners.xlsx");
        var csv = sessie.get("/opvanglocaties/" + locatie + "/bewoners.csv?lang=en");

        var regels = List.of(sessie.tekst(csv).replace("\uFEFF", "").split("\r\n"));
        assertThat(regels.subList(1, regels.size())).isNotEmpty()
                .allMatch(r -> r.matches("[^;]*;" + vandaag + ";.*;\\d{4}-\\d{2}-\\d{2};[^;]*;\\d{4}-\\d{2}-\\d{2};.*;long stay$"));
        try (var werkboek = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var rij = werkboek.getFirstSheet().read().get(1);
            assertThat(rij.getCell(1).getType()).as("datum").isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(rij.getCell(1).asDate().toLocalDate().toString()).isEqualTo(vandaag.toString());
            assertThat(rij.getCell(4).getType()).as("geboortedatum").isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(rij.getCell(9).getText()).isEqualTo("lang verblijf");
        }
    }
}
