// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * The inside of opgave: reading what users type into typed requests ({@link
 * nl.onderdak.opgave.internal.Opgavelezer}) and the refusal of a late announcement.
 */
@org.jspecify.annotations.NullMarked
package nl.onderdak.opgave.internal;
