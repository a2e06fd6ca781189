// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** A calendar half-year, written {@code 2023-H2}. */
public record Halfjaar(int jaar, int helft) implements Comparable<Halfjaar> {

    private static final Pattern VORM = Pattern.compile("(\\d{4})-H([12])");

    public Halfjaar {
        if (helft != 1 && helft != 2) {
            throw new IllegalArgumentException("helft moet 1 of 2 zijn");
        }
    }

    public static Optional<Halfjaar> lees(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        var m = VORM.matcher(tekst.strip());
        return m.matches() ? Optional.of(new Halfjaar(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    public LocalDate begin() {
        return LocalDate.of(jaar, helft == 1 ? 1 : 7, 1);
    }

    public LocalDate einde() {
        return helft == 1 ? LocalDate.of(jaar, 6, 30) : LocalDate.of(jaar, 12, 31);
    }

    /**
     * The last day on which the national total may be announced: thirteen weeks before the
     * half-year starts (annex 1 of the letter of 16 December 2022, part a).
     */
    public LocalDate uitersteAankondiging() {
        return begin().minusWeeks(13);
    }

    /** The reference year the letter prescribes: CBS figures of 1 January of the year before. */
    public int voorgeschrevenPeiljaar() {
        return jaar - 1;
    }

    @Override
    public int compareTo(Halfjaar o) {
        return jaar != o.jaar ? Integer.compare(jaar, o.jaar) : Integer.compare(helft, o.helft);
    }

    @Override
    public String toString() {
        return jaar + "-H" + helft;
    }
}
