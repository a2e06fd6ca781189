// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.onderdak.monitoring.internal.CapaciteitRegel;
import nl.onderdak.monitoring.internal.Capaciteitsoverzicht;
import nl.onderdak.monitoring.internal.KcioRapportage;
import nl.onderdak.monitoring.internal.Niveau;
import nl.onderdak.monitoring.internal.Rapportagedatum;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import nl.onderdak.toegang.Toegang;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Capacity against targets, its daily trend and the KCIO report, each limited to the caller's scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Capaciteit", description = "Bruikbare en bezette bedden tegenover de opgave")
class CapaciteitApi {

    /** The longest trend one call returns: three years of days. */
    static final int MAXIMUM_DAGEN = 3 * 366;

    record RegelAntwoord(String code, String naam, String veiligheidsregioCode, int locaties, int opgegevenBedden,
            int beddenBuitenGebruik, int bruikbareBeddenLangVerblijf, int bruikbareBeddenKortVerblijf, int bruikbareBedden,
            int bezet, int vrij, @Schema(description = "Bezet als percentage van bruikbaar, één decimaal") BigDecimal bezettingsgraad,
            @Schema(description = "Opgave uit het geldende opgavebesluit (regio en land)") Integer opgave,
            @Schema(description = "Bruikbare bedden als percentage van de opgave, één decimaal") BigDecimal percentageGerealiseerd) {
        static RegelAntwoord van(CapaciteitRegel r) {
            return new RegelAntwoord(r.code(), r.naam(), r.regioCode(), r.locaties(), r.opgegeven(), r.buitenGebruik(),
                    r.bruikbaarLang(), r.bruikbaarKort(), r.bruikbaar(), r.bezet(), r.vrij(), r.bezettingsgraad(), r.opgave(),
                    r.percentageGerealiseerd());
        }
    }

    record CapaciteitAntwoord(@Schema(format = "date") LocalDate peildatum, String niveau,
            @Schema(description = "Halfjaar van het opgavebesluit dat op de peildatum gold") String opgavebesluit,
            List<RegelAntwoord> regels) {
    }

    record DagAntwoord(@Schema(format = "date") LocalDate datum, int bruikbareBedden, int bezet) {
    }

    record TrendAntwoord(@Schema(format = "date") LocalDate van, @Schema(format = "date") LocalDate tot,
            List<DagAntwoord> dagen) {
    }

    record KcioRegelAntwoord(String gemeenteCode, String gemeente, String veiligheidsregioCode, String veiligheidsregio,
            int locaties, int bruikbareBedden, int bezet, int vrij,
            @Schema(description = "Aandeel van de gemeente in de bruikbare bedden van haar regio, procent, één decimaal")
            BigDecimal aandeelInRegio) {
    }

    record KcioTotaalAntwoord(String veiligheidsregioCode, String veiligheidsregio, int locaties, int bruikbareBedden, int bezet,
            int vrij) {
        static KcioTotaalAntwoord van(KcioRapportage.Totaal t) {
            return new KcioTotaalAntwoord(t.regioCode(), t.regio(), t.locaties(), t.bruikbaar(), t.bezet(), t.vrij());
        }
    }

    record KcioAntwoord(@Schema(format = "date") LocalDate peildatum, String week, List<KcioRegelAntwoord> gemeenten,
            @Schema(description = "De som van de gemeenten per veiligheidsregio") List<KcioTotaalAntwoord> regios,
            @Schema(description = "De som van alle gemeenten binnen het bereik (landelijk: heel Nederland)") KcioTotaalAntwoord totaal) {
    }

    private final Capaciteitsoverzicht overzicht;
    private final KcioRapportage kcio;
    private final Toegang toegang;
    private final Clock clock;

