// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderdak.gebieden.Gebieden;
import nl.onderdak.gebieden.Kaarten;
import nl.onderdak.monitoring.internal.CapaciteitRegel;
import nl.onderdak.monitoring.internal.Capaciteitsoverzicht;
import nl.onderdak.monitoring.internal.KcioRapportage;
import nl.onderdak.monitoring.internal.Niveau;
import nl.onderdak.monitoring.internal.Rapportagedatum;
import nl.onderdak.platform.Berichten;
import org.springframework.context.i18n.LocaleContextHolder;
import nl.onderdak.platform.Weergave;
import nl.onderdak.platform.Csv;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.Xlsx;
import nl.onderdak.toegang.Toegang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The capacity overview with trend chart and map, and the KCIO report with its downloads. */
@Controller
class CapaciteitPagina {

    /** Days shown in the trend chart, ending on the chosen date. */
    static final int TRENDDAGEN = 90;

    private final Capaciteitsoverzicht overzicht;
    private final KcioRapportage kcio;
    private final Gebieden gebieden;
    private final Kaarten kaarten;
    private final Toegang toegang;
    private final Clock clock;

    CapaciteitPagina(Capaciteitsoverzicht overzicht, KcioRapportage kcio, Gebieden gebieden, Kaarten kaarten,
            Toegang toegang, Clock clock) {
        this.overzicht = overzicht;
        this.kcio = kcio;
        this.gebieden = gebieden;
        this.kaarten = kaarten;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/capaciteit")
    String capaciteit(@RequestParam(required = false) String niveau, @RequestParam(required = false) String peildatum,
            Model model) {
        var vandaag = LocalDate.now(clock);
        var fouten = new LinkedHashMap<String, String>();
        var gekozen = Niveau.van(niveau == null || niveau.isBlank() ? "regio" : niveau.strip());
        if (gekozen.isEmpty()) {
            fouten.put("niveau", Berichten.tekst("capaciteit.fout.niveau"));
        }
        LocalDate dag = vandaag;
        try {
            dag = Rapportagedatum.lees(peildatum, null, vandaag);
        } catch (OngeldigeInvoer e) {
            fouten.putAll(e.alsKaart());
        }
        var n = gekozen.orElse(Niveau.REGIO);
        model.addAttribute("niveau", n.code());
        model.addAttribute("niveaus", Niveau.values());
        model.addAttribute("peildatum", fouten.containsKey("peildatum") ? peildatum : dag.toString());
        model.addAttribute("fouten", fouten.isEmpty() ? null : fouten);
        if (!fouten.isEmpty()) {
            return "monitoring/capaciteit";
        }
        var scope = toegang.scope();
        var weergave = Weergave.in(LocaleContextHolder.getLocale());
        var o = overzicht.op(dag, n, scope);
        model.addAttribute("overzicht", o);
        model.addAttribute("som", som(o.regels()));
        if (n == Niveau.REGIO && !o.regels().isEmpty()) {
            var indeling = gebieden.huidigeIndeling().orElseThrow();
            model.addAttribute("kaart", RealisatieKaart.van(o.regels(), kaarten.regiovormen(indeling), weergave));
        }
        var trend = overzicht.trend(dag.minusDays(TRENDDAGEN - 1), dag, scope);
        model.addAttribute("trend", trend);
        model.addAttribute("grafiek", Trendgrafiek.van(trend, weergave));
        return "monitoring/capaciteit";
    }

    @GetMapping("/rapportage/kcio")
    String kcio(@RequestParam(required = false) String peildatum, @RequestParam(required = false) String week,
            @RequestParam(required = false) String zoek, @RequestParam(required = false) String sorteer, Model model) {
        model.addAttribute("peildatumInvoer", peildatum);
        model.addAttribute("weekInvoer", week);
        model.addAttribute("zoekInvoer", zoek == null ? "" : zoek);
        var fouten = new LinkedHashMap<String, String>();
        var volgorde = KcioWeergave.volgorde(sorteer, fouten);
        model.addAttribute("sorteerInvoer", volgorde);
        model.addAttribute("volgordes", KcioWeergave.VOLGORDES);
        try {
            var rapport = kcio.op(Rapportagedatum.lees(peildatum, week, LocalDate.now(clock)), toegang.scope());
            model.addAttribute("rapport", rapport);
            // The totals stay those of the whole report: the search narrows the gemeente table only.
            model.addAttribute("regels", KcioWeergave.regels(rapport.regels(), zoek, volgorde));
        } catch (OngeldigeInvoer e) {
            fouten.putAll(e.alsKaart());
        }
        model.addAttribute("fouten", fouten);
        return "monitoring/kcio";
    }

    @GetMapping("/rapportage/kcio.csv")
    void kcioCsv(@RequestParam(required = false) String peildatum, @RequestParam(required = false) String week,
            HttpServletResponse response) throws IOException {
        var rapport = kcio.op(Rapportagedatum.lees(peildatum, week, LocalDate.now(clock)), toegang.scope());
        response.setContentType(Csv.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"kcio-" + rapport.peildatum() + ".csv\"");
        response.getOutputStream().write(Csv.bestand(KOLOMMEN, rijen(rapport)));
    }

    @GetMapping("/rapportage/kcio.xlsx")
    void kcioXlsx(@RequestParam(required = false) String peildatum, @RequestParam(required = false) String week,
            HttpServletResponse response) throws IOException {
        var rapport = kcio.op(Rapportagedatum.lees(peildatum, week, LocalDate.now(clock)), toegang.scope());
        response.setContentType(Xlsx.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"kcio-" + rapport.peildatum() + ".xlsx\"");
        Xlsx.schrijf(List.of(new Xlsx.Blad("KCIO " + rapport.peildatum(), KOLOMMEN, rijen(rapport)),
                new Xlsx.Blad("Totalen", TOTAALKOLOMMEN, totaalrijen(rapport))), response.getOutputStream());
    }


    static final List<String> KOLOMMEN = List.of("peildatum", "week", "gemeentecode", "gemeente", "veiligheidsregiocode",
            "veiligheidsregio", "locaties", "bruikbare_bedden", "bezet", "vrij", "aandeel_in_regio_procent");

    static final List<String> TOTAALKOLOMMEN = List.of("peildatum", "week", "veiligheidsregiocode", "veiligheidsregio", "locaties",
            "bruikbare_bedden", "bezet", "vrij");

    /** One line per region and a last line "Nederland" (or "Totaal" for a scope smaller than the nation). */
    private static List<List<Object>> totaalrijen(KcioRapportage.Rapport rapport) {
        var rijen = new ArrayList<List<Object>>();
        var totalen = new ArrayList<>(rapport.perRegio());
        totalen.add(rapport.totaal());
        for (var t : totalen) {
            var rij = new ArrayList<Object>();
            rij.add(rapport.peildatum());
            rij.add(rapport.week());
            rij.add(t.regioCode());
            rij.add(t.regioCode() == null ? Berichten.tekst("kcio.totaal") : t.regio());
            rij.add(t.locaties());
            rij.add(t.bruikbaar());
            rij.add(t.bezet());
            rij.add(t.vrij());
            rijen.add(rij);
        }
        return rijen;
    }

    private static List<List<Object>> rijen(KcioRapportage.Rapport rapport) {
        var rijen = new ArrayList<List<Object>>();
        for (var r : rapport.regels()) {
            var rij = new ArrayList<Object>();
            rij.add(rapport.peildatum());
            rij.add(rapport.week());
            rij.add(r.gemeenteCode());
            rij.add(r.gemeente());
            rij.add(r.regioCode());
            rij.add(r.regio());
            rij.add(r.locaties());
            rij.add(r.bruikbaar());
            rij.add(r.bezet());
            rij.add(r.vrij());
            rij.add(r.aandeelInRegio());
            rijen.add(rij);
        }
        return rijen;
    }

    private static CapaciteitRegel som(List<CapaciteitRegel> regels) {
        int locaties = 0, opgegeven = 0, buiten = 0, lang = 0, kort = 0, bezet = 0;
        Integer opgave = null;
        for (var r : regels) {
            locaties += r.locaties();
            opgegeven += r.opgegeven();
            buiten += r.buitenGebruik();
            lang += r.bruikbaarLang();
            kort += r.bruikbaarKort();
            bezet += r.bezet();
            if (r.opgave() != null) {
                opgave = (opgave == null ? 0 : opgave) + r.opgave();
            }
        }
        return new CapaciteitRegel("", "", null, locaties, opgegeven, buiten, lang, kort, bezet, opgave);
    }

    /** Regions coloured by the percentage of their target realised, in fixed classes; regions out of view are grey. */
    record RealisatieKaart(List<Vlak> vlakken, List<Klasse> legenda) {

        record Vlak(String code, String naam, String pad, String kleur, String tekst) {
        }

        record Klasse(int index, String kleur, String label) {
        }

        /** Class bounds in percent: below 25, 25-50, 50-75, 75-100, 100 and more. */
        static final int[] GRENZEN = {25, 50, 75, 100};
        static final List<String> KLEUREN = List.of("#fee5d9", "#fcae91", "#c6dbef", "#6baed6", "#08519c");
        static final String GEEN = "#e5e5e5";

        static RealisatieKaart van(List<CapaciteitRegel> regios, List<Kaarten.Regiovorm> vormen, Weergave weergave) {
            Map<String, CapaciteitRegel> perCode = regios.stream()
                    .collect(Collectors.toMap(CapaciteitRegel::code, Function.identity()));
            var vlakken = vormen.stream().map(v -> {
                var r = perCode.get(v.code());
                if (r == null || r.percentageGerealiseerd() == null) {
                    return new Vlak(v.code(), r == null ? v.code() : r.naam(), v.pad(), GEEN, null);
                }
                return new Vlak(v.code(), r.naam(), v.pad(), KLEUREN.get(klasse(r.percentageGerealiseerd())),
                        weergave.procent(r.percentageGerealiseerd(), 1));
            }).toList();
            var legenda = List.of(new Klasse(0, KLEUREN.get(0), "< 25 %"), new Klasse(1, KLEUREN.get(1), "25 – 50 %"),
                    new Klasse(2, KLEUREN.get(2), "50 – 75 %"), new Klasse(3, KLEUREN.get(3), "75 – 100 %"),
                    new Klasse(4, KLEUREN.get(4), "≥ 100 %"));
            return new RealisatieKaart(vlakken, legenda);
        }

        static int klasse(BigDecimal procent) {
            for (int k = 0; k < GRENZEN.length; k++) {
                if (procent.compareTo(BigDecimal.valueOf(GRENZEN[k])) < 0) {
                    return k;
                }
            }
            return GRENZEN.length;
        }
    }

    /**
     * A line chart of usable and occupied beds per day, drawn on the server as SVG: no script, so
     * it works under the strict content security policy, and the same figures are in a table.
     */
    record Trendgrafiek(int breedte, int hoogte, String bruikbaar, String bezet, int maximum, List<As> yAs, List<As> xAs) {

        record As(double positie, String label) {
        }

        static final int BREEDTE = 720, HOOGTE = 260, LINKS = 56, ONDER = 28, BOVEN = 10, RECHTS = 10;

        static Trendgrafiek van(List<Capaciteitsoverzicht.Dag> dagen, Weergave weergave) {
            int max = Math.max(10, dagen.stream().mapToInt(d -> Math.max(d.bruikbaar(), d.bezet())).max().orElse(0));
            int stap = mooieStap(max / 4.0);
            int top = ((max + stap - 1) / stap) * stap;
            double w = BREEDTE - LINKS - RECHTS, h = HOOGTE - ONDER - BOVEN;
            Function<Integer, Double> x = i -> LINKS + (dagen.size() <= 1 ? 0 : w * i / (dagen.size() - 1));
            Function<Integer, Double> y = v -> BOVEN + h - h * v / top;
            var bruikbaar = new StringBuilder();
            var bezet = new StringBuilder();
            for (int i = 0; i < dagen.size(); i++) {
                bruikbaar.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.apply(i), y.apply(dagen.get(i).bruikbaar())));
                bezet.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.apply(i), y.apply(dagen.get(i).bezet())));
            }
            var yAs = new ArrayList<As>();
            for (int v = 0; v <= top; v += stap) {
                yAs.add(new As(y.apply(v), weergave.getal(v)));
            }
            var xAs = new ArrayList<As>();
            for (int i = 0; i < dagen.size(); i += Math.max(1, dagen.size() / 6)) {
                var d = dagen.get(i).datum();
                xAs.add(new As(x.apply(i), d.getDayOfMonth() + "-" + d.getMonthValue()));
            }
            return new Trendgrafiek(BREEDTE, HOOGTE, bruikbaar.toString().strip(), bezet.toString().strip(), top, yAs, xAs);
        }

        private static int mooieStap(double ruw) {
            int macht = 1;
            while (macht * 10 <= ruw) {
                macht *= 10;
            }
            for (int f : new int[] {1, 2, 5, 10}) {
                if (f * macht >= ruw) {
                    return f * macht;
                }
            }
            return 10 * macht;
        }
    }
}
