// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** What bewoners keeps to itself: validation of typed input, deadlines, the row mapping of residents. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.bewoners.internal;
