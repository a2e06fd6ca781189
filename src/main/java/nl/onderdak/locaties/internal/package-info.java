// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * The inside of locaties: reading text (form, API, spreadsheet) into typed commands, the access
 * rules for changing a location, the histories and the spreadsheet import. Only {@code locaties.web}
 * uses it.
 */
@org.jspecify.annotations.NullMarked
package nl.onderdak.locaties.internal;
