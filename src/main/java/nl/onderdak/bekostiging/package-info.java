// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * Financing (bekostiging): dated norm amounts, the claim of a gemeente from its realised beds and its
 * people in private reception, declarations of extra costs, transition-fee requests with the NOO's
 * 48-hour clock, and the safety regions' cost applications per half-year.
 *
 * <p>No other module uses bekostiging, so its root package publishes nothing: everything lives in
 * {@code internal} and {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bekostiging")
@org.jspecify.annotations.NullMarked
package nl.onderdak.bekostiging;
