// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.onderdak.toegang.Gebruiker;

/**
 * What follows from splitting a household in the modules that keep something per household: the
 * members who move to the new household keep sleeping where they sleep, so their running stays must
 * belong to the new household from the day of the split (implemented by the placement module, which
 * owns the stays), and the new household starts with the allowance record its members had (decisions,
 * cash payment; implemented by leefgeld). This module depends on neither. Called inside the split's
 * transaction: the split and its consequences commit together or not at all.
 */
public interface Splitsingsvolger {

    /**
     * Members {@code leden} moved from household {@code oud} to {@code nieuw} on {@code datum} for
     * {@code reden}, by {@code gebruiker}; the implementation writes its own processing-log records.
     */
    void gesplitst(UUID oud, UUID nieuw, List<UUID> leden, LocalDate datum, String reden, Gebruiker gebruiker);
}
