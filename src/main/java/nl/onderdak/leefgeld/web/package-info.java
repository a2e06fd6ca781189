// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** Leefgeld's screens and API; they parse text once and call the module's services with typed values. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.leefgeld.web;
