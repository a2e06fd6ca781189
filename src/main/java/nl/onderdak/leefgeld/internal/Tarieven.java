// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import nl.onderdak.platform.Csv;

/**
 * The rate table: an immutable lookup of {@link Tarief} rows in which at most one row applies to
 * any person on any day. Rows that could both apply (same component, overlapping periods, age
 * groups and household sizes) are refused, so that a rate is never chosen by the order of rows.
 * A day without a row is a gap: {@link #voor} then returns empty and the caller must say the rate
 * is missing rather than guess one.
 */
public final class Tarieven {

    /** The columns of the rate table, in this order. */
    static final List<String> KOLOMMEN = List.of("geldig_vanaf", "geldig_tot", "component", "leeftijdsgroep",
            "huishouden_min", "huishouden_max", "bedrag_per_maand_eur", "bron");

    private static final String STANDAARD = "/regels/leefgeld_tarieven.csv";
    private static final Pattern BEDRAG = Pattern.compile("\\d+(\\.\\d{1,2})?");
    private static final Pattern GEHEEL_GETAL = Pattern.compile("\\d{1,4}");

    private final List<Tarief> tarieven;
    /**
     * Lookups already answered. A payment run asks the same few questions (day of the month,
     * component, age group, household size) for every member of tens of thousands of households.
     */
    private final java.util.concurrent.ConcurrentHashMap<Vraag, Optional<Tarief>> antwoorden = new java.util.concurrent.ConcurrentHashMap<>();

    private record Vraag(LocalDate dag, Component component, boolean minderjarig, int huishoudgrootte) {
    }

    /** A table of these rows; refused when two rows could apply to the same person on the same day. */
    public Tarieven(List<Tarief> tarieven) {
        this.tarieven = List.copyOf(tarieven);
        var fouten = overlappingen(this.tarieven, i -> "rij " + (i + 1));
        if (!fouten.isEmpty()) {
            throw new IllegalArgumentException("tarieven overlappen: " + String.join("; ", fouten));
        }
    }

    /** All rows, in the order given. */
    public List<Tarief> alle() {
        return tarieven;
    }

    /**
     * The one rate for {@code component} on {@code dag} for a person who is (or is not) a minor that
     * day in a household of {@code huishoudgrootte} persons, or empty when the table has none.
     */
    public Optional<Tarief> voor(LocalDate dag, Component component, boolean minderjarig, int huishoudgrootte) {
        return antwoorden.computeIfAbsent(new Vraag(dag, component, minderjarig, huishoudgrootte),
                v -> zoek(v.dag(), v.component(), v.minderjarig(), v.huishoudgrootte()));
    }

    private Optional<Tarief> zoek(LocalDate dag, Component component, boolean minderjarig, int huishoudgrootte) {
        Tarief gevonden = null;
        for (var tarief : tarieven) {
            if (tarief.geldtVoor(dag, component, minderjarig, huishoudgrootte)) {
                if (gevonden != null) {
                    // The constructor refuses overlapping rows, so this cannot happen.
                    throw new IllegalStateException("twee tarieven voor " + component.code() + " op " + dag);
                }
                gevonden = tarief;
            }
        }
        return Optional.ofNullable(gevonden);
    }

    /** The table shipped with the application ({@code regels/leefgeld_tarieven.csv}, see {@code BRON.md}). */
    public static Tarieven standaard() {
        return Standaard.TABEL;
    }

    /**
     * Reads a rate table in the CSV format of {@code regels/leefgeld_tarieven.csv}: a header with
     * exactly the columns {@link #KOLOMMEN}, dates as {@code JJJJ-MM-DD}, amounts with a decimal point
     * and at most two decimals, a blank {@code geldig_tot} for "until replaced" and a blank
     * {@code huishouden_max} for "and larger". Nothing is read unless every row is valid: otherwise
     * an {@link IllegalArgumentException} names every bad row by its line number, including rows that
     * overlap each other.
     */
    public static Tarieven leesCsv(String tekst) {
        Objects.requireNonNull(tekst, "tekst");
        var regels = Csv.lees(tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst);
        if (regels.isEmpty()) {
            throw new IllegalArgumentException("tarieventabel is leeg: kopregel ontbreekt");
        }
        var kop = regels.getFirst();
        if (!kop.velden().stream().map(String::strip).toList().equals(KOLOMMEN)) {
            throw new IllegalArgumentException("regel " + kop.regelnummer() + ": kopregel moet zijn "
                    + String.join(",", KOLOMMEN) + ", niet " + String.join(",", kop.velden()));
        }
        var fouten = new ArrayList<String>();
        var tarieven = new ArrayList<Tarief>();
        var regelnummers = new ArrayList<Integer>();
        for (var regel : regels.subList(1, regels.size())) {
            var rijfouten = new ArrayList<String>();
            var tarief = leesRij(regel.velden(), rijfouten);
            if (tarief == null) {
                rijfouten.forEach(f -> fouten.add("regel " + regel.regelnummer() + ": " + f));
            } else {
                tarieven.add(tarief);
                regelnummers.add(regel.regelnummer());
            }
        }
        fouten.addAll(overlappingen(tarieven, i -> "regel " + regelnummers.get(i)));
        if (!fouten.isEmpty()) {
            throw new IllegalArgumentException("tarieventabel ongeldig: " + String.join("; ", fouten));
        }
        return new Tarieven(tarieven);
    }

