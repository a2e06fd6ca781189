// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * Reception locations of a gemeente: address, kind, availability, status and beds over time. The
 * front door is {@link nl.onderdak.locaties.Opvanglocaties} (read, lock, store validated commands) and
 * {@link nl.onderdak.locaties.Capaciteiten} (beds per day for overviews); text from forms, the API and
 * spreadsheets is read in {@code internal} and reaches the front door only as typed commands.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Locaties")
@org.jspecify.annotations.NullMarked
package nl.onderdak.locaties;
