// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bekostiging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The unit of a norm amount is shown in the language of the user. */
class NormbedragTest {

    @AfterEach
    void herstel() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void deEenheidStaatInHetNederlandsOfHetEngels() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-NL"));
        assertThat(Normbedrag.Opvangvorm.GOO.eenheid()).isEqualTo("per gerealiseerde plek per dag");
        assertThat(Normbedrag.Opvangvorm.POO.eenheid()).isEqualTo("per ontheemde per maand");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(Normbedrag.Opvangvorm.GOO.eenheid()).isEqualTo("per realised place per day");
        assertThat(Normbedrag.Opvangvorm.POO.eenheid()).isEqualTo("per displaced person per month");
    }
}
