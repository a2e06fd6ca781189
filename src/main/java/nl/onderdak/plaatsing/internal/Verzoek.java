// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.plaatsing.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.onderdak.bewoners.HuishoudenId;
import nl.onderdak.locaties.LocatieId;
import nl.onderdak.locaties.Verblijfsduur;
import nl.onderdak.plaatsing.PlaatsingId;
import nl.onderdak.platform.Berichten;
import nl.onderdak.platform.Conflict;
import nl.onderdak.platform.NietGevonden;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisatie;
import nl.onderdak.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A placement request as stored, and the rules of its workflow: which step is allowed now and for whom.
 * Each transition method refuses an illegal step with the answer the API has always given and returns
 * what the step leads to; {@link Plaatsingsverzoeken} writes it, guarded again in SQL against a step
 * taken at the same moment, and the table's check constraints stay the last line.
 */
public record Verzoek(VerzoekId id, HuishoudenId huishoudenId, String aanvragendeGemeente, String veiligheidsregio,
        LocalDate verwachteAankomst, @Nullable String toelichting, Verzoekstatus status, @Nullable LocatieId voorgesteldeLocatie,
        @Nullable Verblijfsduur voorgesteldeVerblijfsduur, @Nullable String ontvangendeGemeente, @Nullable Verzoekstatus voorgesteldDoor,
        @Nullable PlaatsingId plaatsingId, Instant ingediendOp, @Nullable Instant naarLcvsOp, @Nullable Instant voorgesteldOp,
        @Nullable Instant geplaatstOp, @Nullable Instant afgewezenOp, @Nullable String afwijzingsreden, @Nullable Instant ingetrokkenOp) {

    /** Still looking for a place: the requesting gemeente may withdraw it. */
    public boolean open() {
        return status.open();
    }

    /** Hours from request to placement, one decimal; null while not placed. */
    public @Nullable Double doorlooptijdUren() {
        return geplaatstOp == null ? null : Math.round(Duration.between(ingediendOp, geplaatstOp).toMinutes() / 6.0) / 10.0;
    }

    /**
     * Who holds the request for this user now: the region coordinator of its region while it lies with
     * the region, the LCVS once passed to it; a declined request lies with whoever proposed the place.
     * Anyone else: 409, the request is not (or no longer) theirs.
     */
    public Verzoekstatus plaatser(Gebruiker gebruiker) {
        var bij = switch (status) {
            case REGIO, LCVS -> status;
            case AFGEWEZEN -> voorgesteldDoor;
            default -> null;
        };
        if (bij == Verzoekstatus.REGIO && isRegioVan(gebruiker)) {
            return Verzoekstatus.REGIO;
        }
        if (bij == Verzoekstatus.LCVS && gebruiker.heeft(Rol.LCVS_PLAATSER)) {
            return Verzoekstatus.LCVS;
        }
        throw new Conflict("niet-aan-de-beurt", Berichten.tekst("verzoek.conflict.nietAanDeBeurt"));
    }

    /** Whether this user may propose a place now (the page shows the form by it). */
    public boolean magVoorstellen(Gebruiker gebruiker) {
        try {
            plaatser(gebruiker);
            return status.magNaar(Verzoekstatus.VOORGESTELD);
        } catch (Conflict e) {
            return false;
        }
    }

    /** Whether this user may pass the request to the LCVS now: the region, while it lies with the region. */
    public boolean magDoorsturen(Gebruiker gebruiker) {
        return magVoorstellen(gebruiker) && plaatser(gebruiker) == Verzoekstatus.REGIO && status.magNaar(Verzoekstatus.LCVS);
    }

    /** The region or the LCVS proposes a place: returns who proposed, which a decline returns the request to. */
    public Verzoekstatus stelVoor(Gebruiker gebruiker) {
        var door = plaatser(gebruiker);
        vereisStap(Verzoekstatus.VOORGESTELD);
        return door;
    }

    /** Only the region passes a request on to the LCVS, and only while it lies with the region. */
    public Verzoekstatus stuurDoor(Gebruiker gebruiker) {
        if (plaatser(gebruiker) != Verzoekstatus.REGIO) {
            throw new AccessDeniedException("alleen de regio stuurt een verzoek door");
        }
        vereisStap(Verzoekstatus.LCVS);
        return Verzoekstatus.LCVS;
    }

    /** Whether the place was proposed to the gemeente of this user, who may then accept or decline it. */
    public boolean voorgesteldAan(Gebruiker gebruiker) {
        var org = gebruiker.organisatie();
        return org.soort() == Organisatie.Soort.GEMEENTE && status == Verzoekstatus.VOORGESTELD
                && org.gemeenteCode().equals(ontvangendeGemeente);
    }

    /** The receiving gemeente accepts: the request is done once the household is checked in. */
    public Verzoekstatus accepteer(String gemeente) {
        vereisVoorgesteldAan(gemeente);
        return Verzoekstatus.GEPLAATST;
    }

    /**
     * The receiving gemeente declines: the request becomes {@link Verzoekstatus#AFGEWEZEN} and lies
     * with whoever proposed the place ({@link #voorgesteldDoor} stays), who proposes again.
     */
    public Verzoekstatus wijsAf(String gemeente) {
        vereisVoorgesteldAan(gemeente);
        if (voorgesteldDoor == null) {
            throw new IllegalStateException("voorstel zonder voorsteller: " + id);
        }
        return Verzoekstatus.AFGEWEZEN;
    }

    /** The receiving gemeente puts another of its own locations in the place of the proposed one. */
    public void kiesAndereLocatie(String gemeente) {
        vereisVoorgesteldAan(gemeente);
    }

    /** Whether this user's gemeente asked for the place and may still withdraw the request. */
    public boolean magIntrekken(Gebruiker gebruiker) {
        var org = gebruiker.organisatie();
        return org.soort() == Organisatie.Soort.GEMEENTE && open() && org.gemeenteCode().equals(aanvragendeGemeente);
    }

    /** The requesting gemeente withdraws the request, while it is open. */
    public Verzoekstatus trekIn() {
        if (!status.magNaar(Verzoekstatus.INGETROKKEN)) {
            throw new Conflict("verzoek-niet-open", Berichten.tekst("verzoek.conflict.afgerond"));
        }
        return Verzoekstatus.INGETROKKEN;
    }

    /** A decision on the proposal is the receiving gemeente's; anyone else gets 404. */
    public void vereisVoorgesteldAan(String gemeente) {
        if (status == Verzoekstatus.GEPLAATST && gemeente.equals(ontvangendeGemeente)) {
            // A repeated acceptance (a retry, a second tab): the gemeente knows the request, so it hears why.
            throw new Conflict("verzoek-al-geaccepteerd", Berichten.tekst("verzoek.conflict.geaccepteerd"));
        }
        // Anyone else must not learn the request exists: 404, as for a request they cannot see.
        if (status != Verzoekstatus.VOORGESTELD || !gemeente.equals(ontvangendeGemeente)) {
            throw new NietGevonden("Plaatsingsverzoek");
        }
    }

    private void vereisStap(Verzoekstatus doel) {
        if (!status.magNaar(doel)) {
            throw new Conflict("verzoek-niet-open", Berichten.tekst("verzoek.conflict.verderBehandeld"));
        }
    }

    private boolean isRegioVan(Gebruiker gebruiker) {
        return gebruiker.heeft(Rol.REGIO_COORDINATOR) && gebruiker.organisatie().soort() == Organisatie.Soort.VEILIGHEIDSREGIO
                && veiligheidsregio.equals(gebruiker.organisatie().veiligheidsregioCode());
    }
}
