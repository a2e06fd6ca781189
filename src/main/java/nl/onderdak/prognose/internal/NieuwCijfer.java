// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A published figure read and checked, ready to store. {@code regioCode} is null for a national figure. */
public record NieuwCijfer(int regel, LocalDate peildatum, boolean alleenMaand, @Nullable String regioCode, String indicator,
        BigDecimal waarde, Precisie precisie, String bronUrl, @Nullable String bronOmschrijving) {

    public String niveau() {
        return regioCode == null ? "landelijk" : "regio";
    }
}