    /** One row as a rate, or {@code null} with the reasons added to {@code fouten}. */
    private static Tarief leesRij(List<String> ruw, List<String> fouten) {
        if (ruw.size() != KOLOMMEN.size()) {
            fouten.add(ruw.size() + " velden, verwacht " + KOLOMMEN.size());
            return null;
        }
        var velden = ruw.stream().map(String::strip).toList();
        var vanaf = datum(velden.get(0), "geldig_vanaf", false, fouten);
        var tot = datum(velden.get(1), "geldig_tot", true, fouten);
        Component component = null;
        try {
            component = Component.van(velden.get(2));
        } catch (IllegalArgumentException e) {
            fouten.add(e.getMessage());
        }
        Leeftijdsgroep groep = null;
        try {
            groep = Leeftijdsgroep.van(velden.get(3));
        } catch (IllegalArgumentException e) {
            fouten.add(e.getMessage());
        }
        var min = geheelGetal(velden.get(4), "huishouden_min", false, fouten);
        var max = geheelGetal(velden.get(5), "huishouden_max", true, fouten);
        BigDecimal bedrag = null;
        if (BEDRAG.matcher(velden.get(6)).matches()) {
            bedrag = new BigDecimal(velden.get(6));
        } else {
            fouten.add("bedrag_per_maand_eur '" + velden.get(6)
                    + "' is geen bedrag van nul of meer met hooguit twee decimalen (bijvoorbeeld 193.98)");
        }
        var bron = velden.get(7);
        if (bron.isEmpty()) {
            fouten.add("bron ontbreekt");
        }
        if (!fouten.isEmpty()) {
            return null;
        }
        try {
            return new Tarief(vanaf, tot, component, groep, min, max, bedrag, bron);
        } catch (IllegalArgumentException e) {
            fouten.add(e.getMessage());
            return null;
        }
    }

    private static LocalDate datum(String waarde, String kolom, boolean leegMag, List<String> fouten) {
        if (waarde.isEmpty()) {
            if (!leegMag) {
                fouten.add(kolom + " ontbreekt");
            }
            return null;
        }
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            fouten.add(kolom + " '" + waarde + "' is geen datum (JJJJ-MM-DD)");
            return null;
        }
    }

    private static Integer geheelGetal(String waarde, String kolom, boolean leegMag, List<String> fouten) {
        if (waarde.isEmpty()) {
            if (!leegMag) {
                fouten.add(kolom + " ontbreekt");
            }
            return null;
        }
        if (!GEHEEL_GETAL.matcher(waarde).matches() || Integer.parseInt(waarde) < 1) {
            fouten.add(kolom + " '" + waarde + "' is geen geheel aantal personen van 1 of meer");
            return null;
        }
        return Integer.parseInt(waarde);
    }

    /** Every pair of rows that could apply to the same person on the same day, named by {@code naam}. */
    private static List<String> overlappingen(List<Tarief> tarieven, IntFunction<String> naam) {
        var fouten = new ArrayList<String>();
        for (int i = 0; i < tarieven.size(); i++) {
            for (int j = i + 1; j < tarieven.size(); j++) {
                var a = tarieven.get(i);
                var b = tarieven.get(j);
                if (a.overlaptMet(b)) {
                    fouten.add(naam.apply(i) + " en " + naam.apply(j) + " overlappen (" + a.component().code() + ", "
                            + a.leeftijdsgroep().code() + "/" + b.leeftijdsgroep().code() + ", periodes " + periode(a)
                            + " en " + periode(b) + ", huishouden " + grootte(a) + " en " + grootte(b) + ")");
                }
            }
        }
        return fouten;
    }

    private static String periode(Tarief t) {
        return t.geldigVanaf() + ".." + (t.geldigTot() == null ? "" : t.geldigTot());
    }

    private static String grootte(Tarief t) {
        return t.huishoudenMin() + ".." + (t.huishoudenMax() == null ? "" : t.huishoudenMax());
    }

    /** Loads the shipped table once, on first use. */
    private static final class Standaard {

        static final Tarieven TABEL = laad();

        private static Tarieven laad() {
            try (var in = Tarieven.class.getResourceAsStream(STANDAARD)) {
                if (in == null) {
                    throw new IllegalStateException("tarieventabel " + STANDAARD + " ontbreekt op het classpath");
                }
                return leesCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
