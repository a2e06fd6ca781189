// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners;

import java.util.UUID;
import nl.onderdak.toegang.Gebruiker;

/**
 * Whether a user outside the gemeenten handles a placement request for a household: the region
 * coordinator of the request's region, the LCVS once the request was passed to it. Implemented by
 * the placement module (which owns the requests), so this module does not depend on it.
 */
public interface Plaatsingsinzage {

    boolean behandeltVerzoekVoor(UUID huishouden, Gebruiker gebruiker);
}
