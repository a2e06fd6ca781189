// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.prognose.internal.Beoordelingen;
import nl.onderdak.prognose.internal.Plaatsbehoefte;
import nl.onderdak.prognose.internal.Prognoselezer;
import nl.onderdak.prognose.internal.Toetsingen;
import nl.onderdak.prognose.internal.Prognosemodel;
import nl.onderdak.prognose.internal.Prognoses;
import nl.onderdak.prognose.internal.Reeksen;
import nl.onderdak.prognose.internal.Voorspelling;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Toegang;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Series, forecasts, places needed, reviews and scoring (issue 16). No person data: counts only. */
@RestController
@RequestMapping("/api/v1/prognoses")
@Tag(name = "Prognose", description = "Reeksen, prognoses met 80%-interval, plaatsbehoefte, beoordeling en toetsing")
class PrognoseApi {

    static final int MAXIMUM_BYTES = 5 * 1024 * 1024;

    record ScenarioAntwoord(String naam, BigDecimal aankomstenPerWeek, BigDecimal vertrekPercentagePerMaand) {
    }

    record MaandAntwoord(@Schema(description = "JJJJ-MM") String maand, int stap, long verwacht, long ondergrens, long bovengrens,
            @Schema(description = "Netto verandering per week in deze maand (voorraad-stroomweergave)") long nettoPerWeek,
            @Schema(description = "Naïeve basislijn: laatste waarde") long laatsteWaarde,
            @Schema(description = "Naïeve basislijn: lineaire trend over de laatste 6 maanden") long lineaireTrend) {
    }

    record PrognoseAntwoord(UUID id, LocalDate peildatum, int horizonMaanden, String indicator, String bron, String methode,
            @Schema(description = "Betrouwbaarheid van het interval") BigDecimal intervalniveau, @Nullable ScenarioAntwoord scenario,
            String laatsteInvoermaand, int invoerpunten, Instant gemaaktOp, List<MaandAntwoord> maanden) {

        static PrognoseAntwoord van(Prognoses.Prognose p) {
            var maanden = new ArrayList<MaandAntwoord>();
            Voorspelling vorige = null;
            for (var m : p.maanden()) {
                double netto = vorige == null ? 0 : (m.verwacht() - vorige.verwacht()) / (m.maand().lengthOfMonth() / 7.0);
                maanden.add(new MaandAntwoord(m.maand().toString(), m.stap(), Math.round(m.verwacht()), Math.round(m.ondergrens()),
                        Math.round(m.bovengrens()), Math.round(netto), Math.round(m.laatsteWaarde()), Math.round(m.lineaireTrend())));
                vorige = m;
            }
            var s = p.scenario();
            return new PrognoseAntwoord(p.id(), p.peildatum(), p.horizonMaanden(), p.indicator(),
                    p.bron().name().toLowerCase(Locale.ROOT), p.methode(), BigDecimal.valueOf(Prognosemodel.NIVEAU),
                    s == null ? null : new ScenarioAntwoord(s.naam(), BigDecimal.valueOf(s.aankomstenPerWeek()),
                            BigDecimal.valueOf(s.vertrekFractiePerMaand() * 100)),
                    p.laatsteInvoermaand().toString(), p.invoerpunten(), p.gemaaktOp(), maanden);
        }
    }

    record PrognoseVerzoek(@Schema(format = "date") String peildatum, Object horizonMaanden, String indicator,
            @Schema(description = "gepubliceerd (standaard) of eigen") String bron, ScenarioVerzoek scenario) {
    }

    record ScenarioVerzoek(String naam, Object aankomstenPerWeek, Object vertrekPercentagePerMaand) {
    }

    record PrognosesAntwoord(long totaal, int vanaf, int aantal, List<PrognoseAntwoord> prognoses) {
    }

    record ImportAntwoord(UUID importId, int regels, int nieuw, int alBekend) {
    }

    record CijferAntwoord(LocalDate peildatum, String datumprecisie, String niveau, @Nullable String regio, String indicator,
            BigDecimal waarde, String precisie, String bronUrl, @Nullable String bronOmschrijving, String herkomst) {
    }

