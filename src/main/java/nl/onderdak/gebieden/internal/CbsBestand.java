// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gebieden.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.onderdak.platform.Csv;

/**
 * A CBS gemeente file in the columns Onderdak ships (see {@code referentiedata/BRONNEN.md}):
 * {@code gm_code, gm_naam, vr_code, vr_naam, pv_code, pv_naam, inwoners_JJJJ_01_01 (one or more),
 * opp_land_ha}, and optionally {@code inwoners_basis}. Reading validates every row and collects all
 * errors instead of stopping at the first.
 */
final class CbsBestand {

    static final List<String> VERPLICHTE_KOLOMMEN =
            List.of("gm_code", "gm_naam", "vr_code", "vr_naam", "pv_code", "pv_naam", "opp_land_ha");
    private static final Pattern INWONERS_KOLOM = Pattern.compile("inwoners_(\\d{4})_01_01");
    private static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");

    /** One validation error; {@code regel} is the line number in the file, {@code kolom} may be null. */
    record Fout(int regel, String kolom, String melding) {
    }

    record Rij(int regel, String code, String naam, String regioCode, String provincieCode,
            SortedMap<Integer, Integer> inwonersPerPeiljaar, Integer landoppervlakteHa, String bron) {
    }

    record Resultaat(List<Rij> rijen, List<Fout> fouten) {
        boolean geldig() {
            return fouten.isEmpty();
        }
    }

    /** How to treat an empty figure: an upload must be complete, the shipped 2022 files are not. */
    enum OntbrekendCijfer { FOUT, ONBEKEND }

    private CbsBestand() {
    }

    /**
     * @param regioProvincie the known safety regions with the province each lies in
     */
    static Resultaat lees(byte[] inhoud, Map<String, String> regioProvincie, OntbrekendCijfer ontbrekend) {
        var tekst = Csv.alsTekst(inhoud);
        if (tekst.isEmpty()) {
            return fout(new Fout(1, null, t("cbs.rij.geenCsv")));
        }
        var regels = Csv.lees(tekst.get());
        if (regels.isEmpty()) {
            return fout(new Fout(1, null, t("cbs.rij.leeg")));
        }
        var kop = regels.getFirst().velden().stream().map(String::strip).toList();
        var fouten = new ArrayList<Fout>();
        for (var kolom : VERPLICHTE_KOLOMMEN) {
            if (!kop.contains(kolom)) {
                fouten.add(new Fout(1, kolom, t("cbs.rij.kolomOntbreekt", kolom)));
            }
        }
        var inwonersKolommen = new TreeMap<Integer, Integer>();
        for (int i = 0; i < kop.size(); i++) {
            var m = INWONERS_KOLOM.matcher(kop.get(i));
            if (m.matches()) {
                inwonersKolommen.put(Integer.parseInt(m.group(1)), i);
            }
        }
        if (inwonersKolommen.isEmpty()) {
            fouten.add(new Fout(1, "inwoners_JJJJ_01_01", t("cbs.rij.geenInwonerskolom")));
        }
        if (!fouten.isEmpty()) {
            return new Resultaat(List.of(), fouten);
        }
        if (regels.size() == 1) {
            return fout(new Fout(1, null, t("cbs.rij.alleenKop")));
        }
        var kolom = new HashMap<String, Integer>();
        for (int i = 0; i < kop.size(); i++) {
            kolom.put(kop.get(i), i);
        }
        var rijen = new ArrayList<Rij>();
        var eersteRegelVanCode = new HashMap<String, Integer>();
        for (var regel : regels.subList(1, regels.size())) {
            int nr = regel.regelnummer();
            var velden = regel.velden();
            if (velden.size() != kop.size()) {
                fouten.add(new Fout(nr, null, t("cbs.rij.aantalVelden", velden.size(), kop.size())));
                continue;
            }
            var waarde = (java.util.function.Function<String, String>) k -> velden.get(kolom.get(k)).strip();
            int foutenVoor = fouten.size();

            var code = waarde.apply("gm_code");
            if (!GEMEENTECODE.matcher(code).matches()) {
                fouten.add(new Fout(nr, "gm_code", t("cbs.rij.geenGemeentecode", nl.onderdak.platform.Invoer.uittreksel(code))));
            } else if (eersteRegelVanCode.containsKey(code)) {
                fouten.add(new Fout(nr, "gm_code", t("cbs.rij.dubbeleCode", code, eersteRegelVanCode.get(code))));
            } else {
                eersteRegelVanCode.put(code, nr);
            }
            var naam = waarde.apply("gm_naam");
            if (naam.isEmpty()) {
                fouten.add(new Fout(nr, "gm_naam", t("cbs.rij.naamOntbreekt")));
            }
            var regio = waarde.apply("vr_code");
            var provincie = waarde.apply("pv_code");
            if (!regioProvincie.containsKey(regio)) {
                fouten.add(new Fout(nr, "vr_code", t("cbs.rij.onbekendeRegio", regio)));
            } else if (!regioProvincie.get(regio).equals(provincie)) {
                fouten.add(new Fout(nr, "pv_code", t("cbs.rij.verkeerdeProvincie", regio, regioProvincie.get(regio), provincie)));
            }
            var inwoners = new TreeMap<Integer, Integer>();
            for (var entry : inwonersKolommen.entrySet()) {
                var naamKolom = kop.get(entry.getValue());
                var getal = getal(nr, naamKolom, velden.get(entry.getValue()).strip(), ontbrekend, fouten);
                inwoners.put(entry.getKey(), getal);
            }
            var land = getal(nr, "opp_land_ha", waarde.apply("opp_land_ha"), ontbrekend, fouten);
            var bron = kolom.containsKey("inwoners_basis") ? waarde.apply("inwoners_basis") : "";
            if (fouten.size() == foutenVoor) {
                rijen.add(new Rij(nr, code, naam, regio, provincie, inwoners, land, bron));
            }
        }
        return new Resultaat(fouten.isEmpty() ? rijen : List.of(), fouten);
    }

    private static Integer getal(int regel, String kolom, String tekst, OntbrekendCijfer ontbrekend, List<Fout> fouten) {
        if (tekst.isEmpty()) {
            if (ontbrekend == OntbrekendCijfer.FOUT) {
                fouten.add(new Fout(regel, kolom, t("cbs.rij.cijferOntbreekt", kolom)));
            }
            return null;
        }
        try {
            long getal = Long.parseLong(tekst);
            if (getal < 0) {
                fouten.add(new Fout(regel, kolom, t("cbs.rij.cijferNegatief", kolom, tekst)));
                return null;
            }
            if (getal > Integer.MAX_VALUE) {
                fouten.add(new Fout(regel, kolom, t("cbs.rij.cijferTeGroot", kolom, tekst)));
                return null;
            }
            return (int) getal;
        } catch (NumberFormatException e) {
            fouten.add(new Fout(regel, kolom, t("cbs.rij.geenGetal", nl.onderdak.platform.Invoer.uittreksel(tekst), kolom)));
            return null;
        }
    }

    /**
     * A row message from messages/gebieden in the language of the request (Dutch outside one, as at
     * start-up). Numbers are passed as text so that a line number never gets a thousands separator.
     */
    private static String t(String sleutel, Object... argumenten) {
        var tekst = java.util.Arrays.stream(argumenten).map(String::valueOf).toArray();
        return nl.onderdak.platform.Berichten.tekst(sleutel, tekst);
    }

    private static Resultaat fout(Fout fout) {
        return new Resultaat(List.of(), List.of(fout));
    }

}
