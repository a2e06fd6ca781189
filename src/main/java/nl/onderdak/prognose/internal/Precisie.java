// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * How exactly a published figure was stated. Rounded words become an explicit range around the written
 * value (docs/regels.md, "Prognose: afgeronde cijfers"): "ruim 76.000" is read as 76,000 up to 2.5 % more,
 * "bijna 95.000" as up to 2.5 % less than 95,000, "circa 18.000" as 2.5 % either side. The model uses
 * the middle of the range and counts its width as measurement uncertainty.
 */
public enum Precisie {
    EXACT("exact", 0, 0),
    CIRCA("circa", -0.025, 0.025),
    RUIM("ruim", 0, 0.025),
    BIJNA("bijna", -0.025, 0),
    IETS_MEER_DAN("iets_meer_dan", 0, 0.025);

    private final String woord;
    private final double onder;
    private final double boven;

    Precisie(String woord, double onder, double boven) {
        this.woord = woord;
        this.onder = onder;
        this.boven = boven;
    }

    public String woord() {
        return woord;
    }

    /** The middle of the range the word allows. */
    public double midden(double geschreven) {
        return geschreven * (1 + (onder + boven) / 2);
    }

    /** Half the width of that range. */
    public double halfbreedte(double geschreven) {
        return geschreven * (boven - onder) / 2;
    }

    /** Reads "ruim", "Iets meer dan", "iets_meer_dan"; an empty cell is exact. */
    public static Optional<Precisie> lees(String tekst) {
        var t = tekst == null ? "" : tekst.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (t.isEmpty()) {
            return Optional.of(EXACT);
        }
        for (var p : values()) {
            if (p.woord.equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static Precisie vanWoord(String woord) {
        return lees(woord).orElseThrow();
    }
}
