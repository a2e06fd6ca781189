// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.opgave.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a national user fills in to record a target decision, as typed. Fields arrive as text so that
 * every wrong one can be named at once; {@link Opgavelezer} reads it into a
 * {@link nl.onderdak.opgave.NieuwOpgavebesluit}.
 */
public record OpgaveInvoer(@Nullable String halfjaar, @Nullable String landelijkTotaal, @Nullable String peiljaar,
        @Nullable String aankondigingsdatum, boolean spoed, @Nullable String spoedReden, @Nullable String toelichting) {
}
