// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** Leefgeld's own workings behind its front door: the calculation and its rates, a household's allowance, and the facts read for it. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.leefgeld.internal;
