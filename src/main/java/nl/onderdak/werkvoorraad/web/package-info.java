// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** The start page, {@code /api/v1/werkvoorraad}, the menu counts, the e-mail settings, the help guides and {@code /regels}. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.werkvoorraad.web;
