// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.logboek;

import static nl.onderdak.bewoners.Bewonersverzoeken.HUISHOUDENS;
import static nl.onderdak.bewoners.Bewonersverzoeken.PLAATSINGEN;
import static nl.onderdak.bewoners.Bewonersverzoeken.ZOEK;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishouden;
import static nl.onderdak.bewoners.Bewonersverzoeken.huishoudenVan;
import static nl.onderdak.bewoners.Bewonersverzoeken.lid;
import static nl.onderdak.bewoners.Bewonersverzoeken.nieuwBsn;
import static nl.onderdak.bewoners.Bewonersverzoeken.plaatsing;
import static nl.onderdak.bewoners.Bewonersverzoeken.uitchecken;
import static nl.onderdak.bewoners.Bewonersverzoeken.uniekeAchternaam;
import static nl.onderdak.bewoners.Bewonersverzoeken.uniekeGeboortedatum;
import static nl.onderdak.bewoners.Bewonersverzoeken.zoekOpBsn;
import static nl.onderdak.bewoners.Bewonersverzoeken.zoekOpNaam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderdak.bewoners.BewonersIntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The processing log: one record per person for every view, search hit, registration and change, in
 * the same transaction as the act; a pseudonym instead of the person; never changed or deleted; and
 * an access request that shows dates and purposes but not the employee.
 */
