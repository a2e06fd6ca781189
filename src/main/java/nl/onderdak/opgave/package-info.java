// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** Targets: the regional distribution key of the letter of 16 December 2022 and the target decisions per half-year. */
@org.springframework.modulith.ApplicationModule(displayName = "Opgave")
@org.jspecify.annotations.NullMarked
package nl.onderdak.opgave;
