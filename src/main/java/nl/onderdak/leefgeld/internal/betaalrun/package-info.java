// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** Payment runs: their life (preview, four eyes, execution), their files, reconciliation with the bank, and the gemeente's account. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.leefgeld.internal.betaalrun;
