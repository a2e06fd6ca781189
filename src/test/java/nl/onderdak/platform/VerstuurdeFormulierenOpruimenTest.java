// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.onderdak.IntegratieTest;
import nl.onderdak.VerstelbareKlok;
import nl.onderdak.Websessie;
import nl.onderdak.bewoners.DagelijkseWeigeringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The page a first post answered is given again for two minutes only (it may hold personal data) and
 * then emptied in the database; a posted token is forgotten after a working day. The test moves the
 * clock of the context it shares with {@link DagelijkseWeigeringTest} (same clock and properties: no
 * context of its own) instead of writing old rows.
 */
@Import(DagelijkseWeigeringTest.Klok.class)
@TestPropertySource(properties = {"onderdak.demo-gegevens=false", "onderdak.test.context=dagelijkse-weigering"})
class VerstuurdeFormulierenOpruimenTest extends IntegratieTest {

    @Autowired
    VerstelbareKlok klok;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Formuliertokens.VerstuurdeFormulieren verstuurd;

    private int rijen(String token, String voorwaarde) {
        return jdbc.sql("select count(*) from platform.verstuurd_formulier where token = ? and " + voorwaarde).param(token)
                .query(Integer.class).single();
    }

    @Test
    void eenBewaardePaginaIsNaTweeMinutenWegEnEenTokenNaEenWerkdag() {
        var sessie = new Websessie(poort).inloggen("utrecht");
        var token = sessie.formuliertoken("/opvanglocaties/nieuw");

        var eerste = sessie.formulier("/opvanglocaties/nieuw", EngelseFormulierfoutTest.fouteLocatie("Opruimtoets", token));
        var herhaald = sessie.formulier("/opvanglocaties/nieuw", EngelseFormulierfoutTest.fouteLocatie("Opruimtoets", token));
        assertThat(eerste.statusCode()).isEqualTo(200);
        assertThat(herhaald.statusCode()).isEqualTo(200);
        assertThat(herhaald.body()).as("the same page, not rendered again (its tokens would differ)").isEqualTo(eerste.body());
        assertThat(rijen(token, "inhoud is not null")).isOne();

        klok.verzet(Formuliertokens.BEWAARTIJD.plusSeconds(1));
        var laat = sessie.formulier("/opvanglocaties/nieuw", EngelseFormulierfoutTest.fouteLocatie("Opruimtoets", token));
        assertThat(laat.statusCode()).isEqualTo(409);
        assertThat(new String(laat.body(), StandardCharsets.UTF_8)).contains("Dit formulier is al verstuurd");
        verstuurd.ruimNuOp();
        assertThat(rijen(token, "inhoud is null and status = 200")).as("the page is gone, the token still known").isOne();

        klok.verzet(Formuliertokens.BEWAARTERMIJN.minus(Formuliertokens.BEWAARTIJD));
        var later = sessie.formuliertoken("/opvanglocaties/nieuw");
        assertThat(sessie.formulier("/opvanglocaties/nieuw", EngelseFormulierfoutTest.fouteLocatie("Opruimtoets", later)).statusCode()).isEqualTo(200);
        verstuurd.ruimNuOp();
        assertThat(rijen(token, "true")).as("posted longer ago than a working day").isZero();
        assertThat(rijen(later, "true")).as("posted just now").isOne();
    }
}
