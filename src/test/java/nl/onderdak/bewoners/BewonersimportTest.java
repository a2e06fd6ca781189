// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import static nl.onderdak.bewoners.Bewonersverzoeken.huishouden;
import static nl.onderdak.bewoners.Bewonersverzoeken.lid;
import static nl.onderdak.bewoners.Bewonersverzoeken.nieuwBsn;
import static nl.onderdak.bewoners.Bewonersverzoeken.uniekeAchternaam;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.logboek.Ketencontrole;
import nl.onderdak.logboek.Logboek;
import nl.onderdak.platform.Xlsx;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk intake from a BRP extract (issue 14, item 5) over {@code POST /api/v1/bewoners/import}: all or
 * nothing with every error by row and column, duplicates within the file and against the database
 * refused without saying where, a processing-log record per resident, the residents only visible to
 * the importing gemeente, and the same file sent twice stored once.
 */
class BewonersimportTest extends BewonersIntegratieTest {

    static final String PAD = "/api/v1/bewoners/import";
    static final String KOP = "bsn;voornamen;voorvoegsel;geslachtsnaam;geboortedatum;geslacht;nationaliteit;straat;huisnummer;"
            + "huisnummertoevoeging;postcode;woonplaats;huishouden";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Logboek logboek;
    @Autowired
    Ketencontrole ketencontrole;

