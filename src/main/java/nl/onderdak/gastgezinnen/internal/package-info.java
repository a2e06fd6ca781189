// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** The inside of gastgezinnen: the register, its SQL, the access rules and the matching solver. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.gastgezinnen.internal;
