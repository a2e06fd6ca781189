// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * The capacity overviews and the weekly KCIO report. No other module uses them, so all of monitoring
 * lives here behind its pages and endpoints in {@code monitoring.web}.
 */
@org.jspecify.annotations.NullMarked
package nl.onderdak.monitoring.internal;