    /** A CSV as Dutch Excel saves it: byte order mark, ';' between fields, CRLF. */
    static byte[] csv(List<String> rijen) {
        return ("\uFEFF" + KOP + "\r\n" + String.join("\r\n", rijen) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static String rij(String bsn, String voornamen, String geslachtsnaam, String geboortedatum, String geslacht, String postcode,
            String huishouden) {
        return String.join(";", bsn, voornamen, "van", geslachtsnaam, geboortedatum, geslacht, "Oekraïense", "Stationsstraat", "12",
                "", postcode, "Utrecht", huishouden);
    }

    private Antwoord importeer(String gebruiker, byte[] inhoud) {
        return postBestand(PAD, gebruiker, "text/csv; charset=UTF-8", inhoud);
    }

    private long aantalMetBsn(String... bsns) {
        return jdbc.sql("select count(*) from bewoners.bewoner where bsn = any(?)").param(bsns).query(Long.class).single();
    }

    private static List<String> fouten(Antwoord antwoord) {
        var fouten = new ArrayList<String>();
        antwoord.json().get("fouten").forEach(f -> fouten.add(f.get("rij").asInt() + " " + f.get("kolom").asString() + " "
                + f.get("kolomnaam").asString()));
        return fouten;
    }

    @Test
    void ongeldigBestandNoemtElkeFoutMetRijEnKolomEnLegtNietsVast() {
        var goed = nieuwBsn();
        var naam = uniekeAchternaam("Fout");
        var inhoud = csv(List.of(
                rij(goed, "Olena", naam, "14-03-1985", "V", "3511 AB", "a"),
                rij("123456789", "Petro", naam, "1-1-1980", "M", "3511 AB", "a"),
                rij(nieuwBsn(), "", naam, "31-02-1990", "M", "3511 AB", "a"),
                rij(nieuwBsn(), "Iryna", naam, "01-01-1970", "Q", "35110", "b")));

        var antwoord = importeer("utrecht", inhoud);

        isProbleem(antwoord, 400, "ongeldig-bestand");
        assertThat(fouten(antwoord)).containsExactlyInAnyOrder("3 A bsn", "4 B voornamen", "4 E geboortedatum",
                "5 F geslacht", "5 K postcode");
        assertThat(antwoord.json().get("invalidParams")).hasSize(5);
        assertThat(antwoord.json().get("detail").asString()).contains("niets vastgelegd", "5 fouten");
        // Plain Dutch, and never the number that was wrong.
        assertThat(antwoord.body()).doesNotContain("123456789").contains("elfproef");
        assertThat(aantalMetBsn(goed)).isZero();
    }

    @Test
    void ontbrekendeKolommenWordenAllemaalGenoemd() {
        var inhoud = "bsn;voornamen;geboortedatum\r\n123;Olena;1-1-1990\r\n".getBytes(StandardCharsets.UTF_8);

        var antwoord = importeer("utrecht", inhoud);

        isProbleem(antwoord, 400, "ongeldig-bestand");
        assertThat(fouten(antwoord)).containsExactlyInAnyOrder("1  geslachtsnaam", "1  geslacht", "1  nationaliteit",
                "1  straat", "1  huisnummer", "1  postcode", "1  woonplaats");
    }

    @Test
    void dubbelBsnInHetBestandEnAlInOnderdakWordtGeweigerdZonderTeZeggenWaar() {
        var tweeKeer = nieuwBsn();
        var eigen = nieuwBsn();
        var elders = nieuwBsn();
        registreer("utrecht", huishouden(lid("Olha", uniekeAchternaam("Eigen"), "1990-01-01", Map.of("bsn", eigen))));
        registreer("rotterdam", huishouden(lid("Olha", uniekeAchternaam("Elders"), "1990-01-01", Map.of("bsn", elders))));
        var naam = uniekeAchternaam("Dubbel");
        var inhoud = csv(List.of(
                rij(tweeKeer, "Olena", naam, "14-03-1985", "V", "3511 AB", ""),
                rij(tweeKeer, "Olena", naam, "14-03-1985", "V", "3511 AB", ""),
                rij(eigen, "Petro", naam, "01-01-1980", "M", "3511 AB", ""),
                rij(elders, "Iryna", naam, "01-01-1970", "V", "3511 AB", "")));

        var antwoord = importeer("utrecht", inhoud);

        isProbleem(antwoord, 400, "ongeldig-bestand");
        assertThat(fouten(antwoord)).containsExactly("3 A bsn", "4 A bsn", "5 A bsn");
        var meldingen = new ArrayList<String>();
        antwoord.json().get("fouten").forEach(f -> meldingen.add(f.get("melding").asString()));
        assertThat(meldingen.get(0)).contains("ook op rij 2");
        // Own gemeente or another: the same sentence, never where.
        assertThat(meldingen.get(1)).isEqualTo(meldingen.get(2)).contains("al in Onderdak");
        assertThat(antwoord.body()).doesNotContain("Rotterdam", "GM0599", "Utrecht (", "GM0344", "andere gemeente", eigen, elders,
                tweeKeer);
        assertThat(aantalMetBsn(tweeKeer)).isZero();
        // The check is logged for the persons found, as at the intake.
        var gevonden = jdbc.sql("select id from bewoners.bewoner where bsn = ?").param(elders).query(UUID.class).single();
        assertThat(logboek.inzage(gevonden)).anyMatch(r -> r.handeling().equals("zoeken")
                && r.doel().equals("Controle op dubbele inschrijving") && r.organisatie().equals("GM0344"));
    }

    @Test
    void goedBestandSchrijftHuishoudensInMetLogboekEnAndereGemeenteZietNiets() {
        var moeder = nieuwBsn();
        var kind = nieuwBsn();
        var alleen = nieuwBsn();
        var naam = uniekeAchternaam("Import");
        var inhoud = csv(List.of(
                rij(moeder, "Olena", naam, "14-03-1985", "V", "3511 AB", ""),
                rij(kind, "Maksym", naam, "2012-09-02", "M", "3511ab", ""),
                rij(alleen, "Petro", naam, "01-01-1960", "M", "3511 AB", "apart")));

        var antwoord = importeer("utrecht", inhoud);

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(antwoord.json().get("stand").asString()).isEqualTo("gelukt");
        assertThat(antwoord.json().get("totaal").asInt()).isEqualTo(3);
        assertThat(antwoord.json().get("huishoudens").asInt()).isEqualTo(2);
        assertThat(antwoord.header("Location")).startsWith(PAD + "/");
        var moederRij = jdbc.sql("select id, huishouden_id, achternaam, brp_status from bewoners.bewoner where bsn = ?").param(moeder)
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4)})
                .single();
        var huishouden = (UUID) moederRij[1];
        assertThat(moederRij[2]).isEqualTo("van " + naam);
        assertThat(moederRij[3]).isEqualTo("ingeschreven");
        var kindHuishouden = jdbc.sql("select huishouden_id from bewoners.bewoner where bsn = ?").param(kind).query(UUID.class).single();
        var alleenHuishouden = jdbc.sql("select huishouden_id from bewoners.bewoner where bsn = ?").param(alleen).query(UUID.class)
                .single();
        assertThat(kindHuishouden).as("zelfde adres, geen huishoudsleutel: één huishouden").isEqualTo(huishouden);
        assertThat(alleenHuishouden).as("eigen huishoudsleutel: eigen huishouden").isNotEqualTo(huishouden);
        assertThat(jdbc.sql("select postcode from bewoners.brp_adres where huishouden_id = ?").param(huishouden).query(String.class)
                .single()).isEqualTo("3511 AB");
        // One processing-log record of the registration per resident.
        assertThat(logboek.inzage((UUID) moederRij[0])).anyMatch(r -> r.handeling().equals("aanmaken") && r.organisatie().equals("GM0344"));

