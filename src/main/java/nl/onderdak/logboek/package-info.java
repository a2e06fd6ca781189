// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * The processing log of personal data, after the Logboek Dataverwerkingen standard: every view,
 * search hit, export and change of a person's data, one record per person, in the same transaction
 * as the act; the database refuses to change or delete a record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Logboek")
@org.jspecify.annotations.NullMarked
package nl.onderdak.logboek;
