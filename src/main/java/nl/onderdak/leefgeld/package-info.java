// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * Living allowance (leefgeld): dated rates, the monthly entitlement of each household with its
 * explanation, payment runs per gemeente and month (SEPA credit transfer, cash list, prepaid load
 * list) with four eyes, and reconciliation with the bank's result. Other modules use only this
 * package: the facade {@link nl.onderdak.leefgeld.Leefgeld} and its value types; the rest lives in
 * {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leefgeld")
@org.jspecify.annotations.NullMarked
package nl.onderdak.leefgeld;
