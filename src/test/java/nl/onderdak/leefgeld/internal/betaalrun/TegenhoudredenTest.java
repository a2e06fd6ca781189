// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.betaalrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** A run line's reason for being held back is stored in Dutch and shown in the user's language. */
class TegenhoudredenTest {

    @AfterEach
    void terug() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void een_bekende_reden_staat_op_een_engelse_pagina_in_het_engels() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        var redenen = Tegenhoudreden.IN_TAAL;

        assertThat(redenen.tekst("tarief ontbreekt")).isEqualTo("rate missing");
        assertThat(redenen.tekst("betaalwijze ontbreekt")).isEqualTo("payment method missing");
        assertThat(redenen.tekst(Betaalrunlevenscyclus.GEWIJZIGD_NA_VOORVERTONING)).startsWith("Payment details changed after the preview");
        assertThat(redenen.tekst("vorige betaling mislukt (AC04 rekening opgeheven): corrigeer eerst de betaalgegevens"))
                .as("the bank's reason stays as given").isEqualTo("previous payment failed (AC04 rekening opgeheven): correct the payment details first");
        assertThat(redenen.tekst("iets anders")).isEqualTo("iets anders");
    }

    @Test
    void in_het_nederlands_blijft_de_reden_zoals_ze_is_opgeslagen() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-NL"));

        for (var reden : new String[] {"tarief ontbreekt", "betaalwijze ontbreekt", Betaalrunlevenscyclus.GEWIJZIGD_NA_VOORVERTONING,
                Betaalrunlevenscyclus.AFGESCHERMD_ZONDER_ROL, "vorige betaling mislukt (MD07 rekeninghouder overleden): corrigeer eerst de betaalgegevens"}) {
            assertThat(Tegenhoudreden.IN_TAAL.tekst(reden)).isEqualTo(reden);
        }
    }
}
