// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** Placement pages and API: text from forms and requests becomes typed commands here, once. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.plaatsing.web;
