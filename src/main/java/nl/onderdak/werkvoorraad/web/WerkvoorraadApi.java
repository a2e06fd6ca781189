// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Toegang;
import nl.onderdak.werkvoorraad.Werkvoorraad;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The start page's list for tools: what waits for the caller, oldest first. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Werkvoorraad")
class WerkvoorraadApi {

    @Schema(description = "Eén ding dat op de gebruiker wacht")
    record ItemAntwoord(
            @Schema(description = "Soort werk, een vast woord", example = "plaatsingsverzoek") String soort,
            @Schema(description = "Wat en voor wie, in de taal van het verzoek; nooit een BSN") String omschrijving,
            @Schema(description = "Sinds wanneer het wacht (ISO 8601, Nederlandse tijd met offset)",
                    example = "2026-12-04T22:44:00+01:00") String sinds,
            @Schema(description = "Uiterste datum (JJJJ-MM-DD) als een regel die stelt", example = "2026-12-10")
            @Nullable String uiterlijk,
            @Schema(description = "Adres van de pagina waar het wordt gedaan", example = "/plaatsingsverzoeken/…") String link,
            @Schema(description = "De uiterste datum valt binnen 7 dagen of is voorbij") boolean binnenkort) {
    }

    record WerkvoorraadAntwoord(List<ItemAntwoord> items, int totaal,
            @Schema(description = "Waar: een deel van het werk kon niet worden geladen; de lijst is dan niet volledig")
            boolean onvolledig) {
    }

    private final Toegang toegang;
    private final Werkvoorraad werkvoorraad;

    WerkvoorraadApi(Toegang toegang, Werkvoorraad werkvoorraad) {
        this.toegang = toegang;
        this.werkvoorraad = werkvoorraad;
    }

    @GetMapping("/werkvoorraad")
    @Operation(summary = "Wat er op de ingelogde gebruiker wacht, oudste eerst",
            description = "Dezelfde lijst als de startpagina: alleen wat de gebruiker met zijn organisatie en rollen "
                    + "mag afhandelen. `onvolledig` is waar als een deel niet kon worden geladen.")
    WerkvoorraadAntwoord werkvoorraad(Locale taal) {
        var overzicht = werkvoorraad.voor(toegang.vereisGebruiker(), taal);
        var items = overzicht.items().stream().map(i -> {
            var w = i.werk();
            return new ItemAntwoord(w.soort(), w.omschrijving(),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(w.sinds().atZone(Weergave.TIJDZONE).toOffsetDateTime()),
                    w.uiterlijk() == null ? null : w.uiterlijk().toString(), w.link(), i.binnenkort());
        }).toList();
        return new WerkvoorraadAntwoord(items, items.size(), overzicht.onvolledig());
    }
}
