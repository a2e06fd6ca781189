// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * What plaatsing keeps to itself: the placement-request workflow, the validation of text from forms and
 * requests into typed commands, and the access the requests give to the residents module.
 */
@org.jspecify.annotations.NullMarked
package nl.onderdak.plaatsing.internal;
