// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * Back-up and restore (issue 14, ADR 0018): {@code ./onderdak backup <file>} writes every table of the
 * database in one snapshot to a file, {@code ./onderdak restore <file>} puts it into a fresh database
 * (embedded or external), and {@code ./onderdak verify-log} checks the processing log's hash chain.
 * Command-line only: no beans, nothing in the running application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Herstel")
@org.jspecify.annotations.NullMarked
package nl.onderdak.herstel;