        assertThat(get("/api/v1/huishoudens/" + huishouden, "utrecht").status()).isEqualTo(200);
        assertThat(get("/api/v1/huishoudens/" + huishouden, "amersfoort").status()).isEqualTo(404);
        var status = antwoord.header("Location");
        assertThat(get(status, "utrecht").json().get("stand").asString()).isEqualTo("gelukt");
        assertThat(get(status, "amersfoort").status()).isEqualTo(404);
    }

    @Test
    void naEenImportVanVeleBewonersKloptDeHashketenVanHetVerwerkingslog() {
        long voor = jdbc.sql("select coalesce(max(volgnummer), 0) from logboek.verwerkingslog").query(Long.class).single();
        var naam = uniekeAchternaam("Keten");
        var rijen = new ArrayList<String>();
        for (int i = 0; i < 40; i++) {
            rijen.add(rij(nieuwBsnUniek(), "Olena", naam, "14-03-1985", "V", "3511 AB", "k" + (i / 4)));
        }

        var antwoord = importeer("utrecht", csv(rijen));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        // Every resident has its record, written by the import's set-based statements and chained by the log's trigger.
        var ids = jdbc.sql("select id from bewoners.bewoner where achternaam = ?").param("van " + naam).query(UUID.class).list();
        assertThat(ids).hasSize(40);
        assertThat(ids).allSatisfy(id -> assertThat(logboek.inzage(id)).anyMatch(r -> r.handeling().equals("aanmaken")));
        var nummers = jdbc.sql("select volgnummer from logboek.verwerkingslog where volgnummer > ? order by volgnummer").param(voor)
                .query(Long.class).list();
        assertThat(nummers).hasSizeGreaterThanOrEqualTo(40);
        for (int i = 0; i < nummers.size(); i++) {
            assertThat(nummers.get(i)).as("geen gat in de volgnummers").isEqualTo(voor + 1 + i);
        }
        // What ./onderdak verify-log checks: every hash recomputed in Java from the first record on.
        var uitslag = ketencontrole.controleer();
        assertThat(uitslag.intact()).as(String.valueOf(uitslag)).isTrue();
        assertThat(uitslag.laatsteVolgnummer()).isGreaterThanOrEqualTo(voor + 40);
    }

    @Test
    void hetzelfdeBestandNogEensSturenLegtNietsOpnieuwVast() {
        var bsn = nieuwBsn();
        var inhoud = csv(List.of(rij(bsn, "Olena", uniekeAchternaam("Nogmaals"), "14-03-1985", "V", "3511 AB", "")));
        var eerste = importeer("utrecht", inhoud);
        assertThat(eerste.status()).as(eerste.toString()).isEqualTo(201);

        var tweede = importeer("utrecht", inhoud);

        assertThat(tweede.status()).as(tweede.toString()).isEqualTo(200);
        assertThat(tweede.json().get("eerder").asBoolean()).isTrue();
        assertThat(tweede.json().get("id").asString()).isEqualTo(eerste.json().get("id").asString());
        assertThat(aantalMetBsn(bsn)).isEqualTo(1);
    }

    @Test
    void xlsxMetEchteDatumsEnBsnAlsGetalWordtGelezen() {
        var bsn = nieuwBsn();
        var rijen = new ArrayList<List<Object>>();
        rijen.add(new ArrayList<>(List.of(Long.parseLong(bsn), "Olena", "", uniekeAchternaam("Xlsx"), LocalDate.of(1985, 3, 14), "V",
                "Oekraïense", "Stationsstraat", 12, "", "3511 AB", "Utrecht", "")));
        var uit = new ByteArrayOutputStream();
        Xlsx.schrijf(new Xlsx.Blad("BRP", List.of(KOP.split(";")), rijen), uit);

        var antwoord = postBestand(PAD, "utrecht", Xlsx.MEDIA_TYPE, uit.toByteArray());

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(jdbc.sql("select geboortedatum from bewoners.bewoner where bsn = ?").param(bsn).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(1985, 3, 14));
    }

    @Test
    void grootBestandWordtOpDeAchtergrondGeschrevenMetStandOpHetStatusadres() throws Exception {
        var rijen = new ArrayList<String>();
        var naam = uniekeAchternaam("Groot");
        for (int i = 0; i < 2_100; i++) {
            rijen.add(rij(nieuwBsnUniek(), "Olena", naam, "14-03-1985", "V", "3511 AB", "h" + (i / 3)));
        }

        var antwoord = importeer("utrecht", csv(rijen));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(202);
        var status = antwoord.header("Location");
        var stand = get(status, "utrecht").json();
        for (int poging = 0; poging < 300 && stand.get("stand").asString().equals("bezig"); poging++) {
            Thread.sleep(100);
            stand = get(status, "utrecht").json();
        }
        assertThat(stand.get("stand").asString()).isEqualTo("gelukt");
        assertThat(stand.get("verwerkt").asInt()).isEqualTo(2_100);
        assertThat(stand.get("huishoudens").asInt()).isEqualTo(700);
        assertThat(jdbc.sql("select count(*) from bewoners.bewoner where achternaam = ?").param("van " + naam).query(Long.class)
                .single()).isEqualTo(2_100);
    }

    private final java.util.Set<String> gebruikt = new java.util.HashSet<>();

    /** A fresh BSN that is not yet in this file (random BSNs can collide among thousands). */
    private String nieuwBsnUniek() {
        while (true) {
            var bsn = nieuwBsn();
            if (gebruikt.add(bsn)) {
                return bsn;
            }
        }
    }
}
