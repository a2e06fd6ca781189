// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
/**
 * The 2024 distribution law (Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen, Stb. 2024,
 * 12; Besluit Stb. 2024, 13): the national capacity estimate split over provinces and gemeenten by
 * inhabitants and SES-WOA score, the two-year cycle with its dates, the provincial round with swaps,
 * the minister's decision and the realisation next to Onderdak's own Ukrainian reception. No person's data.
 */
@ApplicationModule(displayName = "Spreiding")
@NullMarked
package nl.onderdak.spreiding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
