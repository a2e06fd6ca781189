// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * Who sleeps where: placements of people in reception locations, and the occupancy that follows from them.
 * The root package is the front door: {@link nl.onderdak.plaatsing.Bezetting} (read by monitoring), the
 * {@link nl.onderdak.plaatsing.Plaatsingen} facade with its typed command and ids. The placement-request
 * workflow and the parsing of text live in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plaatsing")
@org.jspecify.annotations.NullMarked
package nl.onderdak.plaatsing;
