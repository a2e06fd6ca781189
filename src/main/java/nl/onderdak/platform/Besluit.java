// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A decision on a request, as a typed command: approve or reject, the reason (required for a
 * rejection, so that the requester can read why) and, for decisions that grant money, the amount.
 * Who decides and when are added when it is recorded ({@link Besluitgeschiedenis#beslis}).
 */
public record Besluit(Besluitstatus uitkomst, @Nullable String reden, @Nullable BigDecimal bedrag) {

    public Besluit {
        if (!uitkomst.besloten()) {
            throw new IllegalArgumentException("een besluit keurt goed of wijst af");
        }
        if (uitkomst == Besluitstatus.AFGEWEZEN && (reden == null || reden.isBlank())) {
            throw new IllegalArgumentException("een afwijzing heeft een reden");
        }
    }

    /**
     * Reads the chosen outcome from its word; null (and a message on field {@code besluit}) when it is
     * missing or not one of the two decision words. {@code noemOnbekend}: the message repeats an
     * unknown word (the wording declarations have always used) instead of only naming the choices.
     */
    public static @Nullable Besluitstatus leesUitkomst(@Nullable String woord, Besluitwoorden woorden, boolean noemOnbekend,
            List<OngeldigeInvoer.Veld> fouten) {
        var w = Invoer.schoon(woord);
        var status = w == null ? null : woorden.lees(w).filter(Besluitstatus::besloten).orElse(null);
        if (status == null) {
            fouten.add(new OngeldigeInvoer.Veld("besluit", w != null && noemOnbekend
                    ? Berichten.tekst("invoer.besluitOnbekend", Invoer.uittreksel(w), woorden.goedgekeurd(), woorden.afgewezen())
                    : Berichten.tekst("invoer.besluitKies", woorden.goedgekeurd(), woorden.afgewezen())));
        }
        return status;
    }

    /**
     * Reads the reason: required for a rejection (with {@code ontbreekt} as the message), optional
     * otherwise; at most {@code max} characters, without control characters.
     */
    public static @Nullable String leesReden(@Nullable Besluitstatus uitkomst, @Nullable String reden, String ontbreekt, int max,
            List<OngeldigeInvoer.Veld> fouten) {
        var r = Invoer.schoon(reden);
        if (r == null) {
            if (uitkomst == Besluitstatus.AFGEWEZEN) {
                fouten.add(new OngeldigeInvoer.Veld("reden", ontbreekt));
            }
        } else if (Invoer.heeftStuurteken(r)) {
            fouten.add(new OngeldigeInvoer.Veld("reden", Berichten.tekst("invoer.stuurteken")));
        } else if (r.codePointCount(0, r.length()) > max) {
            fouten.add(new OngeldigeInvoer.Veld("reden", Berichten.tekst("invoer.teLang", Weergave.in(Berichten.taal()).getal(max))));
        }
        return r;
    }
}
