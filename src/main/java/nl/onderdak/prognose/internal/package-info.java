// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/** The inside of prognose: the model, the monthly series, the import, storage and scoring. */
@org.jspecify.annotations.NullMarked
package nl.onderdak.prognose.internal;