    CapaciteitApi(Capaciteitsoverzicht overzicht, KcioRapportage kcio, Toegang toegang, Clock clock) {
        this.overzicht = overzicht;
        this.kcio = kcio;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/capaciteit")
    @Operation(summary = "Capaciteit per gemeente, veiligheidsregio of land op een peildatum (standaard vandaag)",
            description = "Alleen wat binnen het eigen bereik valt: een gemeente ziet zichzelf en haar regio, een regio "
                    + "haar gemeenten, landelijke gebruikers alles.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    CapaciteitAntwoord capaciteit(
            @RequestParam(required = false) @Schema(description = "gemeente, regio (standaard) of land") String niveau,
            @RequestParam(required = false) @Schema(format = "date") String peildatum) {
        var fouten = new ArrayList<Veld>();
        var gekozen = Niveau.van(niveau == null || niveau.isBlank() ? "regio" : niveau.strip());
        if (gekozen.isEmpty()) {
            fouten.add(new Veld("niveau", Berichten.tekst("capaciteit.fout.niveau")));
        }
        LocalDate dag = null;
        try {
            dag = Rapportagedatum.lees(peildatum, null, LocalDate.now(clock));
        } catch (OngeldigeInvoer e) {
            fouten.addAll(e.velden());
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var o = overzicht.op(dag, gekozen.get(), toegang.scope());
        return new CapaciteitAntwoord(o.peildatum(), o.niveau().code(), o.opgavebesluitHalfjaar(),
                o.regels().stream().map(RegelAntwoord::van).toList());
    }

    @GetMapping("/capaciteit/trend")
    @Operation(summary = "Bruikbare en bezette bedden per dag binnen het eigen bereik (standaard de laatste 90 dagen)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    TrendAntwoord trend(@RequestParam(required = false) @Schema(format = "date") String van,
            @RequestParam(required = false) @Schema(format = "date") String tot) {
        var periode = Periode.lees(van, tot, LocalDate.now(clock));
        var dagen = overzicht.trend(periode.van(), periode.tot(), toegang.scope()).stream()
                .map(d -> new DagAntwoord(d.datum(), d.bruikbaar(), d.bezet())).toList();
        return new TrendAntwoord(periode.van(), periode.tot(), dagen);
    }

    @GetMapping("/kcio-rapportage")
    @Operation(summary = "KCIO-rapportage per gemeente voor een datum of een week (de stand op zondag)",
            description = "Met de totalen per veiligheidsregio en voor het hele bereik; die zijn de som van de gemeenteregels.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    KcioAntwoord kcioRapportage(@RequestParam(required = false) @Schema(format = "date") String peildatum,
            @RequestParam(required = false) @Schema(description = "ISO-week, bijvoorbeeld 2026-W47") String week) {
        var rapport = kcio.op(Rapportagedatum.lees(peildatum, week, LocalDate.now(clock)), toegang.scope());
        return new KcioAntwoord(rapport.peildatum(), rapport.week(), rapport.regels().stream()
                .map(r -> new KcioRegelAntwoord(r.gemeenteCode(), r.gemeente(), r.regioCode(), r.regio(), r.locaties(),
                        r.bruikbaar(), r.bezet(), r.vrij(), r.aandeelInRegio()))
                .toList(), rapport.perRegio().stream().map(KcioTotaalAntwoord::van).toList(),
                KcioTotaalAntwoord.van(rapport.totaal()));
    }

    /** A period of days for the trend, checked for order and length. */
    record Periode(LocalDate van, LocalDate tot) {
        static Periode lees(String van, String tot, LocalDate vandaag) {
            var fouten = new ArrayList<Veld>();
            LocalDate eind = vandaag;
            LocalDate begin = null;
            try {
                eind = Rapportagedatum.lees(tot, null, vandaag);
            } catch (OngeldigeInvoer e) {
                fouten.add(new Veld("tot", Berichten.tekst("capaciteit.fout.geenDatum", nl.onderdak.platform.Invoer.uittreksel(tot))));
            }
            try {
                begin = Rapportagedatum.lees(van, null, eind.minusDays(89));
            } catch (OngeldigeInvoer e) {
                fouten.add(new Veld("van", Berichten.tekst("capaciteit.fout.geenDatum", nl.onderdak.platform.Invoer.uittreksel(van))));
            }
            if (fouten.isEmpty() && begin.isAfter(eind)) {
                fouten.add(new Veld("van", Berichten.tekst("capaciteit.fout.vanNaTot")));
            } else if (fouten.isEmpty() && ChronoUnit.DAYS.between(begin, eind) >= MAXIMUM_DAGEN) {
                fouten.add(new Veld("van", Berichten.tekst("capaciteit.fout.teLang", MAXIMUM_DAGEN)));
            }
            if (!fouten.isEmpty()) {
                throw new OngeldigeInvoer(fouten);
            }
            return new Periode(begin, eind);
        }
    }
}
