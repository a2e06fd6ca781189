// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** Bekostiging's pages and API: they parse text into typed commands and call the module's inside. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.bekostiging.web;
