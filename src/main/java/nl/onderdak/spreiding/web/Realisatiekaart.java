// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.spreiding.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderdak.gebieden.Kaarten;
import nl.onderdak.platform.Weergave;
import nl.onderdak.spreiding.internal.Spreidingsdienst;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The realisation per province as a map drawn on the server: real outlines (the safety regions of
 * gebieden's CBS/PDOK geometry, each of which lies inside one province, coloured by their province),
 * the same five classes and colours as the capacity map of monitoring, so one legend reads both. The
 * table next to it holds the same figures and is the accessible alternative; each shape names its
 * province and percentage in a title.
 */
@Component
class Realisatiekaart {

    record Vlak(String provincieCode, String naam, String pad, String kleur, @Nullable String tekst) {
    }

    record Klasse(int index, String label) {
    }

    record Kaart(List<Vlak> vlakken, List<Klasse> legenda) {
    }

    /** Class bounds in percent realised of the task: below 25, 25-50, 50-75, 75-100, 100 and more. */
    static final int[] GRENZEN = {25, 50, 75, 100};
    static final List<String> KLEUREN = List.of("#fee5d9", "#fcae91", "#c6dbef", "#6baed6", "#08519c");
    static final String GEEN = "#e5e5e5";

    private final Kaarten kaarten;
    private final JdbcClient jdbc;

    Realisatiekaart(Kaarten kaarten, JdbcClient jdbc) {
        this.kaarten = kaarten;
        this.jdbc = jdbc;
    }

    Kaart van(Spreidingsdienst.Realisatie realisatie) {
        Map<String, String> provincieVanRegio = jdbc.sql("select code, provincie_code from gebieden.regio")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Spreidingsdienst.Realisatieregel> perProvincie = realisatie.provincies().stream()
                .collect(Collectors.toMap(Spreidingsdienst.Realisatieregel::code, Function.identity()));
        var weergave = Weergave.in(LocaleContextHolder.getLocale());
        var vlakken = kaarten.regiovormen(realisatie.peildatum()).stream().map(v -> {
            var pv = provincieVanRegio.getOrDefault(v.code(), "");
            var r = perProvincie.get(pv);
            var procent = r == null ? null : procent(r.gerealiseerd(), r.taak());
            var naam = r == null ? pv : r.naam() + " (" + r.code() + ")";
            return procent == null ? new Vlak(pv, naam, v.pad(), GEEN, null)
                    : new Vlak(pv, naam, v.pad(), KLEUREN.get(klasse(procent)), weergave.procent(procent, 1));
        }).toList();
        var legenda = List.of(new Klasse(0, "< 25 %"), new Klasse(1, "25 – 50 %"), new Klasse(2, "50 – 75 %"),
                new Klasse(3, "75 – 100 %"), new Klasse(4, "≥ 100 %"));
        return new Kaart(vlakken, legenda);
    }

    /** Realised as a percentage of the task, one decimal; unknown when either is unknown or the task is zero. */
    static @Nullable BigDecimal procent(@Nullable Integer gerealiseerd, @Nullable Integer taak) {
        if (gerealiseerd == null || taak == null || taak == 0) {
            return null;
        }
        return BigDecimal.valueOf(gerealiseerd * 100L).divide(BigDecimal.valueOf(taak), 1, RoundingMode.HALF_EVEN);
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
