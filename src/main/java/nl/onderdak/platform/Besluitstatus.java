// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

/**
 * Where a request stands in the pattern "request, one decision, append-only history" (declarations,
 * transition fees, regional costs, later host screening): submitted, then decided once. This is the one
 * vocabulary inside the code; each module maps it to the words its database and API have always used
 * with {@link Besluitwoorden}, so that no contract changes.
 */
public enum Besluitstatus {
    INGEDIEND, GOEDGEKEURD, AFGEWEZEN;

    /** A decision has been taken: the request is closed for good. */
    public boolean besloten() {
        return this != INGEDIEND;
    }
}
