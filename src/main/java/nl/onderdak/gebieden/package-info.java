// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * The reference geography: CBS layouts of gemeenten, safety regions and provinces with their
 * figures, and the region outlines for maps. The front door is {@link nl.onderdak.gebieden.Gebieden}
 * with its value types and {@link nl.onderdak.gebieden.Kaarten}; loading and importing CBS files is
 * internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gebieden")
@org.jspecify.annotations.NullMarked
package nl.onderdak.gebieden;
