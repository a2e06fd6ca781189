// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** The file formats of payment runs: the cash list (PDF), the prepaid load list (CSV) and the bank's result (CSV, camt.054). */
@org.jspecify.annotations.NullMarked
package nl.onderdak.leefgeld.internal.bestanden;
