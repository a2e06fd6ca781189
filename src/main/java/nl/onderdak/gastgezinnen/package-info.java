// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * Private reception (issue 15): host households offer places, are screened in dated steps (intake,
 * certificate of conduct, home visit), and are matched to households for which a gemeente asked a host
 * family, by an optimal assignment (ADR 0023) that a person confirms. A match is the household's host
 * stay in plaatsing, so the living allowance and the financing follow from it. The matching
 * organisation (RefugeeHomeNL) sees hosts and requests, never a BSN or payment data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gastgezinnen")
@org.jspecify.annotations.NullMarked
package nl.onderdak.gastgezinnen;
