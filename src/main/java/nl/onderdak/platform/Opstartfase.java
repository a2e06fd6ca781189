// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

/**
 * The named phases of start-up, in the order they run. A module's start-up work says which phase it
 * belongs to instead of carrying an order number: reference data before the rules that cite it, rules
 * before the organisations, and the demo dataset last because it uses all of them.
 */
public enum Opstartfase {
    /** CBS layouts, gemeenten, regions and figures (gebieden). */
    REFERENTIEDATA,
    /** Dated rule tables: living-allowance rates, norm amounts. */
    REGELS,
    /** Organisations derived from the reference data, and their users. */
    ORGANISATIES,
    /** The demo dataset (profile demo only). */
    DEMO
}
