// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld;

import java.util.UUID;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.leefgeld.internal.Huishoudleefgeld;
import nl.onderdak.leefgeld.internal.betaalrun.Gemeenterekening;
import nl.onderdak.toegang.Gebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Leefgeld's front door for other modules: what they may ask or record about a household's living
 * allowance and a gemeente's paying account, with the same rules as the screens (access, four eyes,
 * processing log). Everything else of leefgeld is internal.
 */
@Service
public class Leefgeld {

    private final Huishoudleefgeld huishoudleefgeld;
    private final Gemeenterekening rekening;

    Leefgeld(Huishoudleefgeld huishoudleefgeld, Gemeenterekening rekening) {
        this.huishoudleefgeld = huishoudleefgeld;
        this.rekening = rekening;
    }

    /**
     * The gemeente that pays the household's current month (where it spends the month's last night in
     * reception), or the registering gemeente when it has no night in reception this month.
     */
    public String betalendeGemeenteNu(HuishoudenId huishouden, String registrerendeGemeente) {
        return huishoudleefgeld.betalendeGemeenteNu(huishouden, registrerendeGemeente);
    }

    /** Sets how the household is paid; only the gemeente that pays it now may (409 otherwise). */
    public Betaalwijze legBetaalwijzeVast(HuishoudenId huishouden, Betaalwijze wijze, Gebruiker gebruiker) {
        return huishoudleefgeld.legBetaalwijzeVast(huishouden, wijze, gebruiker);
    }

    /** Proposes the account the user's gemeente pays from; returns the proposal's id for a second employee to confirm. */
    public UUID stelRekeningVoor(Iban iban, @Nullable String bic, Gebruiker gebruiker) {
        return rekening.stelRekeningVoor(iban, bic, gebruiker).id();
    }

    /** A second employee of the gemeente confirms the proposed account. */
    public void bevestigRekening(UUID voorstel, Gebruiker gebruiker) {
        rekening.bevestigRekening(voorstel, gebruiker);
    }
}