    record ReeksAntwoord(String bron, String indicator, @Nullable String regio, List<CijferAntwoord> gepubliceerd,
            List<Reeksen.Dagwaarde> eigen) {
    }

    record BehoefteMaandAntwoord(LocalDate datum, int nodig, int nodigOndergrens, int nodigBovengrens, long bedden, long tekort) {
    }

    record RegioBehoefteAntwoord(String code, String naam, @Nullable LocalDate eersteTekortOp, long tekort,
            List<BehoefteMaandAntwoord> maanden) {
    }

    record PlaatsbehoefteAntwoord(UUID prognoseId, LocalDate peildatum, String verdeling, String bedden,
            List<RegioBehoefteAntwoord> regios) {
    }

    record ToetsregelAntwoord(int stap, int aantal, long gemiddeldeAfwijking, BigDecimal gemiddeldeAfwijkingProcent,
            BigDecimal dekkingInterval, long afwijkingLaatsteWaarde, long afwijkingLineaireTrend) {
        static ToetsregelAntwoord van(nl.onderdak.prognose.internal.Toetsing.Regel r) {
            return new ToetsregelAntwoord(r.stap(), r.aantal(), Math.round(r.fout()), procent(r.procentfout()), procent(r.dekking()),
                    Math.round(r.foutLaatsteWaarde()), Math.round(r.foutLineaireTrend()));
        }
    }

    record VergelijkingAntwoord(String maand, int stap, long verwacht, long ondergrens, long bovengrens, long werkelijk, boolean gemeten,
            boolean binnenInterval, long laatsteWaarde, long lineaireTrend) {
    }

    record ToetsingAntwoord(@Nullable UUID prognoseId, String indicator, String bron, List<ToetsregelAntwoord> perHorizon,
            List<ToetsregelAntwoord> perHorizonAlleenGemeten, List<VergelijkingAntwoord> maanden) {
        static ToetsingAntwoord van(@Nullable UUID id, String indicator, String bron, Toetsingen.Uitslag u) {
            return new ToetsingAntwoord(id, indicator, bron, u.tabel().stream().map(ToetsregelAntwoord::van).toList(),
                    u.tabelGemeten().stream().map(ToetsregelAntwoord::van).toList(),
                    u.vergelijkingen().stream().map(v -> new VergelijkingAntwoord(v.maand().toString(), v.stap(), Math.round(v.verwacht()),
                            Math.round(v.ondergrens()), Math.round(v.bovengrens()), Math.round(v.werkelijk()), v.gemeten(), v.binnenInterval(),
                            Math.round(v.laatsteWaarde()), Math.round(v.lineaireTrend()))).toList());
        }
    }

    record BeoordelingVerzoek(String prognoseId, String scenario, String besluit, String halfjaar, Object landelijkTotaal,
            String toelichting) {
    }

    record BeoordelingAntwoord(UUID id, UUID prognoseId, String scenario, String besluit, @Nullable String halfjaar,
            @Nullable Integer landelijkTotaal, @Nullable String toelichting,
            @Schema(description = "concept, vastgesteld of vervallen (leeg bij handhaven)") @Nullable String conceptStatus,
            @Nullable UUID opgavebesluitId, Instant vastgelegdOp) {
        static BeoordelingAntwoord van(Beoordelingen.Beoordeling b) {
            return new BeoordelingAntwoord(b.id(), b.prognoseId(), b.scenario(), b.besluit().name().toLowerCase(Locale.ROOT),
                    b.halfjaar() == null ? null : b.halfjaar().toString(), b.landelijkTotaal(), b.toelichting(),
                    b.conceptStatus() == null ? null : b.conceptStatus().name().toLowerCase(Locale.ROOT), b.opgavebesluitId(),
                    b.vastgelegdOp());
        }
    }

    record BeoordelingenAntwoord(@Nullable LocalDate volgendeBeoordeling, List<BeoordelingAntwoord> beoordelingen) {
    }

