// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Csv;
import nl.onderdak.platform.OngeldigeInvoer;
import nl.onderdak.platform.OngeldigeInvoer.Veld;
import org.jspecify.annotations.Nullable;

/**
 * Reads the two uploaded tables, all or nothing: every line is checked and every wrong field of every
 * line is named in one {@link OngeldigeInvoer}; nothing is stored unless the whole file is right. A
 * file may be comma-separated ({@code gm_code,score}) or what Dutch Excel writes (semicolons, decimal
 * comma).
 */
public final class Tabellezer {

    public static final int MAXIMUM_REGELS = 2_000;

    private Tabellezer() {
    }

    /** One line of the official table. */
    public record OfficieleRegel(String gemeenteCode, int plaatsen, int amv) {
    }

    public static Map<String, BigDecimal> sesWoa(byte @Nullable [] inhoud, Set<String> gemeenten) {
        var fouten = new ArrayList<Veld>();
        var regels = regels(inhoud, List.of("gm_code", "score"), fouten);
        var scores = new LinkedHashMap<String, BigDecimal>();
        for (var r : regels) {
            var code = code(r, gemeenten, scores.keySet(), fouten);
            var tekst = r.velden().get(1).strip().replace(',', '.');
            BigDecimal score = null;
            try {
                score = new BigDecimal(tekst);
            } catch (NumberFormatException e) {
                fouten.add(veld(r, "score", "spreiding.fout.score"));
            }
            if (score != null && (score.compareTo(BigDecimal.ONE.negate()) <= 0 || score.compareTo(BigDecimal.ONE) >= 0
                    || score.stripTrailingZeros().scale() > 6)) {
                fouten.add(veld(r, "score", "spreiding.fout.score"));
                score = null;
            }
            if (code != null && score != null) {
                scores.put(code, score.stripTrailingZeros());
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return scores;
    }

    public static List<OfficieleRegel> officieleTabel(byte @Nullable [] inhoud, Set<String> gemeenten) {
        var fouten = new ArrayList<Veld>();
        var regels = regels(inhoud, List.of("gm_code", "plaatsen", "amv"), fouten);
        var gezien = new HashSet<String>();
        var uit = new ArrayList<OfficieleRegel>();
        for (var r : regels) {
            var code = code(r, gemeenten, gezien, fouten);
            var plaatsen = aantal(r, 1, "plaatsen", fouten);
            var amv = aantal(r, 2, "amv", fouten);
            if (plaatsen != null && amv != null && amv > plaatsen) {
                fouten.add(veld(r, "amv", "spreiding.fout.amvGroterDanPlaatsen"));
                continue;
            }
            if (code != null && plaatsen != null && amv != null) {
                gezien.add(code);
                uit.add(new OfficieleRegel(code, plaatsen, amv));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return uit;
    }

    private static List<Csv.Regel> regels(byte @Nullable [] inhoud, List<String> kolommen, List<Veld> fouten) {
        if (inhoud == null || inhoud.length == 0) {
            throw OngeldigeInvoer.veld("bestand", Berichten.tekst("spreiding.fout.leegBestand", String.join(",", kolommen)));
        }
        var tekst = Csv.alsTekst(inhoud)
                .orElseThrow(() -> OngeldigeInvoer.veld("bestand", Berichten.tekst("spreiding.fout.geenCsv")));
        var eersteRegel = tekst.lines().findFirst().orElse("");
        char scheiding = eersteRegel.contains(";") ? ';' : ',';
        var regels = Csv.lees(tekst, scheiding);
        if (regels.isEmpty() || !kop(regels.getFirst()).equals(kolommen)) {
            throw OngeldigeInvoer.veld("bestand", Berichten.tekst("spreiding.fout.kop", String.join(",", kolommen)));
        }
        var inhoudRegels = regels.subList(1, regels.size());
        if (inhoudRegels.isEmpty()) {
            throw OngeldigeInvoer.veld("bestand", Berichten.tekst("spreiding.fout.leegBestand", String.join(",", kolommen)));
        }
        if (inhoudRegels.size() > MAXIMUM_REGELS) {
            throw OngeldigeInvoer.veld("bestand", Berichten.tekst("spreiding.fout.teVeelRegels", MAXIMUM_REGELS));
        }
        var goed = new ArrayList<Csv.Regel>();
        for (var r : inhoudRegels) {
            if (r.velden().size() != kolommen.size()) {
                fouten.add(new Veld("regel[" + r.regelnummer() + "]",
                        Berichten.tekst("spreiding.fout.aantalKolommen", r.regelnummer(), kolommen.size())));
            } else {
                goed.add(r);
            }
        }
        return goed;
    }

    private static List<String> kop(Csv.Regel r) {
        return r.velden().stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static @Nullable String code(Csv.Regel r, Set<String> gemeenten, Set<String> gezien, List<Veld> fouten) {
        var code = r.velden().getFirst().strip().toUpperCase(Locale.ROOT);
        if (!gemeenten.contains(code)) {
            fouten.add(veld(r, "gm_code", "spreiding.fout.onbekendeGemeente"));
            return null;
        }
        if (gezien.contains(code)) {
            fouten.add(veld(r, "gm_code", "spreiding.fout.dubbeleGemeente"));
            return null;
        }
        return code;
    }

    private static @Nullable Integer aantal(Csv.Regel r, int kolom, String naam, List<Veld> fouten) {
        var tekst = r.velden().get(kolom).strip().replace(".", "");
        try {
            int waarde = Integer.parseInt(tekst);
            if (waarde >= 0 && waarde <= Spreidingssleutel.MAXIMUM_TOTAAL) {
                return waarde;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        fouten.add(veld(r, naam, "spreiding.fout.aantal"));
        return null;
    }

    private static Veld veld(Csv.Regel r, String kolom, String sleutel) {
        return new Veld("regel[" + r.regelnummer() + "]." + kolom, Berichten.tekst(sleutel, r.regelnummer()));
    }
}
