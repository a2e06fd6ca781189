// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

/** Fewer month-end values on or before the reference date than the model needs. */
public class TeWeinigCijfers extends RuntimeException {

    private final int punten;

    public TeWeinigCijfers(int punten) {
        super("te weinig maandwaarden: " + punten);
        this.punten = punten;
    }

    public int punten() {
        return punten;
    }
}
