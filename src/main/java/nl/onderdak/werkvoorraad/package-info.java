// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * Today's work: what waits for a user across all modules, on the start page after login, as
 * {@code GET /api/v1/werkvoorraad}, as counts in the menu and, for who asks, by e-mail. Each module
 * says what waits in its own domain by implementing {@link nl.onderdak.werkvoorraad.Werkbron}; this
 * module only gathers, orders and delivers, so it never reads another module's data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Werkvoorraad")
@org.jspecify.annotations.NullMarked
package nl.onderdak.werkvoorraad;
