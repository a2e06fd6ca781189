// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * The demo dataset: a target decision, reception locations, placed households and living-allowance
 * details, made through the other modules' public services so it obeys the same rules as real work.
 * Everything it makes is marked as demo: locations have operator {@code DEMOGEGEVENS} and a name that
 * starts with "Demo:", households have surnames that start with "Demo", explanations say
 * "DEMOGEGEVENS", host families are named "Demo: …". It runs only in the {@code demo} profile, as the last start-up phase
 * ({@link nl.onderdak.platform.Opstartfase#DEMO}), and remembers what it made in its own table
 * {@code demo.gemaakt}, never by looking in another module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
@org.jspecify.annotations.NullMarked
package nl.onderdak.demo;
