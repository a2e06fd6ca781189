// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * Displaced persons and their households: identity, registration status, residence document, vulnerability.
 * The root package is the module's front door (the {@link nl.onderdak.bewoners.Huishoudens} facade, the
 * records it returns, typed ids, {@link nl.onderdak.bewoners.Leeftijd} and {@link nl.onderdak.bewoners.Namen},
 * and the interfaces plaatsing implements); everything else lives in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bewoners")
@org.jspecify.annotations.NullMarked
package nl.onderdak.bewoners;
