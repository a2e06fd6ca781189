// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** The login page, the {@code /api/v1/mij} answer and the menu on every page. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.toegang.web;
