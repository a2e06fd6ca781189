// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.locaties;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A reception location as it stands on a given day ({@code peildatum}): its description, its status
 * and its beds on that day.
 */
public record Opvanglocatie(
        UUID id,
        String gemeenteCode,
        String naam,
        Adres adres,
        Soort soort,
        @Nullable String exploitant,
        LocalDate beschikbaarVanaf,
        @Nullable LocalDate beschikbaarTot,
        Set<Faciliteit> faciliteiten,
        LocalDate peildatum,
        Status status,
        Bedden langVerblijf,
        Bedden kortVerblijf,
        Instant aangemaaktOp,
        int versie) {

    /**
     * The address of a location. {@code straat} came with issue 13: locations registered before have
     * none until a user adds it, so the address then reads as before ("3511 AB 12, Utrecht").
     */
    public record Adres(Postcode postcode, int huisnummer, @Nullable String toevoeging, String plaats, @Nullable String straat) {

        public Adres(Postcode postcode, int huisnummer, @Nullable String toevoeging, String plaats) {
            this(postcode, huisnummer, toevoeging, plaats, null);
        }

        /** House number with its addition, as written on an envelope: "12a", "12-2". */
        public String nummer() {
            return huisnummer + (toevoeging == null ? "" : toevoeging);
        }

        @Override
        public String toString() {
            return straat == null ? postcode + " " + nummer() + ", " + plaats
                    : straat + " " + nummer() + ", " + postcode + " " + plaats;
        }
    }

    /** Declared beds and beds out of use on one day; usable beds are the difference. */
    public record Bedden(int opgegeven, int buitenGebruik) {
        public static final Bedden GEEN = new Bedden(0, 0);

        public int bruikbaar() {
            return opgegeven - buitenGebruik;
        }
    }

    /** Whether the location offers beds that day: status available and inside its availability period. */
    public boolean beschikbaarOp(LocalDate dag) {
        return status == Status.BESCHIKBAAR && !dag.isBefore(beschikbaarVanaf)
                && (beschikbaarTot == null || !dag.isAfter(beschikbaarTot));
    }

    /** Available on the day this view describes. */
    public boolean beschikbaarVandaag() {
        return beschikbaarOp(peildatum);
    }

    public int bruikbareBedden() {
        return beschikbaarOp(peildatum) ? langVerblijf.bruikbaar() + kortVerblijf.bruikbaar() : 0;
    }

    /** True when the availability ends within three months after the day (and has not ended yet). */
    public boolean eindigtBinnenDrieMaanden(LocalDate vandaag) {
        return beschikbaarTot != null && !beschikbaarTot.isBefore(vandaag)
                && !beschikbaarTot.isAfter(vandaag.plusMonths(3));
    }
}
