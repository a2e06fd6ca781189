// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.onderdak.leefgeld.internal.betaalrun.Betaalbestanden;
import nl.onderdak.leefgeld.internal.betaalrun.BetaalrunId;
import nl.onderdak.leefgeld.internal.bestanden.Sepa;
import nl.onderdak.IntegratieTest;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11 for the living allowance: a payment run pays exactly what was approved, a change of
 * payment details after the preview holds the line back, one IBAN for several households is shown,
 * the gemeente's own account and a failure marked by hand need a second employee, children
 * travelling alone are shielded from users without the role, bank files carry only what the bank
 * needs, reading payment details is logged, and only the paying gemeente changes them. Amersfoort
 * runs use March and July to December 2024 and Utrecht runs March, June and July 2024, one month
 * per test.
 */
class BetalingZoalsGoedgekeurdTest extends IntegratieTest {

    private static final String PAD = "/api/v1/betaalruns";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Betaalbestanden bestanden;

    private static String nieuwIban(String bank) {
        return nlIban(bank, ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    /** A valid BSN (eleven test) that no other test uses. */
    private static String bsn() {
        var r = ThreadLocalRandom.current();
        while (true) {
            var cijfers = new int[9];
            cijfers[0] = 1 + r.nextInt(9);
            int som = cijfers[0] * 9;
            for (int i = 1; i < 8; i++) {
                cijfers[i] = r.nextInt(10);
                som += cijfers[i] * (9 - i);
            }
            int laatste = som % 11;
            if (laatste <= 9) {
                cijfers[8] = laatste; // som - laatste ≡ 0 (mod 11)
                var b = new StringBuilder();
                for (int c : cijfers) {
                    b.append(c);
                }
                return b.toString();
            }
        }
    }

    /** One adult with a BSN and a host family in the gemeente from 1 January 2024. */
    private String huishouden(String gebruiker, String achternaam, boolean alleenreizendeMinderjarige) {
        var lid = alleenreizendeMinderjarige
                ? """
                  {"voornaam":"Solo","achternaam":"%s","geboortedatum":"2009-04-04","nationaliteitCategorie":"oekraiens",
                   "alleenreizendMinderjarig":true}""".formatted(achternaam)
                : """
                  {"voornaam":"Olena","achternaam":"%s","geboortedatum":"1984-02-29","nationaliteitCategorie":"oekraiens","bsn":"%s",
                   "brpStatus":"ingeschreven","brpDatum":"2023-01-10"}""".formatted(achternaam, bsn());
        var h = post("/api/v1/huishoudens", gebruiker, "{\"leden\":[" + lid + "]}");
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        var id = h.json().get("id").asString();
        var gast = post("/api/v1/huishoudens/" + id + "/gastverblijven", gebruiker, "{\"van\":\"2024-01-01\",\"gastgezin\":\"Gastgezin\"}");
        assertThat(gast.status()).as(gast.toString()).isEqualTo(201);
        return id;
    }

    private void bank(String huishouden, String gebruiker, String iban, String naam) {
        var w = put("/api/v1/huishoudens/" + huishouden + "/betaalwijze", gebruiker,
                "{\"methode\":\"bank\",\"iban\":\"" + iban + "\",\"tenaamstelling\":\"" + naam + "\"}");
        assertThat(w.status()).as(w.toString()).isEqualTo(200);
    }

    private void wijze(String huishouden, String gebruiker, String json) {
        var w = put("/api/v1/huishoudens/" + huishouden + "/betaalwijze", gebruiker, json);
        assertThat(w.status()).as(w.toString()).isEqualTo(200);
    }

    private String maakEnKeurGoed(String maand, String maker, String goedkeurder) {
        var run = post(PAD, maker, "{\"maand\":\"" + maand + "\"}");
        assertThat(run.status()).as(run.toString()).isEqualTo(201);
        var id = run.json().get("id").asString();
        var goed = post(PAD + "/" + id + "/_goedkeuren", goedkeurder, "{}");
        assertThat(goed.status()).as(goed.toString()).isEqualTo(200);
        return id;
    }

    private tools.jackson.databind.JsonNode regel(String run, String gebruiker, String huishouden) {
        for (var r : get(PAD + "/" + run + "/regels?max=100000", gebruiker).json().get("regels")) {
            if (r.get("huishouden") != null && huishouden.equals(r.get("huishouden").asString(null))) {
                return r;
            }
        }
        return null;
    }

    private int betalingen(String run, String huishouden) {
        return jdbc.sql("select count(*) from leefgeld.betaling where betaalrun_id = ? and huishouden_id = ?")
                .params(UUID.fromString(run), UUID.fromString(huishouden)).query(Integer.class).single();
    }

    @Test
    void goedgekeurdeRegelWordtBetaaldZoalsGoedgekeurd() {
        var ongewijzigd = huishouden("amersfoort", "Vast" + System.nanoTime(), false);
        var ibanVast = nieuwIban("INGB");
        bank(ongewijzigd, "amersfoort", ibanVast, "O. Vast");
        var bankregel = huishouden("amersfoort", "Bank" + System.nanoTime(), false);
        bank(bankregel, "amersfoort", nieuwIban("INGB"), "O. Bank");
        var contant = huishouden("amersfoort", "Contant" + System.nanoTime(), false);
        wijze(contant, "amersfoort", "{\"methode\":\"contant\"}");

        var run = maakEnKeurGoed("2024-08", "amersfoort", "amersfoort-financien");
        var goedgekeurd = regel(run, "amersfoort-financien", ongewijzigd);
        assertThat(goedgekeurd.get("iban").asString()).as("de goedkeurder ziet het IBAN").isEqualTo(ibanVast);
        assertThat(goedgekeurd.get("tenaamstelling").asString()).isEqualTo("O. Vast");

        // The creator changes two households to a new IBAN of their own after the approval.
        var nieuw = nieuwIban("RABO");
        bank(bankregel, "amersfoort", nieuw, "Iemand Anders");
        bank(contant, "amersfoort", nieuw, "Iemand Anders");
        var uitgevoerd = post(PAD + "/" + run + "/_uitvoeren", "amersfoort", "{}");
        assertThat(uitgevoerd.status()).as(uitgevoerd.toString()).isEqualTo(200);

        assertThat(jdbc.sql("select count(*) from leefgeld.betaling where iban = ?").param(nieuw).query(Integer.class).single())
                .as("nooit naar het niet goedgekeurde IBAN").isZero();
        assertThat(betalingen(run, bankregel)).isZero();
        assertThat(betalingen(run, contant)).isZero();
        assertThat(jdbc.sql("select iban from leefgeld.betaling where betaalrun_id = ? and huishouden_id = ?")
                .params(UUID.fromString(run), UUID.fromString(ongewijzigd)).query(String.class).single()).isEqualTo(ibanVast);
        assertThat(download(PAD + "/" + run + "/sepa", "amersfoort").body()).contains(ibanVast).doesNotContain(nieuw);

        // The database refuses to pay other details than the approved line's, and to change an approved line.
        var runId = UUID.fromString(run);
        assertThatThrownBy(() -> jdbc.sql("update leefgeld.betaalrunregel set iban = ? where betaalrun_id = ? and huishouden_id = ?")
                .params(nieuw, runId, UUID.fromString(ongewijzigd)).update()).hasMessageContaining("niet gewijzigd");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into leefgeld.betaling (id, betaalrun_id, huishouden_id, gemeente_code, maand, poging, bedrag, methode, iban, tenaamstelling,
                    end_to_end_id) values (gen_random_uuid(), ?, ?, 'GM0307', '2024-08-01', 2, 1.00, 'bank', ?, 'Iemand Anders', ?)""")
                .params(runId, UUID.fromString(bankregel), nieuw, "LGTEST" + System.nanoTime() % 1_000_000).update())
                .as("geen betaling buiten de goedgekeurde regels om").hasMessageContaining("wijkt af");
    }

    @Test
    void gewijzigdeBetaalgegevensHoudenRegelTegen() {
        var h = huishouden("amersfoort", "Tegen" + System.nanoTime(), false);
        bank(h, "amersfoort", nieuwIban("INGB"), "T. Tegen");
        var run = maakEnKeurGoed("2024-11", "amersfoort", "amersfoort-financien");
        wijze(h, "amersfoort", "{\"methode\":\"contant\"}");
        assertThat(regel(run, "amersfoort-financien", h).get("betaalgegevensGewijzigd").asBoolean())
                .as("de goedkeurder ziet de wijziging vóór uitvoering").isTrue();

        var uitgevoerd = post(PAD + "/" + run + "/_uitvoeren", "amersfoort", "{}");
        assertThat(uitgevoerd.status()).isEqualTo(200);
        assertThat(betalingen(run, h)).isZero();
        var r = regel(run, "amersfoort", h);
        assertThat(r.get("tegengehoudenBijUitvoering").asString()).isEqualTo(
                "Betaalgegevens gewijzigd na de voorvertoning; neem het huishouden op in een volgende run");
        assertThat(r.get("methode").asString()).as("de regel zelf blijft zoals goedgekeurd").isEqualTo("bank");

        // The next run for the month takes the household up with its new details.
        var volgende = post(PAD, "amersfoort", "{\"maand\":\"2024-11\"}").json().get("id").asString();
        var nieuw = regel(volgende, "amersfoort", h);
        assertThat(nieuw).isNotNull();
        assertThat(nieuw.get("methode").asString()).isEqualTo("contant");
        post(PAD + "/" + volgende + "/_intrekken", "amersfoort", "{}");
    }

    @Test
    void voorvertoningToontGedeeldIban() {
        var gedeeld = nieuwIban("ABNA");
        var een = huishouden("amersfoort", "Gedeeld" + System.nanoTime(), false);
        var twee = huishouden("amersfoort", "Gedeeld" + System.nanoTime(), false);
        var apart = huishouden("amersfoort", "Apart" + System.nanoTime(), false);
        bank(een, "amersfoort", gedeeld, "G. Een");
        bank(twee, "amersfoort", gedeeld, "G. Twee");
        bank(apart, "amersfoort", nieuwIban("ABNA"), "A. Apart");
        var run = post(PAD, "amersfoort", "{\"maand\":\"2024-09\"}").json().get("id").asString();
        assertThat(regel(run, "amersfoort-financien", een).get("gedeeldIban").asInt()).isEqualTo(1);
        assertThat(regel(run, "amersfoort-financien", twee).get("gedeeldIban").asInt()).isEqualTo(1);
        assertThat(regel(run, "amersfoort-financien", apart).get("gedeeldIban").asInt()).isZero();
        assertThat(pagina("/betaalruns/" + run, "amersfoort-financien")).contains("dit IBAN hoort ook bij 1 ander");
        post(PAD + "/" + run + "/_intrekken", "amersfoort", "{}");
    }

    @Test
    void wijzigingEigenRekeningVraagtTweedeMedewerker() {
        var voor = get("/api/v1/leefgeldrekening", "amersfoort").json().get("iban").asString();
        var nieuw = nieuwIban("BNGH");
        var voorstel = put("/api/v1/leefgeldrekening", "amersfoort", "{\"iban\":\"" + nieuw + "\",\"bic\":\"BNGHNL2G\"}");
        assertThat(voorstel.status()).as(voorstel.toString()).isEqualTo(202);
        assertThat(get("/api/v1/leefgeldrekening", "amersfoort").json().get("iban").asString()).as("nog niet van kracht").isEqualTo(voor);
        var id = voorstel.json().get("id").asString();
        assertThat(pagina("/betaalruns", "amersfoort-financien")).contains("Voorgesteld: " + nieuw, "Rekening bevestigen");
        assertThat(pagina("/betaalruns", "amersfoort")).contains("Voorgesteld: " + nieuw).doesNotContain("Rekening bevestigen");
        assertThat(get("/api/v1/leefgeldrekening/voorstel", "amersfoort-financien").json().get("voorgesteldDoor").asString())
                .isEqualTo("amersfoort");

        assertThat(post("/api/v1/leefgeldrekening/voorstel/" + id + "/_bevestigen", "amersfoort", "{}").status())
                .as("niet door wie het voorstelde").isEqualTo(409);
        assertThat(post("/api/v1/leefgeldrekening/voorstel/" + id + "/_bevestigen", "utrecht", "{}").status())
                .as("niet door een andere gemeente").isEqualTo(404);
        var bevestigd = post("/api/v1/leefgeldrekening/voorstel/" + id + "/_bevestigen", "amersfoort-financien", "{}");
        assertThat(bevestigd.status()).as(bevestigd.toString()).isEqualTo(200);
        assertThat(get("/api/v1/leefgeldrekening", "amersfoort").json().get("iban").asString()).isEqualTo(nieuw);

        // The database refuses a change that bypasses the confirmation.
        assertThatThrownBy(() -> jdbc.sql("update leefgeld.leefgeldrekening set iban = ? where gemeente_code = 'GM0307'").param(voor).update())
                .hasMessageContaining("tweede medewerker");
    }

    @Test
    void mislukkingMeldenZonderCamtVraagtTweedeMedewerker() {
        var h = huishouden("amersfoort", "Mislukt" + System.nanoTime(), false);
        bank(h, "amersfoort", nieuwIban("INGB"), "M. Mislukt");
        var run = maakEnKeurGoed("2024-10", "amersfoort", "amersfoort-financien");
        post(PAD + "/" + run + "/_uitvoeren", "amersfoort", "{}");
        var e2e = jdbc.sql("select end_to_end_id from leefgeld.betaling where betaalrun_id = ? and huishouden_id = ?")
                .params(UUID.fromString(run), UUID.fromString(h)).query(String.class).single();

        var csv = ("end_to_end_id,status,reden\n" + e2e + ",mislukt,AC04\n").getBytes(StandardCharsets.UTF_8);
        var gemeld = postBestand(PAD + "/" + run + "/bankresultaat", "amersfoort", "text/csv", csv);
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(200);
        assertThat(gemeld.json().get("gemeld").asInt()).isEqualTo(1);
        assertThat(gemeld.json().get("mislukt").asInt()).isZero();
        assertThat(jdbc.sql("select status from leefgeld.betaling where end_to_end_id = ?").param(e2e).query(String.class).single())
                .as("een CSV alleen maakt niets mislukt").isEqualTo("verstuurd");
        var tussendoor = post(PAD, "amersfoort", "{\"maand\":\"2024-10\"}").json().get("id").asString();
        assertThat(regel(tussendoor, "amersfoort", h)).as("geen tweede betaling op een enkele melding").isNull();
        post(PAD + "/" + tussendoor + "/_intrekken", "amersfoort", "{}");

        var meldingen = get(PAD + "/" + run + "/mislukmeldingen", "amersfoort-financien");
        assertThat(meldingen.body()).contains(e2e, "\"gemeldDoor\":\"amersfoort\"", "AC04");
        assertThat(pagina("/betaalruns/" + run, "amersfoort-financien")).contains("Gemelde mislukkingen", e2e, "Bevestigen");
        assertThat(pagina("/betaalruns/" + run, "amersfoort")).contains("U deed deze melding");
        assertThat(post(PAD + "/" + run + "/mislukmeldingen/" + e2e + "/_bevestigen", "amersfoort", "{}").status())
                .as("niet door wie meldde").isEqualTo(409);
        assertThatThrownBy(() -> jdbc.sql("""
                update leefgeld.betaling set status = 'mislukt', reden = 'x', verwerkt_op = now(), mislukt_bron = 'handmatig',
                       mislukt_gemeld_door = 'amersfoort', mislukt_bevestigd_door = 'amersfoort' where end_to_end_id = ?""")
                .param(e2e).update()).as("de database weigert één paar ogen").isNotNull();
        var bevestigd = post(PAD + "/" + run + "/mislukmeldingen/" + e2e + "/_bevestigen", "amersfoort-financien", "{}");
        assertThat(bevestigd.status()).as(bevestigd.toString()).isEqualTo(200);
        assertThat(jdbc.sql("select status from leefgeld.betaling where end_to_end_id = ?").param(e2e).query(String.class).single())
                .isEqualTo("mislukt");

        // The approver of the new attempt sees the earlier attempt and who marked it failed.
        bank(h, "amersfoort", nieuwIban("RABO"), "M. Mislukt");
        var herstel = post(PAD, "amersfoort", "{\"maand\":\"2024-10\"}").json().get("id").asString();
        var r = regel(herstel, "amersfoort-financien", h);
        assertThat(r.get("poging").asInt()).isEqualTo(2);
        var eerder = r.get("eerderePoging");
        assertThat(eerder.get("endToEndId").asString()).isEqualTo(e2e);
        assertThat(eerder.get("gemeldDoor").asString()).isEqualTo("amersfoort");
        assertThat(eerder.get("bevestigdDoor").asString()).isEqualTo("amersfoort-financien");
        assertThat(eerder.get("reden").asString()).contains("AC04");
        assertThat(pagina("/betaalruns/" + herstel, "amersfoort-financien")).contains("Eerdere poging " + e2e,
                "gemeld door amersfoort / amersfoort-financien");
        post(PAD + "/" + herstel + "/_intrekken", "amersfoort", "{}");
    }

    @Test
    void alleenreizendeMinderjarigeNietZichtbaarInBetaalrunZonderRol() {
        var naam = "Alleen" + System.nanoTime();
        var kind = huishouden("utrecht-jeugd", naam, true);
        var iban = nieuwIban("INGB");
        bank(kind, "utrecht-jeugd", iban, "Voogd " + naam);
        // Approved by a colleague who could not see the shielded line's account: that line waits.
        var concept = post(PAD, "utrecht", "{\"maand\":\"2024-06\"}");
        assertThat(concept.status()).as(concept.toString()).isEqualTo(201);
        var blind = concept.json().get("id").asString();
        assertThat(pagina("/betaalruns/" + blind, "utrecht-financien")).contains("na uw goedkeuring worden zij niet betaald");
        assertThat(pagina("/betaalruns/" + blind, "utrecht-jeugd")).doesNotContain("na uw goedkeuring worden zij niet betaald");
        assertThat(post(PAD + "/" + blind + "/_goedkeuren", "utrecht-financien", "{}").status()).isEqualTo(200);
        post(PAD + "/" + blind + "/_uitvoeren", "utrecht", "{}");
        assertThat(betalingen(blind, kind)).as("not paid on an approval that could not see the account").isZero();
        assertThat(get(PAD + "/" + blind + "/regels?max=100000", "utrecht-jeugd").body())
                .contains(kind, "goedgekeurd zonder de rol voor alleenreizende minderjarigen");
        // A colleague with the role (not the creator) approves the next run for the month: then it is paid.
        var run = maakEnKeurGoed("2024-06", "utrecht", "utrecht-jeugd");

        var zonderRol = get(PAD + "/" + run + "/regels?max=100000", "utrecht-financien");
        assertThat(zonderRol.status()).isEqualTo(200);
        assertThat(zonderRol.body()).doesNotContain(naam, kind, iban).contains("\"afgeschermd\":true");
        var pagina = pagina("/betaalruns/" + run, "utrecht-financien");
        assertThat(pagina).contains("Afgeschermd").doesNotContain(naam, kind, iban);
        assertThat(pagina("/betaalruns/" + run, "utrecht-jeugd")).contains(iban, "Voogd " + naam);
        var metRol = get(PAD + "/" + run + "/regels?max=100000", "utrecht-jeugd");
        assertThat(metRol.body()).contains(naam, kind, iban);

        // Counted and paid as approved; its bank transfer is in a file of its own, for users with the role only.
        post(PAD + "/" + run + "/_uitvoeren", "utrecht", "{}");
        assertThat(betalingen(run, kind)).isEqualTo(1);
        var gewoon = download(PAD + "/" + blind + "/sepa", "utrecht");
        assertThat(gewoon.status()).as(gewoon.toString()).isEqualTo(200);
        assertThat(gewoon.body()).doesNotContain(iban, naam);
        var gewoonTweede = download(PAD + "/" + run + "/sepa", "utrecht");
        assertThat(gewoonTweede.body()).doesNotContain(iban, naam);
        assertThat(download(PAD + "/" + run + "/sepa?afgeschermd=true", "utrecht").status()).isEqualTo(404);
        var afgeschermd = download(PAD + "/" + run + "/sepa?afgeschermd=true", "utrecht-jeugd");
        assertThat(afgeschermd.status()).as(afgeschermd.toString()).isEqualTo(200);
        Sepa.valideer(afgeschermd.body().getBytes(StandardCharsets.UTF_8));
        assertThat(afgeschermd.body()).contains(iban).doesNotContain(nietAfgeschermdeEndToEndId(blind));
    }

    private String nietAfgeschermdeEndToEndId(String run) {
        return jdbc.sql("select end_to_end_id from leefgeld.betaling where betaalrun_id = ? and not afgeschermd and methode = 'bank' limit 1")
                .param(UUID.fromString(run)).query(String.class).single();
    }

    @Test
    void prepaidlijstToontGeenAlleenreizendeMinderjarige() {
        var naam = "Kaart" + System.nanoTime();
        var kind = huishouden("utrecht-jeugd", naam, true);
        var kaart = "SOLO-" + (System.nanoTime() % 1_000_000);
        wijze(kind, "utrecht-jeugd", "{\"methode\":\"prepaid\",\"kaartnummer\":\"" + kaart + "\"}");
        var gewoon = huishouden("utrecht", "Gewoon" + System.nanoTime(), false);
        wijze(gewoon, "utrecht", "{\"methode\":\"prepaid\",\"kaartnummer\":\"GEWOON-" + (System.nanoTime() % 1_000_000) + "\"}");
        var run = maakEnKeurGoed("2024-07", "utrecht", "utrecht-jeugd");
        assertThat(get(PAD + "/" + run + "/regels?max=100000", "utrecht").body()).doesNotContain(kaart, naam);
        post(PAD + "/" + run + "/_uitvoeren", "utrecht", "{}");

        var lijst = download(PAD + "/" + run + "/prepaid", "utrecht");
        assertThat(lijst.status()).isEqualTo(200);
        assertThat(lijst.body()).doesNotContain(kaart, naam).contains("GEWOON-");
        assertThat(download(PAD + "/" + run + "/prepaid?afgeschermd=true", "utrecht").status()).isEqualTo(404);
        var metRol = download(PAD + "/" + run + "/prepaid?afgeschermd=true", "utrecht-jeugd");
        assertThat(metRol.body()).contains(kaart, naam).doesNotContain("GEWOON-");
    }

    @Test
    void sepaBevatAlleenWatDeBankNodigHeeft() {
        var h = huishouden("utrecht", "Sepa" + System.nanoTime(), false);
        var iban = nieuwIban("INGB");
        bank(h, "utrecht", iban, "S. Sepa");
        var bsn = jdbc.sql("select bsn from bewoners.bewoner where huishouden_id = ?").param(UUID.fromString(h)).query(String.class).single();
        var kindnaam = "SepaKind" + System.nanoTime();
        var kind = huishouden("utrecht-jeugd", kindnaam, true);
        var kindIban = nieuwIban("INGB");
        bank(kind, "utrecht-jeugd", kindIban, "Voogd " + kindnaam);
        var run = maakEnKeurGoed("2024-05", "utrecht", "utrecht-jeugd");
        post(PAD + "/" + run + "/_uitvoeren", "utrecht", "{}");
        var xml = download(PAD + "/" + run + "/sepa", "utrecht").body();
        Sepa.valideer(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(xml).contains(iban, "S. Sepa").doesNotContain(bsn, "1984-02-29", "29-02-1984", "Olena", "GM0344");
        assertThat(xml).as("een huishouden met een alleenreizende minderjarige staat niet in het gewone bestand")
                .doesNotContain(kindIban, kindnaam);
        var elementen = new HashSet<String>();
        var m = Pattern.compile("<([A-Za-z]+)[ >]").matcher(xml);
        while (m.find()) {
            elementen.add(m.group(1));
        }
        assertThat(elementen).as("alleen wat de bank nodig heeft").isSubsetOf("Document", "CstmrCdtTrfInitn", "GrpHdr", "MsgId",
                "CreDtTm", "NbOfTxs", "CtrlSum", "InitgPty", "Nm", "PmtInf", "PmtInfId", "PmtMtd", "BtchBookg", "PmtTpInf", "SvcLvl",
                "Cd", "ReqdExctnDt", "Dt", "Dbtr", "DbtrAcct", "Id", "IBAN", "DbtrAgt", "FinInstnId", "BICFI", "Othr", "ChrgBr",
                "CdtTrfTxInf", "PmtId", "EndToEndId", "Amt", "InstdAmt", "Cdtr", "CdtrAcct", "RmtInf", "Ustrd");
        var omschrijvingen = Pattern.compile("<Ustrd>([^<]*)</Ustrd>").matcher(xml).results().map(r -> r.group(1)).distinct().toList();
        assertThat(omschrijvingen).containsExactly("Leefgeld mei 2024");
        var afgeschermd = download(PAD + "/" + run + "/sepa?afgeschermd=true", "utrecht-jeugd").body();
        assertThat(afgeschermd).contains(kindIban, "Voogd " + kindnaam).doesNotContain("2009-04-04", "Solo");
    }

    @Test
    void inzienBetaalgegevensWordtGelogd() {
        var h = huishouden("amersfoort", "Log" + System.nanoTime(), false);
        bank(h, "amersfoort", nieuwIban("INGB"), "L. Log");
        for (var pad : new String[] {"betaalwijze", "leefgeldbesluiten", "gastverblijven"}) {
            long voor = inzien("amersfoort-financien");
            var antwoord = get("/api/v1/huishoudens/" + h + "/" + pad, "amersfoort-financien");
            assertThat(antwoord.status()).as(pad).isEqualTo(200);
            assertThat(inzien("amersfoort-financien")).as(pad + " wordt gelogd").isEqualTo(voor + 1);
        }
        long voor = inzien("amersfoort-financien");
        assertThat(pagina("/huishoudens/" + h + "/leefgeld?maand=2024-03", "amersfoort-financien")).contains("L. Log");
        assertThat(inzien("amersfoort-financien")).as("de pagina: uitleg, betaalwijze, besluiten, gastverblijven").isEqualTo(voor + 4);
    }

    /** A page as the user sees it after logging in with the form (pages do not take HTTP Basic). */
    private String pagina(String pad, String gebruiker) {
        var antwoord = new nl.onderdak.Websessie(poort).inloggen(gebruiker).pagina(pad);
        assertThat(antwoord.statusCode()).as(pad).isEqualTo(200);
        return antwoord.body();
    }

    private long inzien(String gebruiker) {
        return jdbc.sql("select count(*) from logboek.verwerkingslog where gebruiker = ? and handeling = 'inzien' and verwerkingsactiviteit = 'leefgeld'")
                .param(gebruiker).query(Long.class).single();
    }

    @Test
    void anderGemeenteKanBetaalgegevensNietWijzigen() {
        var h = huishouden("amersfoort", "Ander" + System.nanoTime(), false);
        var iban = nieuwIban("INGB");
        bank(h, "amersfoort", iban, "A. Ander");
        // Utrecht can see the household (it belongs to Utrecht too), but Amersfoort pays it: it stays with a host there.
        jdbc.sql("insert into bewoners.huishouden_gemeente (huishouden_id, gemeente_code) values (?, 'GM0344')").param(UUID.fromString(h)).update();
        assertThat(get("/api/v1/huishoudens/" + h + "/betaalwijze", "utrecht").status()).isEqualTo(200);

        var wijziging = put("/api/v1/huishoudens/" + h + "/betaalwijze", "utrecht",
                "{\"methode\":\"bank\",\"iban\":\"" + nieuwIban("RABO") + "\",\"tenaamstelling\":\"Onbekende\"}");
        assertThat(wijziging.status()).as(wijziging.toString()).isEqualTo(409);
        assertThat(wijziging.contentType()).contains("application/problem+json");
        assertThat(post("/api/v1/huishoudens/" + h + "/leefgeldbesluiten", "utrecht",
                "{\"soort\":\"stoppen\",\"vanaf\":\"2024-05-01\",\"reden\":\"Inkomen\"}").status()).isEqualTo(409);
        assertThat(post("/api/v1/huishoudens/" + h + "/gastverblijven", "utrecht",
                "{\"van\":\"2030-01-01\",\"gastgezin\":\"Elders\"}").status()).isEqualTo(409);
        assertThat(get("/api/v1/huishoudens/" + h + "/betaalwijze", "amersfoort").json().get("iban").asString()).isEqualTo(iban);
        assertThat(get("/api/v1/huishoudens/" + h + "/leefgeldbesluiten", "amersfoort").json().get("besluiten")).isEmpty();
    }

    /** A household of one child (no adult) in Utrecht, not (yet) marked as travelling alone, with a host family from 1 January 2024. */
    private String kindZonderVolwassene(String achternaam) {
        var h = post("/api/v1/huishoudens", "utrecht", """
                {"leden":[{"voornaam":"Kind","achternaam":"%s","geboortedatum":"2012-05-05","nationaliteitCategorie":"oekraiens"}]}"""
                .formatted(achternaam));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        var id = h.json().get("id").asString();
        assertThat(post("/api/v1/huishoudens/" + id + "/gastverblijven", "utrecht", "{\"van\":\"2024-01-01\",\"gastgezin\":\"Gastgezin\"}")
                .status()).isEqualTo(201);
        return id;
    }

    private String endToEnd(String run, String huishouden) {
        return jdbc.sql("select end_to_end_id from leefgeld.betaling where betaalrun_id = ? and huishouden_id = ?")
                .params(UUID.fromString(run), UUID.fromString(huishouden)).query(String.class).single();
    }

    /** The text (without white space) of the run's cash list as an employee of Utrecht with these roles besides prints it. */
    private String kaslijst(String run, boolean afgeschermd, Rol... rollen) throws Exception {
        var org = new Organisatie("GM0344", "Gemeente Utrecht", Organisatie.Soort.GEMEENTE, "GM0344", null);
        var alle = new HashSet<Rol>(Set.of(rollen));
        alle.add(Rol.GEMEENTE_MEDEWERKER);
        var gebruiker = new Gebruiker("utrecht", "utrecht", org, alle);
        try (var pdf = Loader.loadPDF(bestanden.kaslijst(new BetaalrunId(UUID.fromString(run)), afgeschermd, gebruiker))) {
            // Without white space: a long reference wraps over lines in its narrow column.
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
    }

    @Test
    void eenNaUitvoeringGemarkeerdeMinderjarigeSluitDeGewoneBestandenVoorWieDeRolNietHeeftEnVerschuiftGeenBetaling() throws Exception {
        var naam = "Later" + System.nanoTime();
        var bank = kindZonderVolwassene(naam + "B");
        var iban = nieuwIban("INGB");
        bank(bank, "utrecht", iban, "Voogd " + naam);
        var prepaid = kindZonderVolwassene(naam + "P");
        var kaart = "LATER-" + (System.nanoTime() % 1_000_000);
        wijze(prepaid, "utrecht", "{\"methode\":\"prepaid\",\"kaartnummer\":\"" + kaart + "\"}");
        var contant = kindZonderVolwassene(naam + "K");
        wijze(contant, "utrecht", "{\"methode\":\"contant\"}");
        // An ordinary household keeps the unshielded SEPA file from being empty.
        var gewoon = huishouden("utrecht", "Gewoon" + System.nanoTime(), false);
        bank(gewoon, "utrecht", nieuwIban("INGB"), "G. Gewoon");
        var run = maakEnKeurGoed("2024-03", "utrecht", "utrecht-jeugd");
        assertThat(post(PAD + "/" + run + "/_uitvoeren", "utrecht", "{}").status()).isEqualTo(200);
        var kasReferentie = endToEnd(run, contant);
        assertThat(download(PAD + "/" + run + "/sepa", "utrecht").body()).as("nog niet afgeschermd").contains(iban);
        assertThat(download(PAD + "/" + run + "/prepaid", "utrecht").body()).contains(kaart, naam + "P");
        assertThat(kaslijst(run, false)).contains(kasReferentie);

        // After execution a member of each household is marked a child travelling alone.
        jdbc.sql("update bewoners.bewoner set alleenreizend_minderjarig = true where huishouden_id = any(?)")
                .param(new UUID[] {UUID.fromString(bank), UUID.fromString(prepaid), UUID.fromString(contant)}).update();

        // Without the role, the ordinary files now holding such a household are refused, not changed: a file
        // may be at the bank already, and a payment moved to the other file would be paid twice.
        var sepa = download(PAD + "/" + run + "/sepa", "utrecht");
        assertThat(sepa.status()).as(sepa.toString()).isEqualTo(409);
        assertThat(sepa.body()).doesNotContain(iban, endToEnd(run, bank), naam);
        var lijst = download(PAD + "/" + run + "/prepaid", "utrecht");
        assertThat(lijst.status()).isEqualTo(409);
        assertThat(lijst.body()).as("ook niet de naam van het kind als kaarthouder").doesNotContain(kaart, naam);
        assertThatThrownBy(() -> kaslijst(run, false)).isInstanceOf(nl.onderdak.platform.Conflict.class);
        assertThat(get(PAD + "/" + run + "/regels?max=100000", "utrecht").body()).doesNotContain(naam, iban, kaart);

        // With the role, every file is exactly as executed: each payment still in the one file it was in.
        var gewoneSepa = download(PAD + "/" + run + "/sepa", "utrecht-jeugd");
        assertThat(gewoneSepa.status()).as(gewoneSepa.toString()).isEqualTo(200);
        assertThat(gewoneSepa.body()).contains(iban, endToEnd(run, gewoon));
        assertThat(download(PAD + "/" + run + "/prepaid", "utrecht-jeugd").body()).contains(kaart, naam + "P");
        assertThat(kaslijst(run, false, Rol.MINDERJARIGEN)).contains(kasReferentie);
        var afgeschermd = download(PAD + "/" + run + "/sepa?afgeschermd=true", "utrecht-jeugd");
        assertThat(afgeschermd.body()).doesNotContain(iban);
        assertThat(download(PAD + "/" + run + "/prepaid?afgeschermd=true", "utrecht-jeugd").body()).doesNotContain(kaart);
        assertThat(kaslijst(run, true, Rol.MINDERJARIGEN)).doesNotContain(kasReferentie);
    }

    /** Processing-log records of changes in leefgeld by the user. */
    private long wijzigingen(String gebruiker) {
        return jdbc.sql("""
                select count(*) from logboek.verwerkingslog where gebruiker = ? and handeling = 'wijzigen' and verwerkingsactiviteit = 'leefgeld'""")
                .param(gebruiker).query(Long.class).single();
    }

    @Test
    void bankresultaatWordtGelogdVoorDeLedenVanDeGewijzigdeHuishoudens() {
        var betaald = huishouden("amersfoort", "Betaald" + System.nanoTime(), false);
        bank(betaald, "amersfoort", nieuwIban("INGB"), "B. Betaald");
        var terug = huishouden("amersfoort", "Terug" + System.nanoTime(), false);
        bank(terug, "amersfoort", nieuwIban("INGB"), "T. Terug");
        var gemeld = huishouden("amersfoort", "Gemeld" + System.nanoTime(), false);
        bank(gemeld, "amersfoort", nieuwIban("INGB"), "G. Gemeld");
        var run = maakEnKeurGoed("2024-07", "amersfoort", "amersfoort-financien");
        assertThat(post(PAD + "/" + run + "/_uitvoeren", "amersfoort", "{}").status()).isEqualTo(200);
        var sepa = download(PAD + "/" + run + "/sepa", "amersfoort").body();

        long voor = wijzigingen("amersfoort");
        var camt = Camt054.retourVan(sepa, endToEnd(run, terug), "AC04");
        assertThat(postBestand(PAD + "/" + run + "/bankresultaat", "amersfoort", "application/xml", camt.getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(200);
        assertThat(wijzigingen("amersfoort")).as("één lid van het mislukte huishouden").isEqualTo(voor + 1);

        var csv = ("end_to_end_id,status,reden\n" + endToEnd(run, betaald) + ",betaald,\n" + endToEnd(run, gemeld) + ",mislukt,AC01\n")
                .getBytes(StandardCharsets.UTF_8);
        var afgestemd = postBestand(PAD + "/" + run + "/bankresultaat", "amersfoort", "text/csv", csv);
        assertThat(afgestemd.status()).as(afgestemd.toString()).isEqualTo(200);
        assertThat(wijzigingen("amersfoort")).as("het betaalde en het gemelde huishouden").isEqualTo(voor + 3);
        assertThat(postBestand(PAD + "/" + run + "/bankresultaat", "amersfoort", "text/csv", csv).status()).isEqualTo(200);
        assertThat(wijzigingen("amersfoort")).as("opnieuw inlezen verandert en logt niets").isEqualTo(voor + 3);
    }

    @Test
    void camtVanEenAnderBestandOfEenAndereRekeningWordtGeweigerd() {
        var h = huishouden("amersfoort", "Camt" + System.nanoTime(), false);
        bank(h, "amersfoort", nieuwIban("INGB"), "C. Camt");
        var run = maakEnKeurGoed("2024-03", "amersfoort", "amersfoort-financien");
        assertThat(post(PAD + "/" + run + "/_uitvoeren", "amersfoort", "{}").status()).isEqualTo(200);
        var e2e = endToEnd(run, h);
        var sepa = download(PAD + "/" + run + "/sepa", "amersfoort").body();
        var bericht = Camt054.berichtId(sepa);
        var rekening = Camt054.rekening(sepa);

        var vreemdBericht = Camt054.retour("ZELFGEMAAKT-1", rekening, e2e, "AC04");
        var geweigerd = postBestand(PAD + "/" + run + "/bankresultaat", "amersfoort", "application/xml",
                vreemdBericht.getBytes(StandardCharsets.UTF_8));
        assertThat(geweigerd.status()).as(geweigerd.toString()).isEqualTo(400);
        assertThat(geweigerd.body()).contains("Betaling " + e2e + " hoort in het camt.054-bestand bij SEPA-bestand ZELFGEMAAKT-1, "
                + "niet bij een SEPA-bestand van deze betaalrun (" + bericht + ").");
        var andereRekening = nieuwIban("RABO");
        var vreemdeRekening = postBestand(PAD + "/" + run + "/bankresultaat", "amersfoort", "application/xml",
                Camt054.retour(bericht, andereRekening, e2e, "AC04").getBytes(StandardCharsets.UTF_8));
        assertThat(vreemdeRekening.status()).isEqualTo(400);
        assertThat(vreemdeRekening.body()).contains("Dit camt.054-bestand gaat over rekening " + andereRekening
                + ", niet over de rekening van de gemeente (" + rekening + ")");
        var zonderBericht = Camt054.retour(bericht, rekening, e2e, "AC04").replace("<MsgId>" + bericht + "</MsgId>", "");
        var geenBericht = postBestand(PAD + "/" + run + "/bankresultaat", "amersfoort", "application/xml",
                zonderBericht.getBytes(StandardCharsets.UTF_8));
        assertThat(geenBericht.status()).isEqualTo(400);
        assertThat(geenBericht.body()).contains("Betaling " + e2e + " noemt in het camt.054-bestand geen bericht-id");
        assertThat(jdbc.sql("select status from leefgeld.betaling where end_to_end_id = ?").param(e2e).query(String.class).single())
                .as("een zelfgemaakt bestand maakt niets mislukt").isEqualTo("verstuurd");

        var vanDeBank = postBestand(PAD + "/" + run + "/bankresultaat", "amersfoort", "application/xml",
                Camt054.retour(bericht, rekening, e2e, "AC04").getBytes(StandardCharsets.UTF_8));
        assertThat(vanDeBank.status()).as(vanDeBank.toString()).isEqualTo(200);
        assertThat(vanDeBank.json().get("mislukt").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("select mislukt_bron from leefgeld.betaling where end_to_end_id = ?").param(e2e).query(String.class).single())
                .isEqualTo("camt054");
    }

    private String rekeningIban() {
        return get("/api/v1/leefgeldrekening", "amersfoort").json().get("iban").asString();
    }

    private String stelVoor(String iban) {
        var voorstel = put("/api/v1/leefgeldrekening", "amersfoort", "{\"iban\":\"" + iban + "\",\"bic\":\"BNGHNL2G\"}");
        assertThat(voorstel.status()).as(voorstel.toString()).isEqualTo(202);
        return voorstel.json().get("id").asString();
    }

    @Test
    void rekeningvoorstelBevestigenNaAfwijzenOfVervangenGeeftConflict() {
        var voor = rekeningIban();
        var afgewezen = stelVoor(nieuwIban("BNGH"));
        assertThat(post("/api/v1/leefgeldrekening/voorstel/" + afgewezen + "/_afwijzen", "amersfoort-financien", "{}").status())
                .isEqualTo(200);
        var laat = post("/api/v1/leefgeldrekening/voorstel/" + afgewezen + "/_bevestigen", "amersfoort-financien", "{}");
        assertThat(laat.status()).as(laat.toString()).isEqualTo(409);
        assertThat(laat.body()).contains("Dit voorstel is al afgehandeld");
        assertThat(rekeningIban()).isEqualTo(voor);

        var vervangenIban = nieuwIban("BNGH");
        var vervangen = stelVoor(vervangenIban);
        var nieuwer = stelVoor(nieuwIban("BNGH"));
        assertThat(post("/api/v1/leefgeldrekening/voorstel/" + vervangen + "/_bevestigen", "amersfoort-financien", "{}").status())
                .as("een vervangen voorstel").isEqualTo(409);
        assertThat(rekeningIban()).isEqualTo(voor);
        assertThat(post("/api/v1/leefgeldrekening/voorstel/" + nieuwer + "/_afwijzen", "amersfoort-financien", "{}").status()).isEqualTo(200);
    }

    @Test
    void rekeningvoorstelBevestigenTijdensEenAfwijzingGeeftConflictEnLaatDeRekening() throws Exception {
        var voor = rekeningIban();
        var voorstel = UUID.fromString(stelVoor(nieuwIban("BNGH")));
        var pool = Executors.newSingleThreadExecutor();
        try (var afwijzing = dataSource.getConnection()) {
            // A rejection in flight: it has closed the proposal but not yet committed when the confirmation reads it as open.
            afwijzing.setAutoCommit(false);
            try (var st = afwijzing.prepareStatement("""
                    update leefgeld.leefgeldrekening_voorstel set status = 'afgewezen', afgehandeld_door = 'amersfoort-financien',
                           afgehandeld_op = now() where id = ?""")) {
                st.setObject(1, voorstel);
                assertThat(st.executeUpdate()).isEqualTo(1);
            }
            var bevestiging = pool.submit(() -> post("/api/v1/leefgeldrekening/voorstel/" + voorstel + "/_bevestigen", "amersfoort-financien",
                    "{}"));
            long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (jdbc.sql("""
                    select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%leefgeldrekening_voorstel set status%'""")
                    .query(Integer.class).single() == 0) {
                assertThat(System.nanoTime()).as("de bevestiging wacht op de afwijzing").isLessThan(tot);
                Thread.sleep(20);
            }
            afwijzing.commit();
            var antwoord = bevestiging.get(30, TimeUnit.SECONDS);
            assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rekeningIban()).isEqualTo(voor);
        assertThat(jdbc.sql("select status from leefgeld.leefgeldrekening_voorstel where id = ?").param(voorstel).query(String.class).single())
                .isEqualTo("afgewezen");
    }

    /** A Dutch IBAN with valid check digits for a fictitious account number. */
    private static String nlIban(String bank, long rekening) {
        return Iban.metControlegetal("NL", bank + "%010d".formatted(rekening)).waarde();
    }
}
