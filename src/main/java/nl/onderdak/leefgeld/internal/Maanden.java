// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Locale;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Invoer;
import nl.onderdak.platform.OngeldigeInvoer;
import org.jspecify.annotations.Nullable;

/** The allowance month as users write and read it. */
public final class Maanden {

    private Maanden() {
    }

    /** Reads a month written as JJJJ-MM from 2022 on (there was no allowance before); a wrong value is named as field {@code veld}. */
    public static YearMonth lees(@Nullable String tekst, String veld) {
        var fouten = new ArrayList<OngeldigeInvoer.Veld>();
        var m = Invoer.maand(tekst, veld, true, fouten);
        if (m != null && (m.getYear() < 2022 || m.getYear() > 2100)) {
            fouten.add(new OngeldigeInvoer.Veld(veld, Berichten.tekst("leefgeld.fout.maandVoor2022")));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoer(fouten);
        }
        return m;
    }

    /** "november 2024". */
    public static String naam(YearMonth maand) {
        return maand.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl")) + " " + maand.getYear();
    }
}
