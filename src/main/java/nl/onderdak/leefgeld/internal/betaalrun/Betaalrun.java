// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.leefgeld.internal.betaalrun;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.toegang.Gebruiker;
import org.jspecify.annotations.Nullable;

/**
 * A payment run of one gemeente for one month, with the counts and sums of its lines and payments.
 * Its transitions refuse what the workflow does not allow (four eyes: the creator never approves),
 * before anything is written; the database refuses the same as the second line.
 */
public record Betaalrun(BetaalrunId id, String gemeenteCode, YearMonth maand, Betaalrunstatus status, String aangemaaktDoor,
        Instant aangemaaktOp, @Nullable String goedgekeurdDoor, @Nullable Instant goedgekeurdOp, @Nullable Instant uitgevoerdOp,
        Totalen totalen) {

    /** Counts and sums of a run's lines and, once executed, of its payments. */
    public record Totalen(int huishoudens, int teBetalen, BigDecimal bedrag, int tegengehouden, int bank, int contant, int prepaid,
            int betaald, int mislukt, int volgnummer) {

        /** Totals of a run that is the first executed one of its gemeente and month. */
        public Totalen(int huishoudens, int teBetalen, BigDecimal bedrag, int tegengehouden, int bank, int contant, int prepaid,
                int betaald, int mislukt) {
            this(huishoudens, teBetalen, bedrag, tegengehouden, bank, contant, prepaid, betaald, mislukt, 1);
        }
    }

    /**
     * Which executed run of its gemeente and month this is (1 for the first; a later run pays second attempts),
     * so its files get names that differ from the first run's.
     */
    public int volgnummer() {
        return totalen.volgnummer();
    }

    /** A second employee approves the preview: only a concept, never by the one who made it. */
    Betaalrun keurGoed(Gebruiker door, Instant op) {
        if (status != Betaalrunstatus.CONCEPT) {
            throw new Conflict("niet-in-concept", Berichten.tekst("betaalrun.conflict.nietInConcept", Berichten.tekst("betaalrun.statuswoord." + status.woord())));
        }
        if (!magGoedkeuren(door)) {
            throw new Conflict("vier-ogen", Berichten.tekst("betaalrun.conflict.vierOgenRun"));
        }
        return new Betaalrun(id, gemeenteCode, maand, Betaalrunstatus.GOEDGEKEURD, aangemaaktDoor, aangemaaktOp, door.gebruikersnaam(), op,
                uitgevoerdOp, totalen);
    }

    /** Whether {@code door} is another employee than the creator (the page offers approval only then). */
    public boolean magGoedkeuren(Gebruiker door) {
        return !aangemaaktDoor.equals(door.gebruikersnaam());
    }

    /** A run not executed lapses; an executed (or lapsed) one does not. */
    Betaalrun laatVervallen() {
        if (status != Betaalrunstatus.CONCEPT && status != Betaalrunstatus.GOEDGEKEURD) {
            throw new Conflict("al-uitgevoerd", Berichten.tekst("betaalrun.conflict.alUitgevoerd"));
        }
        return new Betaalrun(id, gemeenteCode, maand, Betaalrunstatus.VERVALLEN, aangemaaktDoor, aangemaaktOp, goedgekeurdDoor,
                goedgekeurdOp, uitgevoerdOp, totalen);
    }

    /** Only an approved run is executed; an executed one is a retry the caller answers with the run as it is. */
    Betaalrun voerUit(Instant op) {
        if (status != Betaalrunstatus.GOEDGEKEURD) {
            throw new Conflict("niet-goedgekeurd", Berichten.tekst("betaalrun.conflict.nietGoedgekeurd"));
        }
        return new Betaalrun(id, gemeenteCode, maand, Betaalrunstatus.UITGEVOERD, aangemaaktDoor, aangemaaktOp, goedgekeurdDoor,
                goedgekeurdOp, op, totalen);
    }

    public boolean isUitgevoerd() {
        return status == Betaalrunstatus.UITGEVOERD;
    }

    /** The files and the bank's result exist only for an executed run. */
    Betaalrun vereisUitgevoerd() {
        if (!isUitgevoerd()) {
            throw new Conflict("niet-uitgevoerd", Berichten.tekst("betaalrun.conflict.nietUitgevoerd"));
        }
        return this;
    }
}
