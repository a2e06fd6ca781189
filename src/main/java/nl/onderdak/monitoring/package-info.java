// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** Overviews that read across modules: capacity against targets per gemeente, region and nation, trends, maps and the KCIO report. */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
@org.jspecify.annotations.NullMarked
package nl.onderdak.monitoring;
