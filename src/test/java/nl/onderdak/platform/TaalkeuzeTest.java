// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The input guard answers before Spring knows the language, so it reads the user's choice itself. */
class TaalkeuzeTest {

    @Test
    void deInvoerbewakingVolgtDeTaalkeuzeVanDeGebruiker() {
        var zonder = new MockHttpServletRequest("GET", "/gemeenten");
        assertThat(Invoerbewaking.taal(zonder)).isEqualTo(Weergave.NEDERLANDS);

        var koekje = new MockHttpServletRequest("POST", "/declaraties");
        koekje.setCookies(new Cookie("onderdak-taal", "en"));
        assertThat(Invoerbewaking.taal(koekje)).isEqualTo(Locale.ENGLISH);

        var parameter = new MockHttpServletRequest("GET", "/gemeenten");
        parameter.setQueryString("sorteer=naam&lang=en");
        assertThat(Invoerbewaking.taal(parameter)).isEqualTo(Locale.ENGLISH);

        var api = new MockHttpServletRequest("GET", "/api/v1/gemeenten");
        api.setQueryString("lang=en");
        assertThat(Invoerbewaking.taal(api)).as("de API kent geen ?lang").isEqualTo(Weergave.NEDERLANDS);
    }

    @Test
    void eenApiClientKiestDeTaalMetAcceptLanguageEenPaginaNiet() {
        var engels = new MockHttpServletRequest("POST", "/api/v1/opvanglocaties");
        engels.addHeader("Accept-Language", "en-GB,en;q=0.9,nl;q=0.8");
        assertThat(Invoerbewaking.taal(engels)).isEqualTo(Locale.ENGLISH);

        var voorkeur = new MockHttpServletRequest("POST", "/api/v1/opvanglocaties");
        voorkeur.addHeader("Accept-Language", "fr, nl;q=0.5, en;q=0.3");
        assertThat(Invoerbewaking.taal(voorkeur)).as("de eerste van Nederlands en Engels telt").isEqualTo(Weergave.NEDERLANDS);

        var onzin = new MockHttpServletRequest("POST", "/api/v1/opvanglocaties");
        onzin.addHeader("Accept-Language", ";;;=");
        assertThat(Invoerbewaking.taal(onzin)).isEqualTo(Weergave.NEDERLANDS);

        var pagina = new MockHttpServletRequest("POST", "/opvanglocaties");
        pagina.addHeader("Accept-Language", "en-US");
        assertThat(Invoerbewaking.taal(pagina)).as("de taal van de browser is niet de keuze van de gebruiker")
                .isEqualTo(Weergave.NEDERLANDS);
    }

    @Test
    void eenMeldingVanDeBewakingIsEngelsVoorWieEngelsKoos() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(Invoerbewaking.probleem("naam", "a\u0000b")).isEqualTo("There is an invalid character in it (such as a NUL character).");
            assertThat(Invoerbewaking.probleem("naam", "x".repeat(1001))).isEqualTo("At most 1,000 characters.");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        assertThat(Invoerbewaking.probleem("naam", "x".repeat(1001))).isEqualTo("Hoogstens 1.000 tekens.");
    }
}
