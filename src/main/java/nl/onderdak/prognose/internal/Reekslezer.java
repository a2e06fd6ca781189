// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Csv;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;

/**
 * Reads a file of published figures (columns {@code peildatum,indicator,waarde,precisie,bron_url}, optional
 * {@code niveau}, {@code regio}, {@code bron_omschrijving}; comma-separated, UTF-8, any column order). All or
 * nothing: every wrong cell is named with its line ({@code regels[5].waarde}, "Regel 5: ..."), and nothing
 * is stored while one is wrong.
 */
public final class Reekslezer {

    public static final int MAXIMUM_REGELS = 100_000;
    static final List<String> VERPLICHT = List.of("peildatum", "indicator", "waarde", "precisie", "bron_url");
    private static final Pattern GETAL = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
    private static final Pattern MAAND = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern REGIO = Pattern.compile("(VR\\d{2})\\b.*");

    private Reekslezer() {
    }

    /** The figures of the file, or {@link OngeldigeInvoer} naming every wrong line and cell. */
    public static List<NieuwCijfer> lees(byte[] inhoud, LocalDate vandaag, Set<String> regiocodes) {
        var tekst = Csv.alsTekst(inhoud).orElseThrow(() -> OngeldigeInvoer.veld("bestand", Berichten.tekst("prognose.fout.geenCsv")));
        var regels = Csv.lees(tekst);
        var fouten = new ArrayList<Veld>();
        if (regels.isEmpty()) {
            throw OngeldigeInvoer.veld("bestand", Berichten.tekst("prognose.fout.leeg"));
        }
        if (regels.size() - 1 > MAXIMUM_REGELS) {
            throw OngeldigeInvoer.veld("bestand", Berichten.tekst("prognose.fout.teVeelRegels", MAXIMUM_REGELS));
        }
        var kop = new HashMap<String, Integer>();
        var koptekst = regels.getFirst().velden();
        for (int i = 0; i < koptekst.size(); i++) {
            kop.put(koptekst.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (var k : VERPLICHT) {
            if (!kop.containsKey(k)) {
                fouten.add(new Veld("regels[1]." + k, Berichten.tekst("prognose.fout.kolomOntbreekt", 1, k)));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        var uit = new ArrayList<NieuwCijfer>();
        var gezien = new HashMap<String, Integer>();
        for (var regel : regels.subList(1, regels.size())) {
            if (regel.velden().stream().allMatch(String::isBlank)) {
                continue;
            }
            int nr = regel.regelnummer();
            var cijfer = leesRegel(nr, regel.velden(), kop, vandaag, regiocodes, fouten);
            if (cijfer != null) {
                var sleutel = cijfer.niveau() + "|" + cijfer.regioCode() + "|" + cijfer.indicator() + "|" + cijfer.peildatum() + "|"
                        + cijfer.bronUrl();
                var eerder = gezien.putIfAbsent(sleutel, nr);
                if (eerder != null) {
                    fouten.add(new Veld("regels[" + nr + "]", Berichten.tekst("prognose.fout.dubbel", nr, eerder)));
                } else {
                    uit.add(cijfer);
                }
            }
        }
        if (uit.isEmpty() && fouten.isEmpty()) {
            fouten.add(new Veld("bestand", Berichten.tekst("prognose.fout.leeg")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return uit;
    }

    private static NieuwCijfer leesRegel(int nr, List<String> velden, Map<String, Integer> kop, LocalDate vandaag,
            Set<String> regiocodes, List<Veld> fouten) {
        int voor = fouten.size();
        // peildatum: a day (2022-04-24) or a month (2022-09), the latter placed on the 15th.
        var datumtekst = cel(velden, kop, "peildatum");
        LocalDate peildatum = null;
        boolean alleenMaand = false;
        try {
            if (MAAND.matcher(datumtekst).matches()) {
                peildatum = YearMonth.parse(datumtekst).atDay(15);
                alleenMaand = true;
            } else {
                peildatum = LocalDate.parse(datumtekst);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (peildatum == null) {
            fouten.add(veld(nr, "peildatum", "prognose.fout.peildatum", Invoer.uittreksel(datumtekst)));
        } else if (!Invoer.binnenBereik(peildatum)) {
            fouten.add(new Veld(pad(nr, "peildatum"), Berichten.tekst("prognose.fout.regel", nr, Invoer.buitenBereik())));
        } else if (peildatum.isAfter(vandaag) && !(alleenMaand && !YearMonth.from(peildatum).isAfter(YearMonth.from(vandaag)))) {
            fouten.add(veld(nr, "peildatum", "prognose.fout.peildatumToekomst"));
        }
        var indicator = cel(velden, kop, "indicator").toLowerCase(Locale.ROOT);
        if (!Indicatoren.BEKEND.contains(indicator)) {
            fouten.add(veld(nr, "indicator", "prognose.fout.indicator", Invoer.uittreksel(indicator),
                    String.join(", ", Indicatoren.BEKEND.stream().sorted().toList())));
        }
        var waardetekst = cel(velden, kop, "waarde");
        BigDecimal waarde = null;
        if (GETAL.matcher(waardetekst).matches()) {
            waarde = new BigDecimal(waardetekst);
        } else {
            fouten.add(veld(nr, "waarde", "prognose.fout.waarde", Invoer.uittreksel(waardetekst)));
        }
        var precisie = Precisie.lees(cel(velden, kop, "precisie"));
        if (precisie.isEmpty()) {
            fouten.add(veld(nr, "precisie", "prognose.fout.precisie", Invoer.uittreksel(cel(velden, kop, "precisie"))));
        }
        var bron = cel(velden, kop, "bron_url");
        if (!(bron.startsWith("https://") || bron.startsWith("http://")) || bron.length() > 1000 || bron.contains(" ")
                || Invoer.heeftStuurteken(bron)) {
            fouten.add(veld(nr, "bron_url", "prognose.fout.bronUrl"));
        }
        var niveau = cel(velden, kop, "niveau").toLowerCase(Locale.ROOT);
        var regio = cel(velden, kop, "regio");
        String regioCode = null;
        if (niveau.isEmpty() || niveau.equals("landelijk")) {
            if (!regio.isEmpty() && !regio.equalsIgnoreCase("Nederland")) {
                fouten.add(veld(nr, "regio", "prognose.fout.regioBijLandelijk", Invoer.uittreksel(regio)));
            }
        } else if (niveau.equals("regio")) {
            var m = REGIO.matcher(regio);
            if (m.matches() && regiocodes.contains(m.group(1))) {
                regioCode = m.group(1);
            } else {
                fouten.add(veld(nr, "regio", "prognose.fout.regio", Invoer.uittreksel(regio)));
            }
        } else {
            fouten.add(veld(nr, "niveau", "prognose.fout.niveau", Invoer.uittreksel(niveau)));
        }
        var omschrijving = cel(velden, kop, "bron_omschrijving");
        if (omschrijving.length() > 1000 || Invoer.heeftStuurteken(omschrijving)) {
            fouten.add(veld(nr, "bron_omschrijving", "prognose.fout.omschrijving"));
        }
        if (fouten.size() > voor) {
            return null;
        }
        return new NieuwCijfer(nr, peildatum, alleenMaand, regioCode, indicator, waarde, precisie.orElseThrow(), bron,
                omschrijving.isEmpty() ? null : omschrijving);
    }

    private static String cel(List<String> velden, Map<String, Integer> kop, String kolom) {
        var i = kop.get(kolom);
        return i == null || i >= velden.size() ? "" : velden.get(i).strip();
    }

    private static String pad(int nr, String kolom) {
        return "regels[" + nr + "]." + kolom;
    }

    private static Veld veld(int nr, String kolom, String sleutel, Object... argumenten) {
        return new Veld(pad(nr, kolom), Berichten.tekst("prognose.fout.regel", nr, Berichten.tekst(sleutel, argumenten)));
    }
}
