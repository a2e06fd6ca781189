// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * Bekostiging's inside: norm amounts and claims, declarations, transition fees and regional costs.
 * No other module uses these; only bekostiging's own web layer does.
 */
@org.jspecify.annotations.NullMarked
package nl.onderdak.bekostiging.internal;