class LogboekTest extends BewonersIntegratieTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Logboek logboek;

    @Autowired
    PlatformTransactionManager transacties;

    /** Records per act ("inzien", "zoeken", …) for one person, found by their pseudonym. */
    private Map<String, Integer> regels(UUID persoon) {
        var uitkomst = new LinkedHashMap<String, Integer>();
        for (var handeling : List.of("aanmaken", "inzien", "zoeken", "wijzigen", "exporteren")) {
            uitkomst.put(handeling, 0);
        }
        jdbc.sql("select handeling, count(*) from logboek.verwerkingslog where betrokkene = ? group by handeling")
                .param(logboek.pseudoniem(persoon))
                .query(rs -> {
                    uitkomst.put(rs.getString(1), rs.getInt(2));
                });
        return uitkomst;
    }

    private Map<String, Integer> verschil(Map<String, Integer> voor, Map<String, Integer> na) {
        var uitkomst = new LinkedHashMap<String, Integer>();
        na.forEach((k, v) -> uitkomst.put(k, v - voor.getOrDefault(k, 0)));
        return uitkomst;
    }

    private static Map<String, Integer> alleen(String handeling, int aantal) {
        var m = new LinkedHashMap<String, Integer>();
        for (var h : List.of("aanmaken", "inzien", "zoeken", "wijzigen", "exporteren")) {
            m.put(h, h.equals(handeling) ? aantal : 0);
        }
        return m;
    }

    private List<Map<String, Integer>> regels(List<UUID> personen) {
        return personen.stream().map(this::regels).toList();
    }

    private int totaal() {
        return jdbc.sql("select count(*) from logboek.verwerkingslog").query(Integer.class).single();
    }

    @Test
    void registrerenLegtPerLidEenRegelAanmaken() {
        int voor = totaal();
        var huishouden = registreer("utrecht", huishoudenVan(3));

        for (var lid : ledenUuids(huishouden)) {
            assertThat(regels(lid).get("aanmaken")).as(lid.toString()).isEqualTo(1);
            assertThat(regels(lid).get("zoeken")).isZero();
            assertThat(regels(lid).get("wijzigen")).isZero();
        }
        var rijen = jdbc.sql("select verwerkingsactiviteit, doel, organisatie_code, gebruiker from logboek.verwerkingslog"
                + " where betrokkene = ? and handeling = 'aanmaken'").param(logboek.pseudoniem(ledenUuids(huishouden).getFirst()))
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
        assertThat(rijen.get(0)).isNotBlank();
        assertThat(rijen.get(1)).isNotBlank();
        assertThat(rijen.get(2)).isEqualTo("GM0344");
        assertThat(rijen.get(3)).isEqualTo("utrecht");
        // Registration answers with the household, which is logged as viewing it: at most one more record per member.
        assertThat(totaal() - voor).isBetween(3, 6);
    }

    @Test
    void eenHuishoudenBekijkenLegtPerLidEenRegelInzien() {
        var huishouden = registreer("utrecht", huishoudenVan(3));
        var leden = ledenUuids(huishouden);
        var voor = regels(leden);

        var antwoord = get(HUISHOUDENS + "/" + huishouden.get("id").asString(), "utrecht");

        assertThat(antwoord.status()).isEqualTo(200);
        var na = regels(leden);
        for (int i = 0; i < leden.size(); i++) {
            assertThat(verschil(voor.get(i), na.get(i))).isEqualTo(alleen("inzien", 1));
        }
        // A region coordinator's view counts as well, under the coordinator's organisation (it reads the
        // household while it handles a placement request of it, ADR 0014).
        dienVerzoekIn(huishouden.get("id").asString());
        get(HUISHOUDENS + "/" + huishouden.get("id").asString(), "regio-utrecht");
        assertThat(jdbc.sql("select count(*) from logboek.verwerkingslog where betrokkene = ? and handeling = 'inzien'"
                + " and organisatie_code = 'VR09' and gebruiker = 'regio-utrecht'").param(logboek.pseudoniem(leden.getFirst()))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void zoekenLegtPerTreffer1RegelZoekenEnNietsVoorWieNietGevondenIs() {
        var geboren = uniekeGeboortedatum();
        var bsn = nieuwBsn();
        var een = registreer("utrecht", huishouden(lid("Oleksandr", "Shevchenko", geboren, Map.of("bsn", bsn)),
                lid("Sofiia", "Shevchenko", "2019-05-05")));
        var twee = registreer("utrecht", huishouden(lid("Aleksandr", "Sjevtsjenko", geboren)));
        var oleksandr = ledenUuids(een).get(lijstVanVoornamen(een).indexOf("Oleksandr"));
        var sofiia = ledenUuids(een).get(lijstVanVoornamen(een).indexOf("Sofiia"));
        var aleksandr = ledenUuids(twee).getFirst();
        var voor = regels(List.of(oleksandr, sofiia, aleksandr));

        var opBsn = post(ZOEK, "utrecht", zoekOpBsn(bsn));
        var opNaam = post(ZOEK, "utrecht", zoekOpNaam("Олександр Шевченко", geboren));

        assertThat(opBsn.status()).isEqualTo(200);
        assertThat(opBsn.json().get("bewoners").size()).isEqualTo(1);
        assertThat(opNaam.status()).isEqualTo(200);
        assertThat(opNaam.json().get("bewoners").size()).isEqualTo(2);
        var na = regels(List.of(oleksandr, sofiia, aleksandr));
        assertThat(verschil(voor.get(0), na.get(0))).isEqualTo(alleen("zoeken", 2));
        assertThat(verschil(voor.get(1), na.get(1))).isEqualTo(alleen("zoeken", 0));
        assertThat(verschil(voor.get(2), na.get(2))).isEqualTo(alleen("zoeken", 1));
        // Amersfoort finds nobody and so logs nothing.
        post(ZOEK, "amersfoort", zoekOpBsn(bsn));
        assertThat(regels(oleksandr)).isEqualTo(na.get(0));
    }

    private static List<String> lijstVanVoornamen(JsonNode huishouden) {
        var namen = new java.util.ArrayList<String>();
        huishouden.get("leden").forEach(l -> namen.add(l.get("voornaam").asString()));
        return namen;
    }

    @Test
    void inEnUitcheckenLegtPerGeplaatstLidEenRegelWijzigen() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 10);
        var huishouden = registreer("utrecht", huishoudenVan(3));
        var leden = ledenUuids(huishouden);
        var voor = regels(leden);

        var geplaatst = post(PLAATSINGEN, "utrecht", plaatsing(huishouden.get("id").asString(), locatie,
                LocalDate.now().minusDays(5).toString(), Map.of("leden", List.of(leden.get(0).toString(), leden.get(1).toString()),
                        "splitsingsreden", "Derde lid ligt in het ziekenhuis")));

        assertThat(geplaatst.status()).as(geplaatst.toString()).isEqualTo(201);
        var na = regels(leden);
        assertThat(verschil(voor.get(0), na.get(0))).isEqualTo(alleen("wijzigen", 1));
        assertThat(verschil(voor.get(1), na.get(1))).isEqualTo(alleen("wijzigen", 1));
        assertThat(verschil(voor.get(2), na.get(2))).isEqualTo(alleen("wijzigen", 0));

        var uit = post(PLAATSINGEN + "/" + geplaatst.json().get("id").asString() + "/_uitchecken", "utrecht",
                uitchecken(LocalDate.now().minusDays(1).toString(), "eigen_woning"));
        assertThat(uit.status()).as(uit.toString()).isEqualTo(200);
        var daarna = regels(leden);
        assertThat(verschil(na.get(0), daarna.get(0))).isEqualTo(alleen("wijzigen", 1));
        assertThat(verschil(na.get(2), daarna.get(2))).isEqualTo(alleen("wijzigen", 0));
    }

    @Test
    void eenRegelHeeftEenPseudoniemVan64HexEnNooitHetBsnOfEenNaam() {
        var bsn = nieuwBsn();
        var achternaam = uniekeAchternaam("Kravchenko");
        var huishouden = registreer("utrecht", huishouden(lid("Nataliia", achternaam, "1979-07-07",
                Map.of("bsn", bsn, "voornaamOrigineel", "Наталія", "achternaamOrigineel", "Кравченко"))));
        var id = ledenUuids(huishouden).getFirst();
        get(HUISHOUDENS + "/" + huishouden.get("id").asString(), "utrecht");
        post(ZOEK, "utrecht", zoekOpBsn(bsn));

        var rijen = jdbc.sql("select betrokkene, v::text from logboek.verwerkingslog v where betrokkene = ?")
                .param(logboek.pseudoniem(id)).query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).list();

        assertThat(rijen).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rijen).allSatisfy(r -> {
            assertThat(r.get(0)).matches("[0-9a-f]{64}").isNotEqualTo(id.toString());
            assertThat(r.get(1)).doesNotContain(bsn).doesNotContain(id.toString()).doesNotContain(achternaam)
                    .doesNotContain("Nataliia").doesNotContain("Наталія").doesNotContain("Кравченко");
        });
        assertThat(jdbc.sql("select count(*) from logboek.verwerkingslog v where v::text like ? or v::text like ?")
                .params("%" + bsn + "%", "%" + achternaam + "%").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from logboek.verwerkingslog where betrokkene !~ '^[0-9a-f]{64}$'").query(Integer.class)
                .single()).isZero();
        // The pseudonym is the same for every act on one person, and differs between persons.
        assertThat(rijen).extracting(r -> r.get(0)).containsOnly(logboek.pseudoniem(id));
        assertThat(logboek.pseudoniem(id)).isNotEqualTo(logboek.pseudoniem(UUID.randomUUID()));
    }

    /** Runs in a transaction that is always rolled back: should the refusal fail, the shared log stays whole. */
    private void terugdraaiend(String sql) {
        new TransactionTemplate(transacties).executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql(sql).update();
        });
    }

    @Test
    void deDatabaseWeigertElkeWijzigingVanHetLogboek() {
        registreer("utrecht", huishoudenVan(1));
        long id = jdbc.sql("select max(id) from logboek.verwerkingslog").query(Long.class).single();
        int voor = totaal();

        assertThatThrownBy(() -> terugdraaiend("update logboek.verwerkingslog set gebruiker = 'iemand-anders' where id = " + id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> terugdraaiend("update logboek.verwerkingslog set betrokkene = repeat('0', 64) where true"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> terugdraaiend("delete from logboek.verwerkingslog where id = " + id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> terugdraaiend("truncate logboek.verwerkingslog"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from logboek.verwerkingslog where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);

        assertThat(totaal()).isEqualTo(voor);
        assertThat(jdbc.sql("select gebruiker from logboek.verwerkingslog where id = ?").param(id).query(String.class).single())
                .isEqualTo("utrecht");
    }

    @Test
    void inzageToontDatumDoelEnHandelingMaarNietDeMedewerker() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 10);
        var bsn = nieuwBsn();
        var huishouden = registreer("utrecht", huishouden(lid("Vira", uniekeAchternaam("Lysenko"), "1988-08-08",
                Map.of("bsn", bsn))));
        var id = ledenUuids(huishouden).getFirst();
        dienVerzoekIn(huishouden.get("id").asString());
        get(HUISHOUDENS + "/" + huishouden.get("id").asString(), "regio-utrecht");
        post(ZOEK, "utrecht", zoekOpBsn(bsn));
        plaats("utrecht", huishouden.get("id").asString(), locatie, LocalDate.now().minusDays(1).toString());

        var inzage = logboek.inzage(id);

        assertThat(inzage).extracting(Logboek.Inzage::handeling).contains("aanmaken", "inzien", "zoeken", "wijzigen");
        assertThat(inzage).allSatisfy(r -> {
            assertThat(r.datum()).isBetween(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
            assertThat(r.doel()).isNotBlank();
            assertThat(r.verwerkingsactiviteit()).isNotBlank();
            assertThat(r.toString()).doesNotContain("utrecht").doesNotContain("regio-utrecht").doesNotContain(bsn);
        });
        assertThat(inzage).extracting(Logboek.Inzage::organisatie).contains("GM0344", "VR09");
        assertThat(inzage).extracting(Logboek.Inzage::doel).anyMatch(d -> d.contains("Plaatsing"));
        assertThat(Arrays.stream(Logboek.Inzage.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("datum", "verwerkingsactiviteit", "doel", "handeling", "organisatie");
        assertThat(logboek.inzage(UUID.randomUUID())).isEmpty();
    }

    @Test
    void eenMislukteHandelingLaatGeenRegelAchter() {
        var locatie = registreerLocatie("utrecht", "2024-01-01", 2);
        var groot = registreer("utrecht", huishoudenVan(3));
        var leden = ledenUuids(groot);
        var voor = regels(leden);
        int totaalVoor = totaal();

        // 409: too few free beds.
        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(groot.get("id").asString(), locatie,
                LocalDate.now().minusDays(1).toString())), 409, "te-weinig-vrije-bedden");
        // 409 from the database's exclusion constraint: a member placed elsewhere in the same period.
        var klein = registreer("utrecht", huishoudenVan(1));
        var kleinLid = ledenUuids(klein).getFirst();
        plaats("utrecht", klein.get("id").asString(), locatie, LocalDate.now().minusDays(3).toString());
        var kleinVoor = regels(kleinLid);
        int totaalVoorTweede = totaal();
        var andere = registreerLocatie("utrecht", "2024-01-01", 5);
        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(klein.get("id").asString(), andere,
                LocalDate.now().minusDays(2).toString())), 409, "al-geplaatst");
        // 404 for another gemeente, 400 for invalid input.
        isProbleem(get(HUISHOUDENS + "/" + groot.get("id").asString(), "rotterdam"), 404);
        isProbleem(post(PLAATSINGEN, "utrecht", plaatsing(groot.get("id").asString(), locatie, "gisteren")), 400);

        assertThat(regels(leden)).isEqualTo(voor);
        assertThat(regels(kleinLid)).isEqualTo(kleinVoor);
        assertThat(totaal()).isEqualTo(totaalVoorTweede);
        assertThat(totaalVoorTweede - totaalVoor).as("alleen de geslaagde registratie en plaatsing van het kleine huishouden")
                .isEqualTo(regels(kleinLid).values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void eenMislukteRegistratieMetEenBestaandBsnLaatAlleenDeControleAchter() {
        var bsn = nieuwBsn();
        registreer("utrecht", huishouden(lid("Ivan", uniekeAchternaam("Eerste"), "1970-01-01", Map.of("bsn", bsn))));
        int voor = totaal();

        isProbleem(post(HUISHOUDENS, "utrecht", huishouden(lid("Petro", uniekeAchternaam("Tweede"), "1971-01-01"),
                lid("Ivan", uniekeAchternaam("Tweede"), "1970-01-01", Map.of("bsn", bsn)))), 409, "bsn-bestaat");

        // Issue 11: the refusal itself is a processing of the existing person's data and is logged (one
        // record, for that person); nothing of the refused household is.
        assertThat(totaal()).isEqualTo(voor + 1);
        assertThat(jdbc.sql("select handeling || ' ' || doel from logboek.verwerkingslog order by id desc limit 1").query(String.class).single())
                .isEqualTo("zoeken Controle op dubbele inschrijving");
    }

    /** Utrecht asks its region for a place for the household, so the region coordinator may read it (ADR 0014). */
    private void dienVerzoekIn(String huishouden) {
        var verzoek = post("/api/v1/plaatsingsverzoeken", "utrecht", """
                {"huishouden":"%s","verwachteAankomst":"%s"}""".formatted(huishouden, LocalDate.now().plusDays(7)));
        assertThat(verzoek.status()).as(verzoek.toString()).isEqualTo(201);
    }
}
