// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.gastgezinnen;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.onderdak.gastgezinnen.internal.Gastgezinregister;
import nl.onderdak.gastgezinnen.internal.Gastgezinregister.GastgezinInvoer;
import nl.onderdak.toegang.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Host offers for other modules (the demo dataset): recorded and screened through the same register,
 * checks and state transitions as the matching organisation's own work, so a made-up host obeys the
 * same rules as a real one. The user must be of the matching organisation.
 */
@Service
public class Gastgezinaanbod {

    /** An offer as the matching organisation records it (the fields of POST /api/v1/gastgezinnen). */
    public record Aanbod(String naam, String email, String telefoon, String straat, String huisnummer, String postcode, String plaats,
            String gemeente, int plaatsen, int kamers, LocalDate beschikbaarVanaf, @Nullable LocalDate beschikbaarTot, boolean kinderenWelkom,
            boolean huisdieren, boolean toegankelijk, List<String> talen) {
    }

    private final Gastgezinregister register;

    Gastgezinaanbod(Gastgezinregister register) {
        this.register = register;
    }

    /** Records the offer; with a screening day, the intake, VOG and home visit agreed on that day (approved). */
    @Transactional
    public UUID legVast(Aanbod a, @Nullable LocalDate goedgekeurdOp, Gebruiker matcher) {
        var id = register.registreer(new GastgezinInvoer(a.naam(), a.email(), a.telefoon(), a.straat(), a.huisnummer(), a.postcode(),
                a.plaats(), a.gemeente(), String.valueOf(a.plaatsen()), String.valueOf(a.kamers()), a.beschikbaarVanaf().toString(),
                a.beschikbaarTot() == null ? null : a.beschikbaarTot().toString(), a.kinderenWelkom(), a.huisdieren(), a.toegankelijk(),
                a.talen()), matcher);
        if (goedgekeurdOp != null) {
            for (var stap : List.of("intake", "vog", "huisbezoek")) {
                register.screen(id, stap, "akkoord", goedgekeurdOp.toString(), null, null, matcher);
            }
        }
        return id;
    }

    /** One screening step (intake, vog, huisbezoek) with its outcome. */
    @Transactional
    public void screen(UUID id, String stap, String uitkomst, LocalDate datum, @Nullable String toelichting, Gebruiker matcher) {
        register.screen(id, stap, uitkomst, datum.toString(), null, toelichting, matcher);
    }

    /** The host withdraws its offer, with its reason. */
    @Transactional
    public void trekTerug(UUID id, String reden, Gebruiker matcher) {
        register.trekTerug(id, reden, matcher);
    }
}
