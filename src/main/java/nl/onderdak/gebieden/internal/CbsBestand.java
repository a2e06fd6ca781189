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
            return fout(new Fout(1, null, "Dit is geen CSV-bestand (UTF-8 tekst met komma's); lever het CBS-bestand als .csv aan."));
        }
        var regels = Csv.lees(tekst.get());
        if (regels.isEmpty()) {
            return fout(new Fout(1, null, "Het bestand is leeg."));
        }
        var kop = regels.getFirst().velden().stream().map(String::strip).toList();
        var fouten = new ArrayList<Fout>();
        for (var kolom : VERPLICHTE_KOLOMMEN) {
            if (!kop.contains(kolom)) {
                fouten.add(new Fout(1, kolom, "Kolom '" + kolom + "' ontbreekt in de kopregel."));
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
            fouten.add(new Fout(1, "inwoners_JJJJ_01_01",
                    "Er is geen kolom met inwoners (inwoners_JJJJ_01_01, bijvoorbeeld inwoners_2025_01_01)."));
        }
        if (!fouten.isEmpty()) {
            return new Resultaat(List.of(), fouten);
        }
        if (regels.size() == 1) {
            return fout(new Fout(1, null, "Het bestand bevat alleen een kopregel en geen gemeenten."));
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
                fouten.add(new Fout(nr, null, "Deze regel heeft " + velden.size() + " velden; de kopregel heeft er "
                        + kop.size() + "."));
                continue;
            }
            var waarde = (java.util.function.Function<String, String>) k -> velden.get(kolom.get(k)).strip();
            int foutenVoor = fouten.size();

            var code = waarde.apply("gm_code");
            if (!GEMEENTECODE.matcher(code).matches()) {
                fouten.add(new Fout(nr, "gm_code", "'" + nl.onderdak.platform.Invoer.uittreksel(code) + "' is geen CBS-gemeentecode (GM gevolgd door 4 cijfers)."));
            } else if (eersteRegelVanCode.containsKey(code)) {
                fouten.add(new Fout(nr, "gm_code", "Gemeentecode " + code + " staat ook al op regel "
                        + eersteRegelVanCode.get(code) + "."));
            } else {
                eersteRegelVanCode.put(code, nr);
            }
            var naam = waarde.apply("gm_naam");
            if (naam.isEmpty()) {
                fouten.add(new Fout(nr, "gm_naam", "De naam van de gemeente ontbreekt."));
            }
            var regio = waarde.apply("vr_code");
            var provincie = waarde.apply("pv_code");
            if (!regioProvincie.containsKey(regio)) {
                fouten.add(new Fout(nr, "vr_code", "Onbekende veiligheidsregio '" + regio + "'."));
            } else if (!regioProvincie.get(regio).equals(provincie)) {
                fouten.add(new Fout(nr, "pv_code", "Veiligheidsregio " + regio + " ligt in provincie "
                        + regioProvincie.get(regio) + ", niet in '" + provincie + "'."));
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
                fouten.add(new Fout(regel, kolom, "Het cijfer in kolom '" + kolom + "' ontbreekt."));
            }
            return null;
        }
        try {
            long getal = Long.parseLong(tekst);
            if (getal < 0) {
                fouten.add(new Fout(regel, kolom, "Het cijfer in kolom '" + kolom + "' is negatief (" + tekst + ")."));
                return null;
            }
            if (getal > Integer.MAX_VALUE) {
                fouten.add(new Fout(regel, kolom, "Het cijfer in kolom '" + kolom + "' is te groot (" + tekst + ")."));
                return null;
            }
            return (int) getal;
        } catch (NumberFormatException e) {
            fouten.add(new Fout(regel, kolom, "'" + nl.onderdak.platform.Invoer.uittreksel(tekst) + "' in kolom '" + kolom + "' is geen geheel getal."));
            return null;
        }
    }

    private static Resultaat fout(Fout fout) {
        return new Resultaat(List.of(), List.of(fout));
    }

}
