// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** The API and pages of gastgezinnen. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.gastgezinnen.web;
