// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** The residents' pages and API: text from forms and requests is parsed here, the facade does the rest. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.bewoners.web;