    static final String VERDELING = "Verdeelsleutel van bijlage 1 bij de brief van 16 december 2022 (module opgave, quotamethode);"
            + " onder 50.000 naar de aandelen (Iv/In + Gv/Gn) / 2 met grootste overschotten. nodigOndergrens en nodigBovengrens zijn"
            + " de grenzen van het landelijke 80%-interval, met dezelfde sleutel verdeeld (geen eigen model per regio).";
    static final String BEDDEN = "Bruikbare bedden (opgegeven min buiten gebruik, lang en kort verblijf) van locaties met status"
            + " beschikbaar op die dag, uit locaties.bedden_per_periode; geplande openingen en sluitingen tellen mee.";

    private final Prognoses prognoses;
    private final Reeksen reeksen;
    private final Plaatsbehoefte plaatsbehoefte;
    private final Toetsingen toetsingen;
    private final Beoordelingen beoordelingen;
    private final Toegang toegang;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Clock clock;

    PrognoseApi(Prognoses prognoses, Reeksen reeksen, Plaatsbehoefte plaatsbehoefte, Toetsingen toetsingen, Beoordelingen beoordelingen,
            Toegang toegang, org.springframework.jdbc.core.simple.JdbcClient jdbc, Clock clock) {
        this.prognoses = prognoses;
        this.reeksen = reeksen;
        this.plaatsbehoefte = plaatsbehoefte;
        this.toetsingen = toetsingen;
        this.beoordelingen = beoordelingen;
        this.toegang = toegang;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/{id}/plaatsbehoefte")
    @Operation(summary = "Plaatsen nodig per regio tot zes maanden vooruit, tegen bruikbare bedden; eerste tekort per regio",
            description = VERDELING + " " + BEDDEN + " Een regio of gemeente ziet alleen haar eigen regio.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    PlaatsbehoefteAntwoord plaatsbehoefte(@PathVariable String id) {
        var g = inzien();
        var p = prognoses.vind(Invoer.idInAdres(id, "Prognose")).orElseThrow(() -> new NietGevonden("Prognose"));
        var eigen = Prognoses.eigenRegio(g, this::regioVan).orElse(null);
        var regios = plaatsbehoefte.bereken(p).stream().filter(r -> eigen == null || eigen.equals(r.code())).map(r -> {
            var t = r.eersteTekort();
            return new RegioBehoefteAntwoord(r.code(), r.naam(), t == null ? null : t.datum(), t == null ? 0 : t.tekort(),
                    r.maanden().stream().map(m -> new BehoefteMaandAntwoord(m.datum(), m.nodig(), m.nodigOndergrens(), m.nodigBovengrens(), m.bedden(),
                            m.tekort())).toList());
        }).toList();
        return new PlaatsbehoefteAntwoord(p.id(), p.peildatum(), VERDELING, BEDDEN, regios);
    }

    private @Nullable String regioVan(String gemeente) {
        return jdbc.sql("select veiligheidsregio_code from gebieden.actuele_gemeente where code = ?").param(gemeente)
                .query(String.class).optional().orElse(null);
    }

    @GetMapping("/{id}/toetsing")
    @Operation(summary = "Eén prognose tegen wat gebeurde: afwijking per horizon, dekking van het interval, naast de naïeve basislijnen",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ToetsingAntwoord toetsing(@PathVariable String id) {
        inzien();
        var p = prognoses.vind(Invoer.idInAdres(id, "Prognose")).orElseThrow(() -> new NietGevonden("Prognose"));
        return ToetsingAntwoord.van(p.id(), p.indicator(), p.bron().name().toLowerCase(Locale.ROOT), toetsingen.van(p));
    }

    @GetMapping("/toetsing")
    @Operation(summary = "Alle bewaarde prognoses van een indicator tegen wat gebeurde, per horizon, naast de naïeve basislijnen",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ToetsingAntwoord toetsingAlle(@RequestParam(required = false) String indicator, @RequestParam(required = false) String bron) {
        inzien();
        var vraag = Prognoselezer.lees(new Prognoselezer.Tekstvraag(LocalDate.now(clock).toString(), "1", indicator, bron, null, null, null),
                LocalDate.now(clock));
        return ToetsingAntwoord.van(null, vraag.indicator(), vraag.bron().name().toLowerCase(Locale.ROOT),
                toetsingen.alle(vraag.indicator(), vraag.bron()));
    }

    @PostMapping(value = "/beoordelingen", consumes = "application/json")
    @Operation(summary = "Leg de tweemaandelijkse beoordeling vast (JenV): prognose, scenario, besluit",
            description = "besluit: handhaven, opschalen of afschalen. Op- of afschalen vraagt halfjaar (2027-H2) en landelijkTotaal en"
                    + " maakt een CONCEPT-opgavebesluit; pas POST .../{id}/vaststellen legt het vast in de module opgave (13-wekenregel).",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<BeoordelingAntwoord> beoordeel(@RequestBody(required = false) @Nullable BeoordelingVerzoek verzoek) {
        var g = beoordelaar();
        var v = verzoek == null ? new BeoordelingVerzoek(null, null, null, null, null, null) : verzoek;
        var b = beoordelingen.leg(new Beoordelingen.Tekstinvoer(v.prognoseId(), v.scenario(), v.besluit(), v.halfjaar(),
                tekst(v.landelijkTotaal()), v.toelichting()), g.gebruikersnaam());
        return ResponseEntity.created(URI.create("/api/v1/prognoses/beoordelingen/" + b.id())).body(BeoordelingAntwoord.van(b));
    }

    @GetMapping("/beoordelingen")
    @Operation(summary = "De beoordelingen, nieuwste eerst, en wanneer de volgende aan de beurt is",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    BeoordelingenAntwoord beoordelingenLijst() {
        inzien();
        return new BeoordelingenAntwoord(beoordelingen.volgendeBeoordeling().orElse(null),
                beoordelingen.alle().stream().map(BeoordelingAntwoord::van).toList());
    }

    @GetMapping("/beoordelingen/{id}")
    @Operation(summary = "Eén beoordeling", security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    BeoordelingAntwoord beoordeling(@PathVariable String id) {
        inzien();
        return beoordelingen.vind(Invoer.idInAdres(id, "Beoordeling")).map(BeoordelingAntwoord::van)
                .orElseThrow(() -> new NietGevonden("Beoordeling"));
    }

    @PostMapping("/beoordelingen/{id}/vaststellen")
    @Operation(summary = "Stel het concept-opgavebesluit van een beoordeling vast (JenV); 409 als het geen concept meer is",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    BeoordelingAntwoord stelVast(@PathVariable String id) {
        var g = beoordelaar();
        return BeoordelingAntwoord.van(beoordelingen.stelVast(Invoer.idInAdres(id, "Beoordeling"), g.gebruikersnaam()));
    }

    @PostMapping("/beoordelingen/{id}/laten-vervallen")
    @Operation(summary = "Laat het concept-opgavebesluit van een beoordeling vervallen (JenV); de opgave blijft zoals hij is",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    BeoordelingAntwoord laatVervallen(@PathVariable String id) {
        var g = beoordelaar();
        return BeoordelingAntwoord.van(beoordelingen.laatVervallen(Invoer.idInAdres(id, "Beoordeling"), g.gebruikersnaam()));
    }

    private Gebruiker beoordelaar() {
        var g = toegang.vereisGebruiker();
        if (!Prognoses.magBeoordelen(g)) {
            throw new AccessDeniedException("alleen JenV beoordeelt prognoses");
        }
        return g;
    }

    static BigDecimal procent(double fractie) {
        return Double.isNaN(fractie) ? BigDecimal.ZERO : BigDecimal.valueOf(fractie * 100).setScale(1, java.math.RoundingMode.HALF_EVEN);
    }

    @PostMapping(value = "/reeksen", consumes = {"text/csv", "application/octet-stream"})
    @Operation(summary = "Gepubliceerde cijfers importeren (landelijk beheer of JenV)",
            description = "CSV met kopregel, komma's, UTF-8. Kolommen peildatum (JJJJ-MM-DD of JJJJ-MM), indicator, waarde"
                    + " (punt als decimaalteken, geen duizendtallen), precisie (exact, circa, ruim, bijna, iets meer dan), bron_url;"
                    + " optioneel niveau (landelijk/regio), regio (VR09 ...), bron_omschrijving. Alles of niets: 400 noemt elke fout"
                    + " met regelnummer (invalidParams[].name regels[N].kolom). Een cijfer dat al bekend is, wordt overgeslagen.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<ImportAntwoord> importeer(HttpServletRequest verzoek) throws IOException {
        var g = toegang.vereisGebruiker();
        if (!Prognoses.magImporteren(g)) {
            throw new AccessDeniedException("alleen landelijk beheer of JenV importeert cijfers");
        }
        var inhoud = verzoek.getInputStream().readNBytes(MAXIMUM_BYTES + 1);
        if (inhoud.length > MAXIMUM_BYTES) {
            throw OngeldigeInvoer.veld("bestand", Berichten.tekst("prognose.fout.teGroot"));
        }
        var u = reeksen.importeer(inhoud, "import", g.gebruikersnaam());
        return ResponseEntity.status(201).body(new ImportAntwoord(u.importId(), u.regels(), u.nieuw(), u.alBekend()));
    }

    @GetMapping("/reeksen")
    @Operation(summary = "Een reeks: gepubliceerde cijfers of Onderdaks eigen registratie per dag (apart gehouden)",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ReeksAntwoord reeks(@RequestParam(required = false) String indicator, @RequestParam(required = false) String bron,
            @RequestParam(required = false) String regio, @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot) {
        var g = inzien();
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var ind = indicator == null || indicator.isBlank() ? "opgevangen_gemeentelijke_opvang" : indicator.strip().toLowerCase(Locale.ROOT);
        var eigen = "eigen".equalsIgnoreCase(bron == null ? "" : bron.strip());
        if (bron != null && !bron.isBlank() && !eigen && !"gepubliceerd".equalsIgnoreCase(bron.strip())) {
            fouten.add(new OngeldigeInvoer.Veld("bron", Berichten.tekst("prognose.fout.bron")));
        }
        if (regio != null && !regio.isBlank() && !reeksen.regiocodes().contains(regio.strip())) {
            fouten.add(new OngeldigeInvoer.Veld("regio", Berichten.tekst("prognose.fout.regioOnbekend")));
        }
        var vandaag = LocalDate.now(clock);
        var totDatum = Invoer.datum(tot, "tot", false, fouten);
        var vanDatum = Invoer.datum(van, "van", false, fouten);
        if (eigen && !nl.onderdak.prognose.internal.Indicatoren.EIGEN.contains(ind)) {
            fouten.add(new OngeldigeInvoer.Veld("indicator", Berichten.tekst("prognose.fout.bronEigen",
                    String.join(", ", nl.onderdak.prognose.internal.Indicatoren.EIGEN))));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var r = regio == null || regio.isBlank() ? null : regio.strip();
        if (!eigen) {
            var cijfers = reeksen.gepubliceerd(ind, r).stream().map(c -> new CijferAntwoord(c.peildatum(), c.datumprecisie(), c.niveau(),
                    c.regioCode(), c.indicator(), c.waarde(), c.precisie(), c.bronUrl(), c.bronOmschrijving(), c.herkomst())).toList();
            return new ReeksAntwoord("gepubliceerd", ind, r, cijfers, List.of());
        }
        var eind = totDatum == null ? vandaag : totDatum;
        var begin = vanDatum == null ? eind.minusDays(365) : vanDatum;
        if (begin.isAfter(eind) || begin.plusYears(5).isBefore(eind)) {
            throw OngeldigeInvoer.veld("van", Berichten.tekst("prognose.fout.periode"));
        }
        return new ReeksAntwoord("eigen", ind, r, List.of(), reeksen.eigen(ind, r, begin, eind, false));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Maak en bewaar een prognose met 80%-interval (landelijke rollen)",
            description = "peildatum (JJJJ-MM-DD, niet na vandaag; alleen cijfers tot en met die dag tellen), horizonMaanden (1-24),"
                    + " optioneel indicator (standaard opgevangen_gemeentelijke_opvang), bron (gepubliceerd of eigen) en scenario"
                    + " {naam, aankomstenPerWeek, vertrekPercentagePerMaand}: dan volgt de voorraad de aannames"
                    + " (voorraad + instroom - uitstroom). Methode: docs/regels.md, Prognose.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    ResponseEntity<PrognoseAntwoord> maak(@RequestBody(required = false) @Nullable PrognoseVerzoek verzoek) {
        var g = toegang.vereisGebruiker();
        if (!Prognoses.magMaken(g)) {
            throw new AccessDeniedException("alleen landelijke rollen maken prognoses");
        }
        var v = verzoek == null ? new PrognoseVerzoek(null, null, null, null, null) : verzoek;
        var s = v.scenario();
        var vraag = Prognoselezer.lees(new Prognoselezer.Tekstvraag(v.peildatum(), tekst(v.horizonMaanden()), v.indicator(), v.bron(),
                s == null ? null : s.naam(), s == null ? null : tekst(s.aankomstenPerWeek()),
                s == null ? null : tekst(s.vertrekPercentagePerMaand())), LocalDate.now(clock));
        var p = prognoses.maak(vraag, g);
        return ResponseEntity.created(URI.create("/api/v1/prognoses/" + p.id())).body(PrognoseAntwoord.van(p));
    }

    @GetMapping
    @Operation(summary = "Bewaarde prognoses met totaal; zoeken en sorteren",
            description = "zoek: tekst in de naam van het scenario, de maker, de indicator, de methode of de peildatum (31-7-2023),"
                    + " hoofdletters maken niet uit. sorteer: nieuwste (standaard), oudste, peildatum, peildatum-oudste of horizon."
                    + " totaal telt alle gevonden prognoses; vanaf en aantal (1 tot en met 100) bladeren.",
            security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    PrognosesAntwoord lijst(@RequestParam(required = false) String vanaf, @RequestParam(required = false) String aantal,
            @RequestParam(required = false) String zoek, @RequestParam(required = false) String sorteer) {
        inzien();
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var v = Invoer.geheelGetal(vanaf, "vanaf", 0, Integer.MAX_VALUE, false, fouten);
        var a = Invoer.geheelGetal(aantal, "aantal", 1, 100, false, fouten);
        var z = Invoer.tekst(zoek, "zoek", 200, fouten);
        var volgorde = Prognoses.Volgorde.van(sorteer);
        if (volgorde.isEmpty()) {
            fouten.add(new OngeldigeInvoer.Veld("sorteer", Berichten.tekst("prognose.fout.sorteer")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        int van = v == null ? 0 : v;
        int n = a == null ? 20 : a;
        var term = z == null ? "" : z;
        return new PrognosesAntwoord(prognoses.aantal(term), van, n,
                prognoses.pagina(term, volgorde.orElseThrow(), van, n).stream().map(PrognoseAntwoord::van).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén bewaarde prognose", security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "basic")})
    PrognoseAntwoord een(@PathVariable String id) {
        inzien();
        return prognoses.vind(Invoer.idInAdres(id, "Prognose")).map(PrognoseAntwoord::van)
                .orElseThrow(() -> new NietGevonden("Prognose"));
    }

    private Gebruiker inzien() {
        var g = toegang.vereisGebruiker();
        if (!Prognoses.magInzien(g)) {
            throw new AccessDeniedException("geen rol om prognoses te zien");
        }
        return g;
    }

    static @Nullable String tekst(@Nullable Object waarde) {
        return waarde == null ? null : waarde.toString();
    }
}
