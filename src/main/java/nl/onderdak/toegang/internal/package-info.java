// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * How people log in, not visible to other modules: the security filter chains, local accounts and their
 * throttle, turning a login or token into a {@link nl.onderdak.toegang.Gebruiker}, and the organisations
 * derived from the reference data.
 */
@org.jspecify.annotations.NullMarked
package nl.onderdak.toegang.internal;
