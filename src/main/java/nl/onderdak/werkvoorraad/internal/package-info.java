// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** The e-mail subscribers with what was announced to them, and the job that mails new work. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.werkvoorraad.internal;
