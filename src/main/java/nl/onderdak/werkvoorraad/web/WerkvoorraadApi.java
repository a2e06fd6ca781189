// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.Weergave;
import nl.onderdak.toegang.Toegang;
import nl.onderdak.werkvoorraad.Werkvoorraad;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The start page's list for tools: what waits for the caller, oldest first over all kinds, a page at a
 * time, with the count of every kind. A page is cut from the oldest {@code pagina × aantal} items of
 * each kind (each module counts and limits in SQL), so the first pages of a gemeente with tens of
 * thousands of deadlines cost what a short list costs; a page deep in the list costs more.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Werkvoorraad")
class WerkvoorraadApi {

    /** Items per page when the caller does not say. */
    static final int STANDAARD_AANTAL = 100;
    /** The most items one page may hold. */
    static final int MAX_AANTAL = 500;
    /** The highest page number accepted: with {@link #MAX_AANTAL} half a billion items, far beyond any list. */
    static final int MAX_PAGINA = 1_000_000;

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

    @Schema(description = "Eén soort werk: hoeveel er wachten en waar de hele lijst staat")
    record SoortAntwoord(
            @Schema(description = "Soort werk, een vast woord", example = "termijn") String soort,
            @Schema(description = "Naam van de soort in de taal van het verzoek", example = "Termijnen") String naam,
            @Schema(description = "Hoeveel er van deze soort wachten, alle pagina's samen") long totaal,
            @Schema(description = "Adres van de pagina met de hele lijst van deze soort", example = "/termijnen") String lijst) {
    }

    record WerkvoorraadAntwoord(
            @Schema(description = "Het werk van deze pagina, oudste eerst over alle soorten") List<ItemAntwoord> items,
            @Schema(description = "Hoeveel zaken er wachten, alle soorten en pagina's samen") long totaal,
            @Schema(description = "Waar: een deel van het werk kon niet worden geladen; de lijst is dan niet volledig")
            boolean onvolledig,
            @Schema(description = "Het nummer van deze pagina; de eerste pagina is 1") int pagina,
            @Schema(description = "Zaken per pagina") int aantal,
            @Schema(description = "Per soort het aantal, soorten in de volgorde van hun oudste zaak") List<SoortAntwoord> soorten) {
    }

    private final Toegang toegang;
    private final Werkvoorraad werkvoorraad;
    private final MessageSource berichten;

    WerkvoorraadApi(Toegang toegang, Werkvoorraad werkvoorraad, MessageSource berichten) {
        this.toegang = toegang;
        this.werkvoorraad = werkvoorraad;
        this.berichten = berichten;
    }

    @GetMapping("/werkvoorraad")
    @Operation(summary = "Wat er op de ingelogde gebruiker wacht, oudste eerst, per pagina",
            description = "Dezelfde lijst als de startpagina: alleen wat de gebruiker met zijn organisatie en rollen "
                    + "mag afhandelen, oudste eerst over alle soorten. pagina vanaf 1 (standaard 1); aantal 1 tot en met "
                    + MAX_AANTAL + " (standaard " + STANDAARD_AANTAL + "). `totaal` telt alle pagina's, `soorten` geeft het "
                    + "aantal per soort. Een ongeldige pagina of een ongeldig aantal geeft 400 met het veld. "
                    + "`onvolledig` is waar als een deel niet kon worden geladen.")
    WerkvoorraadAntwoord werkvoorraad(@RequestParam(required = false) @Nullable String pagina,
            @RequestParam(required = false) @Nullable String aantal, Locale taal) {
        var gebruiker = toegang.vereisGebruiker();
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var p = Invoer.geheelGetal(pagina, "pagina", 1, MAX_PAGINA, false, fouten);
        var a = Invoer.geheelGetal(aantal, "aantal", 1, MAX_AANTAL, false, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        int nummer = p == null ? 1 : p;
        int perPagina = a == null ? STANDAARD_AANTAL : a;
        // The first nummer × perPagina items over all kinds are among the oldest nummer × perPagina of each kind.
        var overzicht = werkvoorraad.voor(gebruiker, taal, Math.multiplyExact(nummer, perPagina));
        var alle = overzicht.items();
        int van = (int) Math.min((long) (nummer - 1) * perPagina, alle.size());
        int tot = Math.min(van + perPagina, alle.size());
        var items = alle.subList(van, tot).stream().map(i -> {
            var w = i.werk();
            return new ItemAntwoord(w.soort(), w.omschrijving(),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(w.sinds().atZone(Weergave.TIJDZONE).toOffsetDateTime()),
                    w.uiterlijk() == null ? null : w.uiterlijk().toString(), w.link(), i.binnenkort());
        }).toList();
        var soorten = overzicht.perSoort().stream().map(g -> new SoortAntwoord(g.soort(),
                berichten.getMessage("werk.soort." + g.soort(), null, berichten.getMessage("werk.soort.overig", null, taal), taal),
                g.totaal(), g.lijst())).toList();
        return new WerkvoorraadAntwoord(items, overzicht.totaal(), overzicht.onvolledig(), nummer, perPagina, soorten);
    }
}
