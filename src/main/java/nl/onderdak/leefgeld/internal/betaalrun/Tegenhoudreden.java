// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.betaalrun;

import java.util.Map;
import java.util.regex.Pattern;
import nl.onderdak.platform.Berichten;

/**
 * Why a run line is held back, in the user's language. The line keeps the reason as the Dutch words it
 * was given (the column and the API field {@code tegengehouden} are a contract, and an approved line is
 * never changed); a page shows the known reasons through messages/leefgeld, so an English page does not
 * say "Held back: tarief ontbreekt". A reason that is not one of these is shown as stored.
 */
public final class Tegenhoudreden {

    private static final Map<String, String> VAST = Map.of(
            "tarief ontbreekt", "betaalrun.reden.tariefOntbreekt",
            "betaalwijze ontbreekt", "betaalrun.reden.betaalwijzeOntbreekt",
            Betaalrunlevenscyclus.GEWIJZIGD_NA_VOORVERTONING, "betaalrun.reden.gewijzigdNaVoorvertoning",
            Betaalrunlevenscyclus.AFGESCHERMD_ZONDER_ROL, "betaalrun.reden.afgeschermdZonderRol");
    private static final Pattern VORIGE_MISLUKT = Pattern.compile("vorige betaling mislukt \\((.*)\\): corrigeer eerst de betaalgegevens",
            Pattern.DOTALL);

    /** The instance a page's model carries, so a template can call {@link #tekst(String)}. */
    public static final Tegenhoudreden IN_TAAL = new Tegenhoudreden();

    private Tegenhoudreden() {
    }

    /** The stored reason in the language of the request; the bank's own reason inside it stays as the bank gave it. */
    public String tekst(String opgeslagen) {
        if (opgeslagen == null) {
            return "";
        }
        var sleutel = VAST.get(opgeslagen);
        if (sleutel != null) {
            return Berichten.tekst(sleutel);
        }
        var m = VORIGE_MISLUKT.matcher(opgeslagen);
        return m.matches() ? Berichten.tekst("betaalrun.reden.vorigeMislukt", m.group(1)) : opgeslagen;
    }
}
