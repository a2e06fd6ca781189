// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * Organisations, users, roles and the scope that limits what each user sees to their organisation's part of the country.
 * Other modules use {@link nl.onderdak.toegang.Toegang}, {@link nl.onderdak.toegang.Gebruiker},
 * {@link nl.onderdak.toegang.Rol}, {@link nl.onderdak.toegang.Scope}, {@link nl.onderdak.toegang.Organisatie},
 * {@link nl.onderdak.toegang.Organisaties} and {@link nl.onderdak.toegang.Menubijdrage}; how people log in lives in
 * {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Toegang")
@org.jspecify.annotations.NullMarked
package nl.onderdak.toegang;
