// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.monitoring.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderdak.monitoring.internal.KcioRapportage.Regel;
import nl.onderdak.platform.Berichten;

/**
 * The gemeente lines of the KCIO page as the user asked to see them: narrowed by a search and in a
 * chosen order. Only the page uses this; the totals, the CSV and the XLSX keep the whole report, so a
 * download never depends on what someone last typed into the search field.
 */
final class KcioWeergave {

    /** The orders the page offers; the first is the report's own (by region, then name). Numbers: largest first. */
    static final List<String> VOLGORDES = List.of("regio", "gemeente", "locaties", "bruikbaar", "bezet", "vrij");

    private static final Map<String, Comparator<Regel>> VERGELIJKERS = Map.of(
            "regio", Comparator.comparing(Regel::regioCode, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Regel::gemeente),
            "gemeente", Comparator.comparing(Regel::gemeente).thenComparing(Regel::gemeenteCode),
            "locaties", Comparator.comparingInt(Regel::locaties).reversed().thenComparing(Regel::gemeente),
            "bruikbaar", Comparator.comparingInt(Regel::bruikbaar).reversed().thenComparing(Regel::gemeente),
            "bezet", Comparator.comparingInt(Regel::bezet).reversed().thenComparing(Regel::gemeente),
            "vrij", Comparator.comparingInt(Regel::vrij).reversed().thenComparing(Regel::gemeente));

    private KcioWeergave() {
    }

    /** The order to use: the given one if the page knows it, else the report's own, with a field error for a wrong one. */
    static String volgorde(String sorteer, Map<String, String> fouten) {
        if (sorteer == null || sorteer.isBlank()) {
            return VOLGORDES.getFirst();
        }
        var veld = sorteer.strip();
        if (!VERGELIJKERS.containsKey(veld)) {
            fouten.put("sorteer", Berichten.tekst("kcio.fout.sorteer"));
            return VOLGORDES.getFirst();
        }
        return veld;
    }

    /**
     * The lines whose gemeente name or code or region name or code contains the search text (any case),
     * in the given order. An empty search keeps every line.
     */
    static List<Regel> regels(List<Regel> regels, String zoek, String volgorde) {
        var tekst = zoek == null ? "" : zoek.strip().toLowerCase(Locale.ROOT);
        return regels.stream()
                .filter(r -> tekst.isEmpty() || bevat(r.gemeente(), tekst) || bevat(r.gemeenteCode(), tekst)
                        || bevat(r.regio(), tekst) || bevat(r.regioCode(), tekst))
                .sorted(VERGELIJKERS.get(volgorde))
                .toList();
    }

    private static boolean bevat(String waarde, String tekst) {
        return waarde != null && waarde.toLowerCase(Locale.ROOT).contains(tekst);
    }
}
