// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.bewoners.internal;

import nl.onderdak.platform.Conflict;

/**
 * A registration refused because a BSN already exists in Onderdak (409). Its processing-log record
 * and the daily count are kept: the registration's transaction commits them, having written nothing else.
 */
public class DubbeleInschrijving extends Conflict {

    public DubbeleInschrijving(String detail) {
        super("bsn-bestaat", detail);
    }
}
