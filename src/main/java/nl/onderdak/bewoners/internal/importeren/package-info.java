// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** Bulk intake: a gemeente's residents from a BRP extract (CSV or XLSX), checked whole, written in one transaction. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.bewoners.internal.importeren;
