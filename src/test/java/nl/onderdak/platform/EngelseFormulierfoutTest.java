// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.onderdak.IntegratieTest;
import nl.onderdak.Websessie;
import org.junit.jupiter.api.Test;

/**
 * The messages next to the fields of a form follow the language switch of the interface
 * ({@code ?lang=en}, remembered in a cookie): English after switching, Dutch by default. Over real
 * HTTP without a browser.
 */
class EngelseFormulierfoutTest extends IntegratieTest {

    /**
     * A new location without town and with a wrong postcode: the answer is the form again, with its
     * messages (200). Also used by {@link VerstuurdeFormulierenOpruimenTest}.
     */
    static Map<String, String> fouteLocatie(String token) {
        return fouteLocatie("Taaltoets", token);
    }

    static Map<String, String> fouteLocatie(String naam, String token) {
        var velden = new LinkedHashMap<String, String>();
        velden.put("naam", naam);
        velden.put("soort", "hotel");
        velden.put("adres.postcode", "12");
        velden.put("adres.huisnummer", "1");
        velden.put("adres.plaats", "");
        velden.put("beschikbaarVanaf", "2026-01-01");
        velden.put("status", "beschikbaar");
        velden.put("bedden", "5");
        velden.put("_formuliertoken", token);
        return velden;
    }

    @Test
    void naDeTaalkeuzeStaanDeMeldingenBijDeVeldenInHetEngels() {
        var sessie = new Websessie(poort).inloggen("utrecht");
        assertThat(sessie.pagina("/opvanglocaties?lang=en").statusCode()).isEqualTo(200);

        var antwoord = sessie.formulier("/opvanglocaties/nieuw", fouteLocatie(sessie.formuliertoken("/opvanglocaties/nieuw")));

        assertThat(antwoord.statusCode()).isEqualTo(200);
        var pagina = sessie.tekst(antwoord);
        assertThat(pagina).contains("Enter a Dutch postcode, for example 3511 AB.", "Enter the town.")
                .doesNotContain("Geef een Nederlandse postcode", "Geef de plaats.");
    }

    /** A multipart form post with the CSRF token, as the browser sends an upload form. */
    private static java.net.http.HttpResponse<byte[]> upload(Websessie sessie, String pad, Map<String, String> velden,
            String bestandsnaam, byte[] bestand) {
        var grens = "----taaltoets" + System.nanoTime();
        var uit = new java.io.ByteArrayOutputStream();
        var w = new StringBuilder();
        var alle = new LinkedHashMap<>(velden);
        alle.put("_csrf", sessie.csrf());
        alle.forEach((k, v) -> w.append("--").append(grens).append("\r\nContent-Disposition: form-data; name=\"").append(k)
                .append("\"\r\n\r\n").append(v).append("\r\n"));
        w.append("--").append(grens).append("\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"").append(bestandsnaam)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        uit.writeBytes(w.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        uit.writeBytes(bestand);
        uit.writeBytes(("\r\n--" + grens + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return sessie.stuur(java.net.http.HttpRequest.newBuilder(sessie.adres(pad))
                .header("Content-Type", "multipart/form-data; boundary=" + grens)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(uit.toByteArray())).build());
    }

    @Test
    void deRegelfoutenVanEenCbsBestandStaanNaDeTaalkeuzeInHetEngels() {
        var sessie = new Websessie(poort).inloggen("beheer");
        assertThat(sessie.pagina("/beheer/cbs?lang=en").statusCode()).isEqualTo(200);

        var antwoord = upload(sessie, "/beheer/cbs", Map.of("indeling", "2099-01-01", "bron", "Taaltoets"), "cbs.csv",
                "gm_code,gm_naam\nGM0344,Utrecht\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(sessie.tekst(antwoord)).contains("is missing from the header line.", "There is no column with inhabitants")
                .doesNotContain("ontbreekt in de kopregel");
    }

    @Test
    void deFoutVanEenLocatie_importStaatNaDeTaalkeuzeInHetEngels() throws InterruptedException {
        var sessie = new Websessie(poort).inloggen("utrecht");
        assertThat(sessie.pagina("/opvanglocaties/import?lang=en").statusCode()).isEqualTo(200);

        var antwoord = upload(sessie, "/opvanglocaties/import", Map.of(), "locaties.xlsx",
                "geen spreadsheet".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(antwoord.statusCode()).isEqualTo(302);
        var voortgang = java.net.URI.create(antwoord.headers().firstValue("Location").orElseThrow()).getPath();

        String pagina = "";
        for (int i = 0; i < 100 && !pagina.contains("This is not an XLSX file."); i++) {
            Thread.sleep(100);
            pagina = sessie.pagina(voortgang).body();
        }
        assertThat(pagina).contains("This is not an XLSX file.").doesNotContain("Dit is geen XLSX-bestand");
    }

    @Test
    void zonderTaalkeuzeStaanDeMeldingenBijDeVeldenInHetNederlands() {
        var sessie = new Websessie(poort).inloggen("utrecht");

        var antwoord = sessie.formulier("/opvanglocaties/nieuw", fouteLocatie(sessie.formuliertoken("/opvanglocaties/nieuw")));

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(sessie.tekst(antwoord)).contains("Geef een Nederlandse postcode, bijvoorbeeld 3511 AB.", "Geef de plaats.")
                .doesNotContain("Enter the town.");
    }
}
