// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** API and pages of prognose. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.prognose.web;
