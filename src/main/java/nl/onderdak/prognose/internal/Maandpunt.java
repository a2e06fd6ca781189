// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.prognose.internal;

import java.time.YearMonth;

/**
 * The value of a series at the end of a month. {@code gemeten}: a figure lies within seven days of the
 * month's last day; otherwise the value is interpolated between the figures around it.
 */
public record Maandpunt(YearMonth maand, double waarde, double halfbreedte, boolean gemeten) {
}
